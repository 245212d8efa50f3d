package org.cyberselfplay.train.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cyberselfplay.league.stats.WilsonInterval;
import org.cyberselfplay.train.run.MetricsRow;

/**
 * Writes a run's {@code report.md}: the configuration summary, evaluation win rates per opponent (with 95 %
 * Wilson intervals when the episode count is known), the last value of every metric grouped by prefix, links
 * to the plots, the checkpoints, the recorded episodes and the command that reproduces the run.
 *
 * <p>The report states only what it is given: every number comes from the metrics rows or {@link RunInfo}.
 */
public final class RunReport {
    /** The report's file name inside the run directory. */
    public static final String FILE = "report.md";

    private static final String EVAL_WIN_RATE = "eval/win_rate/";
    private static final String EVAL_RETURN = "eval/return/";
    /** A rate times the episode count must be this close to an integer to count as a win count. */
    private static final double COUNT_TOLERANCE = 1e-6;

    private static final Map<String, String> PLOT_CAPTIONS = Map.of(
            Plots.REWARD, "Training reward", Plots.WIN_RATES, "Win rates", Plots.KL, "KL to the reference policy",
            Plots.ENTROPY, "Policy entropy", Plots.TOOL_SHARES, "Tool shares", Plots.LOSS, "GRPO loss",
            Plots.SFT, "Supervised fine-tuning");

    private RunReport() {
    }

    /**
     * Writes {@code runDir/report.md} atomically, replacing an older report.
     *
     * @return the report file
     * @throws java.io.UncheckedIOException when it cannot be written
     */
    public static Path write(Path runDir, ReportInput input) {
        return AtomicFiles.writeString(runDir.resolve(FILE), render(runDir, input));
    }

    /** The report's Markdown text. */
    public static String render(Path runDir, ReportInput input) {
        RunInfo run = input.run();
        Markdown md = new Markdown();
        md.heading(1, "Training run " + Markdown.code(run.name()));
        configuration(md, input);
        evaluation(md, input);
        finalMetrics(md, input.rows());
        links(md, runDir, input);
        md.heading(2, "How to reproduce");
        md.codeBlock(run.command());
        return md.toString();
    }

    private static void configuration(Markdown md, ReportInput input) {
        RunInfo run = input.run();
        md.heading(2, "Configuration");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("scenario", run.scenario()));
        rows.add(List.of("learner", run.learner()));
        rows.add(List.of("seed", Long.toString(run.seed())));
        rows.add(List.of("phases", run.phases().isEmpty() ? "none" : String.join(", ", run.phases())));
        rows.add(List.of("wall time", Markdown.duration(run.wallTime())));
        List<MetricsRow> metrics = input.rows();
        rows.add(List.of("metric rows", metrics.isEmpty() ? "0" : metrics.size() + " (steps "
                + metrics.stream().mapToLong(MetricsRow::step).min().orElse(0) + " to "
                + metrics.stream().mapToLong(MetricsRow::step).max().orElse(0) + ")"));
        md.table(List.of("setting", "value"), new boolean[] {false, false}, rows);
    }

    private static void evaluation(Markdown md, ReportInput input) {
        md.heading(2, "Evaluation");
        List<MetricsRow> evalRows = input.rows().stream()
                .filter(r -> r.values().keySet().stream().anyMatch(k -> k.startsWith(EVAL_WIN_RATE))).toList();
        if (evalRows.isEmpty()) {
            md.paragraph("No evaluation was logged.");
            return;
        }
        MetricsRow first = evalRows.get(0);
        MetricsRow last = evalRows.get(evalRows.size() - 1);
        int n = input.evalEpisodes();
        boolean withFirst = evalRows.size() > 1;
        md.paragraph("Last evaluation at step " + last.step()
                + (n > 0 ? ", " + n + " episodes per opponent; intervals are 95 % Wilson score intervals."
                        : "; the episode count per opponent was not given, so no intervals are shown."));
        List<String> headers = new ArrayList<>(List.of("opponent", "win rate"));
        if (n > 0) {
            headers.add("95 % interval");
        }
        headers.add("mean return");
        if (withFirst) {
            headers.add("win rate at first evaluation (step " + first.step() + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : Series.keys(List.of(last), EVAL_WIN_RATE)) {
            String opponent = key.substring(EVAL_WIN_RATE.length());
            double rate = last.values().get(key);
            List<String> row = new ArrayList<>(List.of(opponent, Markdown.percent(rate)));
            if (n > 0) {
                row.add(interval(rate, n));
            }
            row.add(Optional.ofNullable(last.values().get(EVAL_RETURN + opponent)).map(Markdown::number).orElse("n/a"));
            if (withFirst) {
                row.add(Optional.ofNullable(first.values().get(key)).map(Markdown::percent).orElse("n/a"));
            }
            rows.add(row);
        }
        boolean[] right = new boolean[headers.size()];
        Arrays.fill(right, 1, right.length, true);
        md.table(headers, right, rows);
    }

    /** The Wilson interval of a logged rate over {@code n} episodes, or why there is none. */
    static String interval(double rate, int n) {
        double wins = rate * n;
        long k = Math.round(wins);
        if (Math.abs(wins - k) > COUNT_TOLERANCE * Math.max(1, n) || k < 0 || k > n) {
            return "n/a (not a count out of " + n + ")";
        }
        WilsonInterval ci = WilsonInterval.of(k, n);
        return Markdown.percent(ci.lower()) + " to " + Markdown.percent(ci.upper());
    }

    private static void finalMetrics(Markdown md, List<MetricsRow> rows) {
        md.heading(2, "Final metrics");
        // key -> (value, step) of its last occurrence; grouped by the prefix before the first '/'.
        Map<String, TreeMap<String, String[]>> groups = new TreeMap<>();
        for (MetricsRow row : rows) {
            for (Map.Entry<String, Double> e : row.values().entrySet()) {
                String key = e.getKey();
                int slash = key.indexOf('/');
                String group = slash > 0 ? key.substring(0, slash) : "other";
                groups.computeIfAbsent(group, g -> new TreeMap<>())
                        .put(key, new String[] {Markdown.number(e.getValue()), Long.toString(row.step())});
            }
        }
        if (groups.isEmpty()) {
            md.paragraph("No metrics were logged.");
            return;
        }
        md.paragraph("The last logged value of each metric and the step it comes from.");
        for (Map.Entry<String, TreeMap<String, String[]>> g : ordered(groups).entrySet()) {
            md.heading(3, g.getKey());
            List<List<String>> table = new ArrayList<>();
            g.getValue().forEach((key, vs) -> table.add(List.of(Markdown.code(key), vs[0], vs[1])));
            md.table(List.of("metric", "value", "step"), new boolean[] {false, true, true}, table);
        }
    }

    /** The groups in reading order: training first, then the rest alphabetically. */
    private static <V> Map<String, V> ordered(Map<String, V> groups) {
        Map<String, V> out = new LinkedHashMap<>();
        for (String first : List.of("train", "sft", "eval", "league")) {
            if (groups.containsKey(first)) {
                out.put(first, groups.get(first));
            }
        }
        groups.forEach(out::putIfAbsent);
        return out;
    }

    private static void links(Markdown md, Path runDir, ReportInput input) {
        md.heading(2, "Plots");
        if (input.plots().isEmpty()) {
            md.paragraph("No plots were drawn.");
        }
        for (Path plot : input.plots()) {
            String name = plot.getFileName().toString();
            md.paragraph("![" + PLOT_CAPTIONS.getOrDefault(name, name) + "](" + relative(runDir, plot) + ")");
        }
        md.heading(2, "Checkpoints");
        if (input.checkpoints().isEmpty()) {
            md.paragraph("No checkpoints were saved.");
        } else {
            input.checkpoints().forEach(c -> md.bullet(Markdown.code(relative(runDir, c))));
            md.endList();
        }
        if (!input.episodes().isEmpty()) {
            md.heading(2, "Recorded episodes");
            md.paragraph("Replay one turn by turn with " + Markdown.code("cyberselfplay replay FILE")
                    + " (add " + Markdown.code("--observations") + " for what each side saw).");
            input.episodes().forEach(e -> md.bullet(Markdown.code(relative(runDir, e))));
            md.endList();
        }
    }

    /** {@code file} relative to the run directory, with forward slashes (as Markdown links want). */
    static String relative(Path runDir, Path file) {
        Path rel;
        if (file.isAbsolute()) {
            rel = runDir.toAbsolutePath().normalize().relativize(file.normalize());
        } else if (file.normalize().startsWith(runDir.normalize())) {
            rel = runDir.normalize().relativize(file.normalize());
        } else {
            rel = file;
        }
        return rel.toString().replace('\\', '/');
    }
}
