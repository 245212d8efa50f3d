package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.RewardComponent.CHECKPOINT_BONUS;
import static org.cyberselfplay.env.RewardComponent.CONTAINMENT_SUCCESS;
import static org.cyberselfplay.env.RewardComponent.CRITICAL_DOWNTIME;
import static org.cyberselfplay.env.RewardComponent.INSTRUCTION_PROGRESS;
import static org.cyberselfplay.env.RewardComponent.INSTRUCTION_VIOLATION;

import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.BlueParams;

/**
 * Effects of Blue's tools (GAME.md, "Blue tools"). Called only with actions that {@link Legality} allows.
 * Rewards are paid on the event that earns them, once: see {@link Containment} for evictions.
 */
final class BlueRules {
    private BlueRules() {
    }

    /**
     * @param t     target host, or -1
     * @param param for execute_instruction, the ordinal of the claimed required tool
     */
    static void apply(GameState s, Tool tool, int t, int param) {
        switch (tool) {
            case QUERY_SIEM -> querySiem(s);
            case TRIAGE_ALERTS -> triage(s);
            case RUN_FORENSICS -> forensics(s, t);
            case ISOLATE_HOST -> isolate(s, t);
            case RESTORE_BACKUP -> restore(s, t);
            case DISABLE_ACCOUNT -> disableAccount(s, t);
            case ROTATE_SECRETS -> rotateSecrets(s);
            case DEPLOY_PATCH -> patch(s, t);
            case HARDEN_POLICY -> harden(s);
            case PUBLISH_IOC_BLOCKLIST -> publishIoc(s);
            case EXECUTE_INSTRUCTION -> executeInstruction(s, param);
            case CHECKPOINT_PLAN -> checkpoint(s);
            case RECONCILE_STATE -> reconcile(s, t);
            default -> throw new IllegalStateException("not a Blue tool: " + tool);
        }
    }

    private static void querySiem(GameState s) {
        double refine = s.scenario.blue().siemRefine();
        Alerts a = s.alerts;
        for (int i = 0; i < a.size; i++) {
            int slot = a.slot(i);
            if (a.verdict[slot] == Alerts.UNTRIAGED) {
                double c = a.confidence[slot] + (a.isTrue[slot] ? refine : -refine);
                a.confidence[slot] = Math.max(0.0, Math.min(1.0, c));
            }
        }
        // Log hunting can surface a compromised host that raised no alert yet.
        long quiet = s.accessMask & ~s.isolatedMask;
        for (int i = 0; i < a.size; i++) {
            quiet &= ~GameState.bit(a.host[a.slot(i)]);
        }
        boolean hunted = quiet != 0 && s.rng.chance(s.scenario.blue().siemHunt());
        if (hunted) {
            var d = s.scenario.detection();
            a.add(s.rng.pick(quiet), 2, s.rng.uniform(d.trueConfidenceMin(), d.trueConfidenceMax()), s.turn, true);
        }
        s.blueEvents.add(Event.SIEM_QUERIED);
    }

    private static void triage(GameState s) {
        Alerts a = s.alerts;
        int confirmed = 0;
        for (int i = 0; i < a.size; i++) {
            int slot = a.slot(i);
            if (a.verdict[slot] != Alerts.UNTRIAGED) {
                continue;
            }
            // Verdict accuracy follows the alert's confidence: query_siem first makes triage better.
            boolean positive = s.rng.chance(a.confidence[slot]);
            a.verdict[slot] = positive ? Alerts.TRUE_POSITIVE : Alerts.FALSE_POSITIVE;
            if (positive) {
                int h = a.host[slot];
                s.suspectMask |= GameState.bit(h);
                confirmed++;
                if (a.isTrue[slot]) {
                    Detection.detect(s, h, true);
                }
            }
        }
        s.blueEvents.add(Event.TRIAGED, -1, confirmed);
    }

    private static void forensics(GameState s, int t) {
        long b = GameState.bit(t);
        byte verdict = (s.accessMask & b) == 0 ? (byte) 1 : (s.persistenceMask & b) == 0 ? (byte) 2 : (byte) 3;
        s.forensicsVerdict[t] = verdict;
        s.forensicsTurn[t] = s.turn;
        if (verdict == 1) {
            s.suspectMask &= ~b;
        } else {
            Detection.detect(s, t, false);
        }
        s.blueEvents.add(Event.FORENSICS, t, verdict);
    }

    private static void isolate(GameState s, int t) {
        BlueParams p = s.scenario.blue();
        long b = GameState.bit(t);
        s.isolatedMask |= b;
        s.isolatedUntil[t] = s.turn + p.isolationTurns();
        if ((s.highValueMask & b) != 0) {
            s.pay(CRITICAL_DOWNTIME);
        }
        s.blueEvents.add(Event.ISOLATED, t, p.isolationTurns());
        if ((s.accessMask & b) == 0) {
            Containment.falsePositive(s, t);
        } else if ((s.persistenceMask & b) == 0) {
            Containment.evict(s, t);
        } else {
            s.redEvents.add(Event.FOOTHOLD_DORMANT, t);
        }
    }

    private static void restore(GameState s, int t) {
        long b = GameState.bit(t);
        if ((s.backupCorruptMask & b) != 0) {
            s.blueEvents.add(Event.RESTORE_FAILED, t);
            return;
        }
        BlueParams p = s.scenario.blue();
        s.businessImpact += p.downtimeCost() * s.scenario.hosts().get(t).criticality();
        s.isolatedMask &= ~b;
        s.isolatedUntil[t] = 0;
        s.forensicsVerdict[t] = 1;
        s.forensicsTurn[t] = s.turn;
        s.suspectMask &= ~b;
        s.blueEvents.add(Event.RESTORED, t);
        if ((s.accessMask & b) == 0) {
            Containment.falsePositive(s, t);
        } else {
            Containment.evict(s, t);
        }
    }

    private static void disableAccount(GameState s, int t) {
        long b = GameState.bit(t);
        boolean invalidated = (s.credsValidMask & b) != 0;
        s.credsValidMask &= ~b;
        if (invalidated) {
            s.pay(CONTAINMENT_SUCCESS);
        }
        s.blueEvents.add(Event.ACCOUNT_DISABLED, t, invalidated ? 1 : 0);
    }

    private static void rotateSecrets(GameState s) {
        BlueParams p = s.scenario.blue();
        boolean invalidated = s.credsValidMask != 0 || s.stagedMask != 0;
        s.credsValidMask = 0;
        s.stagedMask = 0;
        s.businessImpact += p.rotateCost();
        s.rotateReadyAt = s.turn + p.rotateCooldown();
        if (invalidated) {
            s.pay(CONTAINMENT_SUCCESS);
        }
        s.blueEvents.add(Event.SECRETS_ROTATED, -1, invalidated ? 1 : 0);
    }

    private static void patch(GameState s, int t) {
        s.patch[t] = Math.min(1.0, s.patch[t] + s.scenario.blue().patchStep());
        if (s.patch[t] >= 1.0) {
            s.fullyPatchedMask |= GameState.bit(t);
        }
        s.blueEvents.add(Event.PATCHED, t, (int) Math.round(s.patch[t] * 100));
    }

    private static void harden(GameState s) {
        s.hardenUntil = s.turn + s.scenario.blue().hardenTurns();
        s.blueEvents.add(Event.HARDENED, -1, s.scenario.blue().hardenTurns());
    }

    private static void publishIoc(GameState s) {
        boolean raised = s.detectionsSincePublish > 0 && s.iocLevel < s.scenario.blue().iocMaxLevel();
        if (raised) {
            s.iocLevel++;
            s.detectionsSincePublish = 0;
        }
        s.blueEvents.add(raised ? Event.IOC_PUBLISHED : Event.IOC_NOTHING_NEW, -1, s.iocLevel);
    }

    private static void executeInstruction(GameState s, int claimedTool) {
        Playbook book = s.playbook;
        int number = book.pointer() + 1;
        if (claimedTool == book.currentTool()) {
            book.complete();
            s.pay(INSTRUCTION_PROGRESS);
            s.blueEvents.add(Event.INSTRUCTION_DONE, -1, number);
        } else {
            book.recordViolation();
            s.pay(INSTRUCTION_VIOLATION);
            s.blueEvents.add(Event.INSTRUCTION_VIOLATED, -1, number);
        }
    }

    private static void checkpoint(GameState s) {
        int stride = s.scenario.checkpointStride();
        int number = s.turnNumber();
        boolean due = number % stride == 0 && s.lastCheckpointStride < number / stride;
        if (due) {
            s.lastCheckpointStride = number / stride;
            s.pay(CHECKPOINT_BONUS);
        }
        s.blueEvents.add(due ? Event.CHECKPOINT_SAVED : Event.CHECKPOINT_NOT_DUE, -1, number);
    }

    private static void reconcile(GameState s, int t) {
        long b = GameState.bit(t);
        if ((s.backupCorruptMask & b) != 0) {
            s.backupCorruptMask &= ~b;
            s.blueEvents.add(Event.BACKUP_REPAIRED, t);
        } else if ((s.accessMask & b) != 0 && (s.persistenceMask & b) == 0
                && s.rng.chance(s.scenario.blue().reconcileEvict())) {
            s.blueEvents.add(Event.RECONCILED, t);
            Containment.evict(s, t);
        } else {
            s.blueEvents.add(Event.RECONCILED, t);
        }
    }
}
