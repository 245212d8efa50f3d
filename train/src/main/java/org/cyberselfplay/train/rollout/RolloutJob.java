package org.cyberselfplay.train.rollout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchJob;
import org.cyberselfplay.league.eval.ScenarioSource;

/**
 * The work of one call to a {@link RolloutExecutor}: one update's rollout blocks, the scenario, the live learner
 * and the opponent mix. An in-process executor plays the live policies; one that runs elsewhere ships the
 * {@linkplain #portable() portable} part (the learner's weights as it is now, the opponents as specs or files)
 * once per job. Immutable; the policies are used as {@code Policy} documents.
 *
 * @param update   the update, for logs
 * @param scenario the scenario every block plays, the one the learner and the mix are bound to
 * @param learner  the sampling learner; its key in the tasks is {@link #LEARNER}
 * @param mix      the opponents; opponent {@code i}'s key is {@link #opponentKey(int) opponentKey(i)}
 * @param tasks    the blocks, in plan order
 */
public record RolloutJob(int update, ScenarioSource scenario, NeuralPolicy learner, OpponentMix mix,
                         List<RolloutTask> tasks) {
    /** The learner's key. */
    public static final String LEARNER = "learner";

    public RolloutJob {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(mix, "mix");
        tasks = List.copyOf(tasks);
    }

    /** The key of the mix's opponent {@code i}. */
    public static String opponentKey(int i) {
        return "opponent-" + i;
    }

    /** The keys of every opponent of {@code mix}, by index. */
    static List<String> opponentKeys(OpponentMix mix) {
        return java.util.stream.IntStream.range(0, mix.size()).mapToObj(RolloutJob::opponentKey).toList();
    }

    /**
     * What a process needs besides the tasks: the scenario source, the learner as a checkpoint of its weights now,
     * and every opponent's portable form, in a match job's payload (so executors share its broadcast and cache).
     *
     * @throws IllegalStateException when the scenario or an opponent has no portable form
     */
    public MatchJob.Payload portable() {
        Map<String, JobPolicy> policies = new LinkedHashMap<>();
        policies.put(LEARNER, JobPolicy.ofNetwork(learner));
        for (int i = 0; i < mix.size(); i++) {
            policies.put(opponentKey(i), mix.job(i));
        }
        return new MatchJob(update, scenario, policies, List.of()).portable();
    }
}
