package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cyberselfplay.train.report.Plots;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare RUN...}: one metric of several runs in one PNG, e.g. the entropy of two GRPO recipes. */
@Command(name = "compare",
        description = {"Plot one metric of several run directories against the update, in one PNG (each run's "
                + "metrics.jsonl; the legend is the directory name)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RUN_DIR", description = "Two or more run directories.")
    private List<Path> runs;

    @Option(names = "--metric", defaultValue = "train/entropy", paramLabel = "KEY",
            description = "The metric to plot (default: ${DEFAULT-VALUE}).")
    private String metric;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write.")
    private Path out;

    @Override
    public Integer call() {
        Map<String, List<MetricsRow>> rows = new LinkedHashMap<>();
        for (Path run : runs) {
            Path metrics = RunDirectory.at(run).metricsJsonl();
            if (!Files.isRegularFile(metrics)) {
                throw new UsageException(run + " is not a run directory: it has no " + RunDirectory.METRICS_JSONL);
            }
            String label = run.toAbsolutePath().normalize().getFileName().toString();
            if (rows.containsKey(label)) {
                throw new UsageException("two runs are named " + label + "; give directories with distinct names");
            }
            try {
                rows.put(label, MetricsSink.read(metrics));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        Path file;
        try {
            file = Plots.compare(rows, metric, out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + file);
        w.flush();
        return 0;
    }
}
