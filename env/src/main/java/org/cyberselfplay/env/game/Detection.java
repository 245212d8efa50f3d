package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.RewardComponent.TRUE_POSITIVE_TRIAGE;

import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.scenario.DetectionParams;

/** How Red's actions and background noise become alerts, and how Blue's detections are scored. */
final class Detection {

    private Detection() {
    }

    /** Chance that a Red tool raises an alert now: its noise, scaled by stealth, Blue's IOC blocklist and hardening. */
    static double alertChance(GameState s, Tool tool) {
        double p = s.scenario.detection().noiseOf(tool);
        if (s.stealthy()) {
            p *= s.scenario.red().stealthFactor();
        }
        p *= 1.0 + s.scenario.blue().iocGain() * s.iocLevel;
        if (s.hardened()) {
            p *= 1.0 + s.scenario.blue().hardenDetectionGain();
        }
        return Math.min(1.0, p);
    }

    /**
     * May raise a true alert on {@code host} (or on a random outer host when the action had none).
     * Always takes the same three draws, raised or not, so that two branches of one state that differ only
     * in detection chances keep drawing the same numbers for everything after (common random numbers).
     */
    static void afterRedAction(GameState s, Tool tool, int host) {
        boolean raised = s.rng.chance(alertChance(s, tool));
        int fallbackHost = s.rng.pick(s.zone0Mask);
        DetectionParams d = s.scenario.detection();
        double conf = s.rng.uniform(d.trueConfidenceMin(), d.trueConfidenceMax());
        s.redAlertHistory = (s.redAlertHistory << 1) | (raised ? 1 : 0);
        if (raised) {
            s.alerts.add(host >= 0 ? host : fallbackHost, tool.ordinal() - Tool.RECON_NETWORK.ordinal(), conf, s.turn,
                    true);
        }
    }

    /**
     * Background noise at the end of a turn: at most one false alert on a random online host. Always takes
     * the same four draws, for the reason given at {@link #afterRedAction}.
     */
    static void backgroundNoise(GameState s) {
        DetectionParams d = s.scenario.detection();
        long online = s.allHosts & ~s.isolatedMask;
        boolean raised = s.rng.chance(d.falsePositiveRate());
        int slot = s.rng.nextInt(Long.bitCount(online) == 0 ? 1 : Long.bitCount(online));
        int kind = s.rng.nextInt(BlueView.ALERT_KINDS.size());
        double conf = s.rng.uniform(d.falseConfidenceMin(), d.falseConfidenceMax());
        if (raised && online != 0) {
            s.alerts.add(Masks.nthSetBit(online, slot), kind, conf, s.turn, false);
        }
    }

    /**
     * Blue has found that host {@code h} is compromised. Counts once per compromise: the mark is
     * cleared when Red loses the host. Triage findings pay {@code true_positive_triage}.
     *
     * @return whether this was a new detection
     */
    static boolean detect(GameState s, int h, boolean byTriage) {
        long b = GameState.bit(h);
        if ((s.accessMask & b) == 0 || (s.detectedMask & b) != 0) {
            return false;
        }
        s.detectedMask |= b;
        s.detectionsSincePublish++;
        if (s.firstDetectionTurn < 0) {
            s.firstDetectionTurn = s.turn;
        }
        if (byTriage) {
            s.pay(TRUE_POSITIVE_TRIAGE);
        }
        // Red's `detected` penalty is settled at the end (Clock.finish): paid now it would reveal the moment.
        s.detections++;
        return true;
    }
}
