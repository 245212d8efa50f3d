package org.cyberselfplay.train.trainer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.neural.MaskedCategorical;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.train.config.GroupMode;
import org.cyberselfplay.train.config.GrpoConfig;
import org.cyberselfplay.train.config.RewardConfig;
import org.cyberselfplay.train.grpo.Advantages;
import org.cyberselfplay.train.grpo.AntiCollapse;
import org.cyberselfplay.train.grpo.DecisionBatch;
import org.cyberselfplay.train.grpo.GrpoLoss;
import org.cyberselfplay.train.grpo.LossCoefficients;
import org.cyberselfplay.train.grpo.Minibatches;
import org.cyberselfplay.train.grpo.PolicyUpdate;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.SequenceResult;
import org.cyberselfplay.train.run.SampleLog;

/**
 * One GRPO update on a collected batch (Shao et al., DeepSeekMath 2024; the shape of TRL's {@code GRPOTrainer}),
 * wiring the pure math of {@code train.grpo}:
 *
 * <ol>
 *   <li>every learner decision is a sample whose reward is its sequence's score: {@code grpo.reward}'s
 *       weighted learner return over the episode or branch plus its win bonus ({@link RewardConfig#score});</li>
 *   <li>anti-collapse ({@code grpo.anti_collapse.enabled}): {@code r' = r - lambda max(0, p(tool) - tau)} with
 *       {@code p(tool)} the share of the batch's decisions using the decision's tool ({@link AntiCollapse});</li>
 *   <li>advantages normalized within groups ({@link Advantages#groupNormalized}, eps {@value #ADVANTAGE_EPS});
 *       without the penalty every decision of a sequence gets the same advantage, its sequence's;</li>
 *   <li>{@code num_iterations} passes over the batch, each of {@code steps_per_generation} optimizer steps on
 *       minibatches of whole groups ({@link Minibatches}), each from {@link GrpoLoss#evaluate}'s dL/dlogits
 *       on the current logits, with {@code logp_old} from collection and {@code logp_ref} from the frozen
 *       reference, through {@link PolicyUpdate} (clipping and schedule included).</li>
 * </ol>
 *
 * At {@code grpo.temperature} T the optimized policy is {@code softmax(logits / T)}: the loss sees the logits
 * divided by T (old, current and reference alike) and its gradient is divided by T on the way back.
 * The {@code dr_grpo} constant is the scenario's turn limit in {@code episode} mode and 1 in {@code state} mode
 * (a branch contributes one decision). Not thread-safe.
 */
final class GrpoStep {
    /** Added to the standard deviation before dividing (TRL's value). */
    static final double ADVANTAGE_EPS = 1e-4;

    private final GrpoConfig config;
    private final Actor side;
    private final List<Tool> tools;
    private final LossCoefficients coefficients;

    /**
     * What an update did.
     *
     * @param metrics the {@code train/*} metrics of the update, in a fixed order
     * @param samples the reward traces for {@code samples.jsonl}
     */
    record Result(Map<String, Double> metrics, List<SampleLog.Sample> samples) {
    }

    GrpoStep(GrpoConfig config, Actor side) {
        this.config = config;
        this.side = side;
        this.tools = Tool.of(side);
        this.coefficients = new LossCoefficients(config.epsilon(), config.epsilonHigh(), config.beta(),
                config.entropyCoef());
    }

    /**
     * Updates {@code update}'s network in place on {@code batch}.
     *
     * @param learner   the policy that collected the batch (its network is the one {@code update} steps)
     * @param reference the frozen reference policy, same layout
     * @param maxTurns  the scenario's turn limit
     * @param index     the update's number (1-based), for the samples
     */
    Result run(RolloutBatch batch, NeuralPolicy learner, NeuralPolicy reference, PolicyUpdate update, int maxTurns,
               int index) {
        if (batch.size() == 0) {
            throw new IllegalStateException("update " + index + " collected no learner decision");
        }
        int[] groupOf = batch.groupOf();
        double[] seqRewards = sequenceScores(batch);
        double[] rewards = new double[batch.size()];
        int[] sequenceOf = batch.sequenceOf();
        for (int d = 0; d < rewards.length; d++) {
            rewards[d] = seqRewards[sequenceOf[d]];
        }
        AntiCollapse.Result shaped = config.antiCollapse().enabled()
                ? AntiCollapse.apply(rewards, batch.tools(), tools.size(),
                        config.antiCollapse().lambda(), config.antiCollapse().tau())
                : AntiCollapse.disabled(rewards, batch.tools(), tools.size());
        double[] advantages = Advantages.groupNormalized(shaped.rewards(), groupOf, config.scaleRewards(),
                ADVANTAGE_EPS);
        float[] features = batch.features();
        DecisionBatch decisions = new DecisionBatch(batch.masks(), batch.actions(), batch.logpOld(),
                logProbabilities(reference, features, batch.masks(), batch.actions(), config.temperature()),
                advantages, batch.sequenceOf());
        long start = System.nanoTime();
        Steps steps = optimize(decisions, features, groupOf, learner, update, maxTurns);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        int[] seqGroups = batch.sequences().stream().mapToInt(SequenceResult::group).toArray();
        metrics.put("train/reward_mean", mean(seqRewards));
        metrics.put("train/reward_std", Advantages.meanGroupStd(seqRewards, seqGroups));
        metrics.put("train/return_mean",
                mean(batch.sequences().stream().mapToDouble(SequenceResult::reward).toArray()));
        metrics.put("train/frac_reward_zero_std", Advantages.fractionZeroStd(shaped.rewards(), groupOf));
        metrics.put("train/kl", steps.kl);
        metrics.put("train/entropy", steps.entropy);
        metrics.put("train/clip_ratio", steps.clipRatio);
        metrics.put("train/loss", steps.loss);
        metrics.put("train/anticollapse_penalty", shaped.meanPenalty());
        for (int t = 0; t < tools.size(); t++) {
            metrics.put("train/tool_share/" + tools.get(t).wireName(), shaped.toolShares()[t]);
        }
        metrics.put("train/tool_entropy", shaped.toolEntropy());
        metrics.put("train/grad_norm", steps.gradNorm);
        metrics.put("train/learning_rate", steps.learningRate);
        if (batch.finishedCount() > 0) {
            metrics.put("train/win_rate", (double) batch.learnerWins() / batch.finishedCount());
        }
        metrics.put("train/env_steps_per_second", batch.envSteps() / Math.max(batch.seconds(), 1e-9));
        metrics.put("train/samples_per_second", (double) batch.size() * config.numIterations()
                / Math.max(seconds, 1e-9));
        return new Result(metrics, samples(batch, seqRewards, index, shaped, advantages));
    }

    /** Means over the optimizer steps of an update (the rate: of its last step). */
    private record Steps(double loss, double kl, double entropy, double clipRatio, double gradNorm,
                         double learningRate) {
    }

    /**
     * {@code num_iterations} passes over the batch, each of {@code steps_per_generation} steps on minibatches of
     * whole groups ({@link Minibatches#byGroup}), each step on the current logits of its minibatch.
     */
    private Steps optimize(DecisionBatch decisions, float[] features, int[] groupOf, NeuralPolicy learner,
                           PolicyUpdate update, int maxTurns) {
        int perSequence = config.groupMode() == GroupMode.EPISODE ? maxTurns : 1;
        int width = features.length / decisions.size();
        int[][] parts = Minibatches.byGroup(groupOf, config.stepsPerGeneration());
        DecisionBatch[] batches = new DecisionBatch[parts.length];
        float[][] inputs = new float[parts.length][];
        double[][] weights = new double[parts.length][];
        for (int m = 0; m < parts.length; m++) {
            batches[m] = parts.length == 1 ? decisions : decisions.rows(parts[m]);
            inputs[m] = parts.length == 1 ? features : Minibatches.rows(features, width, parts[m]);
            weights[m] = GrpoLoss.weights(batches[m].sequenceOf(), config.lossType(), perSequence);
        }
        double[] sums = new double[5];
        double lr = 0;
        for (int it = 0; it < config.numIterations(); it++) {
            for (int m = 0; m < parts.length; m++) {
                int n = batches[m].size();
                double[][] grad = new double[n][learner.codec().size()];
                GrpoLoss.Metrics metrics = GrpoLoss.evaluate(logits(learner, inputs[m], n, config.temperature()),
                        batches[m], weights[m], coefficients, grad);
                if (config.temperature() != 1.0) {
                    // The loss saw z / T: dL/dz = dL/d(z / T) / T.
                    double inv = 1.0 / config.temperature();
                    for (double[] row : grad) {
                        for (int j = 0; j < row.length; j++) {
                            row[j] *= inv;
                        }
                    }
                }
                PolicyUpdate.StepResult step = update.step(inputs[m], grad);
                sums[0] += metrics.loss();
                sums[1] += metrics.meanKl();
                sums[2] += metrics.meanEntropy();
                sums[3] += metrics.clipRatio();
                sums[4] += step.gradNorm();
                lr = step.learningRate();
            }
        }
        int k = config.numIterations() * parts.length;
        return new Steps(sums[0] / k, sums[1] / k, sums[2] / k, sums[3] / k, sums[4] / k, lr);
    }

    /** One line per (sequence, tool) with its decision count, in sequence then tool order. */
    private List<SampleLog.Sample> samples(RolloutBatch batch, double[] seqRewards, int index,
                                           AntiCollapse.Result shaped, double[] advantages) {
        int sequences = batch.sequences().size();
        int[][] count = new int[sequences][tools.size()];
        int[][] first = new int[sequences][tools.size()];
        int[] sequenceOf = batch.sequenceOf();
        int[] toolOf = batch.tools();
        for (int d = batch.size() - 1; d >= 0; d--) {
            count[sequenceOf[d]][toolOf[d]]++;
            first[sequenceOf[d]][toolOf[d]] = d;
        }
        List<SampleLog.Sample> out = new ArrayList<>();
        for (int s = 0; s < sequences; s++) {
            SequenceResult seq = batch.sequences().get(s);
            for (int t = 0; t < tools.size(); t++) {
                if (count[s][t] > 0) {
                    int d = first[s][t];
                    out.add(new SampleLog.Sample(index, seq.group(), s, tools.get(t).wireName(), count[s][t],
                            seqRewards[s], shaped.penalties()[d], advantages[d]));
                }
            }
        }
        return out;
    }

    /** Each sequence's GRPO reward, in batch order. */
    private double[] sequenceScores(RolloutBatch batch) {
        RewardConfig reward = config.reward();
        return batch.sequences().stream().mapToDouble(s -> reward.score(s.reward(), s.won(side))).toArray();
    }

    /** The policy's logits on the batch divided by the temperature, in double precision. */
    private static double[][] logits(NeuralPolicy policy, float[] features, int n, double temperature) {
        float[][] f = PolicyNetwork.logits(policy.network(), features, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                out[i][j] = f[i][j] / temperature;
            }
        }
        return out;
    }

    /** Log-probabilities of the actions under {@code softmax(logits / temperature)}, from one forward pass. */
    static double[] logProbabilities(NeuralPolicy policy, float[] features, boolean[][] masks, int[] actions,
                                     double temperature) {
        float[][] logits = PolicyNetwork.logits(policy.network(), features, actions.length);
        if (temperature != 1.0) {
            float inv = (float) (1.0 / temperature);
            for (float[] row : logits) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= inv;
                }
            }
        }
        double[] out = new double[actions.length];
        for (int i = 0; i < actions.length; i++) {
            out[i] = MaskedCategorical.logProbability(logits[i], masks[i], actions[i]);
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
