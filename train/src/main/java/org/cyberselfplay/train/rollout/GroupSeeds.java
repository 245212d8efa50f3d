package org.cyberselfplay.train.rollout;

/**
 * The randomness of one GRPO group, drawn up front by {@link RolloutPlan#draw}.
 *
 * @param envSeed            the env's reset seed, shared by the whole group
 * @param opponent           the opponent's index in the mix, shared by the whole group
 * @param opponentSeed       the opponent's action-RNG seed: of every episode ({@code episode} mode) or of the
 *                           trunk ({@code state} mode)
 * @param trunkSeed          {@code state} mode: the learner's action-RNG seed on the trunk; 0 otherwise
 * @param branchDecision     {@code state} mode: the learner decisions played on the trunk before branching, in
 *                           [0, max turns); 0 otherwise
 * @param branchOpponentSeed {@code state} mode: the opponent's action-RNG seed in every branch; 0 otherwise
 * @param learnerSeeds       the learner's action-RNG seed of each member (episode or branch), one per member
 */
public record GroupSeeds(long envSeed, int opponent, long opponentSeed, long trunkSeed, int branchDecision,
                         long branchOpponentSeed, long[] learnerSeeds) {
    public GroupSeeds {
        learnerSeeds = learnerSeeds.clone();
    }

    /** A copy of the member seeds. */
    @Override
    public long[] learnerSeeds() {
        return learnerSeeds.clone();
    }

    /** The learner seed of member {@code m}. */
    public long learnerSeed(int m) {
        return learnerSeeds[m];
    }

    /** Number of members (the group size G). */
    public int size() {
        return learnerSeeds.length;
    }
}
