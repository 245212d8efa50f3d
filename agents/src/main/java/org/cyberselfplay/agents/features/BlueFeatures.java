package org.cyberselfplay.agents.features;

import static org.cyberselfplay.agents.features.Featurizer.frac;
import static org.cyberselfplay.agents.features.Featurizer.recency;

import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.BlueView.AlertView;
import org.cyberselfplay.env.obs.BlueView.HostView;
import org.cyberselfplay.env.obs.BlueView.InstructionProgress;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.BlueParams;
import org.cyberselfplay.env.scenario.Scenario;

/** Blue's half of {@link Featurizer}; the order below is {@link FeatureLayout}'s, version 2. */
final class BlueFeatures {
    private static final List<Tool> BLUE_TOOLS = Tool.of(Actor.BLUE);
    private static final int UNTRIAGED = 0;
    private static final int MAX_CONFIDENCE = 1;
    private static final int TRUE_POSITIVE = 2;
    private static final int FALSE_POSITIVE = 3;
    private static final int RECENCY = 4;
    private static final int KINDS = 5;

    private BlueFeatures() {
    }

    /** Writes into a range the caller has zeroed. */
    static void write(Featurizer f, Observation o, BlueView v, float[] out, int base) {
        Scenario sc = f.scenario();
        int end = global(sc, o, v, out, base);
        if (end != base + FeatureLayout.BLUE_GLOBAL_SIZE) {
            throw new IllegalStateException("blue global features wrote " + (end - base) + " entries");
        }
        FeatureLayout layout = f.layout();
        List<HostView> hosts = v.hosts();
        for (int h = 0; h < hosts.size(); h++) {
            int slot = base + layout.hostOffset(Actor.BLUE, h);
            end = host(f, sc, hosts.get(h), out, slot);
            if (end != slot + FeatureLayout.BLUE_ALERT_BLOCK) {
                throw new IllegalStateException("blue host features wrote " + (end - slot) + " entries");
            }
        }
        List<AlertView> alerts = v.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            AlertView a = alerts.get(i);
            alert(a, out, base + layout.hostOffset(Actor.BLUE, f.slot(a.host())) + FeatureLayout.BLUE_ALERT_BLOCK,
                    sc.detection().alertWindow());
        }
    }

    private static int global(Scenario sc, Observation o, BlueView v, float[] out, int i) {
        BlueParams bp = sc.blue();
        InstructionProgress p = v.instructionProgress();
        int turnsLeft = o.turnsLeft();
        int needed = Math.max(0, p.required() - p.completed());
        out[i++] = (float) frac(o.timeStep(), o.maxTurns());
        out[i++] = (float) frac(turnsLeft, o.maxTurns());
        double impact = Math.max(0.0, v.businessImpact());
        out[i++] = (float) (impact / (impact + FeatureLayout.BUSINESS_IMPACT_SCALE));
        out[i++] = (float) (Double.isInfinite(v.businessImpactLimit()) ? 0.0
                : Math.min(1.0, impact / v.businessImpactLimit()));
        out[i++] = (float) frac(v.knownIncidentCount(), sc.hostCount());
        out[i++] = (float) frac(p.completed(), p.required());
        out[i++] = (float) (turnsLeft > 0 ? frac(needed, turnsLeft) : (needed > 0 ? 1.0 : 0.0));
        out[i++] = (float) frac(p.violated(), p.total());
        out[i++] = p.current().isEmpty() ? 1f : 0f;
        if (p.current().isPresent()) {
            out[i + toolPosition(p.current().get().requiredTool())] = 1f;
        }
        i += BLUE_TOOLS.size();
        out[i++] = v.checkpointDue() ? 1f : 0f;
        out[i++] = (float) frac(v.rotateCooldown(), bp.rotateCooldown());
        out[i++] = (float) frac(v.hardenTurnsLeft(), bp.hardenTurns());
        out[i++] = (float) frac(v.iocLevel(), bp.iocMaxLevel());
        return i;
    }

    private static int host(Featurizer f, Scenario sc, HostView h, float[] out, int i) {
        int zone = f.zoneIndexOf(h.zone());
        int deepest = sc.zones().size() - 1;
        out[i++] = 1f;
        out[i++] = f.zoneDepth(h.zone());
        out[i++] = zone == 0 ? 1f : 0f;
        out[i++] = zone == deepest ? 1f : 0f;
        out[i++] = h.highValue() ? 1f : 0f;
        out[i++] = h.isolated() ? 1f : 0f;
        out[i++] = (float) frac(h.isolationTurnsLeft(), sc.blue().isolationTurns());
        out[i++] = (float) frac(h.patchLevel(), 1.0);
        out[i++] = (float) frac(h.downtime(), sc.maxTurns());
        out[i + forensics(h.forensics())] = 1f;
        i += FeatureLayout.FORENSICS.size();
        out[i++] = (float) recency(h.forensicsAge());
        out[i++] = h.suspect() ? 1f : 0f;
        return i;
    }

    /** Adds one alert to its host's alert block at {@code at}. */
    private static void alert(AlertView a, float[] out, int at, int window) {
        float unit = (float) (1.0 / window);
        switch (a.verdict()) {
            case "untriaged" -> {
                out[at + UNTRIAGED] = Math.min(1f, out[at + UNTRIAGED] + unit);
                out[at + MAX_CONFIDENCE] = Math.max(out[at + MAX_CONFIDENCE], (float) frac(a.confidence(), 1.0));
            }
            case "true_positive" -> out[at + TRUE_POSITIVE] = Math.min(1f, out[at + TRUE_POSITIVE] + unit);
            case "false_positive" -> out[at + FALSE_POSITIVE] = Math.min(1f, out[at + FALSE_POSITIVE] + unit);
            default -> throw new IllegalArgumentException("unknown alert verdict \"" + a.verdict()
                    + "\"; feature layout " + FeatureLayout.VERSION + " knows untriaged, true_positive, false_positive");
        }
        out[at + RECENCY] = Math.max(out[at + RECENCY], (float) recency(Math.max(0, a.age())));
        out[at + KINDS + alertKind(a.kind())] = 1f;
    }

    private static int toolPosition(String wireName) {
        for (int t = 0; t < BLUE_TOOLS.size(); t++) {
            if (BLUE_TOOLS.get(t).wireName().equals(wireName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("current instruction requires \"" + wireName
                + "\", not a Blue tool; accepted: " + Tool.acceptedNames(Actor.BLUE));
    }

    private static int forensics(String verdict) {
        int k = FeatureLayout.FORENSICS.indexOf(verdict);
        if (k < 0) {
            throw new IllegalArgumentException("unknown forensics verdict \"" + verdict + "\"; feature layout "
                    + FeatureLayout.VERSION + " knows " + FeatureLayout.FORENSICS);
        }
        return k;
    }

    private static int alertKind(String kind) {
        int k = FeatureLayout.ALERT_KINDS.indexOf(kind);
        if (k < 0) {
            throw new IllegalArgumentException("unknown alert kind \"" + kind + "\"; feature layout "
                    + FeatureLayout.VERSION + " knows " + FeatureLayout.ALERT_KINDS);
        }
        return k;
    }
}
