package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capacity, idle reaping, the bearer token and browser origins. */
class SafetyTest {
    private final HttpClient http = TestServers.http();

    @Test
    void bindsLoopbackByDefault() {
        ServerConfig d = ServerConfig.defaults();
        assertEquals("127.0.0.1", d.host());
        assertEquals(7870, d.port());
        assertEquals(64, d.maxSessions());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxSessions(0));
        assertThrows(IllegalArgumentException.class, () -> d.withToken(" "));
    }

    @Test
    void capacityIsRefusedAfterTheUpgradeAndFreedOnClose() throws Exception {
        try (CyberServer server = CyberServer.start(TestServers.config().withMaxSessions(2))) {
            WsClient a = WsClient.connect(http, server.baseUrl());
            WsClient b = WsClient.connect(http, server.baseUrl());
            assertEquals("state", a.request("state", null).get("type").asText());
            assertEquals("state", b.request("state", null).get("type").asText());
            try (WsClient refused = WsClient.connect(http, server.baseUrl())) {
                JsonNode e = refused.next();
                assertEquals("CAPACITY_REACHED", e.at("/data/code").asText(), e.toString());
                assertEquals(2, e.at("/data/active_sessions").asInt());
                assertEquals(2, e.at("/data/max_sessions").asInt());
                assertEquals(1013, refused.awaitClose().status());
            }
            assertEquals("state", a.request("state", null).get("type").asText(), "admitted sessions are unaffected");
            a.send("{\"type\":\"close\"}");
            a.awaitClose();
            waitFor(() -> server.activeSessions() == 1);
            try (WsClient c = WsClient.connect(http, server.baseUrl())) {
                assertEquals("state", c.request("state", null).get("type").asText());
            }
            b.close();
        }
    }

    @Test
    void idleSessionsAreReapedWithASessionError() throws Exception {
        ServerConfig cfg = TestServers.config().withSessionTimeout(Duration.ofMillis(1000));
        try (CyberServer server = CyberServer.start(cfg);
             WsClient idle = WsClient.connect(http, server.baseUrl());
             WsClient busy = WsClient.connect(http, server.baseUrl())) {
            idle.request("reset", "{\"seed\":1}");
            busy.request("reset", "{\"seed\":1}");
            long until = System.nanoTime() + 2_500_000_000L;
            while (System.nanoTime() < until) {
                Thread.sleep(100);
                assertEquals("state", busy.request("state", null).get("type").asText());
            }
            JsonNode e = idle.next();
            assertEquals("SESSION_ERROR", e.at("/data/code").asText(), e.toString());
            assertEquals(1000, idle.awaitClose().status());
            assertEquals(1, server.activeSessions(), "the reaped slot is free, the busy session lives");
        }
    }

    @Test
    void tokenGuardsEveryRouteButHealthAndTheUpgrade() throws Exception {
        try (CyberServer server = CyberServer.start(TestServers.config().withToken("s3cret"))) {
            assertEquals(200, TestServers.get(http, server, "/health").status());
            for (String path : new String[] {"/info", "/metadata", "/schema", "/openapi.json", "/state"}) {
                TestServers.Reply r = TestServers.get(http, server, path);
                assertEquals(401, r.status(), path);
                assertTrue(r.json().get("detail").asText().contains("Bearer"), r.body());
                assertEquals(401, TestServers.get(http, server, path, "Authorization", "Bearer wrong").status());
                assertEquals(200, TestServers.get(http, server, path, "Authorization", "Bearer s3cret").status());
            }
            assertEquals(401, TestServers.post(http, server, "/reset", "{}").status());
            assertEquals(200, TestServers.post(http, server, "/reset", "{}", "Authorization", "Bearer s3cret").status());
            assertEquals(401, TestServers.post(http, server, "/mcp", "{}").status());
            Exception refused = assertThrows(Exception.class, () -> WsClient.connect(http, server.baseUrl()));
            assertTrue(String.valueOf(refused.getCause()).contains("WebSocketHandshakeException"), refused.toString());
            try (WsClient ok = WsClient.connect(http, server.baseUrl(), Map.of("Authorization", "Bearer s3cret"))) {
                assertEquals("observation", ok.request("reset", null).get("type").asText());
            }
        }
    }

    @Test
    void browserOriginsCannotOpenSessions() throws Exception {
        try (CyberServer server = CyberServer.start(TestServers.config())) {
            assertThrows(Exception.class, () -> WsClient.connect(http, server.baseUrl(),
                    Map.of("Origin", "https://evil.example")));
            try (WsClient local = WsClient.connect(http, server.baseUrl(), Map.of("Origin", "http://localhost:3000"))) {
                assertEquals("state", local.request("state", null).get("type").asText());
            }
            assertEquals(0, waitFor(() -> server.activeSessions() == 0));
        }
    }

    /** Polls a condition for up to 5 s; returns 0 when it held. */
    static int waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return 0;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 5 s");
    }
}
