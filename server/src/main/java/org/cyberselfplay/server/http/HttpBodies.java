package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.Json;

/** Bounded request bodies and OpenEnv's error bodies. */
final class HttpBodies {
    static final String JSON = "application/json";

    private HttpBodies() {
    }

    /**
     * Bytes of an oversize body read and dropped before the 413 goes out. Closing a connection whose request is
     * still arriving makes the client's TCP stack reset it, and the reset can destroy the 413 before the client
     * reads it; swallowing a bounded remainder (as servlet containers do) lets the client see the refusal, while
     * a larger body still costs at most this much reading.
     */
    static final long SWALLOW_LIMIT = 1 << 20;

    /**
     * The request body, read up to {@code max} bytes: a longer one (declared or streamed) is refused with 413
     * without being buffered; up to {@link #SWALLOW_LIMIT} bytes of it are read and dropped first.
     */
    static byte[] read(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > max) {
                swallow(in);
                throw tooLarge(max);
            }
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                swallow(in);
                throw tooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new HttpResponseException(400, "Cannot read the request body: " + e.getMessage(), Map.of());
        }
    }

    private static void swallow(InputStream in) throws IOException {
        byte[] sink = new byte[8192];
        long left = SWALLOW_LIMIT;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
    }

    private static HttpResponseException tooLarge(int max) {
        return new HttpResponseException(413, "Request body too large: at most " + max + " bytes are accepted",
                Map.of());
    }

    /** Sends a JSON reply. */
    static void send(Context ctx, int status, byte[] json) {
        ctx.status(status).contentType(JSON).result(json);
    }

    /** Sends a JSON reply. */
    static void send(Context ctx, int status, JsonNode json) {
        send(ctx, status, Json.bytes(json));
    }

    /** {@code {"detail": message}}. */
    static void detail(Context ctx, int status, String message) {
        send(ctx, status, Json.object().put("detail", message));
    }

    /** 422 with a pydantic-style {@code detail} list. */
    static void unprocessable(Context ctx, List<FieldError> errors) {
        var list = Json.array();
        errors.forEach(e -> list.add(e.toJson()));
        send(ctx, 422, Json.object().set("detail", list));
    }
}
