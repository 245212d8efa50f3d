package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cyberselfplay.server.mcp.JsonRpc;
import org.cyberselfplay.server.mcp.McpHandler;
import org.cyberselfplay.server.protocol.ActionReader;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.protocol.ResetReader;
import org.cyberselfplay.server.protocol.ResetRequest;
import org.cyberselfplay.server.session.GameSession;

/**
 * The stateless HTTP routes, as in OpenEnv: each request builds a fresh game, uses it once and drops it.
 * {@code POST /reset} returns the first observation; {@code POST /step} resets a fresh game (its body may
 * carry the reset options next to {@code action}) and plays the action; {@code GET /state} is a fresh game's
 * state; {@code POST /mcp} answers JSON-RPC on a freshly reset game, always with HTTP 200.
 *
 * <p>Errors: a bad field is 422 with a pydantic-style {@code detail} list ({@code loc} starts with
 * {@code body} for body fields and is relative to the action for action fields); an action the game refuses,
 * or a scenario or opponent that cannot be built, is 400 {@code {"detail": reason}}.
 */
final class OneShotRoutes {
    private static final Set<String> STEP_FIELDS = Set.of("action", "timeout_s", "request_id");

    private final Supplier<GameSession> games;
    private final McpHandler mcp;
    private final int maxBody;

    OneShotRoutes(Supplier<GameSession> games, McpHandler mcp, int maxBody) {
        this.games = games;
        this.mcp = mcp;
        this.maxBody = maxBody;
    }

    void reset(Context ctx) {
        JsonNode body = parseBody(ctx);
        if (body == null) {
            return;
        }
        try {
            ResetRequest r = ResetReader.read(body);
            HttpBodies.send(ctx, 200, Replies.stepResult(games.get().reset(r)));
        } catch (ProtocolError e) {
            fail(ctx, e, true);
        }
    }

    void step(Context ctx) {
        JsonNode body = parseBody(ctx);
        if (body == null) {
            return;
        }
        if (!body.isObject()) {
            HttpBodies.unprocessable(ctx, List.of(new FieldError("model_attributes_type", List.of("body"),
                    "the body must be a JSON object {\"action\": {...}}", body)));
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        ResetRequest reset = readStepBody(body, errors);
        JsonNode action = body.get("action");
        if (!errors.isEmpty()) {
            HttpBodies.unprocessable(ctx, errors);
            return;
        }
        GameSession game = games.get();
        try {
            game.reset(reset);
        } catch (ProtocolError e) {
            fail(ctx, e, true);
            return;
        }
        try {
            HttpBodies.send(ctx, 200, Replies.stepResult(game.step(ActionReader.read(action))));
        } catch (ProtocolError e) {
            fail(ctx, e, false);
        }
    }

    /** Checks a step body's fields, collecting errors; returns the reset options (null when they are invalid). */
    private static ResetRequest readStepBody(JsonNode body, List<FieldError> errors) {
        JsonNode action = body.get("action");
        if (action == null || action.isNull()) {
            errors.add(new FieldError("missing", List.of("body", "action"), "Field required: the action to play", null));
        } else if (!action.isObject()) {
            errors.add(new FieldError("dict_type", List.of("body", "action"), "must be an action object", action));
        }
        JsonNode timeout = body.get("timeout_s");
        if (timeout != null && !timeout.isNull() && !(timeout.isNumber() && timeout.doubleValue() >= 0)) {
            errors.add(new FieldError("float_type", List.of("body", "timeout_s"), "must be a number >= 0", timeout));
        }
        JsonNode requestId = body.get("request_id");
        if (requestId != null && !requestId.isNull() && !requestId.isTextual()) {
            errors.add(new FieldError("string_type", List.of("body", "request_id"), "must be a string", requestId));
        }
        ObjectNode resetOptions = Json.object();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (ResetReader.FIELDS.contains(e.getKey())) {
                resetOptions.set(e.getKey(), e.getValue());
            } else if (!STEP_FIELDS.contains(e.getKey())) {
                errors.add(new FieldError("extra_forbidden", List.of("body", e.getKey()), "unknown field; accepted: "
                        + "action, timeout_s, request_id, seed, episode_id, scenario, actor, opponent", e.getValue()));
            }
        }
        ResetRequest reset = null;
        try {
            reset = ResetReader.read(resetOptions);
        } catch (ProtocolError e) {
            e.errors().forEach(f -> errors.add(f.under("body")));
        }
        return reset;
    }

    void state(Context ctx) {
        HttpBodies.send(ctx, 200, games.get().state());
    }

    void mcp(Context ctx) {
        JsonNode request;
        try {
            request = Json.parse(HttpBodies.read(ctx, maxBody));
        } catch (ProtocolError e) {
            HttpBodies.send(ctx, 200, JsonRpc.error(null, JsonRpc.PARSE_ERROR, "Parse error: " + e.getMessage()));
            return;
        }
        GameSession game = games.get();
        try {
            game.reset(ResetRequest.defaults());
        } catch (ProtocolError e) {
            HttpBodies.send(ctx, 200, JsonRpc.error(request.path("id").isValueNode() ? request.get("id") : null,
                    JsonRpc.INTERNAL_ERROR, "Internal error: " + e.getMessage()));
            return;
        }
        HttpBodies.send(ctx, 200, mcp.handle(request, game));
    }

    /** The body as JSON (empty: null), or null after replying 422 to text that is not JSON. */
    private JsonNode parseBody(Context ctx) {
        byte[] bytes = HttpBodies.read(ctx, maxBody);
        try {
            return Json.parse(bytes);
        } catch (ProtocolError e) {
            HttpBodies.unprocessable(ctx, List.of(new FieldError("json_invalid", List.of("body", 0), e.getMessage(),
                    JsonNodeFactory.instance.objectNode())));
            return null;
        }
    }

    private static void fail(Context ctx, ProtocolError e, boolean underBody) {
        if (e.code() == ProtocolError.Code.VALIDATION_ERROR) {
            List<FieldError> errors = underBody ? e.errors().stream().map(f -> f.under("body")).toList() : e.errors();
            HttpBodies.unprocessable(ctx, errors);
        } else {
            HttpBodies.detail(ctx, 400, e.getMessage());
        }
    }
}
