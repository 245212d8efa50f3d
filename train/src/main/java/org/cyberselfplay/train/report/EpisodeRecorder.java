package org.cyberselfplay.train.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays one episode and records it turn by turn as JSONL, for people ({@code cyberselfplay replay}) and for
 * checks that re-apply the moves.
 *
 * <p>One line per move, in order:
 * <pre>{@code
 * {"turn": 0, "actor": "blue",
 *  "action": {"actor": "blue", "tool_name": "...", "target": null, "params": {}, "rationale": null},
 *  "accepted": true, "reward": {"blue": 0.0, "red": 0.0}, "reward_components": {...}, "events": [...],
 *  "observation": <the mover's CyberObservation JSON before moving>}
 * }</pre>
 * then one final line {@code {"final": true, "scenario", "env_seed", "blue_policy", "red_policy", "moves",
 * <the episode metrics as ObservationJson.putMetrics writes them>}}.
 *
 * <p>Each policy sees only its own observation. With the env seed and the action RNGs of evaluation episode
 * {@code i} ({@code org.cyberselfplay.league.eval.EpisodeSeeds}), the recording is that evaluation episode.
 */
public final class EpisodeRecorder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EpisodeRecorder() {
    }

    /**
     * Plays one episode of {@code blue} against {@code red} from {@code envSeed} and writes it to {@code file}
     * atomically (parent directories are created).
     *
     * @param blueRng Blue's action RNG, advanced by Blue's moves
     * @param redRng  Red's action RNG, advanced by Red's moves
     * @return the episode's metrics
     * @throws IllegalArgumentException when the policies do not play Blue and Red
     * @throws IllegalStateException    when a policy chooses an action the env refuses (a policy bug)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static EpisodeMetrics record(Scenario scenario, Policy blue, Policy red, long envSeed,
                                        SplittableRandom blueRng, SplittableRandom redRng, Path file) {
        Objects.requireNonNull(scenario, "scenario");
        if (blue.side() != Actor.BLUE || red.side() != Actor.RED) {
            throw new IllegalArgumentException("need a Blue and a Red policy, got " + blue.side() + " and "
                    + red.side());
        }
        GameEnv env = new GameEnv(scenario);
        env.reset(envSeed);
        StringBuilder out = new StringBuilder();
        int moves = 0;
        while (!env.isTerminal()) {
            Actor side = env.currentActor();
            Policy policy = side == Actor.BLUE ? blue : red;
            Observation seen = env.observe(side);
            Action action = policy.act(seen, side == Actor.BLUE ? blueRng : redRng);
            StepResult result = env.step(action);
            if (!result.accepted()) {
                throw new IllegalStateException("policy " + policy.name() + " (" + side + ") chose an illegal action "
                        + action + ": " + result.error().orElse(""));
            }
            out.append(moveLine(seen, action, result)).append('\n');
            moves++;
        }
        EpisodeMetrics metrics = env.metrics();
        ObjectNode last = MAPPER.createObjectNode();
        last.put("final", true);
        last.put("scenario", scenario.name());
        last.put("env_seed", envSeed);
        last.put("blue_policy", blue.name());
        last.put("red_policy", red.name());
        last.put("moves", moves);
        ObservationJson.putMetrics(last, metrics);
        out.append(last).append('\n');
        AtomicFiles.writeString(file, out.toString());
        return metrics;
    }

    /**
     * Reads a file written by {@link #record}.
     *
     * @throws EpisodeFormatException naming the file and line when it is missing, unreadable or malformed
     */
    public static RecordedEpisode read(Path file) {
        return EpisodeReader.read(file);
    }

    private static ObjectNode moveLine(Observation seen, Action action, StepResult result) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("turn", seen.timeStep());
        line.put("actor", result.actor().wireName());
        line.set("action", actionJson(action));
        line.put("accepted", result.accepted());
        result.error().ifPresent(e -> line.put("error", e));
        ObjectNode reward = line.putObject("reward");
        reward.put("blue", result.blueReward());
        reward.put("red", result.redReward());
        ObjectNode components = line.putObject("reward_components");
        new TreeMap<>(result.rewardComponents()).forEach(components::put);
        ArrayNode events = line.putArray("events");
        result.events().forEach(events::add);
        line.set("observation", ObservationJson.toJson(seen));
        return line;
    }

    /** The action in the {@code CyberAction} shape, every field present (null where unset). */
    static ObjectNode actionJson(Action action) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("actor", action.actor());
        a.put("tool_name", action.tool());
        a.put("target", action.target());
        ObjectNode params = a.putObject("params");
        for (Map.Entry<String, String> p : new TreeMap<>(action.params()).entrySet()) {
            params.put(p.getKey(), p.getValue());
        }
        a.put("rationale", action.rationale());
        return a;
    }
}
