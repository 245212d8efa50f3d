package org.cyberselfplay.env.obs;

import java.util.List;

/**
 * Blue's view: public host facts, its alert window and evidence, the playbook, its own cooldowns.
 *
 * @param hosts               every inventory host, inventory order
 * @param alerts              the recent alerts, oldest first (true and false positives look alike)
 * @param businessImpact      accumulated business impact
 * @param businessImpactLimit the mission's limit on it (passing it loses the game); infinite when there is none
 * @param knownIncidentCount  hosts whose latest forensics found a compromise (never the hidden truth)
 * @param instructionProgress the playbook
 * @param checkpointDue       whether checkpoint_plan pays this turn
 * @param rotateCooldown      turns until rotate_secrets is available again (0: available)
 * @param hardenTurnsLeft     turns of harden_policy left
 * @param iocLevel            current IOC blocklist level
 */
public record BlueView(List<HostView> hosts, List<AlertView> alerts, double businessImpact,
                       double businessImpactLimit, int knownIncidentCount,
                       InstructionProgress instructionProgress, boolean checkpointDue, int rotateCooldown,
                       int hardenTurnsLeft, int iocLevel) implements SideView {
    /** Every alert kind, in a fixed order (one per Red tool, in {@code Tool.of(RED)} order). */
    public static final List<String> ALERT_KINDS = List.of("network_scan", "service_probe", "exploit_attempt",
            "credential_access", "lateral_movement", "persistence", "data_staging", "exfiltration", "log_tampering",
            "plan_tampering");
    /** Every forensic verdict a host can show, in a fixed order. */
    public static final List<String> FORENSIC_VERDICTS = List.of("unknown", "clean", "compromised", "persistent");
    /** Every triage verdict an alert can show, in a fixed order. */
    public static final List<String> ALERT_VERDICTS = List.of("untriaged", "true_positive", "false_positive");

    public BlueView {
        hosts = List.copyOf(hosts);
        alerts = List.copyOf(alerts);
    }

    /**
     * One host as Blue sees it.
     *
     * @param forensics    latest forensic verdict: {@code unknown}, {@code clean}, {@code compromised}, {@code persistent}
     * @param forensicsAge turns since that verdict, or -1 when there is none
     * @param suspect      whether triage judged an alert on this host a true positive since its last clean verdict
     */
    public record HostView(String name, String zone, boolean highValue, boolean isolated, int isolationTurnsLeft,
                           double patchLevel, int downtime, String forensics, int forensicsAge, boolean suspect) {
    }

    /**
     * One alert.
     *
     * @param verdict {@code untriaged}, {@code true_positive} or {@code false_positive} (triage's judgement, not the truth)
     */
    public record AlertView(String host, String kind, double confidence, int age, String verdict) {
    }

    /** The playbook's progress and its current instruction (empty once the playbook is exhausted). */
    public record InstructionProgress(int completed, int violated, int total, int required,
                                      java.util.Optional<Instruction> current) {
    }

    /** One playbook instruction. */
    public record Instruction(String id, String requiredTool, int priority) {
    }
}
