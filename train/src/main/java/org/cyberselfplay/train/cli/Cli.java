package org.cyberselfplay.train.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root command {@code cyberselfplay}. It does nothing by itself: run a subcommand. Without one it
 * exits with code 2 and a hint to {@code --help}. The standard {@code --help} and {@code --version}
 * options and the version provider are inherited by every subcommand.
 */
@Command(name = "cyberselfplay",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Self-play training of cyber-defense agents: a Red-vs-Blue network game, scripted "
                + "and neural policies, evaluation, training, an OpenEnv server and benchmarks.",
        subcommands = {
                ScenariosCommand.class,
                ArchetypesCommand.class,
                SimulateCommand.class,
                EvaluateCommand.class,
                BalanceCommand.class,
                BenchCommand.class,
                ServeCommand.class,
                TrainCommand.class,
                LeagueCommand.class,
                ReplayCommand.class,
                CompareCommand.class,
                EloCommand.class,
                PlayCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 2 bad input (flags, configs, scenario, archetype and checkpoint files), "
                + "1 internal failure."})
public final class Cli {

    /**
     * The full command tree, printing results on {@code out} and errors on {@code err}, with the
     * project's exit-code mapping (see {@link ExitCodeHandler}). Each call builds a fresh, independent tree.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new Cli()), out, err);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)}, with {@code play} reading the person's moves from
     * {@code in} instead of standard input (and echoing them, as for any input that is not a terminal).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Reader in) {
        return configure(new CommandLine(new Cli(), PlayCommand.factory(in)), out, err);
    }

    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ExitCodeHandler handler = new ExitCodeHandler();
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        return cl;
    }

    /** Runs the command line on standard output and standard error and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
