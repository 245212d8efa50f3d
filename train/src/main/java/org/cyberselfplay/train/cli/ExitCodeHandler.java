package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.cyberselfplay.agents.PolicyException;
import org.cyberselfplay.env.scenario.ScenarioException;
import org.cyberselfplay.train.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Maps failures to exit codes and one line on the error writer: bad flags or parameters give
 * {@value #BAD_INPUT} with a hint to {@code --help}; {@link ScenarioException} and {@link UsageException}
 * give {@value #BAD_INPUT} with their message; anything else gives {@value #INTERNAL} with a one-line summary,
 * while the stack trace is logged through Log4j2 under the marker {@code STACKTRACE} (hidden from the console
 * unless the JVM runs with {@code -Dcyberselfplay.stacktrace=ACCEPT}).
 */
final class ExitCodeHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code for bad input: flags, parameters, scenario or config files. */
    static final int BAD_INPUT = 2;
    /** Exit code for an internal failure. */
    static final int INTERNAL = 1;

    private static final Logger LOG = LogManager.getLogger();
    private static final Marker STACKTRACE = MarkerManager.getMarker("STACKTRACE");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = oneLine(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        err.println("error: " + message);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ScenarioException) {
            err.println("error: scenario " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof UsageException || ex instanceof PolicyException || ex instanceof ConfigException) {
            err.println("error: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        String command = cl.getCommandSpec().qualifiedName();
        LOG.error(STACKTRACE, "Internal failure in '{}'", command, ex);
        err.println("internal error in '" + command + "': " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
                + " (stack trace logged; run with JAVA_OPTS=-Dcyberselfplay.stacktrace=ACCEPT to see it)");
        err.flush();
        return INTERNAL;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
