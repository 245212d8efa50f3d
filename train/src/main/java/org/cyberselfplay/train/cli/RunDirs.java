package org.cyberselfplay.train.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.train.run.RunDirectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The run-directory checks that {@code train} and {@code league} share before they start or resume a run. */
final class RunDirs {
    private RunDirs() {
    }

    /** {@code --config} is needed to start a {@code what} (e.g. "run", "league run"). */
    static void requireConfig(CommandSpec spec, Path config, String what) {
        if (config == null) {
            throw new ParameterException(spec.commandLine(), "give --config FILE to start a " + what
                    + ", or --resume DIR to continue one");
        }
    }

    /** The directory a new run starts in: {@code --out} or the config's; refused when it already holds files. */
    static Path fresh(Path out, Path configured) {
        Path dir = out != null ? out : configured;
        if (RunDirectory.at(dir).isNonEmpty()) {
            throw new UsageException("run directory " + dir + " already holds files; continue that run with "
                    + "--resume " + dir + ", or choose another directory with --out DIR");
        }
        return dir;
    }

    /** The directory of a run to resume; {@code --out} and {@code --set} do not apply to it. */
    static RunDirectory resumable(CommandSpec spec, Path resume, Path out, List<String> sets) {
        if (out != null || !sets.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--resume continues a run in its own directory with "
                    + "its own config.yaml; drop --out and --set");
        }
        RunDirectory dir = RunDirectory.at(resume);
        if (!Files.isRegularFile(dir.config())) {
            throw new UsageException("--resume " + resume + ": not a run directory (no " + RunDirectory.CONFIG + ")");
        }
        return dir;
    }

    /** Refuses a {@code --config} given with {@code --resume} that is not the resumed run's own. */
    static void requireSameConfig(Path config, RunDirectory dir, boolean same) {
        if (!same) {
            throw new UsageException("--config " + config + " differs from " + dir.config() + ", the config of the "
                    + "run being resumed; resume without --config");
        }
    }
}
