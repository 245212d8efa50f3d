package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cyberselfplay.train.report.Curve;
import org.cyberselfplay.train.report.Plots;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare [LABEL=]RUN[,RUN...]...}: one metric of several runs, or of several groups of runs (the seeds of
 * one recipe), in one PNG, with a table of how the curves compare at equal steps.
 *
 * <p>A group's curve is the mean of its runs at the steps they all logged ({@link Curve#mean}), drawn with a band
 * from the lowest to the highest run. The table gives each curve's mean over all its steps and over the second
 * half of them, and for every curve after the first, at how many common steps it lies above the first: on the
 * logged values, and on the smoothed curves when {@code --smooth} is given. The PNG shows the smoothed curves.
 */
@Command(name = "compare",
        description = {"Plot one metric of several runs, or of groups of runs (LABEL=RUN,RUN,... averages the "
                + "runs, e.g. the seeds of one recipe, with a band from the lowest to the highest), against the "
                + "update in one PNG, and print how each curve compares with the first at equal steps."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "[LABEL=]RUN_DIR[,RUN_DIR...]",
            description = "Two or more run directories or groups of them; the label defaults to the directory's "
                    + "name and is required for a group.")
    private List<String> args;

    @Option(names = "--metric", defaultValue = "train/entropy", paramLabel = "KEY",
            description = "The metric to plot (default: ${DEFAULT-VALUE}).")
    private String metric;

    @Option(names = "--smooth", defaultValue = "1", paramLabel = "N",
            description = "Plot trailing means over N logged points, and also count steps above the first curve "
                    + "on them (default: ${DEFAULT-VALUE}, the values as logged).")
    private int smooth;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write.")
    private Path out;

    @Override
    public Integer call() {
        if (smooth < 1) {
            throw new UsageException("--smooth must be at least 1 point, got " + smooth);
        }
        Map<String, Curve> raw = new LinkedHashMap<>();
        for (String arg : args) {
            Group g = Group.parse(arg);
            if (raw.containsKey(g.label)) {
                throw new UsageException("two curves are labelled " + g.label
                        + "; give distinct labels (LABEL=RUN_DIR[,RUN_DIR...])");
            }
            raw.put(g.label, g.curve(metric));
        }
        Map<String, Curve> smoothed = new LinkedHashMap<>();
        raw.forEach((label, c) -> smoothed.put(label, c.smoothed(smooth)));
        Path file;
        try {
            file = Plots.compare(smoothed, metric, out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        table(raw, smoothed).print(w);
        w.println("wrote " + file);
        w.flush();
        return 0;
    }

    private TextTable table(Map<String, Curve> raw, Map<String, Curve> smoothed) {
        List<String> headers = new ArrayList<>(List.of(metric, "runs", "steps", "mean", "mean, 2nd half",
                "above the first"));
        if (smooth > 1) {
            headers.add("above, smoothed over " + smooth);
        }
        boolean[] right = new boolean[headers.size()];
        Arrays.fill(right, 1, right.length, true);
        TextTable t = new TextTable(headers, right);
        String firstLabel = raw.keySet().iterator().next();
        for (String label : raw.keySet()) {
            Curve c = raw.get(label);
            List<String> cells = new ArrayList<>(List.of(label, String.valueOf(c.runs()), String.valueOf(c.size()),
                    number(c.meanFrom(0)), number(c.meanFrom(c.size() / 2))));
            boolean first = label.equals(firstLabel);
            cells.add(first ? "-" : fraction(Curve.above(raw.get(firstLabel), c)));
            if (smooth > 1) {
                cells.add(first ? "-" : fraction(Curve.above(smoothed.get(firstLabel), smoothed.get(label))));
            }
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String fraction(Curve.Above a) {
        return a.above() + " of " + a.common();
    }

    /** One curve of the plot: a label and the runs it averages. */
    private record Group(String label, List<Path> runs) {
        static Group parse(String arg) {
            int eq = arg.indexOf('=');
            String label = eq < 0 ? null : arg.substring(0, eq).strip();
            String dirs = eq < 0 ? arg : arg.substring(eq + 1);
            List<Path> runs = new ArrayList<>();
            for (String d : dirs.split(",", -1)) {
                if (d.isBlank()) {
                    throw new UsageException("'" + arg + "' has an empty run directory; expected "
                            + "[LABEL=]RUN_DIR[,RUN_DIR...]");
                }
                runs.add(Path.of(d.strip()));
            }
            if (label != null && label.isEmpty()) {
                throw new UsageException("'" + arg + "' has an empty label; expected [LABEL=]RUN_DIR[,RUN_DIR...]");
            }
            if (label == null && runs.size() > 1) {
                throw new UsageException("'" + arg + "' groups " + runs.size() + " runs without a label; write "
                        + "LABEL=" + arg);
            }
            return new Group(label == null ? runs.get(0).toAbsolutePath().normalize().getFileName().toString()
                    : label, runs);
        }

        /** The mean of the runs' curves of {@code key}; a run without it makes the group's curve empty. */
        Curve curve(String key) {
            List<Curve> curves = new ArrayList<>();
            for (Path run : runs) {
                Path metrics = RunDirectory.at(run).metricsJsonl();
                if (!Files.isRegularFile(metrics)) {
                    throw new UsageException(run + " is not a run directory: it has no "
                            + RunDirectory.METRICS_JSONL);
                }
                Curve c;
                try {
                    c = Curve.of(MetricsSink.read(metrics), key);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage(), e);
                }
                if (c.isEmpty()) {
                    if (runs.size() > 1) {
                        throw new UsageException(run + " (in " + label + ") has no metric '" + key + "'");
                    }
                    return c;
                }
                curves.add(c);
            }
            try {
                return Curve.mean(curves);
            } catch (IllegalArgumentException e) {
                throw new UsageException(label + ": " + e.getMessage(), e);
            }
        }
    }
}
