package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP routes: OpenEnv's validator criteria, the one-shot routes and the error bodies. */
class HttpRoutesTest {
    @TempDir
    static Path runDir;
    static CyberServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(runDir.resolve("checkpoints"));
        Files.writeString(runDir.resolve("checkpoints/policy.zip"), "zip");
        Files.writeString(runDir.resolve("metrics.csv"), "a,b\n");
        server = CyberServer.start(TestServers.config().withRunDir(runDir));
        http = TestServers.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServers.Reply get(String path) throws Exception {
        return TestServers.get(http, server, path);
    }

    private static TestServers.Reply post(String path, String body) throws Exception {
        return TestServers.post(http, server, path, body);
    }

    @Test
    void openEnvValidatorCriteria() throws Exception {
        TestServers.Reply openapi = get("/openapi.json");
        assertEquals(200, openapi.status());
        JsonNode doc = openapi.json();
        assertTrue(doc.at("/info/version").isTextual());
        assertTrue(doc.at("/info/version").asText().startsWith("1."), doc.at("/info").toString());
        JsonNode paths = doc.get("paths");
        for (String p : List.of("/reset", "/step", "/state", "/health", "/metadata", "/schema", "/mcp", "/info")) {
            assertTrue(paths.has(p), p + " not listed");
        }

        TestServers.Reply health = get("/health");
        assertEquals(200, health.status());
        assertEquals("healthy", health.json().get("status").asText());

        JsonNode meta = get("/metadata").json();
        assertTrue(meta.get("name").isTextual() && meta.get("description").isTextual(), meta.toString());
        for (String k : List.of("readme_content", "version", "author", "documentation_url")) {
            assertTrue(meta.has(k), k);
        }

        JsonNode schema = get("/schema").json();
        for (String k : List.of("action", "observation", "state")) {
            assertTrue(schema.get(k).isObject(), k);
        }

        TestServers.Reply mcp = post("/mcp", "{}");
        assertEquals(200, mcp.status());
        assertEquals("2.0", mcp.json().get("jsonrpc").asText());
        assertEquals(-32600, mcp.json().at("/error/code").asInt());
    }

    @Test
    void resetIsOneShotWithDefaultsAndValidatedFields() throws Exception {
        for (String body : new String[] {null, "", "null", "{}"}) {
            TestServers.Reply r = post("/reset", body);
            assertEquals(200, r.status(), "body " + body + ": " + r.body());
            JsonNode j = r.json();
            assertEquals("blue", j.at("/observation/actor").asText());
            assertTrue(j.has("reward") && j.has("done"));
        }
        TestServers.Reply same1 = post("/reset", "{\"seed\":9,\"scenario\":\"medium\"}");
        TestServers.Reply same2 = post("/reset", "{\"seed\":9,\"scenario\":\"medium\"}");
        assertEquals(same1.body(), same2.body());
        assertEquals(12, same1.json().at("/observation/public_state/hosts").size());

        TestServers.Reply bad = post("/reset", "{\"seed\":-3,\"episode_id\":\"" + "e".repeat(256) + "\"}");
        assertEquals(422, bad.status());
        List<String> locs = new ArrayList<>();
        bad.json().get("detail").forEach(d -> locs.add(d.get("loc").toString()));
        assertTrue(locs.contains("[\"body\",\"seed\"]"), locs.toString());
        assertTrue(locs.contains("[\"body\",\"episode_id\"]"), locs.toString());
        for (JsonNode d : bad.json().get("detail")) {
            assertTrue(d.has("type") && d.has("msg") && d.has("input"), d.toString());
        }
        assertEquals(422, post("/reset", "{\"seed\":\"seven\"}").status());
        assertEquals(422, post("/reset", "{not json").status());
        assertEquals(422, post("/reset", "{\"scenario\":\"huge\"}").status());
        TestServers.Reply factory = post("/reset", "{\"scenario\":\"metrics.csv\"}");
        assertEquals(400, factory.status(), factory.body());
        assertTrue(factory.json().get("detail").asText().contains("metrics.csv"));
    }

    @Test
    void stepIsOneShotAndReportsActionErrorsRelativeToTheAction() throws Exception {
        TestServers.Reply ok = post("/step", "{\"action\":{\"actor\":\"blue\",\"tool_name\":\"triage_alerts\"},"
                + "\"seed\":4,\"request_id\":\"r1\",\"timeout_s\":5}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1, ok.json().at("/observation/public_state/time_step").asInt());

        TestServers.Reply missing = post("/step", "{}");
        assertEquals(422, missing.status());
        assertEquals("[\"body\",\"action\"]", missing.json().at("/detail/0/loc").toString());
        assertEquals("missing", missing.json().at("/detail/0/type").asText());
        assertEquals(422, post("/step", "{\"action\":\"query_siem\"}").status());

        TestServers.Reply badField = post("/step", "{\"action\":{\"tool_name\":\"isolate_host\",\"target\":\"nas-9\"}}");
        assertEquals(422, badField.status());
        assertEquals("[\"target\"]", badField.json().at("/detail/0/loc").toString());

        TestServers.Reply outOfTurn = post("/step", "{\"action\":{\"tool_name\":\"recon_network\",\"actor\":\"red\"},"
                + "\"opponent\":\"none\"}");
        assertEquals(400, outOfTurn.status(), outOfTurn.body());
        assertTrue(outOfTurn.json().get("detail").asText().contains("out of turn"), outOfTurn.body());
        TestServers.Reply badOption = post("/step", "{\"action\":{\"tool_name\":\"query_siem\"},\"opponent\":\"gandalf\"}");
        assertEquals(422, badOption.status());
        assertEquals("[\"body\",\"opponent\"]", badOption.json().at("/detail/0/loc").toString());
    }

    @Test
    void stateIsAFreshGames() throws Exception {
        TestServers.Reply r = get("/state");
        assertEquals(200, r.status());
        assertTrue(r.json().get("episode_id").isNull());
        assertEquals(0, r.json().get("step_count").asInt());
    }

    @Test
    void wrongMethodAndUnknownPathGetOpenEnvBodies() throws Exception {
        TestServers.Reply m = get("/reset");
        assertEquals(405, m.status());
        assertEquals("Method Not Allowed", m.json().get("detail").asText());
        assertEquals(405, post("/health", "{}").status());
        assertEquals(405, TestServers.method(http, server, "DELETE", "/step").status());
        TestServers.Reply n = get("/nothing/here");
        assertEquals(404, n.status());
        assertEquals("Not Found", n.json().get("detail").asText());
    }

    @Test
    void oversizeBodiesGet413() throws Exception {
        TestServers.Reply r = post("/reset", "{\"episode_id\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, r.status());
        assertTrue(r.json().get("detail").asText().contains("65536"), r.body());
        assertEquals(200, get("/health").status());
    }

    @Test
    void infoListsToolsScenariosAndActors() throws Exception {
        JsonNode info = get("/info").json();
        assertEquals("cyberselfplay", info.get("name").asText());
        assertEquals(13, info.get("blue_tools").size());
        assertEquals(10, info.get("red_tools").size());
        assertEquals("[\"small\",\"medium\",\"large\"]", info.get("scenarios").toString());
        assertEquals("[\"blue\",\"red\"]", info.get("valid_actors").toString());
        assertEquals("cyber_metadata", info.get("observation_metadata_key").asText());
    }

    @Test
    void artifactsListsOnlyTheRunDirectoryWithoutContents() throws Exception {
        JsonNode a = get("/artifacts").json();
        List<String> paths = new ArrayList<>();
        a.get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertEquals(List.of("checkpoints/policy.zip", "metrics.csv"), paths);
        assertFalse(a.toString().contains("a,b"), "contents are never sent");
        TestServers.Reply escape = get("/artifacts/../../etc/passwd");
        assertTrue(escape.status() == 400 || escape.status() == 404, escape.status() + " " + escape.body());
        assertFalse(escape.body().contains("root:"), "no file outside the run directory is read");
    }
}
