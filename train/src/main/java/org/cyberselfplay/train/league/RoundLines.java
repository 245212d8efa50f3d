package org.cyberselfplay.train.league;

import java.util.Locale;
import java.util.Map;

/** One-line summaries of league rounds, for the log and the progress display. */
final class RoundLines {
    private RoundLines() {
    }

    /**
     * {@code round 3/10: reward 41.2, win rate vs pool 0.71 (min 0.42 red-r2), nashconv 0.085, pool 7 Red / 4 Blue}.
     */
    static String describe(int round, int rounds, Map<String, Double> m) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d/%d:", round, rounds));
        if (m.containsKey("train/reward_mean")) {
            sb.append(String.format(Locale.ROOT, " reward %.2f,", m.get("train/reward_mean")));
        }
        String prefix = "eval/win_rate/";
        double sum = 0;
        int n = 0;
        String worst = null;
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += e.getValue();
                n++;
                if (e.getValue() < min) {
                    min = e.getValue();
                    worst = e.getKey().substring(prefix.length());
                }
            }
        }
        if (n > 0) {
            sb.append(String.format(Locale.ROOT, " win rate vs pool %.2f (min %.2f %s),", sum / n, min, worst));
        }
        sb.append(String.format(Locale.ROOT, " nashconv %.3f,", m.getOrDefault("league/nashconv", 0.0)));
        if (m.containsKey("league/exploitability")) {
            sb.append(String.format(Locale.ROOT, " exploitability %.3f,", m.get("league/exploitability")));
        }
        sb.append(String.format(Locale.ROOT, " pool %d Red / %d Blue", m.getOrDefault("league/pool/red", 0.0)
                .intValue(), m.getOrDefault("league/pool/blue", 0.0).intValue()));
        if (m.containsKey("league/br/value")) {
            sb.append(String.format(Locale.ROOT, ", best response scores %.2f against Blue's mixture",
                    m.get("league/br/value")));
        }
        return sb.toString();
    }
}
