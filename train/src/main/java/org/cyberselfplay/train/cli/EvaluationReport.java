package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cyberselfplay.league.eval.MatchupSummary;

/**
 * Prints evaluation summaries as a table, CSV, JSON (an array of objects) or a Markdown table. With Blue's tool
 * shares per row, the table and Markdown gain a "top Blue tool" column, CSV and JSON {@link #TOOL_KEYS} (JSON
 * also {@code blue_tool_shares}, every tool's share).
 */
final class EvaluationReport {
    /** CSV and JSON keys, in order. */
    static final List<String> KEYS = List.of("blue", "scenario", "seed", "opponent", "episodes", "blue_wins",
            "win_rate", "win_rate_ci_low", "win_rate_ci_high", "blue_return_mean", "blue_return_ci_low",
            "blue_return_ci_high", "red_return_mean", "red_return_ci_low", "red_return_ci_high", "exfil_rate",
            "mttd", "mttr", "instruction_completion", "instruction_violation", "false_positive_cost", "mean_steps");
    /** The CSV and JSON keys added after {@link #KEYS} when tool shares are given. */
    static final List<String> TOOL_KEYS = List.of("blue_top_tool", "blue_top_tool_share");
    private static final List<String> HEADERS = List.of("opponent", "episodes", "Blue wins", "win rate [95% CI]",
            "Blue return", "Red return", "exfil", "MTTD", "MTTR", "completion", "FP cost");

    private EvaluationReport() {
    }

    static void print(PrintWriter out, ReportFormat format, String scenario, long seed, List<MatchupSummary> rows) {
        print(out, format, scenario, seed, rows, null);
    }

    /** @param shares Blue's tool shares per row (wire name to share), or null to leave them out */
    static void print(PrintWriter out, ReportFormat format, String scenario, long seed, List<MatchupSummary> rows,
                      List<Map<String, Double>> shares) {
        switch (format) {
            case JSON -> Json.print(out, json(scenario, seed, rows, shares));
            case CSV -> csv(out, scenario, seed, rows, shares);
            case MD -> markdown(out, rows, shares);
            case TABLE -> table(out, rows, shares);
            default -> throw new IllegalStateException("unhandled format " + format);
        }
    }

    static ArrayNode json(String scenario, long seed, List<MatchupSummary> rows) {
        return json(scenario, seed, rows, null);
    }

    private static ArrayNode json(String scenario, long seed, List<MatchupSummary> rows,
                                  List<Map<String, Double>> shares) {
        ArrayNode array = Json.array();
        for (int r = 0; r < rows.size(); r++) {
            MatchupSummary s = rows.get(r);
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
            if (shares != null) {
                Map.Entry<String, Double> top = top(shares.get(r));
                o.put(TOOL_KEYS.get(0), top.getKey());
                o.put(TOOL_KEYS.get(1), Json.round(top.getValue(), 4));
                ObjectNode all = o.putObject("blue_tool_shares");
                shares.get(r).forEach((k, v) -> all.put(k, Json.round(v, 4)));
            }
        }
        return array;
    }

    /** The most used tool (the first in tool order on a tie). */
    private static Map.Entry<String, Double> top(Map<String, Double> shares) {
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best;
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

    private static void csv(PrintWriter out, String scenario, long seed, List<MatchupSummary> rows,
                            List<Map<String, Double>> shares) {
        out.println(String.join(",", KEYS) + (shares == null ? "" : "," + String.join(",", TOOL_KEYS)));
        for (int r = 0; r < rows.size(); r++) {
            MatchupSummary s = rows.get(r);
            List<Object> values = new ArrayList<>(values(scenario, seed, s));
            if (shares != null) {
                Map.Entry<String, Double> top = top(shares.get(r));
                values.add(top.getKey());
                values.add(top.getValue());
            }
            StringBuilder line = new StringBuilder();
            for (Object v : values) {
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

    private static List<String> headers(List<Map<String, Double>> shares) {
        List<String> h = new ArrayList<>(HEADERS);
        if (shares != null) {
            h.add("top Blue tool");
        }
        return h;
    }

    private static List<String> cells(MatchupSummary s, List<Map<String, Double>> shares, int r) {
        List<String> c = new ArrayList<>(cells(s));
        if (shares != null) {
            Map.Entry<String, Double> top = top(shares.get(r));
            c.add(top.getKey() + " " + pct(top.getValue()));
        }
        return c;
    }

    private static void table(PrintWriter out, List<MatchupSummary> rows, List<Map<String, Double>> shares) {
        List<String> headers = headers(shares);
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, 1, HEADERS.size(), true);
        TextTable t = new TextTable(headers, right);
        for (int r = 0; r < rows.size(); r++) {
            t.row(cells(rows.get(r), shares, r).toArray(String[]::new));
        }
        t.print(out);
    }

    private static void markdown(PrintWriter out, List<MatchupSummary> rows, List<Map<String, Double>> shares) {
        List<String> headers = headers(shares);
        out.println("| " + String.join(" | ", headers) + " |");
        out.println("| --- |" + " ---: |".repeat(HEADERS.size() - 1) + (shares == null ? "" : " --- |"));
        for (int r = 0; r < rows.size(); r++) {
            out.println("| " + String.join(" | ", cells(rows.get(r), shares, r)) + " |");
        }
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
