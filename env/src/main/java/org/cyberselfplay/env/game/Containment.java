package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.RewardComponent.CAMPAIGN_DISRUPTED;
import static org.cyberselfplay.env.RewardComponent.CONTAINMENT_SUCCESS;
import static org.cyberselfplay.env.RewardComponent.FALSE_POSITIVE;
import static org.cyberselfplay.env.RewardComponent.FOOTHOLD_REMOVED;
import static org.cyberselfplay.env.RewardComponent.FULL_RECOVERY;
import static org.cyberselfplay.env.RewardComponent.PERSISTENCE_REMOVED;

/**
 * Evictions and collateral: the events that pay containment, persistence removal and full recovery.
 * Each is paid only when it actually removed something, so repeating a tool earns nothing.
 */
final class Containment {
    private Containment() {
    }

    /** Removes Red from host {@code t} (which Red holds), persistence included. */
    static void evict(GameState s, int t) {
        long b = GameState.bit(t);
        if ((s.persistenceMask & b) != 0) {
            s.pay(PERSISTENCE_REMOVED);
        }
        s.accessMask &= ~b;
        s.adminMask &= ~b;
        s.persistenceMask &= ~b;
        s.stagedMask &= ~b;
        s.detectedMask &= ~b;
        s.pay(CONTAINMENT_SUCCESS);
        s.pay(FOOTHOLD_REMOVED);
        s.redEvents.add(Event.FOOTHOLD_LOST, t);
        if (s.accessMask == 0) {
            // The turn the last active incident is cleared: full recovery, once per campaign.
            s.pay(FULL_RECOVERY);
            s.pay(CAMPAIGN_DISRUPTED);
            if (s.firstDetectionTurn >= 0 && s.recoveryTurn < 0) {
                s.recoveryTurn = s.turn;
            }
        }
    }

    /** Blue disrupted a clean host: a false positive with its business cost. */
    static void falsePositive(GameState s, int t) {
        double cost = s.scenario.blue().falsePositiveCost() * s.scenario.hosts().get(t).criticality();
        s.businessImpact += cost;
        s.falsePositiveCost += cost;
        s.falsePositives++;
        s.pay(FALSE_POSITIVE);
    }
}
