package org.cyberselfplay.server.ws;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.session.GameSession;

/**
 * The Javalin handlers of {@code /ws}. On connect a session is admitted if the cap allows (else
 * {@code CAPACITY_REACHED} and close code 1013); each text message gets its one reply; {@code close} closes
 * with 1000; a closed or failed connection frees its slot. Pings are answered by Jetty itself. Thread-safe.
 */
public final class WsEndpoint {
    private static final Logger LOG = LogManager.getLogger();

    private final SessionRegistry registry;
    private final MessageDispatcher dispatcher;
    private final Supplier<GameSession> games;

    public WsEndpoint(SessionRegistry registry, MessageDispatcher dispatcher, Supplier<GameSession> games) {
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.games = games;
    }

    /** Installs the handlers on a Javalin WebSocket route. */
    public void configure(WsConfig ws) {
        ws.onConnect(this::onConnect);
        ws.onMessage(this::onMessage);
        ws.onBinaryMessage(ctx -> {
            Connection c = registry.get(ctx.sessionId());
            if (c != null) {
                c.touch(System.nanoTime());
                c.send(Replies.errorFrame(new ProtocolError(ProtocolError.Code.INVALID_JSON,
                        "Binary frames are not accepted: send each message as one JSON text frame")));
            }
        });
        ws.onClose(ctx -> release(ctx.sessionId()));
        ws.onError(ctx -> {
            LOG.debug("WebSocket error on {}: {}", ctx.sessionId(), String.valueOf(ctx.error()));
            release(ctx.sessionId());
        });
    }

    private void onConnect(WsConnectContext ctx) {
        if (!registry.tryAcquire()) {
            ctx.send(Replies.capacityFrame(registry.active(), registry.maxSessions()));
            ctx.closeSession(SessionRegistry.TRY_AGAIN_LATER, "capacity reached");
            return;
        }
        registry.add(new Connection(ctx, games.get(), System.nanoTime()));
    }

    private void onMessage(WsMessageContext ctx) {
        Connection c = registry.get(ctx.sessionId());
        if (c == null) {
            return;
        }
        c.touch(System.nanoTime());
        // The lock gives the game a happens-before edge across Jetty's pool threads and keeps the reaper out.
        synchronized (c) {
            if (c.isClosed()) {
                return;
            }
            Optional<String> reply = dispatcher.handle(c.game(), ctx.message());
            if (reply.isPresent()) {
                c.send(reply.get());
            } else {
                registry.remove(c);
                c.close(null, SessionRegistry.NORMAL, "");
            }
        }
    }

    private void release(String sessionId) {
        Connection c = registry.get(sessionId);
        if (c != null) {
            registry.remove(c);
        }
    }
}
