package org.cyberselfplay.agents.features;

import static org.cyberselfplay.agents.features.Featurizer.frac;

import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.obs.RedView.FootholdView;
import org.cyberselfplay.env.obs.RedView.StagedView;
import org.cyberselfplay.env.obs.RedView.TargetView;
import org.cyberselfplay.env.scenario.Scenario;

/** Red's half of {@link Featurizer}; the order below is {@link FeatureLayout}'s, version 2. */
final class RedFeatures {
    private static final int PRESENT = 0;
    private static final int KNOWN = 1;
    private static final int ZONE_DEPTH = 2;
    private static final int ONLINE = 3;
    private static final int ENUMERATED = 4;
    private static final int EXPLOITABILITY = 5;
    private static final int HIGH_VALUE = 6;
    private static final int ACCESS_NONE = 7;
    private static final int ACCESS_USER = 8;
    private static final int ACCESS_ADMIN = 9;
    private static final int PERSISTENCE = 10;
    private static final int CREDENTIALS = 11;
    private static final int STAGED = 12;
    private static final int STAGED_READY = 13;

    private RedFeatures() {
    }

    /** Writes into a range the caller has zeroed. */
    static void write(Featurizer f, Observation o, RedView v, float[] out, int base) {
        Scenario sc = f.scenario();
        FeatureLayout layout = f.layout();
        int n = sc.hostCount();
        for (int h = 0; h < n; h++) {
            int slot = base + layout.hostOffset(Actor.RED, h);
            out[slot + PRESENT] = 1f;
            out[slot + ACCESS_NONE] = 1f;
        }
        List<TargetView> targets = v.knownTargets();
        for (int i = 0; i < targets.size(); i++) {
            TargetView t = targets.get(i);
            int slot = base + layout.hostOffset(Actor.RED, f.slot(t.name()));
            out[slot + KNOWN] = 1f;
            out[slot + ZONE_DEPTH] = f.zoneDepth(t.zone());
            out[slot + ONLINE] = t.online() ? 1f : 0f;
            out[slot + ENUMERATED] = t.enumerated() ? 1f : 0f;
            out[slot + EXPLOITABILITY] = (float) frac(t.exploitability().orElse(0.0), 1.0);
            out[slot + HIGH_VALUE] = t.highValue() ? 1f : 0f;
        }
        int admin = 0;
        List<FootholdView> footholds = v.footholds();
        for (int i = 0; i < footholds.size(); i++) {
            FootholdView fh = footholds.get(i);
            int slot = base + layout.hostOffset(Actor.RED, f.slot(fh.host()));
            boolean isAdmin = access(fh.access());
            admin += isAdmin ? 1 : 0;
            out[slot + ACCESS_NONE] = 0f;
            out[slot + (isAdmin ? ACCESS_ADMIN : ACCESS_USER)] = 1f;
            out[slot + PERSISTENCE] = fh.persistence() ? 1f : 0f;
        }
        List<String> creds = v.credentials();
        for (int i = 0; i < creds.size(); i++) {
            out[base + layout.hostOffset(Actor.RED, f.slot(creds.get(i))) + CREDENTIALS] = 1f;
        }
        int ready = 0;
        List<StagedView> staged = v.staged();
        for (int i = 0; i < staged.size(); i++) {
            StagedView s = staged.get(i);
            int slot = base + layout.hostOffset(Actor.RED, f.slot(s.host()));
            out[slot + STAGED] = 1f;
            out[slot + STAGED_READY] = s.readyIn() <= 0 ? 1f : 0f;
            ready += s.readyIn() <= 0 ? 1 : 0;
        }
        int i = base;
        out[i++] = (float) frac(o.timeStep(), o.maxTurns());
        out[i++] = (float) frac(o.turnsLeft(), o.maxTurns());
        out[i++] = (float) frac(targets.size(), n);
        out[i++] = (float) frac(footholds.size(), n);
        out[i++] = (float) frac(admin, n);
        out[i++] = (float) frac(creds.size(), n);
        out[i++] = (float) frac(staged.size(), n);
        out[i++] = (float) frac(ready, n);
        out[i++] = (float) frac(v.highValueGuessCount(), n);
        out[i++] = (float) frac(v.detectionPressure(), 1.0);
        out[i++] = (float) frac(v.stealthTurnsLeft(), sc.red().stealthTurns());
        if (i != base + FeatureLayout.RED_GLOBAL_SIZE) {
            throw new IllegalStateException("red global features wrote " + (i - base) + " entries");
        }
    }

    /** Whether a foothold's access is admin (else user). */
    private static boolean access(String access) {
        return switch (access) {
            case "admin" -> true;
            case "user" -> false;
            default -> throw new IllegalArgumentException("unknown foothold access \"" + access
                    + "\"; feature layout " + FeatureLayout.VERSION + " knows user, admin");
        };
    }
}
