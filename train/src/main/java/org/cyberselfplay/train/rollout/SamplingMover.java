package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.agents.neural.MaskedCategorical;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;

/**
 * The learner's moves from a neural policy, sampled exactly as {@code NeuralPolicy.chooseBatch} samples them
 * (one batched forward pass; one {@code nextDouble()} of the slot's learner RNG per decision; inverse CDF over
 * the masked probabilities), with the features, mask, action, log-probability and tool of the first
 * {@code recordLimit} decisions of each slot recorded. At a temperature T other than 1 it samples from
 * {@code softmax(logits / T)} instead, and records that policy's log-probability. The features are computed once per decision and serve
 * both the forward pass and the record. Not thread-safe.
 */
final class SamplingMover implements Lockstep.LearnerMover {
    private final NeuralPolicy policy;
    private final ActionCodec codec;
    private final List<Tool> tools;
    private final int width;
    private final int recordLimit;
    private final float inverseTemperature;
    private final List<List<Decision>> recorded = new ArrayList<>();

    /**
     * @param policy      a sampling (not greedy) policy
     * @param recordLimit decisions recorded per slot: 0 records nothing, {@link Integer#MAX_VALUE} everything
     * @param temperature the sampling temperature, {@code > 0}
     */
    SamplingMover(NeuralPolicy policy, int recordLimit, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        }
        if (policy.greedy()) {
            throw new IllegalArgumentException("rollouts sample: the learner policy must not be greedy");
        }
        this.policy = policy;
        this.codec = policy.codec();
        this.tools = Tool.of(policy.side());
        this.width = policy.layout().size(policy.side());
        this.recordLimit = recordLimit;
        this.inverseTemperature = (float) (1.0 / temperature);
    }

    @Override
    public int[] choose(List<Slot> slots, List<Observation> observations) {
        int n = observations.size();
        float[] features = policy.features(observations);
        float[][] logits = PolicyNetwork.logits(policy.network(), features, n);
        if (inverseTemperature != 1f) {
            for (float[] row : logits) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= inverseTemperature;
                }
            }
        }
        double[] p = new double[codec.size()];
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            boolean[] mask = codec.mask(observations.get(i).legalActions());
            double u = slots.get(i).learnerRng().nextDouble();
            MaskedCategorical.probabilities(logits[i], mask, p);
            int a = MaskedCategorical.inverseCdf(p, mask, u);
            chosen[i] = a;
            List<Decision> list = decisions(slots.get(i).id());
            if (list.size() < recordLimit) {
                float[] row = Arrays.copyOfRange(features, i * width, (i + 1) * width);
                double logp = MaskedCategorical.logProbability(logits[i], mask, a);
                list.add(new Decision(row, mask, a, logp, tools.indexOf(codec.tool(a))));
            }
        }
        return chosen;
    }

    /** The decisions recorded for slot {@code id}, in order (empty when none). */
    List<Decision> decisions(int id) {
        while (recorded.size() <= id) {
            recorded.add(new ArrayList<>());
        }
        return recorded.get(id);
    }
}
