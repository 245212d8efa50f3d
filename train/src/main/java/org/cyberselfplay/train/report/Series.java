package org.cyberselfplay.train.report;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cyberselfplay.train.run.MetricsRow;

/**
 * One metric over steps: the rows that carry {@code key}, in row order (the order they were logged).
 *
 * @param key the metric key
 * @param x   steps
 * @param y   values, same length as {@code x}
 */
record Series(String key, double[] x, double[] y) {

    /** The values of {@code key} in {@code rows}; empty arrays when no row has it. */
    static Series of(List<MetricsRow> rows, String key) {
        List<double[]> points = new ArrayList<>();
        for (MetricsRow row : rows) {
            Double v = row.values().get(key);
            if (v != null) {
                points.add(new double[] {row.step(), v});
            }
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new Series(key, x, y);
    }

    /** The keys of {@code rows} that start with {@code prefix}, sorted. */
    static SortedSet<String> keys(List<MetricsRow> rows, String prefix) {
        SortedSet<String> out = new TreeSet<>();
        for (MetricsRow row : rows) {
            for (String k : row.values().keySet()) {
                if (k.startsWith(prefix)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    boolean isEmpty() {
        return x.length == 0;
    }

    int size() {
        return x.length;
    }
}
