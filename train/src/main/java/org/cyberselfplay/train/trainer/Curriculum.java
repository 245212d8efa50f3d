package org.cyberselfplay.train.trainer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.cyberselfplay.train.config.CurriculumConfig;

/**
 * The scenario curriculum of GRPO: an exponential moving average of the learner's wins over finished training
 * episodes ({@code ema = (1 - a) ema + a win}, starting at 0) moves training to the next scenario once, after an
 * update, the EMA reaches the current step's threshold and at least {@code min_episodes} episodes were finished
 * on the current scenario. The EMA and the episode count restart at 0 on the new scenario. Not thread-safe.
 */
public final class Curriculum {
    private final CurriculumConfig config;
    private State state;

    /**
     * Where a curriculum stands (saved in {@code trainer-state.json}).
     *
     * @param stage           the current scenario's index in {@code curriculum.scenarios}
     * @param ema             the moving average of the learner's wins on it
     * @param episodesOnStage finished episodes on it
     */
    public record State(@JsonProperty("stage") int stage, @JsonProperty("ema") double ema,
                        @JsonProperty("episodes_on_stage") long episodesOnStage) {
        /** The start: first scenario, nothing seen. */
        public static State start() {
            return new State(0, 0.0, 0);
        }
    }

    public Curriculum(CurriculumConfig config, State state) {
        if (state.stage() < 0 || state.stage() >= config.stages()) {
            throw new IllegalArgumentException("curriculum stage " + state.stage() + " outside [0, "
                    + config.stages() + ")");
        }
        this.config = config;
        this.state = state;
    }

    /**
     * Takes in one update's finished episodes, in batch order.
     *
     * @return the moving average after them ({@code train/curriculum/ema_win_rate})
     */
    public double observe(List<Boolean> learnerWon) {
        double ema = state.ema();
        for (boolean won : learnerWon) {
            ema = (1 - config.ema()) * ema + config.ema() * (won ? 1.0 : 0.0);
        }
        state = new State(state.stage(), ema, state.episodesOnStage() + learnerWon.size());
        return ema;
    }

    /**
     * Moves to the next scenario if the rule says so (call after {@link #observe}, once per update).
     *
     * @return whether the stage changed
     */
    public boolean maybeAdvance() {
        boolean last = state.stage() == config.stages() - 1;
        if (!last && state.episodesOnStage() >= config.minEpisodes()
                && state.ema() >= config.thresholds().get(state.stage())) {
            state = new State(state.stage() + 1, 0.0, 0);
            return true;
        }
        return false;
    }

    public State state() {
        return state;
    }

    /** The current stage's scenario spec. */
    public String scenario() {
        return config.scenarios().get(state.stage());
    }
}
