package org.cyberselfplay.train.report;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar (me.tongfei progressbar), redrawn in place on one stream. */
final class BarProgress implements Progress {
    private static final int REFRESH_MILLIS = 500;

    private final ProgressBar bar;

    /**
     * @param width the rendered width in characters, or -1 to fit the terminal
     */
    BarProgress(String task, long total, PrintStream stream, int width) {
        ConsoleProgressBarConsumer consumer = width > 0
                ? new ConsoleProgressBarConsumer(stream, width) : new ConsoleProgressBarConsumer(stream);
        this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(REFRESH_MILLIS).setConsumer(consumer).showSpeed().build();
    }

    @Override
    public synchronized void advance(long steps, String message) {
        bar.stepBy(steps);
        if (message != null) {
            bar.setExtraMessage(message);
        }
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
