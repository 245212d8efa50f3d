package org.cyberselfplay.train.cli;

import java.util.Optional;
import org.cyberselfplay.league.eval.ExecutorUnavailableException;
import org.cyberselfplay.league.eval.MatchExecutors;
import org.cyberselfplay.train.config.ExecutorConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where evaluation matches and GRPO rollouts run ({@code train}, {@code league}, {@code evaluate}): a picocli mixin. */
final class ExecutorOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--executor", paramLabel = "threads|spark",
            description = "Where matches and GRPO rollouts run: threads (this process, the default) or spark (the spark module's jar "
                    + "on the classpath, e.g. under spark-submit). Results are the same on both.")
    private String executor;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master with --executor spark: local[N], local[*], spark://HOST:PORT, ... "
                    + "(default: spark-submit's, else local[*]).")
    private String master;

    /**
     * The executor the options ask for, or empty when they name none; checked, and checked to be usable here.
     *
     * @throws ParameterException for a bad value or combination
     * @throws UsageException     when the executor is not on the classpath
     */
    Optional<ExecutorConfig> executor() {
        if (executor == null) {
            if (master != null) {
                throw new ParameterException(spec.commandLine(), "--master applies to --executor spark; add "
                        + "--executor spark or drop --master");
            }
            return Optional.empty();
        }
        ExecutorConfig c;
        if (executor.equals(ExecutorConfig.Type.THREADS.wireName())) {
            if (master != null) {
                throw new ParameterException(spec.commandLine(), "--master applies to --executor spark, not threads");
            }
            c = ExecutorConfig.threads();
        } else if (executor.equals(ExecutorConfig.Type.SPARK.wireName())) {
            try {
                c = ExecutorConfig.spark(Optional.ofNullable(master));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
            }
        } else {
            throw new ParameterException(spec.commandLine(), "--executor must be threads or spark, got '" + executor
                    + "'");
        }
        requireAvailable(c);
        return Optional.of(c);
    }

    /** Refuses an executor that cannot be started here with a message saying how to get it. */
    static void requireAvailable(ExecutorConfig c) {
        try {
            MatchExecutors.requireAvailable(c.type().wireName());
        } catch (ExecutorUnavailableException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
