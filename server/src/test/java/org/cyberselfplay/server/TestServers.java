package org.cyberselfplay.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Servers on an ephemeral loopback port, and a small HTTP client for them. */
final class TestServers {
    private TestServers() {
    }

    /** The defaults on an ephemeral loopback port. */
    static ServerConfig config() {
        return ServerConfig.defaults().withPort(0);
    }

    static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One HTTP exchange. */
    record Reply(int status, String body) {
        JsonNode json() throws Exception {
            return WsClient.MAPPER.readTree(body);
        }
    }

    static Reply get(HttpClient http, CyberServer server, String path, String... headers) throws Exception {
        return send(http, builder(server, path, headers).GET().build());
    }

    static Reply post(HttpClient http, CyberServer server, String path, String body, String... headers)
            throws Exception {
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(http, builder(server, path, headers).POST(p).header("Content-Type", "application/json").build());
    }

    static Reply method(HttpClient http, CyberServer server, String method, String path) throws Exception {
        return send(http, builder(server, path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder builder(CyberServer server, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static Reply send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }
}
