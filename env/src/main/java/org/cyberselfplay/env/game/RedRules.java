package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.RewardComponent.EXFIL_LOSS;
import static org.cyberselfplay.env.RewardComponent.EXFIL_SUCCESS;
import static org.cyberselfplay.env.RewardComponent.FOOTHOLD;
import static org.cyberselfplay.env.RewardComponent.INSTRUCTION_VIOLATION;
import static org.cyberselfplay.env.RewardComponent.LATERAL_HIGH_VALUE;
import static org.cyberselfplay.env.RewardComponent.PLAN_SABOTAGE;
import static org.cyberselfplay.env.RewardComponent.PRIV_ESC;
import static org.cyberselfplay.env.RewardComponent.TIME_COST;

import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.RedParams;

/**
 * Effects of Red's tools (GAME.md, "Red tools"). Called only with actions that {@link Legality} allows.
 * Every Red action costs {@code time_cost} and may raise an alert ({@link Detection#afterRedAction}).
 */
final class RedRules {
    private RedRules() {
    }

    static void apply(GameState s, Tool tool, int t) {
        s.pay(TIME_COST);
        int alertHost = t;
        switch (tool) {
            case RECON_NETWORK -> alertHost = recon(s);
            case ENUMERATE_SERVICES -> enumerate(s, t);
            case ATTEMPT_EXPLOIT -> exploit(s, t);
            case DUMP_CREDENTIALS -> dump(s, t);
            case PIVOT_HOST -> pivot(s, t);
            case ESTABLISH_PERSISTENCE -> persist(s, t);
            case PREPARE_EXFILTRATION -> prepare(s, t);
            case EXECUTE_EXFILTRATION -> exfiltrate(s, t);
            case COVER_TRACKS -> alertHost = coverTracks(s);
            case SABOTAGE_RECOVERY_PLAN -> sabotage(s, t);
            default -> throw new IllegalStateException("not a Red tool: " + tool);
        }
        Detection.afterRedAction(s, tool, alertHost);
    }

    private static int recon(GameState s) {
        long reach = s.reachableMask() & ~s.isolatedMask;
        long fresh = reach & ~s.knownMask;
        s.knownMask |= reach;
        s.redEvents.add(Event.RECON, -1, Long.bitCount(fresh));
        return reach == 0 ? -1 : s.rng.pick(reach);
    }

    private static void enumerate(GameState s, int t) {
        s.enumeratedMask |= GameState.bit(t);
        s.redEvents.add(Event.ENUMERATED, t);
    }

    private static void exploit(GameState s, int t) {
        RedParams p = s.scenario.red();
        double patched = 1.0 - s.scenario.blue().patchEffect() * s.patch[t];
        double chance = p.exploitBase() * s.scenario.hosts().get(t).exploitability() * patched
                * hardening(s) * (s.has(s.enumeratedMask, t) ? 1.0 + p.enumerateBonus() : 1.0);
        if (s.rng.chance(chance)) {
            gainFoothold(s, t);
            s.redEvents.add(Event.EXPLOIT_OK, t);
        } else {
            s.redEvents.add(Event.EXPLOIT_FAILED, t);
        }
    }

    private static void dump(GameState s, int t) {
        long b = GameState.bit(t);
        s.credsValidMask |= b;
        s.credsHeldMask |= b;
        s.redEvents.add(Event.CREDS_DUMPED, t);
        if ((s.adminMask & b) == 0 && s.rng.chance(s.scenario.red().escalateChance() * hardening(s))) {
            s.adminMask |= b;
            s.pay(PRIV_ESC);
            s.redEvents.add(Event.ESCALATED, t);
        }
    }

    private static void pivot(GameState s, int t) {
        // Credentials from the zone just outside the target's, or from any deeper zone, open the way in.
        long usable = s.credsHeldMask & s.zonesFrom(s.zoneOf[t] - 1);
        long valid = usable & s.credsValidMask;
        if (valid == 0) {
            // Red learns these credentials are dead only now.
            s.credsHeldMask &= ~usable;
            s.redEvents.add(Event.CREDS_REJECTED, t);
            return;
        }
        if (s.rng.chance(s.scenario.red().pivotSuccess() * hardening(s))) {
            gainFoothold(s, t);
            s.redEvents.add(Event.PIVOT_OK, t);
        } else {
            s.redEvents.add(Event.PIVOT_FAILED, t);
        }
    }

    private static void persist(GameState s, int t) {
        if (s.rng.chance(s.scenario.red().persistenceSuccess())) {
            s.persistenceMask |= GameState.bit(t);
            s.redEvents.add(Event.PERSISTED, t);
        } else {
            s.redEvents.add(Event.PERSIST_FAILED, t);
        }
    }

    private static void prepare(GameState s, int t) {
        s.stagedMask |= GameState.bit(t);
        s.stagedReadyAt[t] = s.turn + s.scenario.red().stagingTurns();
        s.redEvents.add(Event.STAGED, t, s.scenario.red().stagingTurns());
    }

    private static void exfiltrate(GameState s, int t) {
        if (s.rng.chance(s.scenario.red().exfilSuccess())) {
            s.exfiltrated = true;
            s.pay(EXFIL_SUCCESS);
            s.pay(EXFIL_LOSS);
            s.redEvents.add(Event.EXFIL_OK, t);
            s.blueEvents.add(Event.DATA_LOST, t);
        } else {
            s.redEvents.add(Event.EXFIL_FAILED, t);
        }
    }

    private static int coverTracks(GameState s) {
        RedParams p = s.scenario.red();
        Alerts a = s.alerts;
        int erased = 0;
        for (int i = a.size - 1; i >= 0; i--) {
            int slot = a.slot(i);
            if (a.isTrue[slot] && a.verdict[slot] == Alerts.UNTRIAGED && s.rng.chance(p.coverTracksErase())) {
                a.remove(i);
                erased++;
            }
        }
        s.stealthUntil = s.turn + p.stealthTurns();
        s.redEvents.add(Event.TRACKS_COVERED, -1, erased);
        long active = s.accessMask & ~s.isolatedMask;
        return active == 0 ? -1 : s.rng.pick(active);
    }

    /**
     * Wrecks Blue's current instruction or, with the scenario's backup share (always, once the playbook is
     * exhausted), corrupts the target's backup. Aimed at a backup that is already corrupt, it wrecks nothing
     * and pays nothing: sabotage cannot be farmed.
     */
    private static void sabotage(GameState s, int t) {
        boolean atBackup = !s.playbook.open() || s.rng.chance(s.scenario.red().sabotageBackupShare());
        if (atBackup) {
            if (s.has(s.backupCorruptMask, t)) {
                s.redEvents.add(Event.SABOTAGE_NOTHING, t);
                return;
            }
            s.backupCorruptMask |= GameState.bit(t);
            s.redEvents.add(Event.BACKUP_CORRUPTED, t);
        } else {
            int number = s.playbook.pointer() + 1;
            s.playbook.wreckCurrent();
            s.pay(INSTRUCTION_VIOLATION);
            s.redEvents.add(Event.PLAN_SABOTAGED, t);
            s.blueEvents.add(Event.INSTRUCTION_SABOTAGED, -1, number);
        }
        s.pay(PLAN_SABOTAGE);
    }

    private static void gainFoothold(GameState s, int t) {
        s.accessMask |= GameState.bit(t);
        s.pay(FOOTHOLD);
        if (s.firstCompromiseTurn < 0) {
            s.firstCompromiseTurn = s.turn;
        }
        if (s.has(s.highValueMask, t)) {
            s.pay(LATERAL_HIGH_VALUE);
            s.criticalCompromise = true;
        }
    }

    private static double hardening(GameState s) {
        return s.hardened() ? 1.0 - s.scenario.blue().hardenStrength() : 1.0;
    }
}
