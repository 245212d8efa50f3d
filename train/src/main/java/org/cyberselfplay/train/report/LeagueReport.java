package org.cyberselfplay.train.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cyberselfplay.league.payoff.PayoffCell;
import org.cyberselfplay.league.payoff.PayoffState;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.league.stats.WilsonInterval;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueSettings;
import org.cyberselfplay.train.run.MetricsRow;

/**
 * The {@code report.md} of a league run: its configuration, the pool with meta-strategy and Elo, the payoff
 * matrix with 95 % Wilson intervals, the fixed evaluation at the start and the end, the rounds, and the plots.
 */
public final class LeagueReport {
    private static final String FIXED = "eval/fixed/win_rate/";

    private LeagueReport() {
    }

    /**
     * What the report is made from.
     *
     * @param runDir   the run directory
     * @param config   the run's resolved config
     * @param rows     every metrics row, in order
     * @param pool     the final pool
     * @param metaGame the meta-game's payoff table (Blue rows x Red entries)
     * @param duration the wall-clock time of the session that finished the run
     * @param plots    the plots written, to link
     */
    public record Input(Path runDir, LeagueConfig config, List<MetricsRow> rows, List<PoolEntry> pool,
                        PayoffState metaGame, Duration duration, List<Path> plots) {
        public Input {
            Objects.requireNonNull(runDir, "runDir");
            Objects.requireNonNull(config, "config");
            rows = List.copyOf(rows);
            pool = List.copyOf(pool);
            Objects.requireNonNull(metaGame, "metaGame");
            Objects.requireNonNull(duration, "duration");
            plots = List.copyOf(plots);
        }
    }

    /** Writes {@code report.md} into the run directory, atomically. */
    public static Path write(Input in) {
        return AtomicFiles.writeString(in.runDir().resolve(RunReport.FILE), render(in));
    }

    /** The report's Markdown. */
    public static String render(Input in) {
        Markdown md = new Markdown();
        LeagueConfig c = in.config();
        md.heading(1, "League run " + Markdown.code(c.name()));
        configuration(md, in);
        List<MetricsRow> rounds = in.rows().stream().filter(r -> r.values().containsKey("league/nashconv")).toList();
        Map<String, Double> last = rounds.isEmpty() ? Map.of() : rounds.get(rounds.size() - 1).values();
        pool(md, in, last);
        payoffs(md, in.metaGame());
        fixedEvaluation(md, c, rounds);
        roundTable(md, rounds);
        md.heading(2, "Plots");
        for (Path p : in.plots()) {
            md.bullet("[" + p.getFileName() + "](" + RunReport.relative(in.runDir(), p) + ")");
        }
        md.endList();
        return md.toString();
    }

    private static void configuration(Markdown md, Input in) {
        LeagueConfig c = in.config();
        LeagueSettings l = c.league();
        md.heading(2, "Configuration");
        md.bullet("scenario " + Markdown.code(c.scenario()) + ", seed " + c.seed() + ", network "
                + c.network().hiddenSizes() + ", " + c.run().threads() + " thread(s), "
                + Markdown.duration(in.duration()) + " in the session that finished the run");
        md.bullet("mode " + Markdown.code(l.mode().wireName()) + (l.mode() == LeagueSettings.Mode.MIX
                ? " (alpha " + Markdown.number(l.alpha()) + ")" : "") + ", " + l.rounds() + " rounds of "
                + c.grpo().updates() + " GRPO updates (" + c.grpo().groupsPerUpdate() + " groups of "
                + c.grpo().groupSize() + ")");
        md.bullet("PFSP " + Markdown.code(l.pfsp().weightingName()) + ", floor " + Markdown.number(l.pfsp().floor())
                + "; meta-solver " + Markdown.code(l.metaSolver().name()) + "; " + l.simsPerEntry()
                + " episodes per payoff cell; decay " + Markdown.number(l.decay()));
        md.bullet(l.trainsBestResponses() ? "Red best responses every " + l.bestResponse().every() + " round(s), "
                + l.bestResponse().grpo().updates() + " GRPO updates each" : "no Red best responses");
        md.bullet("Blue snapshots in the meta-game: " + (l.snapshotBlue() ? "yes" : "no (the learner alone)"));
        md.bullet("reproduce: " + Markdown.code("scripts/cyberselfplay league --config "
                + in.runDir().resolve("config.yaml")));
        md.endList();
    }

    private static void pool(Markdown md, Input in, Map<String, Double> last) {
        md.heading(2, "Pool");
        List<List<String>> rows = new ArrayList<>();
        for (PoolEntry e : in.pool()) {
            rows.add(List.of(Markdown.code(e.id()), e.kind().wireName(), Integer.toString(e.roundAdded()),
                    value(last, "league/meta/" + e.id(), Markdown::number), value(last, "league/elo/" + e.id(),
                            v -> String.format(Locale.ROOT, "%.0f", v)), e.provenance()));
        }
        md.table(List.of("entry", "kind", "round", "meta probability", "Elo", "provenance"),
                new boolean[] {false, false, true, true, true, false}, rows);
    }

    private static void payoffs(Markdown md, PayoffState p) {
        md.heading(2, "Payoff matrix");
        md.paragraph("Blue's win rate, row against column, with its 95 % Wilson interval (decayed counts are "
                + "rounded to whole episodes).");
        List<String> headers = new ArrayList<>(List.of("Blue \\ Red"));
        headers.addAll(p.redIds().stream().map(Markdown::code).toList());
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        List<List<String>> rows = new ArrayList<>();
        int cols = p.redIds().size();
        for (int i = 0; i < p.blueIds().size(); i++) {
            List<String> row = new ArrayList<>(List.of(Markdown.code(p.blueIds().get(i))));
            for (int j = 0; j < cols; j++) {
                row.add(cell(p.cells().get(i * cols + j)));
            }
            rows.add(row);
        }
        md.table(headers, right, rows);
    }

    private static String cell(PayoffCell c) {
        OptionalDouble w = c.winRate();
        if (w.isEmpty()) {
            return "";
        }
        return c.wilson().map(i -> String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", w.getAsDouble(), i.lower(),
                i.upper())).orElse(String.format(Locale.ROOT, "%.2f", w.getAsDouble()));
    }

    private static void fixedEvaluation(Markdown md, LeagueConfig c, List<MetricsRow> rounds) {
        List<MetricsRow> evals = rounds.stream().filter(r -> r.values().keySet().stream()
                .anyMatch(k -> k.startsWith(FIXED))).toList();
        if (evals.isEmpty()) {
            return;
        }
        MetricsRow first = evals.get(0);
        MetricsRow lastEval = evals.get(evals.size() - 1);
        md.heading(2, "Fixed evaluation");
        md.paragraph("The learner against the fixed opponents, " + c.eval().episodes() + " seeded episodes each, at "
                + "round " + first.step() + " and round " + lastEval.step() + " (95 % Wilson intervals).");
        List<List<String>> rows = new ArrayList<>();
        for (String key : Series.keys(evals, FIXED)) {
            rows.add(List.of(Markdown.code(key.substring(FIXED.length())), rate(first, key, c.eval().episodes()),
                    rate(lastEval, key, c.eval().episodes())));
        }
        md.table(List.of("opponent", "round " + first.step(), "round " + lastEval.step()),
                new boolean[] {false, true, true}, rows);
    }

    private static String rate(MetricsRow row, String key, int episodes) {
        Double v = row.values().get(key);
        if (v == null) {
            return "";
        }
        long wins = Math.round(v * episodes);
        WilsonInterval i = WilsonInterval.of(wins, episodes);
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", v, i.lower(), i.upper());
    }

    private static void roundTable(Markdown md, List<MetricsRow> rounds) {
        md.heading(2, "Rounds");
        md.paragraph("NashConv: of the meta-strategy in the round's empirical meta-game (0 for the exact Nash "
                + "solver). Exploitability: the NashConv of the round's starting meta-strategy in the meta-game "
                + "grown by the round's new entries, PSRO's approximate exploitability. Best response score: "
                + "Red's expected score of the round's best response against Blue's meta-mixture; best archetype "
                + "score: the strongest archetype's against the same mixture.");
        List<List<String>> rows = new ArrayList<>();
        for (MetricsRow r : rounds) {
            Map<String, Double> v = r.values();
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                if (e.getKey().startsWith("eval/win_rate/")) {
                    sum += e.getValue();
                    n++;
                }
            }
            rows.add(List.of(Long.toString(r.step()), value(v, "train/reward_mean", Markdown::number),
                    n == 0 ? "" : Markdown.number(sum / n),
                    value(v, "league/nashconv", x -> String.format(Locale.ROOT, "%.4f", x)),
                    value(v, "league/exploitability", x -> String.format(Locale.ROOT, "%.4f", x)),
                    value(v, "league/pool/red", x -> Integer.toString((int) x)),
                    value(v, "league/pool/blue", x -> Integer.toString((int) x)),
                    value(v, "league/br/value", Markdown::number),
                    value(v, "league/br/archetype_value", Markdown::number)));
        }
        md.table(List.of("round", "reward", "mean win rate vs pool", "NashConv", "exploitability", "Red entries",
                "Blue rows", "best response score", "best archetype score"),
                new boolean[] {true, true, true, true, true, true, true, true, true}, rows);
    }

    private static String value(Map<String, Double> m, String key, java.util.function.DoubleFunction<String> f) {
        Double v = m.get(key);
        return v == null ? "" : f.apply(v);
    }
}
