package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 32 concurrent sessions of 500 steps each: no error, and every episode consistent from reset to end. */
class ConcurrencyTest {
    private static final int SESSIONS = 32;
    private static final int STEPS = 500;

    @Test
    void thirtyTwoSessionsFiveHundredStepsEach() throws Exception {
        HttpClient http = TestServers.http();
        try (CyberServer server = CyberServer.start(TestServers.config())) {
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < SESSIONS; i++) {
                    int id = i;
                    results.add(pool.submit(() -> play(http, server.baseUrl(), id)));
                }
                int episodes = 0;
                for (Future<Integer> f : results) {
                    episodes += f.get(60, TimeUnit.SECONDS);
                }
                assertTrue(episodes >= SESSIONS * (STEPS / 60), "episodes finished: " + episodes);
            } finally {
                pool.shutdownNow();
            }
            SafetyTest.waitFor(() -> server.activeSessions() == 0);
        }
    }

    /** Plays STEPS steps, resetting as episodes end; returns the episodes finished. */
    private static int play(HttpClient http, String baseUrl, int id) throws Exception {
        int episodes = 0;
        try (WsClient c = WsClient.connect(http, baseUrl)) {
            JsonNode obs = reset(c, id * 1000L);
            int timeStep = 0;
            int inEpisode = 0;
            for (int step = 0; step < STEPS; step++) {
                JsonNode reply = c.request("step", action(obs, step));
                assertEquals("observation", reply.get("type").asText(), reply.toString());
                JsonNode data = reply.get("data");
                obs = data.get("observation");
                int t = obs.at("/public_state/time_step").asInt();
                boolean done = data.get("done").asBoolean();
                inEpisode++;
                if (done) {
                    assertTrue(t == timeStep || t == timeStep + 1, "time_step " + timeStep + " -> " + t);
                    JsonNode state = c.request("state", null).get("data");
                    assertTrue(state.get("done").asBoolean());
                    assertFalse(state.get("winner").isNull());
                    assertEquals(inEpisode, state.get("step_count").asInt());
                    assertTrue(obs.at("/cyber_metadata/posg_metrics").has("winner"));
                    episodes++;
                    obs = reset(c, id * 1000L + episodes);
                    timeStep = 0;
                    inEpisode = 0;
                } else {
                    assertEquals(timeStep + 1, t, "one client step is one full turn");
                    assertTrue(t < obs.at("/public_state/max_turns").asInt());
                    timeStep = t;
                }
            }
        }
        return episodes;
    }

    private static JsonNode reset(WsClient c, long seed) throws Exception {
        JsonNode r = c.request("reset", "{\"seed\":" + seed + "}");
        assertEquals("observation", r.get("type").asText(), r.toString());
        assertFalse(r.at("/data/done").asBoolean());
        assertEquals(0, r.at("/data/observation/public_state/time_step").asInt());
        return r.at("/data/observation");
    }

    private static String action(JsonNode obs, int step) {
        JsonNode current = obs.at("/public_state/instruction_progress/current");
        switch (step % 3) {
            case 0:
                if (current.isObject()) {
                    return "{\"tool_name\":\"execute_instruction\",\"params\":{\"required_tool\":\""
                            + current.get("required_tool").asText() + "\"}}";
                }
                return "{\"tool_name\":\"query_siem\"}";
            case 1:
                return "{\"tool_name\":\"triage_alerts\"}";
            default:
                JsonNode hosts = obs.at("/public_state/hosts");
                return "{\"tool_name\":\"run_forensics\",\"target\":\"" + hosts.get(step % hosts.size()).get("name").asText()
                        + "\"}";
        }
    }
}
