package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.RewardComponent.COMPLETION_SHAPING;
import static org.cyberselfplay.env.RewardComponent.DETECTED;
import static org.cyberselfplay.env.RewardComponent.UNRESOLVED_COST;

import org.cyberselfplay.env.Actor;

/**
 * The end of a turn: time passes, isolations lapse, downtime and noise accrue; a business impact past the
 * mission's limit, or the horizon, ends the game.
 */
final class Clock {
    private Clock() {
    }

    /** Runs after Red's action when the game did not end on it. */
    static void endTurn(GameState s) {
        // Paid per compromised host and turn, but only at the end: paid now, it would tell Blue how many
        // hosts Red holds, a hidden fact.
        s.unresolvedHostTurns += Long.bitCount(s.accessMask);
        accrueDowntime(s);
        if (s.businessImpact > s.scenario.mission().maxBusinessImpact()) {
            // Without this limit, keeping the high-value hosts isolated all game wins against any exfiltrating
            // Red: the business would be down for the whole incident, which is the loss Blue exists to prevent.
            s.blueEvents.add(Event.IMPACT_LIMIT_EXCEEDED, -1, (int) s.scenario.mission().maxBusinessImpact());
            finish(s, Actor.RED);
            return;
        }
        Detection.backgroundNoise(s);
        s.turn++;
        reconnect(s);
        s.alerts.expire(s.turn - s.scenario.detection().alertMaxAge());
        if (s.turn >= s.scenario.maxTurns()) {
            finish(s, s.playbook.completed >= s.scenario.mission().required() ? Actor.BLUE : Actor.RED);
        }
    }

    /**
     * Ends the game. Paid here, once: completion shaping, and the components that depend on facts hidden
     * from the side they are paid to (unresolved_cost for Blue: how many hosts Red holds; detected for
     * Red: when Blue confirmed a foothold), settled as totals so that no observation reveals them early.
     */
    static void finish(GameState s, Actor winner) {
        s.terminal = true;
        s.winner = winner;
        s.pay(UNRESOLVED_COST, s.unresolvedHostTurns);
        s.pay(DETECTED, s.detections);
        double rate = Math.min(1.0, s.playbook.completed / (double) s.scenario.mission().required());
        s.pay(COMPLETION_SHAPING, rate);
    }

    private static void accrueDowntime(GameState s) {
        long iso = s.isolatedMask;
        double cost = s.scenario.blue().downtimeCost();
        while (iso != 0) {
            int h = Long.numberOfTrailingZeros(iso);
            iso &= iso - 1;
            s.downtime[h]++;
            s.businessImpact += cost * s.scenario.hosts().get(h).criticality();
        }
    }

    private static void reconnect(GameState s) {
        long iso = s.isolatedMask;
        while (iso != 0) {
            int h = Long.numberOfTrailingZeros(iso);
            iso &= iso - 1;
            if (s.isolatedUntil[h] <= s.turn) {
                s.isolatedMask &= ~GameState.bit(h);
                s.isolatedUntil[h] = 0;
                s.blueEvents.add(Event.RECONNECTED, h);
                if (s.has(s.accessMask, h)) {
                    s.redEvents.add(Event.FOOTHOLD_BACK, h);
                }
            }
        }
    }
}
