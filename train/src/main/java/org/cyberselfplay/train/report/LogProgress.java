package org.cyberselfplay.train.report;

import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Progress as plain Log4j2 info lines: one per tenth of the task, and one when it closes. */
final class LogProgress implements Progress {
    private static final Logger LOG = LogManager.getLogger();
    private static final int STEPS = 10;

    private final String task;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long done;
    private int lastTenth;
    private String message = "";
    private boolean closed;

    LogProgress(String task, long total) {
        this.task = task;
        this.total = total;
    }

    @Override
    public synchronized void advance(long steps, String message) {
        if (closed) {
            return;
        }
        done += steps;
        if (message != null) {
            this.message = message;
        }
        if (total == 0) {
            return;
        }
        int tenth = (int) Math.min(STEPS, Math.max(0, done) * STEPS / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            Duration elapsed = elapsed();
            String left = done > 0 && done < total
                    ? ", about " + Markdown.duration(elapsed.multipliedBy(total - done).dividedBy(done)) + " left" : "";
            LOG.info("{}: {}% ({}/{}) after {}{}{}", task, tenth * 100 / STEPS, done, total,
                    Markdown.duration(elapsed), left, suffix());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("{}: finished {}/{} in {}{}", task, done, total, Markdown.duration(elapsed()), suffix());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private String suffix() {
        return message.isEmpty() ? "" : " - " + message;
    }
}
