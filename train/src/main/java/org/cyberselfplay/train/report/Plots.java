package org.cyberselfplay.train.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.cyberselfplay.train.run.MetricsRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of a run's metrics, made with XChart (800 x 500, white background, legend on the right).
 * Rendering is headless: no display is needed. Each plot is drawn only when its series exist in the rows,
 * and written atomically.
 *
 * <table>
 *   <caption>The plots of {@link #write}</caption>
 *   <tr><th>file</th><th>series</th></tr>
 *   <tr><td>{@value #REWARD}</td><td>{@code train/reward_mean}, with a band of one {@code train/reward_std}
 *       either side when logged</td></tr>
 *   <tr><td>{@value #WIN_RATES}</td><td>every {@code eval/win_rate/<opponent>}, and {@code train/win_rate}
 *       dashed</td></tr>
 *   <tr><td>{@value #KL}</td><td>{@code train/kl}</td></tr>
 *   <tr><td>{@value #ENTROPY}</td><td>{@code train/entropy} (per decision) and {@code train/tool_entropy} (of the
 *       batch's tool shares)</td></tr>
 *   <tr><td>{@value #TOOL_SHARES}</td><td>every {@code train/tool_share/<tool>} as stacked bands (a tool missing
 *       from a row that logs other shares counts as 0 there)</td></tr>
 *   <tr><td>{@value #LOSS}</td><td>{@code train/loss}</td></tr>
 *   <tr><td>{@value #SFT}</td><td>every {@code sft/*}: losses on the left axis, accuracies on the right</td></tr>
 * </table>
 */
public final class Plots {
    public static final String REWARD = "reward.png";
    public static final String WIN_RATES = "win_rates.png";
    public static final String KL = "kl.png";
    public static final String ENTROPY = "entropy.png";
    public static final String TOOL_SHARES = "tool_shares.png";
    public static final String LOSS = "loss.png";
    public static final String SFT = "sft.png";

    private static final String UPDATE = "update";
    private static final String EVAL_WIN_RATE = "eval/win_rate/";
    private static final String TOOL_SHARE = "train/tool_share/";

    private Plots() {
    }

    /**
     * Draws every plot whose series exist in {@code rows} into {@code plotsDir} (created if needed),
     * replacing older versions of the same files. Plots without data are skipped, not drawn empty.
     *
     * @param rows     a run's metrics in the order they were logged; not modified
     * @param plotsDir the output directory, usually {@code runs/<name>/plots}
     * @return the files written, in the order of the table above
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static List<Path> write(List<MetricsRow> rows, Path plotsDir) {
        List<Path> out = new ArrayList<>();
        reward(rows).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(REWARD))));
        winRates(rows).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(WIN_RATES))));
        single(rows, "train/kl", "KL divergence to the reference policy", "KL (k3 estimate)")
                .ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(KL))));
        entropy(rows).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(ENTROPY))));
        toolShares(rows).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(TOOL_SHARES))));
        single(rows, "train/loss", "GRPO loss", "loss")
                .ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(LOSS))));
        sft(rows).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(SFT))));
        return out;
    }

    /**
     * Overlays one metric of several runs in one plot, e.g. {@code train/entropy} of a vanilla and an
     * anti-collapse run. A curve that is the mean of several runs (see {@link Curve#mean}) is drawn with a
     * translucent band from its lowest to its highest run. Empty curves are left out of the legend.
     *
     * @param curves legend label -> curve; the map's iteration order is the legend order
     * @param key    the metric compared (titles and axis)
     * @param file   the PNG to write (parent directories are created)
     * @return {@code file}
     * @throws IllegalArgumentException when every curve is empty
     */
    public static Path compare(Map<String, Curve> curves, String key, Path file) {
        // League metrics are one row per round; training metrics one per update.
        XYChart chart = Charts.chart(key + " by run", key.startsWith("league/") ? "round" : UPDATE, label(key));
        // Below the plot, so that long labels and the bands' entries leave it its full width.
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
        int drawn = 0;
        for (Map.Entry<String, Curve> e : curves.entrySet()) {
            Curve c = e.getValue();
            if (c.isEmpty()) {
                continue;
            }
            Color color = Charts.PALETTE[drawn % Charts.PALETTE.length];
            if (c.hasSpread()) {
                Charts.band(chart, e.getKey() + ": lowest to highest run", c.steps(), c.low(), c.high(), color);
            }
            XYSeries line = Charts.line(chart, e.getKey(), new Series(key, c.steps(), c.values()));
            line.setLineColor(color);
            line.setMarkerColor(color);
            drawn++;
        }
        if (drawn == 0) {
            throw new IllegalArgumentException("no run has the metric '" + key + "'; runs: " + curves.keySet());
        }
        return Charts.save(chart, file);
    }

    private static Optional<XYChart> single(List<MetricsRow> rows, String key, String title, String yTitle) {
        Series s = Series.of(rows, key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = Charts.chart(title, UPDATE, yTitle);
        Charts.line(chart, key, s);
        return Optional.of(chart);
    }

    /** The policy's mean entropy per decision and the entropy of the batch's tool shares, when logged. */
    private static Optional<XYChart> entropy(List<MetricsRow> rows) {
        Series policy = Series.of(rows, "train/entropy");
        Series tools = Series.of(rows, "train/tool_entropy");
        if (policy.isEmpty() && tools.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = Charts.chart("Entropy", UPDATE, "entropy (nats)");
        if (!policy.isEmpty()) {
            Charts.line(chart, "policy, mean per decision (train/entropy)", policy);
        }
        if (!tools.isEmpty()) {
            Charts.line(chart, "tool shares of the batch (train/tool_entropy)", tools);
        }
        return Optional.of(chart);
    }

    private static Optional<XYChart> reward(List<MetricsRow> rows) {
        Series mean = Series.of(rows, "train/reward_mean");
        if (mean.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = Charts.chart("Training reward", UPDATE, "reward per sample");
        Color color = Charts.PALETTE[0];
        List<double[]> band = band(rows);
        if (!band.isEmpty()) {
            double[] x = new double[band.size()];
            double[] lo = new double[band.size()];
            double[] hi = new double[band.size()];
            for (int i = 0; i < x.length; i++) {
                double[] p = band.get(i);
                x[i] = p[0];
                lo[i] = p[1] - p[2];
                hi[i] = p[1] + p[2];
            }
            Charts.band(chart, "mean \u00b1 1 std", x, lo, hi, color);
        }
        XYSeries line = Charts.line(chart, "mean (train/reward_mean)", mean);
        line.setLineColor(color);
        line.setMarkerColor(color);
        return Optional.of(chart);
    }

    /** (step, mean, std) of the rows that log both. */
    private static List<double[]> band(List<MetricsRow> rows) {
        List<double[]> out = new ArrayList<>();
        for (MetricsRow row : rows) {
            Double m = row.values().get("train/reward_mean");
            Double s = row.values().get("train/reward_std");
            if (m != null && s != null) {
                out.add(new double[] {row.step(), m, s});
            }
        }
        return out;
    }

    private static Optional<XYChart> winRates(List<MetricsRow> rows) {
        SortedSet<String> evalKeys = Series.keys(rows, EVAL_WIN_RATE);
        Series train = Series.of(rows, "train/win_rate");
        if (evalKeys.isEmpty() && train.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = Charts.chart("Win rate", UPDATE, "win rate");
        for (String key : evalKeys) {
            Charts.line(chart, "eval vs " + key.substring(EVAL_WIN_RATE.length()), Series.of(rows, key));
        }
        if (!train.isEmpty()) {
            Charts.dashed(chart, "training episodes", train, Color.DARK_GRAY);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0%");
        return Optional.of(chart);
    }

    private static Optional<XYChart> toolShares(List<MetricsRow> rows) {
        List<String> tools = new ArrayList<>(Series.keys(rows, TOOL_SHARE));
        if (tools.isEmpty()) {
            return Optional.empty();
        }
        List<MetricsRow> logged = rows.stream()
                .filter(r -> r.values().keySet().stream().anyMatch(k -> k.startsWith(TOOL_SHARE))).toList();
        double[] x = logged.stream().mapToDouble(MetricsRow::step).toArray();
        double[][] cumulative = new double[tools.size()][x.length];
        for (int j = 0; j < x.length; j++) {
            double sum = 0.0;
            for (int t = 0; t < tools.size(); t++) {
                sum += logged.get(j).values().getOrDefault(tools.get(t), 0.0);
                cumulative[t][j] = sum;
            }
        }
        XYChart chart = Charts.chart("Tool shares of the learner's actions", UPDATE, "share of actions (stacked)");
        // One closed band per tool, between the cumulative share below it and its own top edge; added from the
        // top of the stack down so that the legend reads in the same order as the bands.
        int n = x.length;
        for (int t = tools.size() - 1; t >= 0; t--) {
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            for (int j = 0; j < n; j++) {
                px[j] = x[j];
                py[j] = cumulative[t][j];
                px[n + j] = x[n - 1 - j];
                py[n + j] = t == 0 ? 0.0 : cumulative[t - 1][n - 1 - j];
            }
            Color color = Charts.PALETTE[t % Charts.PALETTE.length];
            XYSeries band = chart.addSeries(tools.get(t).substring(TOOL_SHARE.length()), px, py);
            band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(color);
            band.setLineColor(Color.WHITE);
            band.setLineWidth(0.5f);
            band.setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0%");
        return Optional.of(chart);
    }

    private static Optional<XYChart> sft(List<MetricsRow> rows) {
        SortedSet<String> keys = Series.keys(rows, "sft/");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        boolean anyLoss = keys.stream().anyMatch(k -> !isRate(k));
        XYChart chart = Charts.chart("Supervised fine-tuning (behaviour cloning)", "epoch",
                anyLoss ? "cross-entropy loss" : "accuracy");
        for (String key : keys) {
            XYSeries s = Charts.line(chart, label(key), Series.of(rows, key));
            if (anyLoss && isRate(key)) {
                s.setYAxisGroup(1);
                s.setLabel(label(key) + " (right axis)");
            }
        }
        if (anyLoss && keys.stream().anyMatch(Plots::isRate)) {
            chart.setYAxisGroupTitle(1, "accuracy");
            chart.getStyler().setYAxisGroupPosition(1, YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, 0.0);
            chart.getStyler().setYAxisMax(1, 1.0);
        }
        return Optional.of(chart);
    }

    private static boolean isRate(String key) {
        return key.endsWith("accuracy") || key.contains("/win_rate");
    }

    /** A readable series label: the key without its first prefix, underscores as spaces. */
    static String label(String key) {
        int slash = key.indexOf('/');
        String rest = slash >= 0 ? key.substring(slash + 1) : key;
        return rest.replace("val_", "validation ").replace('_', ' ');
    }
}
