package org.cyberselfplay.train.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberselfplay.league.payoff.PayoffCell;
import org.cyberselfplay.league.payoff.PayoffState;
import org.cyberselfplay.train.run.MetricsRow;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * PNG plots of a league run, in the house style of {@link Plots}, over rounds (the metrics rows that carry
 * {@code league/nashconv}); each plot is drawn only when its data exist.
 *
 * <table>
 *   <caption>The plots of {@link #write}</caption>
 *   <tr><th>file</th><th>content</th></tr>
 *   <tr><td>{@value #HEATMAP}</td><td>the meta-game's payoff matrix: Blue's win rate for every Blue row against
 *       every Red entry</td></tr>
 *   <tr><td>{@value #META_RED}</td><td>every {@code league/meta/<id>} of a Red entry</td></tr>
 *   <tr><td>{@value #META_BLUE}</td><td>every {@code league/meta/<id>} of a Blue row</td></tr>
 *   <tr><td>{@value #WIN_RATES}</td><td>every {@code eval/win_rate/<id>}: the learner against each Red entry</td></tr>
 *   <tr><td>{@value #NASHCONV}</td><td>{@code league/nashconv} and {@code league/exploitability}</td></tr>
 *   <tr><td>{@value #OPPONENTS}</td><td>every {@code league/opponent/<id>}: the distribution each round trained
 *       against</td></tr>
 *   <tr><td>{@value #ELO}</td><td>every {@code league/elo/<id>}</td></tr>
 *   <tr><td>{@value #REWARD}</td><td>{@code train/reward_mean}, averaged over each round's updates</td></tr>
 * </table>
 */
public final class LeaguePlots {
    public static final String HEATMAP = "payoff_heatmap.png";
    public static final String META_RED = "meta_strategy_red.png";
    public static final String META_BLUE = "meta_strategy_blue.png";
    public static final String WIN_RATES = "win_rate_per_opponent.png";
    public static final String NASHCONV = "nashconv.png";
    public static final String OPPONENTS = "opponent_distribution.png";
    public static final String ELO = "elo.png";
    public static final String REWARD = "league_reward.png";

    private static final String ROUND = "round";
    private static final String META = "league/meta/";

    private LeaguePlots() {
    }

    /**
     * Draws every plot whose data exist into {@code plotsDir} (created if needed).
     *
     * @param rows    the run's metrics rows
     * @param payoffs the meta-game's payoff table
     * @param redIds  the Red entries, to tell their {@code league/meta/<id>} from the Blue rows'
     * @return the files written, in the order of the table above
     */
    public static List<Path> write(List<MetricsRow> rows, PayoffState payoffs, List<String> redIds, Path plotsDir) {
        List<MetricsRow> rounds = rows.stream().filter(r -> r.values().containsKey("league/nashconv")).toList();
        List<Path> out = new ArrayList<>();
        if (!payoffs.blueIds().isEmpty() && !payoffs.redIds().isEmpty()) {
            out.add(save(heatmap(payoffs), plotsDir.resolve(HEATMAP)));
        }
        List<String> metaRed = new ArrayList<>();
        List<String> metaBlue = new ArrayList<>();
        for (String key : Series.keys(rounds, META)) {
            (redIds.contains(key.substring(META.length())) ? metaRed : metaBlue).add(key);
        }
        lines(rounds, metaRed, "Meta-strategy: Red mixture", "probability", true)
                .ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(META_RED))));
        lines(rounds, metaBlue, "Meta-strategy: Blue mixture", "probability", true)
                .ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(META_BLUE))));
        lines(rounds, List.copyOf(Series.keys(rounds, "eval/win_rate/")), "Learner's win rate per opponent",
                "win rate", true).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(WIN_RATES))));
        lines(rounds, List.of("league/nashconv", "league/exploitability"),
                "NashConv and approximate exploitability", "NashConv", false).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(NASHCONV))));
        lines(rounds, List.copyOf(Series.keys(rounds, "league/opponent/")), "Opponent distribution of each round",
                "probability", true).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(OPPONENTS))));
        lines(rounds, List.copyOf(Series.keys(rounds, "league/elo/")), "Elo ratings (Bradley-Terry, mean 1000)",
                "Elo", false).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(ELO))));
        lines(rounds, List.of("train/reward_mean"), "Learner's GRPO reward (mean over the round's updates)",
                "reward per sample", false).ifPresent(c -> out.add(Charts.save(c, plotsDir.resolve(REWARD))));
        return out;
    }

    private static Optional<XYChart> lines(List<MetricsRow> rows, List<String> keys, String title, String yTitle,
                                           boolean unit) {
        List<Series> series = keys.stream().map(k -> Series.of(rows, k)).filter(s -> !s.isEmpty()).toList();
        if (series.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = Charts.chart(title, ROUND, yTitle);
        for (Series s : series) {
            String key = s.key();
            Charts.line(chart, series.size() == 1 ? Plots.label(key) : key.substring(key.lastIndexOf('/') + 1), s);
        }
        if (unit) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(1.0);
        }
        chart.getStyler().setXAxisDecimalPattern("0");
        return Optional.of(chart);
    }

    private static HeatMapChart heatmap(PayoffState p) {
        int cols = p.redIds().size();
        int rows = p.blueIds().size();
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(Math.max(Charts.WIDTH, 120 + 70 * cols)).height(Math.max(Charts.HEIGHT, 150 + 30 * rows))
                .title("Payoff matrix: Blue's win rate").xAxisTitle("Red entry").yAxisTitle("Blue entry").build();
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                PayoffCell c = p.cells().get(i * cols + j);
                if (c.episodes() > 0) {
                    cells.add(new Number[] {j, i, c.winRate().orElseThrow()});
                }
            }
        }
        chart.addSeries("Blue win rate", p.redIds(), p.blueIds(), cells);
        HeatMapStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setMin(0.0);
        s.setMax(1.0);
        s.setShowValue(cols * rows <= 400);
        s.setHeatMapValueDecimalPattern("0.00");
        s.setRangeColors(new Color[] {new Color(214, 39, 40), Color.WHITE, new Color(31, 119, 180)});
        s.setXAxisLabelRotation(45);
        return chart;
    }

    private static Path save(HeatMapChart chart, Path file) {
        try {
            return AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + file + ": " + e.getMessage(), e);
        }
    }
}
