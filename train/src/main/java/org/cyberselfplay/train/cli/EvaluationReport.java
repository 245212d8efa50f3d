package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cyberselfplay.league.eval.MatchupSummary;

/** Prints evaluation summaries as a table, CSV, JSON (an array of objects) or a Markdown table. */
final class EvaluationReport {
    /** CSV and JSON keys, in order. */
    static final List<String> KEYS = List.of("blue", "scenario", "seed", "opponent", "episodes", "blue_wins",
            "win_rate", "win_rate_ci_low", "win_rate_ci_high", "blue_return_mean", "blue_return_ci_low",
            "blue_return_ci_high", "red_return_mean", "red_return_ci_low", "red_return_ci_high", "exfil_rate",
            "mttd", "mttr", "instruction_completion", "instruction_violation", "false_positive_cost", "mean_steps");
    private static final List<String> HEADERS = List.of("opponent", "episodes", "Blue wins", "win rate [95% CI]",
            "Blue return", "Red return", "exfil", "MTTD", "MTTR", "completion", "FP cost");

    private EvaluationReport() {
    }

    static void print(PrintWriter out, ReportFormat format, String scenario, long seed, List<MatchupSummary> rows) {
        switch (format) {
            case JSON -> Json.print(out, json(scenario, seed, rows));
            case CSV -> csv(out, scenario, seed, rows);
            case MD -> markdown(out, rows);
            case TABLE -> table(out, rows);
            default -> throw new IllegalStateException("unhandled format " + format);
        }
    }

    static ArrayNode json(String scenario, long seed, List<MatchupSummary> rows) {
        ArrayNode array = Json.array();
        for (MatchupSummary s : rows) {
            ObjectNode o = array.addObject();
            List<Object> values = values(scenario, seed, s);
            for (int i = 0; i < KEYS.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    o.putNull(KEYS.get(i));
                } else if (v instanceof String str) {
                    o.put(KEYS.get(i), str);
                } else if (v instanceof Integer n) {
                    o.put(KEYS.get(i), n);
                } else if (v instanceof Long n) {
                    o.put(KEYS.get(i), n);
                } else {
                    o.put(KEYS.get(i), Json.round((Double) v, 4));
                }
            }
        }
        return array;
    }

    private static List<Object> values(String scenario, long seed, MatchupSummary s) {
        return java.util.Arrays.asList(s.blue(), scenario, seed, s.opponent(), s.episodes(), s.blueWins(),
                s.winRate().rate(), s.winRate().lower(), s.winRate().upper(), s.blueReturn().mean(),
                s.blueReturn().lower(), s.blueReturn().upper(), s.redReturn().mean(), s.redReturn().lower(),
                s.redReturn().upper(), s.exfilRate(), orNull(s.mttd()), orNull(s.mttr()), s.instructionCompletion(),
                s.instructionViolation(), s.falsePositiveCost(), s.meanSteps());
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static void csv(PrintWriter out, String scenario, long seed, List<MatchupSummary> rows) {
        out.println(String.join(",", KEYS));
        for (MatchupSummary s : rows) {
            StringBuilder line = new StringBuilder();
            for (Object v : values(scenario, seed, s)) {
                if (line.length() > 0) {
                    line.append(',');
                }
                line.append(v == null ? "" : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : csvCell(v));
            }
            out.println(line);
        }
    }

    private static String csvCell(Object v) {
        String s = v.toString();
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<String> cells(MatchupSummary s) {
        return List.of(s.opponent(), Integer.toString(s.episodes()), Integer.toString(s.blueWins()),
                pct(s.winRate().rate()) + " [" + pct(s.winRate().lower()) + ", " + pct(s.winRate().upper()) + "]",
                plusMinus(s.blueReturn().mean(), s.blueReturn().halfWidth()),
                plusMinus(s.redReturn().mean(), s.redReturn().halfWidth()), pct(s.exfilRate()), turns(s.mttd()),
                turns(s.mttr()), pct(s.instructionCompletion()), fixed(s.falsePositiveCost(), 2));
    }

    private static void table(PrintWriter out, List<MatchupSummary> rows) {
        TextTable t = new TextTable(HEADERS, false, true, true, true, true, true, true, true, true, true, true);
        rows.forEach(s -> t.row(cells(s).toArray(String[]::new)));
        t.print(out);
    }

    private static void markdown(PrintWriter out, List<MatchupSummary> rows) {
        out.println("| " + String.join(" | ", HEADERS) + " |");
        out.println("| --- |" + " ---: |".repeat(HEADERS.size() - 1));
        rows.forEach(s -> out.println("| " + String.join(" | ", cells(s)) + " |"));
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String fixed(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    private static String plusMinus(double mean, double half) {
        return String.format(Locale.ROOT, "%.2f ± %.2f", mean, half);
    }

    private static String turns(OptionalDouble d) {
        return d.isPresent() ? fixed(d.getAsDouble(), 1) : "n/a";
    }
}
