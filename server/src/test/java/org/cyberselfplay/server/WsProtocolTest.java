package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stateful protocol on /ws with a real java.net.http WebSocket client. */
class WsProtocolTest {
    @TempDir
    static Path runDir;
    static CyberServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(runDir.resolve("broken.yaml"), "name: broken\nmax_turns: -5\n");
        server = CyberServer.start(TestServers.config().withRunDir(runDir));
        http = TestServers.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WsClient client() throws Exception {
        return WsClient.connect(http, server.baseUrl());
    }

    private static void assertError(JsonNode reply, String code) {
        assertEquals("error", reply.path("type").asText(), reply.toString());
        assertEquals(code, reply.path("data").path("code").asText(), reply.toString());
        assertFalse(reply.path("data").path("message").asText().isBlank(), reply.toString());
    }

    @Test
    void resetStepStateAndClose() throws Exception {
        try (WsClient c = client()) {
            JsonNode r = c.request("reset", "{\"seed\":7,\"episode_id\":\"ep-1\"}");
            assertEquals("observation", r.get("type").asText(), r.toString());
            JsonNode data = r.get("data");
            assertTrue(data.get("reward").isNumber());
            assertFalse(data.get("done").asBoolean());
            JsonNode obs = data.get("observation");
            assertEquals("blue", obs.get("actor").asText());
            for (String key : new String[] {"public_state", "telemetry", "incident_summary", "cyber_metadata"}) {
                assertTrue(obs.has(key), key + " missing in " + obs);
            }
            for (String key : new String[] {"reward", "done", "metadata"}) {
                assertFalse(obs.has(key), key + " must move out of the observation");
            }
            JsonNode meta = obs.get("cyber_metadata");
            assertTrue(meta.has("reward_components") && meta.has("events") && meta.has("posg_metrics"), meta.toString());
            assertEquals(0, obs.get("public_state").get("time_step").asInt());

            JsonNode s = c.request("{\"type\":\"step\",\"data\":{\"actor\":\"blue\",\"tool_name\":\"query_siem\"}}");
            assertEquals("observation", s.get("type").asText(), s.toString());
            assertEquals(1, s.get("data").get("observation").get("public_state").get("time_step").asInt(),
                    "the opponent answered, so a full turn passed");

            JsonNode st = c.request("state", null);
            assertEquals("state", st.get("type").asText());
            JsonNode state = st.get("data");
            assertEquals("ep-1", state.get("episode_id").asText());
            assertEquals(1, state.get("step_count").asInt());
            assertEquals("small", state.get("scenario").asText());
            assertEquals(7, state.get("seed").asLong());
            assertEquals("blitz", state.get("opponent").asText());
            assertEquals("blue", state.get("current_actor").asText());

            c.send("{\"type\":\"close\"}");
            assertEquals(1000, c.awaitClose().status());
        }
    }

    @Test
    void actorDefaultsToTheClientSideAndOpponentNoneAlternates() throws Exception {
        try (WsClient c = client()) {
            JsonNode r = c.request("reset", "{\"seed\":1,\"opponent\":\"none\"}");
            assertEquals("blue", r.at("/data/observation/actor").asText());
            JsonNode afterBlue = c.request("step", "{\"tool_name\":\"query_siem\"}");
            assertEquals("red", afterBlue.at("/data/observation/actor").asText(), afterBlue.toString());
            JsonNode afterRed = c.request("step", "{\"tool_name\":\"recon_network\"}");
            assertEquals("blue", afterRed.at("/data/observation/actor").asText(), afterRed.toString());
            assertEquals(1, afterRed.at("/data/observation/public_state/time_step").asInt());
            assertEquals("both", c.request("state", null).at("/data/client_actor").asText());
        }
    }

    @Test
    void redClientPlaysAgainstTheExpertByDefault() throws Exception {
        try (WsClient c = client()) {
            JsonNode r = c.request("reset", "{\"seed\":3,\"actor\":\"red\"}");
            assertEquals("red", r.at("/data/observation/actor").asText(), r.toString());
            JsonNode s = c.request("step", "{\"tool_name\":\"recon_network\"}");
            assertEquals("observation", s.get("type").asText(), s.toString());
            assertEquals("expert", c.request("state", null).at("/data/opponent").asText());
        }
    }

    @Test
    void sameSeedSameEpisode() throws Exception {
        try (WsClient a = client(); WsClient b = client()) {
            String reset = "{\"seed\":42,\"opponent\":\"blitz@0.3\"}";
            assertEquals(a.request("reset", reset).get("data"), b.request("reset", reset).get("data"));
            for (int i = 0; i < 10; i++) {
                String step = "{\"tool_name\":\"" + (i % 2 == 0 ? "triage_alerts" : "query_siem") + "\"}";
                assertEquals(a.request("step", step).get("data"), b.request("step", step).get("data"));
            }
        }
    }

    @Test
    void everyPerMessageErrorCodeLeavesTheSessionUsable() throws Exception {
        try (WsClient c = client()) {
            assertError(c.request("this is not json"), "INVALID_JSON");
            assertError(c.request("{\"type\":\"dance\"}"), "UNKNOWN_TYPE");
            assertError(c.request("{\"data\":{}}"), "UNKNOWN_TYPE");
            assertError(c.request("[1,2]"), "VALIDATION_ERROR");
            assertError(c.request("step", "{\"tool_name\":\"query_siem\"}"), "EXECUTION_ERROR");

            JsonNode badSeed = c.request("reset", "{\"seed\":-1,\"senario\":\"small\"}");
            assertError(badSeed, "VALIDATION_ERROR");
            JsonNode errors = badSeed.at("/data/errors");
            assertEquals(2, errors.size(), badSeed.toString());
            assertEquals("seed", errors.get(0).at("/loc/0").asText() + "", badSeed.toString());

            assertError(c.request("reset", "{\"scenario\":\"broken.yaml\"}"), "FACTORY_ERROR");
            assertError(c.request("reset", "{\"scenario\":\"../../etc/passwd\"}"), "VALIDATION_ERROR");
            assertError(c.request("reset", "{\"opponent\":\"../agents/blitz.yaml\"}"), "VALIDATION_ERROR");
            assertError(c.request("reset", "{\"opponent\":\"blitz@2\"}"), "VALIDATION_ERROR");

            assertEquals("observation", c.request("reset", "{\"seed\":5}").get("type").asText());
            JsonNode badTool = c.request("step", "{\"tool_name\":\"hack_the_planet\"}");
            assertError(badTool, "VALIDATION_ERROR");
            assertTrue(badTool.at("/data/message").asText().contains("query_siem"), "names what is accepted");
            assertEquals("tool_name", badTool.at("/data/errors/0/loc/0").asText());
            JsonNode badTarget = c.request("step", "{\"tool_name\":\"isolate_host\",\"target\":\"mainframe\"}");
            assertError(badTarget, "VALIDATION_ERROR");
            assertTrue(badTarget.at("/data/message").asText().contains("db-01"), badTarget.toString());
            assertError(c.request("step", "{\"tool_name\":\"query_siem\",\"actor\":\"red\"}"), "VALIDATION_ERROR");
            assertError(c.request("step", "{\"tool_name\":42}"), "VALIDATION_ERROR");
            assertError(c.request("step", "{\"tool_name\":\"query_siem\",\"colour\":\"blue\"}"), "VALIDATION_ERROR");

            assertEquals("observation", c.request("step", "{\"tool_name\":\"rotate_secrets\"}").get("type").asText());
            JsonNode cooling = c.request("step", "{\"tool_name\":\"rotate_secrets\"}");
            assertError(cooling, "EXECUTION_ERROR");
            assertTrue(cooling.at("/data/message").asText().contains("cooling down"), cooling.toString());

            JsonNode state = c.request("state", null).get("data");
            assertEquals(1, state.get("step_count").asInt(), "refused actions changed nothing");
            assertEquals("observation", c.request("step", "{\"tool_name\":\"query_siem\"}").get("type").asText());
        }
    }

    @Test
    void stepAfterTheEndIsAnExecutionErrorUntilReset() throws Exception {
        try (WsClient c = client()) {
            c.request("reset", "{\"seed\":11}");
            JsonNode last = null;
            for (int i = 0; i < 200; i++) {
                last = c.request("step", "{\"tool_name\":\"query_siem\"}");
                if (last.at("/data/done").asBoolean()) {
                    break;
                }
            }
            assertTrue(last.at("/data/done").asBoolean(), "the episode ends");
            JsonNode metrics = last.at("/data/observation/cyber_metadata/posg_metrics");
            assertTrue(metrics.has("winner"), "final metrics once over: " + metrics);
            assertError(c.request("step", "{\"tool_name\":\"query_siem\"}"), "EXECUTION_ERROR");
            assertFalse(c.request("reset", null).at("/data/done").asBoolean());
        }
    }

    @Test
    void pingsAreAnsweredAndBinaryFramesRefused() throws Exception {
        try (WsClient c = client()) {
            ByteBuffer pong = c.ping("keepalive".getBytes(StandardCharsets.UTF_8));
            assertEquals("keepalive", StandardCharsets.UTF_8.decode(pong).toString());
            c.sendBinary(new byte[] {1, 2, 3});
            assertError(c.next(), "INVALID_JSON");
            assertEquals("state", c.request("state", null).get("type").asText());
        }
    }

    @Test
    void oversizeMessagesGetAnErrorFrameAndHugeOnesCloseOnlyTheirConnection() throws Exception {
        try (WsClient other = client(); WsClient c = client()) {
            other.request("reset", "{\"seed\":2}");
            String big = "{\"type\":\"state\",\"pad\":\"" + "x".repeat(100_000) + "\"}";
            JsonNode r = c.request(big);
            assertError(r, "VALIDATION_ERROR");
            assertEquals("too_long", r.at("/data/errors/0/type").asText());
            assertEquals("state", c.request("state", null).get("type").asText(), "the session goes on");

            String huge = "x".repeat(ServerConfig.DEFAULT_MAX_MESSAGE_BYTES * CyberServer.HARD_LIMIT_FACTOR + 10);
            c.send(huge);
            assertEquals(1009, c.awaitClose().status());
            assertEquals("observation", other.request("step", "{\"tool_name\":\"query_siem\"}").get("type").asText());
        }
    }

    @Test
    void plainGetOnWsIsNotFound() throws Exception {
        TestServers.Reply r = TestServers.get(http, server, "/ws");
        assertEquals(404, r.status());
        assertEquals("Not Found", r.json().get("detail").asText());
        assertNotEquals(0, server.port());
    }
}
