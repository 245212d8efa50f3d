package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What /schema publishes really describes what the server sends and accepts. */
class SchemaTest {
    static CyberServer server;
    static HttpClient http;
    static Schema action;
    static Schema observation;
    static Schema state;

    @BeforeAll
    static void start() throws Exception {
        server = CyberServer.start(TestServers.config());
        http = TestServers.http();
        JsonNode schemas = TestServers.get(http, server, "/schema").json();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        action = registry.getSchema(schemas.get("action"));
        observation = registry.getSchema(schemas.get("observation"));
        state = registry.getSchema(schemas.get("state"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertValid(Schema schema, JsonNode node) {
        List<Error> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors + " in " + node);
    }

    private static JsonNode json(String text) throws Exception {
        return WsClient.MAPPER.readTree(text);
    }

    @Test
    void observationsAndStatesOfBothSidesMatchTheirSchemas() throws Exception {
        for (String reset : new String[] {"{\"seed\":1}", "{\"seed\":2,\"actor\":\"red\"}",
                "{\"seed\":3,\"opponent\":\"none\",\"scenario\":\"large\"}"}) {
            try (WsClient c = WsClient.connect(http, server.baseUrl())) {
                assertValid(state, c.request("state", null).get("data"));
                JsonNode obs = c.request("reset", reset).at("/data/observation");
                assertValid(observation, obs);
                boolean red = obs.get("actor").asText().equals("red");
                String tool = red ? "recon_network" : "rotate_secrets";
                for (int i = 0; i < 1000; i++) {
                    String side = obs.get("actor").asText();
                    String t = side.equals("red") ? "recon_network" : (i % 2 == 0 ? "triage_alerts" : tool);
                    JsonNode reply = c.request("step", "{\"tool_name\":\"" + t + "\"}");
                    if (reply.get("type").asText().equals("error")) {
                        continue;
                    }
                    obs = reply.at("/data/observation");
                    assertValid(observation, obs);
                    if (reply.at("/data/done").asBoolean()) {
                        break;
                    }
                }
                assertTrue(obs.at("/cyber_metadata/posg_metrics").has("winner"), "the episode ended");
                assertValid(state, c.request("state", null).get("data"));
            }
        }
    }

    @Test
    void aRefusedActionShowsInTheNextObservationsError() throws Exception {
        try (WsClient c = WsClient.connect(http, server.baseUrl())) {
            c.request("reset", "{\"seed\":1,\"opponent\":\"none\"}");
            c.request("step", "{\"tool_name\":\"query_siem\"}");
            assertEquals("error", c.request("step", "{\"tool_name\":\"sabotage_recovery_plan\",\"target\":\"db-01\"}")
                    .get("type").asText());
            JsonNode obs = c.request("step", "{\"tool_name\":\"recon_network\"}").at("/data/observation");
            assertValid(observation, obs);
        }
    }

    @Test
    void actionSchemaAcceptsWhatTheServerAcceptsAndRefusesWhatItRefuses() throws Exception {
        assertValid(action, json("{\"actor\":\"blue\",\"tool_name\":\"isolate_host\",\"target\":\"db-01\"}"));
        assertValid(action, json("{\"tool_name\":\"execute_instruction\",\"params\":{\"required_tool\":\"deploy_patch\"}}"));
        assertValid(action, json("{\"tool_name\":\"query_siem\",\"rationale\":null,\"metadata\":{}}"));
        assertFalse(action.validate(json("{\"tool_name\":\"isolate_host\"}")).isEmpty(), "targeted tools need a target");
        assertFalse(action.validate(json("{\"tool_name\":\"execute_instruction\"}")).isEmpty());
        assertFalse(action.validate(json("{\"tool_name\":\"fly\"}")).isEmpty());
        assertFalse(action.validate(json("{\"tool_name\":\"query_siem\",\"colour\":1}")).isEmpty());
    }
}
