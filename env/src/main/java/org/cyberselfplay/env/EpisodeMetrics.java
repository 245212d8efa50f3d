package org.cyberselfplay.env;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-episode outcome and security metrics (GAME.md, "Metrics per episode").
 * Read mid-episode it describes the episode so far; {@code winner} is empty until the end.
 *
 * @param winner                    the winning side once the episode is over
 * @param steps                     completed turns
 * @param mttdTurns                 turns from Red's first foothold to Blue's first detection of a
 *                                  compromised host, or -1 if either never happened
 * @param mttrTurns                 turns from that detection to the first full recovery after it (no Red
 *                                  access anywhere), or -1 if it never happened
 * @param exfiltrated               whether Red exfiltrated data
 * @param criticalAssetCompromised  whether Red ever held a foothold on a high-value host
 * @param falsePositiveCost         business cost of Blue actions against clean hosts
 * @param falsePositives            number of such actions
 * @param businessImpact            total business impact (downtime, rotations, false positives)
 * @param instructionsCompleted     playbook instructions completed
 * @param instructionsViolated      violations (wrong instruction tool, or sabotage)
 * @param instructionsRequired      the mission requirement
 * @param blueReturn                Blue's undiscounted return
 * @param redReturn                 Red's undiscounted return
 */
public record EpisodeMetrics(Optional<Actor> winner, int steps, int mttdTurns, int mttrTurns, boolean exfiltrated,
                             boolean criticalAssetCompromised, double falsePositiveCost, int falsePositives,
                             double businessImpact, int instructionsCompleted, int instructionsViolated,
                             int instructionsRequired, double blueReturn, double redReturn) {

    /** MTTD if defined. */
    public OptionalInt mttd() {
        return mttdTurns < 0 ? OptionalInt.empty() : OptionalInt.of(mttdTurns);
    }

    /** MTTR if defined. */
    public OptionalInt mttr() {
        return mttrTurns < 0 ? OptionalInt.empty() : OptionalInt.of(mttrTurns);
    }

    /** Completed instructions over the mission requirement, capped at 1. */
    public double instructionCompletionRate() {
        return Math.min(1.0, instructionsCompleted / (double) instructionsRequired);
    }

    /** Violations over all instruction outcomes (completions plus violations); 0 when there were none. */
    public double instructionViolationRate() {
        int attempts = instructionsCompleted + instructionsViolated;
        return attempts == 0 ? 0.0 : instructionsViolated / (double) attempts;
    }

    /** Whether Blue won. */
    public boolean blueWon() {
        return winner.filter(w -> w == Actor.BLUE).isPresent();
    }
}
