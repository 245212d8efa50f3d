package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.Test;

/** A client that offers permessage-deflate (as OpenEnv's Python client does) gets it and plays normally. */
class DeflateTest {
    /** Collects text messages. */
    public static final class Collector implements Session.Listener.AutoDemanding {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

        @Override
        public void onWebSocketText(String message) {
            messages.add(message);
        }
    }

    @Test
    void permessageDeflateIsNegotiatedAndWorks() throws Exception {
        WebSocketClient client = new WebSocketClient();
        client.start();
        try (CyberServer server = CyberServer.start(TestServers.config())) {
            ClientUpgradeRequest request = new ClientUpgradeRequest(
                    URI.create(server.baseUrl().replace("http", "ws") + "/ws"));
            request.addExtensions("permessage-deflate");
            Collector collector = new Collector();
            Session session = client.connect(collector, request).get(10, TimeUnit.SECONDS);
            assertTrue(session.getUpgradeResponse().getExtensions().stream()
                    .anyMatch(e -> e.getName().equals("permessage-deflate")), "deflate accepted");
            session.sendText("{\"type\":\"reset\",\"data\":{\"seed\":5,\"scenario\":\"large\"}}", Callback.NOOP);
            String reply = collector.messages.poll(10, TimeUnit.SECONDS);
            assertNotNull(reply);
            JsonNode j = WsClient.MAPPER.readTree(reply);
            assertEquals(24, j.at("/data/observation/public_state/hosts").size());
            session.close();
        } finally {
            client.stop();
        }
    }
}
