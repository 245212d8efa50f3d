package org.cyberselfplay.train.report;

/**
 * Progress of one long task: a bar on a terminal, plain log lines otherwise. Close it when the task ends.
 */
public interface Progress extends AutoCloseable {

    /** Moves the task forward by {@code steps} and shows {@code message} (e.g. the latest reward). */
    void advance(long steps, String message);

    @Override
    void close();
}
