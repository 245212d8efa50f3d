package org.cyberselfplay.train.trainer;

import org.cyberselfplay.train.report.Progress;

/** Opens a {@link Progress} display for a task (a bar on a terminal, log lines otherwise, or nothing). */
@FunctionalInterface
public interface ProgressSource {

    /**
     * A display for a task of {@code total} steps; the caller closes it.
     *
     * @param task a short name, e.g. {@code sft} or {@code grpo}
     */
    Progress start(String task, long total);

    /** Shows nothing. */
    static ProgressSource none() {
        return (task, total) -> new Progress() {
            @Override
            public void advance(long steps, String message) {
            }

            @Override
            public void close() {
            }
        };
    }
}
