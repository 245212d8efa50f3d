package org.cyberselfplay.env.obs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.cyberselfplay.env.EpisodeMetrics;

/**
 * The JSON view of an {@link Observation} in the original's {@code CyberObservation} shape:
 * {@code {actor, public_state, telemetry, incident_summary, reward, done, metadata}}, where
 * {@code metadata} holds {@code reward_components}, {@code events}, {@code posg_metrics} and, after a
 * refused action, {@code error}. Keys are snake_case.
 */
public final class ObservationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObservationJson() {
    }

    /** Renders an observation. */
    public static ObjectNode toJson(Observation o) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("actor", o.actor().wireName());
        ObjectNode pub = root.putObject("public_state");
        pub.put("time_step", o.timeStep());
        pub.put("max_turns", o.maxTurns());
        pub.put("turns_left", o.turnsLeft());
        ObjectNode telemetry = MAPPER.createObjectNode();
        if (o.view() instanceof BlueView b) {
            BlueJson.fill(b, pub, telemetry);
        } else if (o.view() instanceof RedView r) {
            RedJson.fill(r, pub, telemetry);
        }
        root.set("telemetry", telemetry);
        root.put("incident_summary", IncidentSummary.of(o));
        root.put("reward", o.reward());
        root.put("done", o.done());
        root.set("metadata", metadata(o));
        return root;
    }

    private static ObjectNode metadata(Observation o) {
        ObjectNode meta = MAPPER.createObjectNode();
        ObjectNode components = meta.putObject("reward_components");
        o.rewardComponents().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> components.put(e.getKey(), e.getValue()));
        ArrayNode events = meta.putArray("events");
        o.events().forEach(events::add);
        ObjectNode posg = meta.putObject("posg_metrics");
        posg.put("time_step", o.timeStep());
        posg.put("episode_return", o.episodeReturn());
        o.finalMetrics().ifPresent(m -> putMetrics(posg, m));
        o.error().ifPresent(e -> meta.put("error", e));
        return meta;
    }

    /** The episode metrics as flat snake_case fields (null where a metric is undefined). */
    public static void putMetrics(ObjectNode node, EpisodeMetrics m) {
        node.put("winner", m.winner().map(a -> a.wireName()).orElse(null));
        node.put("steps", m.steps());
        putOptional(node, "mttd", m.mttdTurns());
        putOptional(node, "mttr", m.mttrTurns());
        node.put("exfiltrated", m.exfiltrated());
        node.put("critical_asset_compromised", m.criticalAssetCompromised());
        node.put("false_positive_cost", m.falsePositiveCost());
        node.put("false_positives", m.falsePositives());
        node.put("business_impact", m.businessImpact());
        node.put("instructions_completed", m.instructionsCompleted());
        node.put("instructions_violated", m.instructionsViolated());
        node.put("instruction_completion_rate", m.instructionCompletionRate());
        node.put("instruction_violation_rate", m.instructionViolationRate());
        node.put("blue_return", m.blueReturn());
        node.put("red_return", m.redReturn());
    }

    private static void putOptional(ObjectNode node, String key, int value) {
        if (value < 0) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    /** Compact JSON text of an observation. */
    public static String toJsonString(Observation o) {
        return toJson(o).toString();
    }
}
