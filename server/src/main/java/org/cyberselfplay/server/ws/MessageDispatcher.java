package org.cyberselfplay.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.server.mcp.JsonRpc;
import org.cyberselfplay.server.mcp.McpHandler;
import org.cyberselfplay.server.protocol.ActionReader;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.protocol.ResetReader;
import org.cyberselfplay.server.session.GameSession;

/**
 * Turns one text message of a session into its one reply: {@code reset} and {@code step} give an
 * observation, {@code state} the state, {@code mcp} a JSON-RPC response, {@code close} nothing (the
 * connection closes). Anything wrong gives an error frame and leaves the session as it was. Thread-safe;
 * the game is used by the calling thread only.
 */
public final class MessageDispatcher {
    private static final Logger LOG = LogManager.getLogger();
    private static final String TYPES = "reset, step, state, close, mcp";

    private final McpHandler mcp;
    private final int maxMessageBytes;

    public MessageDispatcher(McpHandler mcp, int maxMessageBytes) {
        this.mcp = mcp;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The reply to {@code text}; empty for a {@code close} message (no reply: close the connection). */
    public Optional<String> handle(GameSession game, String text) {
        return Optional.ofNullable(reply(game, text));
    }

    /** The reply, or null for {@code close}. */
    private String reply(GameSession game, String text) {
        try {
            checkSize(text);
            JsonNode msg = Json.parse(text);
            if (!msg.isObject()) {
                throw ProtocolError.validation(new FieldError("dict_type", List.of(),
                        "a message must be a JSON object {\"type\": ..., \"data\": ...}, got " + Json.show(msg), msg));
            }
            JsonNode typeNode = msg.get("type");
            String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : "";
            JsonNode data = msg.get("data");
            switch (type) {
                case "reset":
                    return Replies.observationFrame(game.reset(ResetReader.read(data)));
                case "step":
                    return Replies.observationFrame(game.step(ActionReader.read(data)));
                case "state":
                    return Replies.stateFrame(game.state());
                case "close":
                    return null;
                case "mcp":
                    return Replies.mcpFrame(data == null || data.isNull()
                            ? JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "Invalid Request: an mcp message needs "
                                    + "a JSON-RPC 2.0 request as its data")
                            : mcp.handle(data, game));
                default:
                    throw new ProtocolError(ProtocolError.Code.UNKNOWN_TYPE, "Unknown message type "
                            + (typeNode == null ? "(missing)" : Json.show(typeNode)) + "; accepted: " + TYPES);
            }
        } catch (ProtocolError e) {
            return Replies.errorFrame(e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure handling a message", e);
            return Replies.errorFrame(ProtocolError.execution("internal error (" + e.getClass().getSimpleName()
                    + "); send reset if the episode looks wrong"));
        }
    }

    private void checkSize(String text) {
        if (text.length() <= maxMessageBytes / 3) {
            return;
        }
        long bytes = utf8Length(text);
        if (bytes > maxMessageBytes) {
            throw ProtocolError.validation(new FieldError("too_long", List.of(), "the message has " + bytes
                    + " bytes; at most " + maxMessageBytes + " are accepted",
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.nullNode()));
        }
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
