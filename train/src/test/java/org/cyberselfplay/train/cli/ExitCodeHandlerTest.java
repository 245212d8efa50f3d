package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberselfplay.env.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

class ExitCodeHandlerTest {
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Parameters(index = "0")
        String kind;

        @Override
        public Integer call() {
            switch (kind) {
                case "usage" -> throw new UsageException("--config: file runs/x.yaml does not exist");
                case "scenario" -> throw new ScenarioException("my.yaml", List.of("max_turns: must be > 0, got 0"));
                default -> throw new IllegalStateException("boom\nsecond line");
            }
        }
    }

    private static CliRun run(String kind) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Failing());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ExitCodeHandler h = new ExitCodeHandler();
        cl.setExecutionExceptionHandler(h);
        cl.setParameterExceptionHandler(h);
        return new CliRun(cl.execute(kind), out.toString(), err.toString());
    }

    @Test
    void usageErrorsExitTwoWithTheirMessage() {
        CliRun r = run("usage");
        assertEquals(2, r.exitCode());
        assertEquals("error: --config: file runs/x.yaml does not exist", r.err().strip());
    }

    @Test
    void scenarioErrorsExitTwoNamingTheFileAndField() {
        CliRun r = run("scenario");
        assertEquals(2, r.exitCode());
        assertEquals("error: scenario my.yaml: max_turns: must be > 0, got 0", r.err().strip());
    }

    @Test
    void internalFailuresExitOneWithOneLineAndNoStackTrace() {
        CliRun r = run("other");
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("IllegalStateException: boom second line"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingParameterExitsTwo() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Failing());
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(new ExitCodeHandler());
        assertEquals(2, cl.execute());
        assertTrue(err.toString().contains("fail --help"), err.toString());
    }
}
