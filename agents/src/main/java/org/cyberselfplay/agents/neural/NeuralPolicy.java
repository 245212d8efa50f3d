package org.cyberselfplay.agents.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.LearnablePolicy;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.features.Featurizer;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A policy backed by a DL4J network mapping {@link FeatureLayout} features to {@link ActionCodec} logits, with
 * the distribution masked to the legal actions ({@link MaskedCategorical}).
 *
 * <p>{@link #actBatch} and {@link #chooseBatch} run one forward pass over the whole batch ({@code [N, F]}):
 * that is the batched inference for many envs; {@link #act} is a batch of one. Batches are padded to whole
 * blocks of {@link PolicyNetwork#ROW_BLOCK} rows, so an observation gets bit-identical probabilities in any
 * batch and {@code act} equals {@code actBatch} exactly. Each decision consumes exactly
 * one {@code nextDouble()} of its RNG, in sampling and in greedy mode alike, so streams stay aligned when the
 * mode changes. In greedy mode the legal action of the largest logit is chosen.
 *
 * <p>Not thread-safe (DL4J networks are not): {@link #forThread()} gives a copy with a cloned network.
 * {@link #withGreedy}, {@link #withName} and {@link #forScenario} share this policy's network.
 */
public final class NeuralPolicy implements LearnablePolicy {
    private final Scenario scenario;
    private final Actor side;
    private final FeatureLayout layout;
    private final NetworkConfig config;
    private final Featurizer featurizer;
    private final ActionCodec codec;
    private final MultiLayerNetwork net;
    private final boolean greedy;
    private final String name;

    private NeuralPolicy(Scenario scenario, Actor side, FeatureLayout layout, NetworkConfig config,
                         MultiLayerNetwork net, boolean greedy, String name) {
        this.scenario = scenario;
        this.side = side;
        this.layout = layout;
        this.config = config;
        this.featurizer = new Featurizer(scenario, layout);
        this.codec = ActionCodec.of(scenario, side, layout);
        this.net = net;
        this.greedy = greedy;
        this.name = name;
        long in = PolicyNetwork.inputSize(net);
        long out = PolicyNetwork.outputSize(net);
        if (in != layout.size(side) || out != codec.size()) {
            throw new IllegalArgumentException("network is " + in + " -> " + out + " but " + side + " with max_hosts "
                    + layout.maxHosts() + " needs " + layout.size(side) + " -> " + codec.size());
        }
    }

    /** A new policy with a freshly initialised network (seeded by {@code config.seed()}), sampling. */
    public static NeuralPolicy create(Scenario scenario, Actor side, FeatureLayout layout, NetworkConfig config) {
        layout.check(scenario);
        MultiLayerNetwork net = PolicyNetwork.create(layout.size(side), ActionCodec.size(side, layout.maxHosts()),
                config);
        return new NeuralPolicy(scenario, side, layout, config, net, false, "neural-" + side.wireName());
    }

    /**
     * A sampling policy around an existing network (not copied).
     *
     * @throws IllegalArgumentException when the network's sizes do not match the layout and side
     */
    public static NeuralPolicy wrap(Scenario scenario, Actor side, FeatureLayout layout, NetworkConfig config,
                                    MultiLayerNetwork net, String name) {
        return new NeuralPolicy(scenario, side, layout, config, net, false, name);
    }

    /** This policy choosing argmax ({@code true}) or sampling ({@code false}); shares the network. */
    public NeuralPolicy withGreedy(boolean argmax) {
        return new NeuralPolicy(scenario, side, layout, config, net, argmax, name);
    }

    /** This policy under another name; shares the network. */
    public NeuralPolicy withName(String newName) {
        return new NeuralPolicy(scenario, side, layout, config, net, greedy, newName);
    }

    /**
     * This policy playing another scenario that fits its layout; shares the network.
     *
     * @throws IllegalArgumentException when the scenario has more hosts than {@code layout().maxHosts()}
     */
    public NeuralPolicy forScenario(Scenario other) {
        return new NeuralPolicy(other, side, layout, config, net, greedy, name);
    }

    @Override
    public NeuralPolicy forThread() {
        return new NeuralPolicy(scenario, side, layout, config, net.clone(), greedy, name);
    }

    @Override
    public Actor side() {
        return side;
    }

    @Override
    public String name() {
        return name;
    }

    public boolean greedy() {
        return greedy;
    }

    public NetworkConfig config() {
        return config;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    @Override
    public FeatureLayout layout() {
        return layout;
    }

    @Override
    public ActionCodec codec() {
        return codec;
    }

    @Override
    public MultiLayerNetwork network() {
        return net;
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        return actBatch(List.of(observation), List.of(rng)).get(0);
    }

    @Override
    public List<Action> actBatch(List<Observation> observations, List<SplittableRandom> rngs) {
        int[] chosen = chooseBatch(observations, rngs);
        List<Action> out = new ArrayList<>(chosen.length);
        for (int c : chosen) {
            out.add(codec.toAction(c));
        }
        return out;
    }

    @Override
    public int[] chooseBatch(List<Observation> observations, List<SplittableRandom> rngs) {
        if (rngs.size() != observations.size()) {
            throw new IllegalArgumentException(observations.size() + " observations but " + rngs.size() + " rngs");
        }
        float[][] logits = logits(observations);
        boolean[] mask = new boolean[codec.size()];
        double[] p = new double[codec.size()];
        int[] chosen = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            codec.mask(observations.get(i).legalActions(), mask);
            double u = rngs.get(i).nextDouble();
            if (greedy) {
                chosen[i] = MaskedCategorical.argmax(logits[i], mask);
            } else {
                MaskedCategorical.probabilities(logits[i], mask, p);
                chosen[i] = MaskedCategorical.inverseCdf(p, mask, u);
            }
        }
        return chosen;
    }

    @Override
    public float[][] probabilities(List<Observation> observations) {
        float[][] logits = logits(observations);
        boolean[] mask = new boolean[codec.size()];
        double[] p = new double[codec.size()];
        float[][] out = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            codec.mask(observations.get(i).legalActions(), mask);
            MaskedCategorical.probabilities(logits[i], mask, p);
            out[i] = new float[p.length];
            for (int a = 0; a < p.length; a++) {
                out[i][a] = (float) p[a];
            }
        }
        return out;
    }

    @Override
    public double logProbability(Observation observation, int codecIndex) {
        return logProbabilities(List.of(observation), new int[] {codecIndex})[0];
    }

    /**
     * Log-probabilities of one codec index per observation, from one forward pass.
     *
     * @throws IllegalArgumentException when an index is not legal in its observation
     */
    public double[] logProbabilities(List<Observation> observations, int[] codecIndices) {
        if (codecIndices.length != observations.size()) {
            throw new IllegalArgumentException(observations.size() + " observations but " + codecIndices.length
                    + " action indices");
        }
        float[][] logits = logits(observations);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            boolean[] mask = codec.mask(observations.get(i).legalActions());
            int a = codecIndices[i];
            if (a < 0 || a >= mask.length || !mask[a]) {
                throw new IllegalArgumentException("codec index " + a + " is not a legal action of observation " + i);
            }
            out[i] = MaskedCategorical.logProbability(logits[i], mask, a);
        }
        return out;
    }

    @Override
    public double entropy(Observation observation) {
        float[] logits = logits(List.of(observation))[0];
        return MaskedCategorical.entropy(logits, codec.mask(observation.legalActions()));
    }

    /** Raw logits in codec layout, one row per observation, from one forward pass. */
    public float[][] logits(List<Observation> observations) {
        int n = observations.size();
        return PolicyNetwork.logits(net, features(observations, PolicyNetwork.paddedRows(n)), n);
    }

    /** The features of a batch as a {@code [N, F]} matrix, as the network takes them (for trainers). */
    public INDArray featureMatrix(List<Observation> observations) {
        return PolicyNetwork.matrix(features(observations), observations.size(), layout.size(side));
    }

    /** Row-major features of a batch, {@code [N, F]}, after checking every observation (for trainers). */
    public float[] features(List<Observation> observations) {
        return features(observations, observations.size());
    }

    /** Codec-layout masks of a batch, one row per observation (for trainers). */
    public boolean[][] masks(List<Observation> observations) {
        boolean[][] out = new boolean[observations.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = codec.mask(observations.get(i).legalActions());
        }
        return out;
    }

    /** Row-major features of a batch in an array of {@code rows} rows (extra rows zero). */
    private float[] features(List<Observation> observations, int rows) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("empty batch of observations");
        }
        int f = layout.size(side);
        float[] flat = new float[rows * f];
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o.actor() != side) {
                throw new IllegalArgumentException("observation " + i + " is " + o.actor()
                        + "'s but policy \"" + name + "\" plays " + side);
            }
            if (o.legalActions().count() == 0) {
                throw new IllegalArgumentException("observation " + i + " has no legal action (not " + side
                        + "'s turn, or the game is over)");
            }
            featurizer.write(o, flat, i * f);
        }
        return flat;
    }
}
