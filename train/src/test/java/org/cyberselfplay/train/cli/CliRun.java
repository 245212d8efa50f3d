package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;

/** One in-process CLI invocation with captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run whose {@code play} reads {@code input} (lines separated by newlines). */
    static CliRun withInput(String input, String... args) {
        return withInput(new StringReader(input), new StringWriter(), args);
    }

    /** A run whose {@code play} reads {@code in} and prints to {@code out}, which the reader may watch. */
    static CliRun withInput(Reader in, StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), in).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
