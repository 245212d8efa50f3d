package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cyberselfplay.train.config.GroupMode;

/**
 * The seeds of one update's groups, drawn up front from one RNG in a fixed order, so that the batch is the
 * same whatever the number of threads that plays it.
 *
 * <p>Order, group by group (group 0 first):
 * <ul>
 *   <li>{@code episode}: env seed ({@code nextLong}), opponent ({@code nextDouble} through
 *       {@link OpponentMix#draw}), opponent seed ({@code nextLong}), then one learner seed per member
 *       ({@code nextLong} each);</li>
 *   <li>{@code state}: env seed, opponent, opponent seed (the trunk's), trunk learner seed ({@code nextLong}),
 *       branch decision ({@code nextInt(maxTurns)}), branch opponent seed ({@code nextLong}), then one learner
 *       seed per member.</li>
 * </ul>
 *
 * @param mode      how the groups are formed
 * @param groupSize members per group, G
 * @param groups    one entry per group, in order
 */
public record RolloutPlan(GroupMode mode, int groupSize, List<GroupSeeds> groups) {
    public RolloutPlan {
        Objects.requireNonNull(mode, "mode");
        groups = List.copyOf(groups);
        for (GroupSeeds g : groups) {
            if (g.size() != groupSize) {
                throw new IllegalArgumentException("a group of " + g.size() + " members in a plan of groups of "
                        + groupSize);
            }
        }
    }

    /**
     * Draws the seeds of {@code groupCount} groups of {@code groupSize} from {@code rng}.
     *
     * @param maxTurns the scenario's turn limit: branch decisions are drawn in [0, maxTurns)
     */
    public static RolloutPlan draw(SplittableRandom rng, GroupMode mode, int groupCount, int groupSize, int maxTurns,
                                   OpponentMix mix) {
        if (groupCount < 1 || groupSize < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("need >= 1 group, member and turn, got " + groupCount + ", "
                    + groupSize + ", " + maxTurns);
        }
        List<GroupSeeds> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            long envSeed = rng.nextLong();
            int opponent = mix.draw(rng.nextDouble());
            long opponentSeed = rng.nextLong();
            long trunkSeed = 0;
            int branch = 0;
            long branchOpponentSeed = 0;
            if (mode == GroupMode.STATE) {
                trunkSeed = rng.nextLong();
                branch = rng.nextInt(maxTurns);
                branchOpponentSeed = rng.nextLong();
            }
            long[] learner = new long[groupSize];
            for (int m = 0; m < groupSize; m++) {
                learner[m] = rng.nextLong();
            }
            groups.add(new GroupSeeds(envSeed, opponent, opponentSeed, trunkSeed, branch, branchOpponentSeed,
                    learner));
        }
        return new RolloutPlan(mode, groupSize, groups);
    }

    /** Number of groups. */
    public int groupCount() {
        return groups.size();
    }

    /** Number of sequences (episodes or branches): groups x G. */
    public int sequenceCount() {
        return groups.size() * groupSize;
    }
}
