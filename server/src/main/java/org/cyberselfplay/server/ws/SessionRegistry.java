package org.cyberselfplay.server.ws;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.Replies;

/**
 * The live sessions: admission under the cap, and reaping of idle ones. A session counts from its
 * admission until its connection closes or it is reaped, whichever comes first, exactly once. Thread-safe.
 */
public final class SessionRegistry implements AutoCloseable {
    /** WebSocket close code sent after {@code CAPACITY_REACHED}: try again later. */
    static final int TRY_AGAIN_LATER = 1013;
    /** WebSocket close code of a normal closure. */
    static final int NORMAL = 1000;
    /** WebSocket close code sent when the server shuts down. */
    static final int GOING_AWAY = 1001;
    private static final Logger LOG = LogManager.getLogger();

    private final int maxSessions;
    private final Duration timeout;
    private final AtomicInteger active = new AtomicInteger();
    private final ConcurrentMap<String, Connection> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper;

    /** A registry admitting {@code maxSessions}, reaping sessions idle for {@code timeout} (zero: never). */
    public SessionRegistry(int maxSessions, Duration timeout) {
        this.maxSessions = maxSessions;
        this.timeout = timeout;
        if (timeout.isZero()) {
            this.reaper = null;
        } else {
            this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cyberselfplay-session-reaper");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(20, Math.min(1000, timeout.toMillis() / 4));
            reaper.scheduleWithFixedDelay(this::reapIdle, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Takes a slot if one is free. */
    boolean tryAcquire() {
        while (true) {
            int n = active.get();
            if (n >= maxSessions) {
                return false;
            }
            if (active.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Registers an admitted connection. */
    void add(Connection c) {
        live.put(c.id(), c);
    }

    Connection get(String id) {
        return live.get(id);
    }

    /** Forgets a connection and frees its slot, if it is still registered. */
    void remove(Connection c) {
        if (live.remove(c.id(), c)) {
            active.decrementAndGet();
        }
    }

    /** Sessions alive now. */
    public int active() {
        return active.get();
    }

    public int maxSessions() {
        return maxSessions;
    }

    private void reapIdle() {
        try {
            long now = System.nanoTime();
            long limit = timeout.toNanos();
            for (Connection c : List.copyOf(live.values())) {
                if (now - c.lastActiveNanos() > limit) {
                    remove(c);
                    c.close(Replies.errorFrame(new ProtocolError(ProtocolError.Code.SESSION_ERROR,
                            "Session closed after " + timeout.toMillis() / 1000.0 + " s without a message "
                                    + "(the server's session timeout); reconnect to play again")),
                            NORMAL, "idle timeout");
                    LOG.debug("Reaped idle session {}", c.id());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Session reaper failed; it will try again", e);
        }
    }

    /** Stops reaping and closes every session with {@code SESSION_ERROR} (server shutting down). */
    @Override
    public void close() {
        if (reaper != null) {
            reaper.shutdownNow();
        }
        for (Connection c : List.copyOf(live.values())) {
            remove(c);
            c.close(Replies.errorFrame(new ProtocolError(ProtocolError.Code.SESSION_ERROR,
                    "The server is shutting down")), GOING_AWAY, "server shutting down");
        }
    }
}
