package org.cyberselfplay.train.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberselfplay.train.run.MetricsRow;

/** Metrics rows shaped like a real SFT + GRPO run, computed from closed forms so tests know every value. */
final class SyntheticRuns {
    static final List<String> OPPONENTS = List.of("apt", "blitz", "insider");
    static final List<String> TOOLS = List.of("deploy_patch", "execute_instruction", "isolate_host",
            "query_siem", "triage_alerts");
    static final int SFT_EPOCHS = 8;
    static final int UPDATES = 40;
    static final int EVAL_EVERY = 10;

    private SyntheticRuns() {
    }

    /** SFT epochs 0..7, then GRPO updates 0..40 with an evaluation every 10 updates. */
    static List<MetricsRow> full(double entropyFloor) {
        List<MetricsRow> rows = new ArrayList<>();
        for (int e = 0; e < SFT_EPOCHS; e++) {
            rows.add(new MetricsRow(e, Map.of("sft/train_loss", 2.0 / (1 + e), "sft/val_loss", 2.2 / (1 + e) + 0.05,
                    "sft/val_accuracy", 0.5 + 0.05 * e)));
        }
        for (int u = 0; u <= UPDATES; u++) {
            Map<String, Double> v = new TreeMap<>();
            double t = u / (double) UPDATES;
            v.put("train/reward_mean", -0.5 + 1.5 * t);
            v.put("train/reward_std", 0.6 - 0.3 * t);
            v.put("train/kl", 0.002 * u);
            v.put("train/entropy", entropyFloor + (1.6 - entropyFloor) * (1 - t));
            v.put("train/loss", 0.3 * (1 - t) - 0.05);
            v.put("train/clip_ratio", 0.1);
            v.put("train/anticollapse_penalty", 0.01 * t);
            v.put("train/win_rate", 0.4 + 0.5 * t);
            double[] shares = {0.2 - 0.1 * t, 0.2, 0.2 + 0.2 * t, 0.2 - 0.05 * t, 0.2 - 0.05 * t};
            for (int k = 0; k < TOOLS.size(); k++) {
                v.put("train/tool_share/" + TOOLS.get(k), shares[k]);
            }
            if (u % EVAL_EVERY == 0) {
                for (int o = 0; o < OPPONENTS.size(); o++) {
                    v.put("eval/win_rate/" + OPPONENTS.get(o), evalWinRate(o, u));
                    v.put("eval/return/" + OPPONENTS.get(o), -1.0 + 2.0 * evalWinRate(o, u));
                }
            }
            rows.add(new MetricsRow(u, v));
        }
        return rows;
    }

    /** Win rate against opponent {@code o} at update {@code u}: a multiple of 1/200, so 200 episodes give counts. */
    static double evalWinRate(int o, int u) {
        return (60 + 20 * o + 2 * u) / 200.0;
    }
}
