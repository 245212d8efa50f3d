package org.cyberselfplay.env.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.HostSpec;

/**
 * Builds each side's observation from the fields that side may see, and only those: Blue's from public
 * host facts, its alert log, evidence and playbook; Red's from its discoveries and holdings.
 */
final class ObservationBuilder {

    private ObservationBuilder() {
    }

    static Observation build(GameState s, Actor side, String error, EpisodeMetrics metrics, ActionMask mask) {
        Map<String, Double> components = new LinkedHashMap<>();
        for (RewardComponent c : RewardComponent.of(side)) {
            double v = s.pending[c.ordinal()];
            if (v != 0.0) {
                components.put(c.wireName(), v);
            }
        }
        return new Observation(side, s.turn, s.scenario.maxTurns(), s.terminal, s.pendingTotal[side.ordinal()],
                components, events(s, side), Optional.ofNullable(error), s.returns[side.ordinal()],
                s.terminal ? Optional.of(metrics) : Optional.empty(), mask, side == Actor.BLUE ? blue(s) : red(s));
    }

    static List<String> events(GameState s, Actor side) {
        EventLog log = s.events(side);
        List<String> out = new ArrayList<>(log.size);
        for (int i = 0; i < log.size; i++) {
            String host = log.host[i] >= 0 ? name(s, log.host[i]) : null;
            out.add(log.event[i].render(host, log.value[i]));
        }
        return out;
    }

    private static BlueView blue(GameState s) {
        List<BlueView.HostView> hosts = new ArrayList<>(s.n);
        int incidents = 0;
        for (int h = 0; h < s.n; h++) {
            HostSpec spec = s.scenario.hosts().get(h);
            boolean isolated = s.has(s.isolatedMask, h);
            int verdict = s.forensicsVerdict[h];
            incidents += verdict >= 2 ? 1 : 0;
            hosts.add(new BlueView.HostView(spec.name(), s.scenario.zones().get(spec.zone()), spec.highValue(),
                    isolated, isolated ? s.isolatedUntil[h] - s.turn : 0, s.patch[h], s.downtime[h],
                    BlueView.FORENSIC_VERDICTS.get(verdict), verdict == 0 ? -1 : s.turn - s.forensicsTurn[h], s.has(s.suspectMask, h)));
        }
        Alerts a = s.alerts;
        List<BlueView.AlertView> alerts = new ArrayList<>(a.size);
        for (int i = 0; i < a.size; i++) {
            int slot = a.slot(i);
            alerts.add(new BlueView.AlertView(name(s, a.host[slot]), BlueView.ALERT_KINDS.get(a.kind[slot]),
                    a.confidence[slot], s.turn - a.time[slot], BlueView.ALERT_VERDICTS.get(a.verdict[slot])));
        }
        int stride = s.scenario.checkpointStride();
        boolean checkpointDue = !s.terminal && s.turnNumber() % stride == 0
                && s.lastCheckpointStride < s.turnNumber() / stride;
        return new BlueView(hosts, alerts, s.businessImpact, s.scenario.mission().maxBusinessImpact(),
                incidents, progress(s), checkpointDue,
                Math.max(0, s.rotateReadyAt - s.turn), Math.max(0, s.hardenUntil - s.turn), s.iocLevel);
    }

    private static BlueView.InstructionProgress progress(GameState s) {
        Optional<BlueView.Instruction> current = Optional.empty();
        Playbook book = s.playbook;
        if (book.open()) {
            current = Optional.of(new BlueView.Instruction(String.format("INS-%03d", book.pointer() + 1),
                    Tool.values()[book.currentTool()].wireName(), book.currentPriority()));
        }
        return new BlueView.InstructionProgress(book.completed, book.violated, book.total(),
                s.scenario.mission().required(), current);
    }

    private static RedView red(GameState s) {
        List<RedView.TargetView> targets = new ArrayList<>();
        List<RedView.FootholdView> footholds = new ArrayList<>();
        List<String> creds = new ArrayList<>();
        List<RedView.StagedView> staged = new ArrayList<>();
        int hvGuess = 0;
        for (int h = 0; h < s.n; h++) {
            HostSpec spec = s.scenario.hosts().get(h);
            boolean online = !s.has(s.isolatedMask, h);
            if (s.has(s.knownMask, h)) {
                boolean enumerated = s.has(s.enumeratedMask, h);
                boolean hv = enumerated && spec.highValue();
                hvGuess += hv ? 1 : 0;
                targets.add(new RedView.TargetView(spec.name(), s.scenario.zones().get(spec.zone()), online,
                        enumerated, enumerated ? OptionalDouble.of(spec.exploitability()) : OptionalDouble.empty(),
                        hv));
            }
            if (s.has(s.accessMask, h)) {
                footholds.add(new RedView.FootholdView(spec.name(), s.has(s.adminMask, h) ? "admin" : "user",
                        s.has(s.persistenceMask, h), online));
            }
            if (s.has(s.credsHeldMask, h)) {
                creds.add(spec.name());
            }
            if (s.has(s.stagedMask, h)) {
                staged.add(new RedView.StagedView(spec.name(), Math.max(0, s.stagedReadyAt[h] - s.turn)));
            }
        }
        double pressure = Long.bitCount(s.redAlertHistory & 0xFF) / 8.0;
        return new RedView(targets, footholds, creds, staged, hvGuess, pressure,
                Math.max(0, s.stealthUntil - s.turn));
    }

    private static String name(GameState s, int h) {
        return s.scenario.hosts().get(h).name();
    }
}
