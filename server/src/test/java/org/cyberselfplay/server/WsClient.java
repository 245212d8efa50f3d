package org.cyberselfplay.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client on java.net.http's WebSocket: one request, one reply, with timeouts. */
final class WsClient implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long TIMEOUT_S = 10;

    /** How the server closed the connection. */
    record Closed(int status, String reason) {
    }

    private final WebSocket socket;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();

    private WsClient(HttpClient http, URI uri, Map<String, String> headers) throws Exception {
        WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_S));
        headers.forEach(b::header);
        this.socket = b.buildAsync(uri, new Listener()).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    static WsClient connect(HttpClient http, String baseUrl) throws Exception {
        return connect(http, baseUrl, Map.of());
    }

    static WsClient connect(HttpClient http, String baseUrl, Map<String, String> headers) throws Exception {
        return new WsClient(http, URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws"), headers);
    }

    /** Sends one text frame without waiting for a reply. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends one text frame and returns the one reply. */
    JsonNode request(String text) throws Exception {
        send(text);
        return next();
    }

    /** Sends {@code {"type": type, "data": data}} and returns the reply. */
    JsonNode request(String type, String dataJson) throws Exception {
        return request("{\"type\":\"" + type + "\"" + (dataJson == null ? "" : ",\"data\":" + dataJson) + "}");
    }

    /** The next message from the server. */
    JsonNode next() throws Exception {
        String m = messages.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertNotNull(m, "no reply within " + TIMEOUT_S + " s");
        return MAPPER.readTree(m);
    }

    /** A message that is already there or arrives within {@code millis}, else null. */
    String poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /** Sends a ping and waits for the pong's payload. */
    ByteBuffer ping(byte[] payload) throws Exception {
        socket.sendPing(ByteBuffer.wrap(payload)).join();
        ByteBuffer pong = pongs.poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertNotNull(pong, "no pong");
        return pong;
    }

    /** Waits for the server to close the connection. */
    Closed awaitClose() throws Exception {
        return closed.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            ByteBuffer copy = ByteBuffer.allocate(message.remaining());
            copy.put(message).flip();
            pongs.add(copy);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(new Closed(status, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
