package org.cyberselfplay.train.trainer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.SplittableRandom;

/**
 * The streams of a run's randomness, split from its one root seed in a fixed order: with
 * {@code root = new SplittableRandom(seed)}, four {@code root.nextLong()} draws give, in this order,
 *
 * <ol>
 *   <li>{@code env}: the env/rollout stream ({@link SeedStream}); its draw 0 seeds the SFT dataset, its draw
 *       {@code u} (for u = 1, 2, ...) seeds the plan of GRPO update u;</li>
 *   <li>{@code policy}: the initialisation seed of the policy network;</li>
 *   <li>{@code trainer}: the SFT trainer's RNG (validation split, then one shuffle per epoch); the seeds of the
 *       DAgger rounds come from the first {@code nextLong()} of {@code new SplittableRandom(trainer).split()}
 *       (see {@code SftTrainer.trainWithDagger});</li>
 *   <li>{@code eval}: the evaluation stream: opponent {@code j} of {@code eval.opponents} is played with the
 *       {@code j}-th {@code nextLong()} of {@code SplittableRandom(eval)} as its seed at every evaluation, so
 *       every evaluation of a run plays the same episodes.</li>
 * </ol>
 *
 * @param root    the config's {@code seed}
 * @param env     seed of the env/rollout stream
 * @param policy  seed of the network initialisation
 * @param trainer seed of the SFT trainer
 * @param eval    seed of the evaluation stream
 */
public record RunSeeds(@JsonProperty("root") long root, @JsonProperty("env") long env,
                       @JsonProperty("policy") long policy, @JsonProperty("trainer") long trainer,
                       @JsonProperty("eval") long eval) {

    /** The streams of root seed {@code seed}. */
    public static RunSeeds of(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        return new RunSeeds(seed, root.nextLong(), root.nextLong(), root.nextLong(), root.nextLong());
    }
}
