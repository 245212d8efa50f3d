package org.cyberselfplay.train.cli;

import picocli.CommandLine.Command;

/** {@code bench}: throughput measurements. Needs a subcommand; without one it exits with code 2. */
@Command(name = "bench",
        description = "Measure throughput (wall-clock numbers; no other load should run).",
        subcommands = {BenchEnvCommand.class, BenchRolloutCommand.class, BenchServeCommand.class,
                BenchTrainCommand.class, BenchMatchesCommand.class})
final class BenchCommand {
}
