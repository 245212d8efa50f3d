package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MCP over JSON-RPC 2.0, on POST /mcp and in mcp messages on /ws. */
class McpTest {
    static CyberServer server;
    static HttpClient http;

    @BeforeAll
    static void start() {
        server = CyberServer.start(TestServers.config());
        http = TestServers.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode rpc(String body) throws Exception {
        TestServers.Reply r = TestServers.post(http, server, "/mcp", body);
        assertEquals(200, r.status(), "JSON-RPC is always HTTP 200");
        JsonNode j = r.json();
        assertEquals("2.0", j.get("jsonrpc").asText(), j.toString());
        return j;
    }

    @Test
    void standardErrorCodes() throws Exception {
        assertEquals(-32700, rpc("{\"jsonrpc\":").at("/error/code").asInt());
        assertEquals(-32600, rpc("{}").at("/error/code").asInt());
        assertEquals(-32600, rpc("[]").at("/error/code").asInt());
        assertEquals(-32600, rpc("{\"jsonrpc\":\"1.0\",\"method\":\"ping\",\"id\":1}").at("/error/code").asInt());
        JsonNode unknown = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/destroy\",\"id\":2}");
        assertEquals(-32601, unknown.at("/error/code").asInt());
        assertEquals(2, unknown.get("id").asInt());
        assertEquals(-32602, rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":3,"
                + "\"params\":{\"name\":\"recon_network\"}}").at("/error/code").asInt(), "a Red tool for a Blue client");
        assertEquals(-32602, rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":4,"
                + "\"params\":{\"name\":\"isolate_host\",\"arguments\":{\"target\":\"nas-9\"}}}").at("/error/code").asInt());
        assertEquals(-32602, rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":5,"
                + "\"params\":{\"name\":\"query_siem\",\"arguments\":{\"force\":\"yes\"}}}").at("/error/code").asInt());
        assertEquals(-32602, rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":6,\"params\":[1]}")
                .at("/error/code").asInt());
    }

    @Test
    void toolsListDescribesBlueToolsWithSchemas() throws Exception {
        JsonNode r = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\",\"id\":\"a\"}");
        assertEquals("a", r.get("id").asText());
        JsonNode tools = r.at("/result/tools");
        assertEquals(13, tools.size());
        List<String> inventory = new ArrayList<>();
        Scenarios.preset("small").hosts().forEach(h -> inventory.add(h.name()));
        for (JsonNode t : tools) {
            Tool tool = Tool.fromWire(t.get("name").asText()).orElseThrow();
            assertEquals(Actor.BLUE, tool.side());
            JsonNode schema = t.get("inputSchema");
            assertEquals("object", schema.get("type").asText());
            assertFalse(t.get("description").asText().isBlank());
            if (tool.targeted()) {
                List<String> targets = new ArrayList<>();
                schema.at("/properties/target/enum").forEach(n -> targets.add(n.asText()));
                assertEquals(inventory, targets, tool.wireName());
                assertEquals("[\"target\"]", schema.get("required").toString());
            }
            if (tool == Tool.EXECUTE_INSTRUCTION) {
                assertEquals(13, schema.at("/properties/required_tool/enum").size());
            }
        }
    }

    @Test
    void httpToolsCallPlaysOneMoveOnAFreshGame() throws Exception {
        JsonNode r = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":7,"
                + "\"params\":{\"name\":\"run_forensics\",\"arguments\":{\"target\":\"db-01\",\"rationale\":\"check\"}}}");
        JsonNode result = r.get("result");
        assertFalse(result.get("isError").asBoolean(), r.toString());
        assertEquals("text", result.at("/content/0/type").asText());
        JsonNode content = WsClient.MAPPER.readTree(result.at("/content/0/text").asText());
        assertEquals(1, content.at("/observation/public_state/time_step").asInt());
        assertEquals(content, result.get("structuredContent"));
        JsonNode init = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"initialize\",\"id\":0,\"params\":{\"protocolVersion\":\"2025-03-26\"}}");
        assertEquals("2025-03-26", init.at("/result/protocolVersion").asText());
        assertEquals("cyberselfplay", init.at("/result/serverInfo/name").asText());
    }

    @Test
    void wsToolsCallStepsTheSessionsGame() throws Exception {
        try (WsClient c = WsClient.connect(http, server.baseUrl())) {
            c.request("reset", "{\"seed\":8,\"actor\":\"red\",\"scenario\":\"medium\"}");
            JsonNode list = c.request("mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\",\"id\":1}");
            assertEquals("mcp", list.get("type").asText());
            JsonNode tools = list.at("/data/result/tools");
            assertEquals(10, tools.size(), "a Red client sees Red's tools");
            assertEquals(12, tools.get(1).at("/inputSchema/properties/target/enum").size(), "medium's inventory");

            JsonNode call = c.request("mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":2,"
                    + "\"params\":{\"name\":\"recon_network\",\"arguments\":{}}}");
            assertFalse(call.at("/data/result/isError").asBoolean(), call.toString());
            assertEquals(1, c.request("state", null).at("/data/step_count").asInt());

            JsonNode refused = c.request("mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":3,"
                    + "\"params\":{\"name\":\"sabotage_recovery_plan\",\"arguments\":{\"target\":\"db-01\"}}}");
            assertTrue(refused.at("/data/result/isError").asBoolean(), refused.toString());
            assertTrue(refused.at("/data/result/content/0/text").asText().contains("admin"), refused.toString());
            assertEquals(-32600, c.request("mcp", null).at("/data/error/code").asInt());
            assertEquals(1, c.request("state", null).at("/data/step_count").asInt());
        }
    }
}
