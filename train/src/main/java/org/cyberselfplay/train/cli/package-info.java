/**
 * The {@code cyberselfplay} command line (picocli): one thin command class per subcommand that parses
 * flags, loads the scenario, calls a library class and prints the result as a table or JSON.
 *
 * <p>{@link org.cyberselfplay.train.cli.Cli#commandLine(java.io.PrintWriter, java.io.PrintWriter)} builds the
 * command tree around the writers it is given, so tests run commands in-process; its overload with a
 * {@link java.io.Reader} also gives {@code play} (the terminal game, {@code TerminalGame} and
 * {@code BlueScreen}) the moves to read instead of standard input. Exit codes: 0 success;
 * 2 bad input (flags, parameters, scenario files, {@link org.cyberselfplay.train.cli.UsageException});
 * 1 internal failure, whose stack trace goes to Log4j2 and not to the terminal. This is the only package
 * that writes to standard output. Depends on picocli, Log4j2, Jackson (JSON output), the env and the
 * library packages of {@code org.cyberselfplay.train}.
 */
package org.cyberselfplay.train.cli;
