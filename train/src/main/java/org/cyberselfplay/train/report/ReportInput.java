package org.cyberselfplay.train.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cyberselfplay.train.run.MetricsRow;

/**
 * Everything {@link RunReport} summarises.
 *
 * @param run          name, scenario, learner, seed, phases, wall time and the reproduce command
 * @param rows         the run's metrics in the order they were logged
 * @param evalEpisodes episodes per opponent in each evaluation, for Wilson intervals; 0 when not known
 *                     (then no intervals are shown)
 * @param plots        the plot files (as {@link Plots#write} returns them); linked relative to the run directory
 * @param checkpoints  the checkpoint files, oldest first
 * @param episodes     recorded episode files ({@link EpisodeRecorder}); may be empty
 */
public record ReportInput(RunInfo run, List<MetricsRow> rows, int evalEpisodes, List<Path> plots,
                          List<Path> checkpoints, List<Path> episodes) {
    public ReportInput {
        Objects.requireNonNull(run, "run");
        rows = List.copyOf(rows);
        if (evalEpisodes < 0) {
            throw new IllegalArgumentException("evalEpisodes must be >= 0 (0 = unknown), got " + evalEpisodes);
        }
        plots = List.copyOf(plots);
        checkpoints = List.copyOf(checkpoints);
        episodes = List.copyOf(episodes);
    }
}
