package org.cyberselfplay.train.league;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.SplittableRandom;

/**
 * The streams of a league run's randomness, split from its one root seed in a fixed order: with
 * {@code root = new SplittableRandom(seed)}, six {@code root.nextLong()} draws give, in this order,
 *
 * <ol>
 *   <li>{@code rollout}: Blue's stream ({@code SeedStream}); draw 0 seeds the Blue SFT dataset (drawn even when
 *       SFT is off), then round r's GRPO update u (1-based) takes draw {@code (r - 1) * K + u} as its plan seed,
 *       K being {@code grpo.updates};</li>
 *   <li>{@code policy}: the initialisation seed of Blue's network;</li>
 *   <li>{@code trainer}: Blue's SFT trainer RNG (validation split, then one shuffle per epoch);</li>
 *   <li>{@code matches}: the payoff matches: the j-th Red entry of the pool (join order, 0-based) is played with
 *       the j-th {@code nextLong()} of {@code SplittableRandom(matches)} as the seed of its
 *       {@code sims_per_entry} episodes, by every Blue policy and in every round, so every cell of a column
 *       plays the same episodes (common random numbers);</li>
 *   <li>{@code eval}: the fixed evaluation ({@code eval} section): opponent j of {@code eval.opponents} is played
 *       with the j-th {@code nextLong()} of {@code SplittableRandom(eval)} at every evaluation;</li>
 *   <li>{@code red}: Red's stream ({@code SeedStream}); draws 0, 1 and 2 (taken at the start of every run) are
 *       the initialisation seed of Red's networks, Red's SFT trainer seed and Red's SFT dataset seed (shared by
 *       every archetype's clone with {@code best_response.start: strongest}); then each
 *       best response takes one draw per GRPO update as its plan seed, best responses in round order.</li>
 * </ol>
 *
 * @param root    the config's {@code seed}
 * @param rollout seed of Blue's rollout stream
 * @param policy  seed of Blue's network initialisation
 * @param trainer seed of Blue's SFT trainer
 * @param matches seed of the payoff matches
 * @param eval    seed of the fixed evaluation
 * @param red     seed of Red's stream
 */
public record LeagueSeeds(@JsonProperty("root") long root, @JsonProperty("rollout") long rollout,
                          @JsonProperty("policy") long policy, @JsonProperty("trainer") long trainer,
                          @JsonProperty("matches") long matches, @JsonProperty("eval") long eval,
                          @JsonProperty("red") long red) {

    /** The streams of root seed {@code seed}. */
    public static LeagueSeeds of(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        return new LeagueSeeds(seed, root.nextLong(), root.nextLong(), root.nextLong(), root.nextLong(),
                root.nextLong(), root.nextLong());
    }

    /** Red's network initialisation, SFT trainer and SFT dataset seeds: draws 0, 1 and 2 of its stream. */
    public long[] redStart() {
        SplittableRandom rng = new SplittableRandom(red);
        return new long[] {rng.nextLong(), rng.nextLong(), rng.nextLong()};
    }

    /** The match seed of the Red entry at {@code redIndex} in the pool's Red join order. */
    public long matchSeed(int redIndex) {
        if (redIndex < 0) {
            throw new IllegalArgumentException("Red index must be >= 0, got " + redIndex);
        }
        SplittableRandom rng = new SplittableRandom(matches);
        long seed = rng.nextLong();
        for (int j = 0; j < redIndex; j++) {
            seed = rng.nextLong();
        }
        return seed;
    }
}
