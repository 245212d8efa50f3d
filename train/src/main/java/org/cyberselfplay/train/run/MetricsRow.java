package org.cyberselfplay.train.run;

import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a run's metrics: the step it belongs to (an update, an SFT epoch or a league round) and values
 * under prefixed keys such as {@code train/reward_mean}, {@code sft/val_accuracy},
 * {@code eval/win_rate/blitz}. Keys are sorted; values are finite.
 *
 * @param step   the update, epoch or round index, >= 0
 * @param values metric key -> value
 */
public record MetricsRow(long step, Map<String, Double> values) {
    public MetricsRow {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("metric " + e.getKey() + " must be finite, got " + e.getValue());
            }
        }
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
