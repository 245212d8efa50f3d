package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.neural.MaskedCategorical;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The DL4J path: backprop of dL/dlogits against finite differences, and the optimizer step. */
class PolicyUpdateTest {
    private static final int N = 6;
    private static final int IN = 5;
    private static final int OUT = 3;
    private static final double[] RATIOS = {0.6, 0.9, 1.0, 1.1, 1.5};
    private static final LossCoefficients COEF = new LossCoefficients(0.2, 0.28, 0.05, 0.02);

    @Test
    void backpropMatchesFiniteDifferencesOverEveryParameter() {
        for (boolean outputLayer : new boolean[] {true, false}) {
            MultiLayerNetwork net = net(outputLayer, new Sgd(0.1));
            Fixture f = Fixture.of(net, new SplittableRandom(11));
            Gradient gradient = PolicyUpdate.backprop(net, f.features, f.dLossDLogits(net));
            assertEquals(Set.of("0_W", "0_b", "1_W", "1_b"), gradient.gradientForVariable().keySet());
            double[] analytic = gradient.gradient().dup().toDoubleVector();
            INDArray params = net.params();
            assertEquals(5 * 4 + 4 + 4 * 3 + 3, analytic.length);
            double h = 1e-6;
            for (int k = 0; k < analytic.length; k++) {
                double saved = params.getDouble(k);
                params.putScalar(k, saved + h);
                double plus = f.loss(net);
                params.putScalar(k, saved - h);
                double minus = f.loss(net);
                params.putScalar(k, saved);
                double numeric = (plus - minus) / (2 * h);
                double scale = Math.abs(numeric) + Math.abs(analytic[k]);
                if (scale > 1e-9) {
                    assertTrue(Math.abs(numeric - analytic[k]) / scale < 1e-5, (outputLayer ? "OutputLayer" : "Dense")
                            + " parameter " + k + ": numeric " + numeric + " analytic " + analytic[k]);
                }
            }
        }
    }

    @Test
    void anSgdStepMovesTheParametersByMinusTheRateTimesTheGradient() {
        MultiLayerNetwork net = net(true, new Sgd(0.1));
        Fixture f = Fixture.of(net, new SplittableRandom(12));
        INDArray eps = f.dLossDLogits(net);
        double[] grad = PolicyUpdate.backprop(net, f.features, eps).gradient().dup().toDoubleVector();
        double[] before = net.params().toDoubleVector();
        PolicyUpdate update = new PolicyUpdate(net, LearningRateSchedule.constant(0.1), Double.POSITIVE_INFINITY);
        PolicyUpdate.StepResult r = update.step(f.features, eps);
        assertEquals(0, r.iteration());
        assertEquals(1, net.getIterationCount());
        assertArrayEquals(minus(before, 0.1, grad), net.params().toDoubleVector(), 1e-15);
        assertEquals(norm(grad), r.gradNorm(), 1e-12);
    }

    @Test
    void theScheduledRateOverridesTheNetworksAndClippingScalesTheStep() {
        MultiLayerNetwork net = net(true, new Sgd(0.1));
        Fixture f = Fixture.of(net, new SplittableRandom(13));
        INDArray eps = f.dLossDLogits(net);
        double[] grad = PolicyUpdate.backprop(net, f.features, eps).gradient().dup().toDoubleVector();
        double[] before = net.params().toDoubleVector();
        double maxNorm = norm(grad) / 4;
        PolicyUpdate.StepResult r = new PolicyUpdate(net, LearningRateSchedule.constant(0.05), maxNorm)
                .step(f.features, eps);
        assertEquals(0.05, r.learningRate(), 0.0);
        assertEquals(0.05, net.getLearningRate(0), 0.0);
        double coef = maxNorm / (norm(grad) + GradientClipping.NORM_EPS);
        assertArrayEquals(minus(before, 0.05 * coef, grad), net.params().toDoubleVector(), 1e-14);
    }

    @Test
    void adamStateSurvivesBetweenStepsWithAChangingRate() {
        double b1 = 0.9;
        double b2 = 0.999;
        double adamEps = 1e-8;
        MultiLayerNetwork net = net(true, new Adam(0.01, b1, b2, adamEps));
        MultiLayerNetwork probe = net.clone();
        Fixture f = Fixture.of(net, new SplittableRandom(14));
        LearningRateSchedule schedule = new LearningRateSchedule(LearningRateSchedule.Kind.LINEAR, 0.01, 0.001, 0,
                2);
        // Reference: Adam by hand (DL4J's form), moments kept across the two steps; gradients from a probe net.
        // The same with the moments dropped before the second step (what clear() would do) must differ.
        double[] p = net.params().toDoubleVector();
        double[] m = new double[p.length];
        double[] v = new double[p.length];
        double[] dropped = null;
        for (int t = 0; t < 2; t++) {
            probe.setParams(Nd4j.createFromArray(p).reshape(1, p.length));
            double[] g = PolicyUpdate.backprop(probe, f.features, f.dLossDLogits(probe)).gradient().dup()
                    .toDoubleVector();
            double alpha = schedule.at(t) * Math.sqrt(1 - Math.pow(b2, t + 1)) / (1 - Math.pow(b1, t + 1));
            if (t == 1) {
                dropped = p.clone();
                for (int k = 0; k < p.length; k++) {
                    double mk = (1 - b1) * g[k];
                    dropped[k] -= alpha * mk / (Math.sqrt((1 - b2) * g[k] * g[k]) + adamEps);
                }
            }
            for (int k = 0; k < p.length; k++) {
                m[k] = b1 * m[k] + (1 - b1) * g[k];
                v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
                p[k] -= alpha * m[k] / (Math.sqrt(v[k]) + adamEps);
            }
        }
        assertTrue(maxAbsDiff(p, dropped) > 1e-4, "dropping the moments changes the second step");
        PolicyUpdate update = new PolicyUpdate(net, schedule, Double.POSITIVE_INFINITY);
        assertEquals(0.01, update.step(f.features, f.dLossDLogits(net)).learningRate(), 1e-15);
        assertEquals(0.0055, update.step(f.features, f.dLossDLogits(net)).learningRate(), 1e-15);
        assertArrayEquals(p, net.params().toDoubleVector(), 1e-12);
        assertTrue(net.getUpdater().getStateViewArray().norm2Number().doubleValue() > 0);
    }

    @Test
    void aStepOnAPolicyNetworkRaisesTheLogProbabilityOfAnAdvantagedAction() {
        NetworkConfig config = new NetworkConfig(List.of(8), "tanh", 0.01, 0.9, 0.999, 1e-8, 3L);
        MultiLayerNetwork net = PolicyNetwork.create(IN, OUT + 1, config);
        float[] features = {0.5f, -1f, 0.25f, 0f, 1f};
        boolean[] mask = {true, true, false, true};
        float[] before = PolicyNetwork.logits(net, features, 1)[0];
        double logpBefore = MaskedCategorical.logProbability(before, mask, 1);
        DecisionBatch batch = new DecisionBatch(new boolean[][] {mask}, new int[] {1}, new double[] {logpBefore},
                null, new double[] {1.0}, new int[] {0});
        double[][] grad = new double[1][OUT + 1];
        double[][] logits = {{before[0], before[1], before[2], before[3]}};
        GrpoLoss.evaluate(logits, batch, new double[] {1.0}, LossCoefficients.of(0.2, 0.0), grad);
        new PolicyUpdate(net, LearningRateSchedule.constant(0.01), 1.0).step(features, grad);
        float[] after = PolicyNetwork.logits(net, features, 1)[0];
        assertTrue(MaskedCategorical.logProbability(after, mask, 1) > logpBefore + 1e-3);
    }

    @Test
    void anOutputLayerWithALossActivationIsRejected() {
        MultiLayerNetwork softmax = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.DOUBLE).list()
                .layer(0, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(IN).nOut(OUT)
                        .activation(Activation.SOFTMAX).build())
                .build());
        softmax.init();
        assertThrows(IllegalArgumentException.class,
                () -> new PolicyUpdate(softmax, LearningRateSchedule.constant(0.1), 1.0));
    }

    /** A double-precision 5 -> 4 (tanh) -> 3 network ending in an identity OutputLayer or DenseLayer. */
    private static MultiLayerNetwork net(boolean outputLayer, IUpdater updater) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(42)
                .dataType(DataType.DOUBLE).weightInit(WeightInit.XAVIER).updater(updater).list()
                .layer(0, new DenseLayer.Builder().nIn(IN).nOut(4).activation(Activation.TANH).biasInit(0.1).build());
        list.layer(1, outputLayer
                ? new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(4).nOut(OUT)
                        .activation(Activation.IDENTITY).biasInit(-0.2).build()
                : new DenseLayer.Builder().nIn(4).nOut(OUT).activation(Activation.IDENTITY).biasInit(-0.2).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    private static double[] minus(double[] p, double rate, double[] g) {
        double[] out = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            out[k] = p[k] - rate * g[k];
        }
        return out;
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double d = 0.0;
        for (int k = 0; k < a.length; k++) {
            d = Math.max(d, Math.abs(a[k] - b[k]));
        }
        return d;
    }

    private static double norm(double[] g) {
        double s = 0.0;
        for (double x : g) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Random features and decisions whose old log-probabilities put the ratios clear of the clip bounds. */
    private record Fixture(INDArray features, DecisionBatch batch, double[] weights) {
        static Fixture of(MultiLayerNetwork net, SplittableRandom rng) {
            double[][] x = new double[N][IN];
            for (double[] row : x) {
                for (int j = 0; j < IN; j++) {
                    row[j] = rng.nextGaussian();
                }
            }
            INDArray features = Nd4j.create(x);
            double[][] logits = net.output(features, false).toDoubleMatrix();
            boolean[][] masks = new boolean[N][OUT];
            int[] actions = new int[N];
            double[] old = new double[N];
            double[] ref = new double[N];
            double[] adv = new double[N];
            int[] seq = new int[N];
            double[] lp = new double[OUT];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < OUT; j++) {
                    masks[i][j] = j == 0 || rng.nextDouble() < 0.75;
                }
                actions[i] = rng.nextInt(OUT);
                masks[i][actions[i]] = true;
                GrpoLoss.logSoftmax(logits[i], masks[i], lp);
                old[i] = lp[actions[i]] - Math.log(RATIOS[rng.nextInt(RATIOS.length)]);
                ref[i] = lp[actions[i]] + rng.nextGaussian() * 0.3;
                adv[i] = rng.nextGaussian();
                seq[i] = i / 2;
            }
            DecisionBatch batch = new DecisionBatch(masks, actions, old, ref, adv, seq);
            return new Fixture(features, batch, GrpoLoss.weights(seq, LossType.GRPO, 0));
        }

        double loss(MultiLayerNetwork net) {
            return GrpoLoss.loss(net.output(features, false).toDoubleMatrix(), batch, weights, COEF);
        }

        INDArray dLossDLogits(MultiLayerNetwork net) {
            double[][] grad = new double[N][OUT];
            GrpoLoss.evaluate(net.output(features, false).toDoubleMatrix(), batch, weights, COEF, grad);
            return Nd4j.create(grad);
        }
    }
}
