package org.cyberselfplay.server.ws;

import io.javalin.websocket.WsContext;
import org.cyberselfplay.server.session.GameSession;

/**
 * One open WebSocket with its game. Replies, the reaper's error frame and closing all go through this
 * object's lock, so frames never interleave and nothing is sent after closing.
 */
final class Connection {
    private final WsContext ctx;
    private final GameSession game;
    private volatile long lastActiveNanos;
    private boolean closed;

    Connection(WsContext ctx, GameSession game, long nowNanos) {
        this.ctx = ctx;
        this.game = game;
        this.lastActiveNanos = nowNanos;
    }

    String id() {
        return ctx.sessionId();
    }

    GameSession game() {
        return game;
    }

    /** Records that a message arrived (the idle clock restarts). */
    void touch(long nowNanos) {
        lastActiveNanos = nowNanos;
    }

    long lastActiveNanos() {
        return lastActiveNanos;
    }

    /** Sends one text frame unless the connection was closed. */
    synchronized void send(String text) {
        if (!closed) {
            ctx.send(text);
        }
    }

    /** Sends a last frame (may be null) and closes with {@code status}; later calls do nothing. */
    synchronized void close(String lastFrame, int status, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        if (lastFrame != null) {
            ctx.send(lastFrame);
        }
        ctx.closeSession(status, reason);
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
