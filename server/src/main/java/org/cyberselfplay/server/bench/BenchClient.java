package org.cyberselfplay.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One benchmark client: a state machine on {@code java.net.http}'s WebSocket that sends a step as soon as
 * the previous reply arrives, cycles through always-legal Blue actions, and resets when an episode ends.
 * It reads only what it needs from a reply (its frame type and final {@code done}), so the client's CPU goes
 * to the protocol, not to parsing. Latencies of measured steps go to {@link #latencies()}.
 *
 * <p>Its state is touched by the JDK's listener threads and by the thread that connects or starts it, so
 * every transition holds this object's lock; sends are chained so that one is never issued before the
 * previous one completed (the JDK refuses that).
 */
final class BenchClient implements WebSocket.Listener {
    private static final String DONE_SUFFIX = "\"done\":true}}";
    private static final String ERROR_PREFIX = "{\"type\":\"error\"";

    private final List<String> actions;
    private final String reset;
    private final long[] latencies;
    private final int warmup;
    private final AtomicLong errors;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private CompletableFuture<WebSocket> lastSend;
    private boolean started;
    private long sentAt;
    private int played;
    private int next;
    private long episodes;
    private boolean awaitingReset;

    BenchClient(List<String> actions, String reset, int warmup, int measured, AtomicLong errors) {
        this.actions = actions;
        this.reset = reset;
        this.warmup = warmup;
        this.latencies = new long[measured];
        this.errors = errors;
    }

    /** Connects and plays the warm-up; measured steps begin on {@link #go()}. */
    CompletableFuture<Void> connect(HttpClient http, URI uri) {
        return http.newWebSocketBuilder().buildAsync(uri, this).thenAccept(ws -> { });
    }

    CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }

    CompletableFuture<Void> finished() {
        return finished;
    }

    /** Starts the measured phase (after every client has warmed up). */
    synchronized void go() {
        started = true;
        if (warmedUp.isDone() && !finished.isDone()) {
            sendNext();
        }
    }

    synchronized long[] latencies() {
        return latencies;
    }

    synchronized int measuredSteps() {
        return Math.min(latencies.length, Math.max(0, played - warmup));
    }

    synchronized long episodes() {
        return episodes;
    }

    /** Called before any message is delivered: the first reply is always the one to this reset. */
    @Override
    public void onOpen(WebSocket ws) {
        synchronized (this) {
            socket = ws;
            lastSend = CompletableFuture.completedFuture(ws);
            send(reset);
            awaitingReset = true;
        }
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        long now = System.nanoTime();
        ws.request(1);
        // CharBuffer.toString() copies in bulk; StringBuilder.append(CharSequence) would copy char by char.
        String chunk = data.toString();
        synchronized (this) {
            if (!last) {
                partial.append(chunk);
            } else if (partial.length() == 0) {
                onReply(chunk, now);
            } else {
                String text = partial.append(chunk).toString();
                partial.setLength(0);
                onReply(text, now);
            }
        }
        return null;
    }

    private void onReply(String text, long now) {
        if (finished.isDone()) {
            return;
        }
        boolean error = text.startsWith(ERROR_PREFIX);
        if (awaitingReset) {
            awaitingReset = false;
            if (error) {
                fail();
                return;
            }
        } else {
            if (error) {
                errors.incrementAndGet();
            }
            int index = played - warmup;
            if (index >= 0 && index < latencies.length) {
                latencies[index] = now - sentAt;
            }
            played++;
            if (text.endsWith(DONE_SUFFIX)) {
                episodes++;
                awaitingReset = true;
            }
        }
        if (played == warmup && !awaitingReset && !warmedUp.isDone()) {
            warmedUp.complete(null);
            if (!started) {
                return;
            }
        }
        if (played >= warmup + latencies.length && !awaitingReset) {
            lastSend.thenCompose(w -> w.sendClose(WebSocket.NORMAL_CLOSURE, ""));
            finished.complete(null);
            return;
        }
        sendNext();
    }

    private void sendNext() {
        if (awaitingReset) {
            send(reset);
        } else {
            send(actions.get(next));
            next = (next + 1) % actions.size();
        }
    }

    private void send(String text) {
        sentAt = System.nanoTime();
        lastSend = lastSend.thenCompose(w -> w.sendText(text, true));
        lastSend.exceptionally(e -> {
            synchronized (this) {
                fail();
            }
            return null;
        });
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        synchronized (this) {
            fail();
        }
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        synchronized (this) {
            fail();
        }
    }

    /** Counts every step this client has not played as an error and stops it. */
    private void fail() {
        if (!finished.isDone()) {
            errors.addAndGet(Math.max(0, warmup + latencies.length - played));
            warmedUp.complete(null);
            finished.complete(null);
        }
    }

    /** Closes the connection; an unfinished client's missing steps count as errors. */
    synchronized void abort() {
        fail();
        if (socket != null) {
            socket.abort();
        }
    }
}
