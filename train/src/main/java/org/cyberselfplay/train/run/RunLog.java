package org.cyberselfplay.train.run;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * {@code log.txt}: a Log4j2 file appender on the root logger for as long as the run lasts, configured
 * programmatically so that the console configuration ({@code log4j2.xml}: warnings only, on standard error)
 * stays as it is and standard output stays clean. Lines at INFO and above that pass the root logger's level
 * are written. Close it when the run ends; closing twice does nothing.
 */
public final class RunLog implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %c{1}: %msg%n";

    private final String name;
    private final FileAppender appender;
    private boolean closed;

    private RunLog(String name, FileAppender appender) {
        this.name = name;
        this.appender = appender;
    }

    /** Starts appending the run's log lines to {@code file} (appending when it exists, as on a resume). */
    public static RunLog open(Path file) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        String name = "run-log-" + COUNTER.incrementAndGet();
        PatternLayout layout = PatternLayout.newBuilder().withConfiguration(config).withPattern(PATTERN).build();
        FileAppender appender = FileAppender.newBuilder()
                .setName(name)
                .withFileName(file.toAbsolutePath().toString())
                .withAppend(true)
                .setLayout(layout)
                .setConfiguration(config)
                .build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.INFO, null);
        ctx.updateLoggers();
        return new RunLog(name, appender);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().removeAppender(name);
        ctx.updateLoggers();
        appender.stop();
    }
}
