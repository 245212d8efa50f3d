package org.cyberselfplay.train.rollout;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.cyberselfplay.train.config.GroupMode;

/**
 * One block of a {@link RolloutPlan}: consecutive groups that play in {@link Lockstep} together, with everything
 * that decides their play besides the policies: the groups' seeds, the group mode, the horizon and the
 * temperature. The policies are named by key in the {@link RolloutJob}, so a task is a few hundred bytes and its
 * result depends on it alone, wherever it runs.
 *
 * <p>A plain final class of primitives and strings with Java serialization, not a record: Spark's Kryo 4 cannot
 * build records. Immutable; arrays are never handed out.
 */
public final class RolloutTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int block;
    private final int firstGroup;
    private final String mode;
    private final int groupSize;
    private final int horizon;
    private final double temperature;
    private final String learnerKey;
    private final String[] opponentKeys;
    private final long[] envSeeds;
    private final int[] opponents;
    private final long[] opponentSeeds;
    private final long[] trunkSeeds;
    private final int[] branchDecisions;
    private final long[] branchOpponentSeeds;
    private final long[] learnerSeeds;

    /**
     * @param block        the block's index in its plan
     * @param firstGroup   the plan index of the block's first group
     * @param mode         how the groups are formed
     * @param groups       the block's groups, in plan order, each of {@code groupSize} members
     * @param horizon      learner decisions per branch in {@code state} mode, {@code >= 1}
     * @param temperature  the learner's sampling temperature, {@code > 0}
     * @param learnerKey   the learner's key in the job
     * @param opponentKeys the key of each opponent of the mix, by index; copied
     */
    public RolloutTask(int block, int firstGroup, GroupMode mode, int groupSize, List<GroupSeeds> groups, int horizon,
                       double temperature, String learnerKey, List<String> opponentKeys) {
        if (groups.isEmpty() || horizon < 1 || !(temperature > 0)) {
            throw new IllegalArgumentException("a block needs >= 1 group, horizon >= 1 and temperature > 0, got "
                    + groups.size() + ", " + horizon + ", " + temperature);
        }
        this.block = block;
        this.firstGroup = firstGroup;
        this.mode = mode.wireName();
        this.groupSize = groupSize;
        this.horizon = horizon;
        this.temperature = temperature;
        this.learnerKey = Objects.requireNonNull(learnerKey, "learnerKey");
        this.opponentKeys = opponentKeys.toArray(String[]::new);
        int n = groups.size();
        envSeeds = new long[n];
        opponents = new int[n];
        opponentSeeds = new long[n];
        trunkSeeds = new long[n];
        branchDecisions = new int[n];
        branchOpponentSeeds = new long[n];
        learnerSeeds = new long[n * groupSize];
        for (int g = 0; g < n; g++) {
            GroupSeeds s = groups.get(g);
            if (s.size() != groupSize) {
                throw new IllegalArgumentException("a group of " + s.size() + " in a block of groups of " + groupSize);
            }
            envSeeds[g] = s.envSeed();
            opponents[g] = s.opponent();
            opponentSeeds[g] = s.opponentSeed();
            trunkSeeds[g] = s.trunkSeed();
            branchDecisions[g] = s.branchDecision();
            branchOpponentSeeds[g] = s.branchOpponentSeed();
            System.arraycopy(s.learnerSeeds(), 0, learnerSeeds, g * groupSize, groupSize);
        }
    }

    /** The block's index in its plan. */
    public int block() {
        return block;
    }

    /** The plan index of the block's first group. */
    public int firstGroup() {
        return firstGroup;
    }

    public GroupMode mode() {
        return GroupMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    }

    public int groupSize() {
        return groupSize;
    }

    /** Number of groups in the block. */
    public int groupCount() {
        return envSeeds.length;
    }

    public int horizon() {
        return horizon;
    }

    public double temperature() {
        return temperature;
    }

    public String learnerKey() {
        return learnerKey;
    }

    /** The keys of the mix's opponents, by index. */
    public List<String> opponentKeys() {
        return List.of(opponentKeys);
    }

    /** The seeds of the block's group {@code g} (0-based within the block). */
    public GroupSeeds group(int g) {
        long[] members = new long[groupSize];
        System.arraycopy(learnerSeeds, g * groupSize, members, 0, groupSize);
        return new GroupSeeds(envSeeds[g], opponents[g], opponentSeeds[g], trunkSeeds[g], branchDecisions[g],
                branchOpponentSeeds[g], members);
    }

    @Override
    public String toString() {
        return "rollout block " + block + " (groups " + firstGroup + ".." + (firstGroup + groupCount() - 1) + ")";
    }
}
