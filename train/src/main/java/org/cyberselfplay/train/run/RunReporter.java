package org.cyberselfplay.train.run;

import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.train.config.TrainConfig;

/**
 * What a training run tells the reporting side, which makes the plots ({@code plots/*.png}), {@code report.md}
 * and the recorded evaluation episodes ({@code episodes/*.jsonl}). Every method has a do-nothing default, and
 * {@link #none()} does nothing at all; the trainer calls them on its own thread, after the files they refer to
 * are complete on disk. An exception thrown here fails the run, so implementations should report their own
 * problems and return.
 */
public interface RunReporter {

    /**
     * The run as a reporter sees it.
     *
     * @param directory the run directory
     * @param config    the resolved config
     * @param evalSeed  the seed of the run's evaluation stream, for recording seeded episodes that evaluations
     *                  would also play
     */
    record Run(RunDirectory directory, TrainConfig config, long evalSeed) {
    }

    /**
     * A checkpoint written (atomically).
     *
     * @param label  {@code sft}, {@code update-<n>} or {@code final}
     * @param update the GRPO update it follows; 0 for the SFT policy
     * @param file   the checkpoint zip, loadable with {@code Checkpoints.load}
     */
    record Checkpoint(String label, int update, Path file) {
    }

    /**
     * How a run ended.
     *
     * @param status         {@link Manifest#COMPLETE} or {@link Manifest#FAILED}
     * @param updates        GRPO updates done
     * @param rows           every metrics row of the run, in order (as in {@code metrics.jsonl})
     * @param finalPolicy    {@code checkpoints/final.zip}, or null when the run failed before it
     */
    record Outcome(String status, int updates, List<MetricsRow> rows, Path finalPolicy) {
        public Outcome {
            rows = List.copyOf(rows);
        }
    }

    /** Called after each checkpoint is saved (SFT, periodic, final). */
    default void checkpointSaved(Run run, Checkpoint checkpoint) {
    }

    /** Called once when the run ends, complete or failed; {@code metrics.jsonl} is final by then. */
    default void runFinished(Run run, Outcome outcome) {
    }

    /** A reporter that does nothing. */
    static RunReporter none() {
        return new RunReporter() {
        };
    }
}
