package org.cyberselfplay.train.report;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a long task shows its progress: a me.tongfei progress bar when a terminal is attached, plain Log4j2
 * lines (about one per 10 %) otherwise, or nothing. Never standard output, which belongs to command results.
 */
public final class Progresses {
    private Progresses() {
    }

    /**
     * A bar on {@code err} when the JVM has a console ({@code System.console() != null}), log lines otherwise.
     *
     * @param task  a short name shown with the progress, e.g. {@code GRPO}
     * @param total units of work in the task (e.g. updates), {@code >= 0}
     * @param err   the terminal stream for the bar, normally {@code System.err}; never {@code System.out}
     * @throws IllegalArgumentException when {@code total < 0} or {@code err} is standard output
     */
    public static Progress create(String task, long total, PrintStream err) {
        return System.console() != null ? bar(task, total, err) : log(task, total);
    }

    /**
     * A progress bar drawn on {@code err}, redrawn in place about twice a second.
     *
     * @throws IllegalArgumentException when {@code total < 0} or {@code err} is standard output
     */
    public static Progress bar(String task, long total, PrintStream err) {
        checkTotal(total);
        Objects.requireNonNull(err, "err");
        if (err == System.out) {
            throw new IllegalArgumentException("progress must not be drawn on standard output; pass System.err");
        }
        return new BarProgress(task, total, err, -1);
    }

    /**
     * Progress as Log4j2 info lines: one each time another tenth of {@code total} is done, and one on close.
     *
     * @throws IllegalArgumentException when {@code total < 0}
     */
    public static Progress log(String task, long total) {
        checkTotal(total);
        return new LogProgress(task, total);
    }

    /** A progress that shows nothing, for tests and quiet runs. */
    public static Progress none() {
        return None.INSTANCE;
    }

    private static void checkTotal(long total) {
        if (total < 0) {
            throw new IllegalArgumentException("a task's total must be >= 0, got " + total);
        }
    }

    private enum None implements Progress {
        INSTANCE;

        @Override
        public void advance(long steps, String message) {
            // Shows nothing by design.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
