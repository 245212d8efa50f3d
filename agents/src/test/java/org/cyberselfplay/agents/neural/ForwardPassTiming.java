package org.cyberselfplay.agents.neural;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.features.TestEpisodes;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Prints inference times of a [F -> 128 -> 128 -> A] policy on the small scenario for batch sizes 1, 16, 64 and
 * 256: the raw DL4J forward pass ({@code net.output} on a ready matrix), {@link PolicyNetwork#logits} (plus
 * row padding and the copies in and out), and {@link NeuralPolicy#chooseBatch} (plus featurizing, masking and
 * sampling). Best of 7 trials, in microseconds per call. A measurement, not a test: run it by hand with
 * {@code OMP_NUM_THREADS=1} on the test classpath, e.g.
 * <pre>
 * mvn -o -q -pl agents test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * OMP_NUM_THREADS=1 java -cp agents/target/test-classes:agents/target/classes:$(cat agents/target/cp.txt) \
 *     org.cyberselfplay.agents.neural.ForwardPassTiming
 * </pre>
 */
public final class ForwardPassTiming {
    private static final int TRIALS = 7;

    private ForwardPassTiming() {
    }

    public static void main(String[] args) {
        Scenario small = Scenarios.preset("small");
        System.out.println("OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        System.out.println("side  batch  net.output_us  logits_us  chooseBatch_us  chooseBatch_us/row");
        for (Actor side : Actor.values()) {
            NeuralPolicy policy = NeuralPolicy.create(small, side, FeatureLayout.defaults(), NetworkConfig.defaults(1L));
            MultiLayerNetwork net = policy.network();
            List<Observation> pool = TestEpisodes.observations(small, side, 1L, 256);
            for (int batch : new int[] {1, 16, 64, 256}) {
                List<Observation> obs = pool.subList(0, batch);
                float[] features = policy.features(obs);
                INDArray x = policy.featureMatrix(obs);
                List<SplittableRandom> rngs = NeuralPolicyTest.rngs(batch, 2L);
                int reps = Math.max(20, 4_000 / batch);
                double raw = best(reps, () -> net.output(x, false));
                double logits = best(reps, () -> PolicyNetwork.logits(net, features, batch));
                double choose = best(reps, () -> policy.chooseBatch(obs, rngs));
                System.out.printf(Locale.ROOT, "%-5s %5d %14.1f %10.1f %15.1f %19.1f%n", side, batch, raw, logits,
                        choose, choose / batch);
            }
        }
    }

    private static double best(int reps, Runnable r) {
        for (int i = 0; i < reps; i++) {
            r.run();
        }
        double best = Double.MAX_VALUE;
        for (int t = 0; t < TRIALS; t++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                r.run();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / reps);
        }
        return best;
    }
}
