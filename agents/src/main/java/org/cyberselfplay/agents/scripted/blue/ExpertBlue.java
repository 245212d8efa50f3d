package org.cyberselfplay.agents.scripted.blue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.scripted.RandomPolicy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.BlueView.AlertView;
import org.cyberselfplay.env.obs.BlueView.HostView;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The scripted incident-response expert: a playbook heuristic of the kind a SOC runbook encodes.
 * In order of priority, each turn it:
 * <ol>
 *   <li>executes the current instruction when the mission can no longer wait (remaining required
 *       instructions leave no spare turn);</li>
 *   <li>isolates a high-value host showing fresh staging or exfiltration alerts (stop the bleeding);</li>
 *   <li>acts on fresh forensic findings: isolates compromised hosts, restores isolated hosts with
 *       persistence (repairing a corrupt backup first), then rotates secrets (or disables the host's accounts while
 *       rotation cools down);</li>
 *   <li>checkpoints the plan when a checkpoint is due;</li>
 *   <li>triages when untriaged alerts pile up, and runs forensics on the host the alerts point to most,
 *       but only while the playbook leaves {@value #SPARE_TURNS_TO_INVESTIGATE} turns to spare: an
 *       investigation that costs the mission loses the game all the same;</li>
 *   <li>otherwise follows the playbook, and when it is done hardens or watches the SIEM.</li>
 * </ol>
 * Stateless: it decides from the observation alone. Never returns an illegal action: a planned action
 * that is illegal now is skipped.
 */
public final class ExpertBlue implements Policy {
    /** Forensic findings older than this (turns) are stale: look again before acting on them. */
    static final int FRESH_FINDING = 2;
    /** Alert evidence at least this strong (confidence-weighted, x3 on high-value hosts) warrants forensics. */
    static final double FORENSICS_THRESHOLD = 0.6;
    /** Untriaged alerts that warrant a triage pass. */
    static final int TRIAGE_BACKLOG = 3;
    /** Spare turns (beyond what the playbook still needs) below which the expert stops triage and forensics. */
    static final int SPARE_TURNS_TO_INVESTIGATE = 12;

    private final ActionSpace space;
    private final List<Function<Situation, Optional<Action>>> moves = List.of(
            this::missionDeadline, this::stopExfiltration, this::actOnFindings, this::cutCredentials,
            this::checkpoint, this::triageBacklog, this::investigate, this::followPlaybook,
            this::standBy);

    public ExpertBlue(Scenario scenario) {
        this.space = ActionSpace.of(scenario, Actor.BLUE);
    }

    @Override
    public Actor side() {
        return Actor.BLUE;
    }

    @Override
    public String name() {
        return "expert";
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        Situation s = new Situation(observation);
        for (Function<Situation, Optional<Action>> move : moves) {
            Optional<Action> a = move.apply(s).filter(s::legal);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return space.toAction(RandomPolicy.uniformLegal(observation.legalActions(), rng));
    }

    private Optional<Action> missionDeadline(Situation s) {
        BlueView.InstructionProgress p = s.view.instructionProgress();
        int remaining = p.required() - p.completed();
        return remaining > 0 && remaining >= s.obs.turnsLeft() - 1 ? instruction(s) : Optional.empty();
    }

    private Optional<Action> stopExfiltration(Situation s) {
        for (AlertView a : s.view.alerts()) {
            HostView h = s.hosts.get(a.host());
            boolean exfilSign = a.kind().equals("data_staging") || a.kind().equals("exfiltration")
                    || a.kind().equals("lateral_movement") || a.kind().equals("credential_access");
            if (h.highValue() && !h.isolated() && exfilSign && a.age() <= 1 && s.fresh(a)
                    && !a.verdict().equals("false_positive")) {
                return Optional.of(Action.of(Actor.BLUE, Tool.ISOLATE_HOST, h.name()));
            }
        }
        return Optional.empty();
    }

    private Optional<Action> actOnFindings(Situation s) {
        for (HostView h : s.view.hosts()) {
            if (h.forensicsAge() < 0 || h.forensicsAge() > FRESH_FINDING) {
                continue;
            }
            if (h.forensics().equals("persistent")) {
                // Cut it off first (a persistent foothold survives isolation but cannot act while offline),
                // then restore, repairing the backup when a restore just failed on it.
                Tool tool = !h.isolated() ? Tool.ISOLATE_HOST
                        : s.backupCorrupt(h.name()) ? Tool.RECONCILE_STATE : Tool.RESTORE_BACKUP;
                return Optional.of(Action.of(Actor.BLUE, tool, h.name()));
            }
            if (h.forensics().equals("compromised") && !h.isolated()) {
                return Optional.of(Action.of(Actor.BLUE, Tool.ISOLATE_HOST, h.name()));
            }
        }
        return Optional.empty();
    }

    /** Right after a containment: rotate every secret, or, while rotation cools down, disable the host's accounts. */
    private Optional<Action> cutCredentials(Situation s) {
        for (HostView h : s.view.hosts()) {
            boolean justContained = h.isolated() && h.forensicsAge() == FRESH_FINDING && !h.forensics().equals("clean");
            if (justContained) {
                return Optional.of(s.view.rotateCooldown() == 0 ? Action.of(Actor.BLUE, Tool.ROTATE_SECRETS)
                        : Action.of(Actor.BLUE, Tool.DISABLE_ACCOUNT, h.name()));
            }
        }
        return Optional.empty();
    }

    private Optional<Action> checkpoint(Situation s) {
        return s.view.checkpointDue() ? Optional.of(Action.of(Actor.BLUE, Tool.CHECKPOINT_PLAN)) : Optional.empty();
    }

    private Optional<Action> triageBacklog(Situation s) {
        if (s.spareTurns() < SPARE_TURNS_TO_INVESTIGATE) {
            return Optional.empty();
        }
        long untriaged = s.view.alerts().stream().filter(a -> a.verdict().equals("untriaged")).count();
        return untriaged >= TRIAGE_BACKLOG ? Optional.of(Action.of(Actor.BLUE, Tool.TRIAGE_ALERTS)) : Optional.empty();
    }

    private Optional<Action> investigate(Situation s) {
        if (s.spareTurns() < SPARE_TURNS_TO_INVESTIGATE) {
            return Optional.empty();
        }
        Map<String, Double> evidence = new HashMap<>();
        for (AlertView a : s.view.alerts()) {
            if (!s.fresh(a) || a.verdict().equals("false_positive")) {
                continue;
            }
            double weight = a.verdict().equals("true_positive") ? 1.0 : a.confidence();
            evidence.merge(a.host(), weight * (s.hosts.get(a.host()).highValue() ? 3.0 : 1.0), Double::sum);
        }
        return evidence.entrySet().stream().filter(e -> e.getValue() >= FORENSICS_THRESHOLD)
                .max(Map.Entry.comparingByValue())
                .map(e -> Action.of(Actor.BLUE, Tool.RUN_FORENSICS, e.getKey()));
    }

    private Optional<Action> followPlaybook(Situation s) {
        BlueView.InstructionProgress p = s.view.instructionProgress();
        return p.completed() < p.required() ? instruction(s) : Optional.empty();
    }

    private Optional<Action> standBy(Situation s) {
        Tool tool = s.view.hardenTurnsLeft() == 0 ? Tool.HARDEN_POLICY : Tool.QUERY_SIEM;
        return Optional.of(Action.of(Actor.BLUE, tool));
    }

    private static Optional<Action> instruction(Situation s) {
        return s.view.instructionProgress().current()
                .map(i -> Action.instruction(Tool.fromWire(i.requiredTool()).orElseThrow()));
    }

    /** What the expert reads off one observation. */
    private final class Situation {
        final Observation obs;
        final BlueView view;
        final Map<String, HostView> hosts = new HashMap<>();

        Situation(Observation obs) {
            this.obs = obs;
            this.view = obs.blue();
            view.hosts().forEach(h -> hosts.put(h.name(), h));
        }

        /** Turns left beyond those the playbook still needs. */
        int spareTurns() {
            BlueView.InstructionProgress p = view.instructionProgress();
            return obs.turnsLeft() - Math.max(0, p.required() - p.completed());
        }

        /** The alert is newer than the last forensic look at its host. */
        boolean fresh(AlertView a) {
            HostView h = hosts.get(a.host());
            return h.forensicsAge() < 0 || a.age() < h.forensicsAge();
        }

        /** This turn's events say a restore of the host just failed on a corrupt backup. */
        boolean backupCorrupt(String host) {
            return obs.events().stream().anyMatch(e -> e.startsWith("restore_backup: backup of " + host + " "));
        }

        boolean legal(Action a) {
            var index = space.indexOf(a);
            return index.isPresent() && obs.legalActions().isLegal(index.getAsInt());
        }
    }
}
