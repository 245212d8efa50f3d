package org.cyberselfplay.train.league;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.league.meta.Exploitability;
import org.cyberselfplay.league.payoff.PayoffCell;
import org.cyberselfplay.league.rating.EloRatings;

/**
 * The metrics row of a league round (step = round):
 *
 * <ul>
 *   <li>{@code train/*}: Blue's GRPO metrics, averaged over the round's updates;</li>
 *   <li>{@code league/pfsp/<id>}: the PFSP distribution over the Red entries from the learner's decayed win rates;
 *       {@code league/opponent/<id>}: the distribution the round trained against (the mode's);</li>
 *   <li>{@code eval/win_rate/<id>}, {@code eval/return/<id>}: the learner against every Red entry this round
 *       ({@code sims_per_entry} episodes);</li>
 *   <li>{@code league/meta/<id>}: the meta-strategy's probability of every Blue row and Red entry;
 *       {@code league/nashconv}: its NashConv in the empirical meta-game (0 for an exact Nash solver);
 *       {@code league/exploitability} (rounds 1, 2, ...): PSRO's approximate exploitability, the NashConv of the
 *       round's starting meta-strategy in the meta-game grown by the round's new entries;</li>
 *   <li>{@code league/elo/<id>}: Bradley-Terry Elo ratings of the meta-game's entries (mean 1000);</li>
 *   <li>{@code league/pool/red}, {@code league/pool/blue}: the pool's size; {@code league/br/value} (Red's
 *       expected score of the round's best response against Blue's meta-mixture),
 *       {@code league/br/archetype_value} (the best archetype's score against the same mixture, before the
 *       best response joined) and {@code league/br/reward_mean} (its last GRPO update's mean reward) in rounds
 *       with a best response;</li>
 *   <li>{@code eval/fixed/*}: the fixed evaluation, in rounds that have one.</li>
 * </ul>
 */
final class RoundMetrics {
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, double[]> sums = new LinkedHashMap<>();

    /** Adds one GRPO update's metrics to the round's averages. */
    void addUpdate(Map<String, Double> metrics) {
        metrics.forEach((k, v) -> {
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            s[0] += v;
            s[1]++;
        });
    }

    /** The round's sampling distributions. */
    void sampling(List<String> redIds, double[] pfsp, double[] probabilities) {
        for (int j = 0; j < redIds.size(); j++) {
            values.put("league/pfsp/" + redIds.get(j), pfsp[j]);
            values.put("league/opponent/" + redIds.get(j), probabilities[j]);
        }
    }

    /** The learner's result against one Red entry. */
    void learnerResult(String redId, PayoffCell cell) {
        values.put("eval/win_rate/" + redId, cell.winRate().orElseThrow());
        values.put("eval/return/" + redId, cell.meanReturn().orElseThrow());
    }

    /** The meta-strategy, its NashConv and the ratings after the round. */
    void league(League l) {
        List<String> rows = l.metaRows();
        List<String> reds = l.redIds();
        double[] p = l.meta.blue();
        double[] q = l.meta.red();
        for (int i = 0; i < rows.size(); i++) {
            values.put("league/meta/" + rows.get(i), p[i]);
        }
        for (int j = 0; j < reds.size(); j++) {
            values.put("league/meta/" + reds.get(j), q[j]);
        }
        values.put("league/nashconv", Exploitability.nashConv(l.matrix(), l.meta));
        EloRatings elo = l.elo();
        for (int i = 0; i < elo.ids().size(); i++) {
            values.put("league/elo/" + elo.ids().get(i), elo.ratings().get(i));
        }
        values.put("league/pool/red", (double) reds.size());
        values.put("league/pool/blue", (double) rows.size());
    }

    /** Any other metrics, as given. */
    void put(Map<String, Double> metrics) {
        values.putAll(metrics);
    }

    void put(String key, double value) {
        values.put(key, value);
    }

    /** Every metric of the round. */
    Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        out.putAll(values);
        return out;
    }
}
