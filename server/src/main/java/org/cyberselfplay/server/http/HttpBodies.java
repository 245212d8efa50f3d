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
     * The request body, read up to {@code max} bytes: a longer one (declared or streamed) is refused with 413
     * before it is buffered.
     */
    static byte[] read(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new HttpResponseException(400, "Cannot read the request body: " + e.getMessage(), Map.of());
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
