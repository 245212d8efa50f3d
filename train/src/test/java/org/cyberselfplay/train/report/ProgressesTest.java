package org.cyberselfplay.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

class ProgressesTest {

    @Test
    void plainModeLogsAboutEveryTenthAndStaysOffStdout() {
        List<String> logged = captureLogAndStdout(() -> {
            try (Progress p = Progresses.log("GRPO", 100)) {
                for (int i = 0; i < 100; i++) {
                    p.advance(1, "reward 0." + i);
                }
            }
            return null;
        });

        assertEquals(11, logged.size(), String.join("\n", logged));
        assertTrue(logged.get(0).startsWith("GRPO: 10% (10/100) after "), logged.get(0));
        assertTrue(logged.get(0).endsWith(" - reward 0.9"), logged.get(0));
        assertTrue(logged.get(9).startsWith("GRPO: 100% (100/100)"), logged.get(9));
        assertTrue(logged.get(10).startsWith("GRPO: finished 100/100 in "), logged.get(10));
    }

    @Test
    void bigStepsLogOnceAndUnknownTotalsOnlyOnClose() {
        List<String> logged = captureLogAndStdout(() -> {
            Progress big = Progresses.log("SFT", 10);
            big.advance(7, null);
            big.advance(3, "");
            big.close();
            big.close();
            Progress unknown = Progresses.log("eval", 0);
            unknown.advance(5, null);
            unknown.close();
            return null;
        });

        assertEquals(List.of("SFT: 70%", "SFT: 100%", "SFT: finished 10/10", "eval: finished 5/0"),
                logged.stream().map(l -> l.replaceAll(" (\\(|after|in).*", "")).toList());
    }

    @Test
    void barModeDrawsOnTheGivenStreamOnly() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        captureLogAndStdout(() -> {
            try (Progress p = new BarProgress("GRPO", 4, new PrintStream(err, true, StandardCharsets.UTF_8), 80)) {
                for (int i = 0; i < 4; i++) {
                    p.advance(1, "update " + i);
                }
            }
            return null;
        });

        String drawn = err.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("GRPO"), drawn);
        assertTrue(drawn.contains("100%"), drawn);
        assertTrue(drawn.contains("4/4"), drawn);
    }

    @Test
    void createPicksTheBarOnlyOnATerminal() {
        try (Progress p = Progresses.create("task", 3, System.err)) {
            assertEquals(System.console() != null, p instanceof BarProgress);
        }
    }

    @Test
    void refusesStdoutAndNegativeTotals() {
        assertThrows(IllegalArgumentException.class, () -> Progresses.bar("x", 1, System.out));
        assertThrows(IllegalArgumentException.class, () -> Progresses.log("x", -1));
    }

    @Test
    void noneShowsNothing() {
        List<String> logged = captureLogAndStdout(() -> {
            try (Progress p = Progresses.none()) {
                p.advance(5, "ignored");
            }
            return null;
        });
        assertEquals(List.of(), logged);
    }

    /**
     * Runs {@code body} with LogProgress's info lines captured and standard output swapped out; fails if
     * anything reached standard output. Returns the captured log messages.
     */
    private static List<String> captureLogAndStdout(Supplier<Void> body) {
        String name = LogProgress.class.getName();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        Capture capture = new Capture();
        capture.start();
        LoggerConfig loggerConfig = new LoggerConfig(name, Level.INFO, false);
        loggerConfig.addAppender(capture, Level.INFO, null);
        config.addLogger(name, loggerConfig);
        ctx.updateLoggers();
        PrintStream stdout = System.out;
        ByteArrayOutputStream swapped = new ByteArrayOutputStream();
        System.setOut(new PrintStream(swapped, true, StandardCharsets.UTF_8));
        try {
            body.get();
        } finally {
            System.setOut(stdout);
            config.removeLogger(name);
            ctx.updateLoggers();
            capture.stop();
        }
        assertEquals("", swapped.toString(StandardCharsets.UTF_8), "progress wrote to standard output");
        return capture.messages();
    }

    private static final class Capture extends AbstractAppender {
        private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

        Capture() {
            super("progress-capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            messages.add(event.getMessage().getFormattedMessage());
        }

        List<String> messages() {
            return List.copyOf(messages);
        }
    }
}
