package org.cyberselfplay.env.obs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class ObservationJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KEYS =
            List.of("actor", "public_state", "telemetry", "incident_summary", "reward", "done", "metadata");

    @Test
    void blueObservationHasTheCyberObservationShape() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        JsonNode json = ObservationJson.toJson(env.reset(3));
        assertEquals(KEYS, fieldNames(json));
        assertEquals("blue", json.get("actor").asText());
        JsonNode pub = json.get("public_state");
        assertEquals(6, pub.get("hosts").size());
        assertEquals("db-01", pub.get("hosts").get(5).get("name").asText());
        assertTrue(pub.get("hosts").get(5).get("high_value").asBoolean());
        JsonNode current = pub.get("instruction_progress").get("current");
        assertEquals("INS-001", current.get("id").asText());
        assertTrue(Tool.fromWire(current.get("required_tool").asText()).isPresent());
        assertEquals(24, pub.get("instruction_progress").get("required").asInt());
        assertTrue(json.get("telemetry").get("alerts").isArray());
        JsonNode meta = json.get("metadata");
        assertTrue(meta.get("reward_components").isObject());
        assertTrue(meta.get("events").isArray());
        assertEquals(0, meta.get("posg_metrics").get("time_step").asInt());
        assertFalse(meta.has("error"));
        assertTrue(json.get("incident_summary").asText().startsWith("Turn 0/60."));
    }

    @Test
    void redObservationHidesBlueFieldsAndShowsItsOwn() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.reset(3);
        env.step(Action.of(Actor.BLUE, Tool.QUERY_SIEM));
        env.step(Action.of(Actor.RED, Tool.RECON_NETWORK));
        env.step(Action.of(Actor.BLUE, Tool.QUERY_SIEM));
        JsonNode json = ObservationJson.toJson(env.observe(Actor.RED));
        assertEquals(KEYS, fieldNames(json));
        JsonNode pub = json.get("public_state");
        assertEquals(3, pub.get("known_targets").size(), "recon from outside finds the corp zone");
        assertFalse(pub.has("hosts"));
        assertTrue(json.get("telemetry").has("detection_pressure"));
        assertFalse(json.get("telemetry").has("alerts"));
        assertEquals(-0.1, json.get("metadata").get("reward_components").get("time_cost").asDouble(), 1e-12);
    }

    @Test
    void refusedActionShowsItsErrorInMetadata() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.reset(1);
        env.step(new Action("blue", "isolate_host", "nowhere", Map.of(), null));
        JsonNode meta = ObservationJson.toJson(env.observe(Actor.BLUE)).get("metadata");
        assertTrue(meta.get("error").asText().contains("'nowhere' is not in the inventory"));
    }

    @Test
    void finalObservationCarriesTheEpisodeMetrics() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.reset(2);
        SplittableRandom rng = new SplittableRandom(2);
        while (!env.isTerminal()) {
            env.stepRandom(rng);
        }
        JsonNode json = ObservationJson.toJson(env.observe(Actor.BLUE));
        assertTrue(json.get("done").asBoolean());
        JsonNode posg = json.get("metadata").get("posg_metrics");
        assertEquals(env.metrics().winner().get().wireName(), posg.get("winner").asText());
        assertEquals(env.metrics().blueReturn(), posg.get("blue_return").asDouble(), 1e-12);
        assertEquals(env.metrics().blueReturn(), posg.get("episode_return").asDouble(), 1e-12);
    }

    @Test
    void actionJsonUsesTheCyberActionShape() throws Exception {
        String wire = "{\"actor\":\"blue\",\"tool_name\":\"execute_instruction\",\"target\":null,"
                + "\"params\":{\"required_tool\":\"deploy_patch\"},\"rationale\":\"playbook\"}";
        Action a = MAPPER.readValue(wire, Action.class);
        assertEquals(Action.instruction(Tool.DEPLOY_PATCH).withRationale("playbook"), a);
        JsonNode back = MAPPER.valueToTree(Action.of(Actor.RED, Tool.PIVOT_HOST, "host-03"));
        assertEquals("pivot_host", back.get("tool_name").asText());
        assertEquals("host-03", back.get("target").asText());
        assertEquals("red", back.get("actor").asText());
        assertThrows(UnrecognizedPropertyException.class,
                () -> MAPPER.readValue("{\"actor\":\"blue\",\"tool\":\"query_siem\"}", Action.class));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
