package org.cyberselfplay.env.game;

/**
 * Things a side sees happen, with their text. {@code {host}} is the host's name and {@code {n}} the
 * event's number. Each event is written only to the log of the side that can see it.
 */
enum Event {
    // Red sees
    RECON("recon_network: {n} new hosts discovered"),
    ENUMERATED("enumerate_services: {host} fingerprinted"),
    EXPLOIT_OK("attempt_exploit: foothold gained on {host}"),
    EXPLOIT_FAILED("attempt_exploit: exploit of {host} failed"),
    CREDS_DUMPED("dump_credentials: credentials taken from {host}"),
    ESCALATED("dump_credentials: admin rights gained on {host}"),
    CREDS_REJECTED("pivot_host: credentials rejected by {host}; they are no longer valid"),
    PIVOT_OK("pivot_host: foothold gained on {host}"),
    PIVOT_FAILED("pivot_host: pivot to {host} failed"),
    PERSISTED("establish_persistence: persistence installed on {host}"),
    PERSIST_FAILED("establish_persistence: persistence on {host} failed"),
    STAGED("prepare_exfiltration: data staging on {host}, ready in {n} turns"),
    EXFIL_OK("execute_exfiltration: data exfiltrated from {host}"),
    EXFIL_FAILED("execute_exfiltration: transfer from {host} failed"),
    TRACKS_COVERED("cover_tracks: {n} alerts erased, detection lowered"),
    BACKUP_CORRUPTED("sabotage_recovery_plan: backup of {host} corrupted"),
    SABOTAGE_NOTHING("sabotage_recovery_plan: the backup of {host} was already corrupt; nothing wrecked"),
    PLAN_SABOTAGED("sabotage_recovery_plan: Blue's current instruction wrecked from {host}"),
    FOOTHOLD_LOST("foothold on {host} lost"),
    FOOTHOLD_DORMANT("{host} went offline; persistence keeps the foothold"),
    FOOTHOLD_BACK("{host} is back online with the foothold"),
    // Blue sees
    DATA_LOST("data was exfiltrated from {host}"),
    INSTRUCTION_SABOTAGED("instruction {n} was sabotaged and counts as violated"),
    SIEM_QUERIED("query_siem: alert confidences refined and logs hunted"),
    TRIAGED("triage_alerts: {n} alerts judged true positives"),
    FORENSICS("run_forensics: {host} examined"),
    ISOLATED("isolate_host: {host} isolated for {n} turns"),
    RECONNECTED("{host} reconnected after isolation"),
    RESTORE_FAILED("restore_backup: backup of {host} is corrupt; restore failed"),
    RESTORED("restore_backup: {host} restored from backup and online"),
    ACCOUNT_DISABLED("disable_account: accounts of {host} disabled"),
    SECRETS_ROTATED("rotate_secrets: all secrets rotated"),
    PATCHED("deploy_patch: {host} patched to {n}%"),
    HARDENED("harden_policy: policy hardened for {n} turns"),
    IOC_PUBLISHED("publish_ioc_blocklist: blocklist level {n}"),
    IOC_NOTHING_NEW("publish_ioc_blocklist: no new indicators; level stays {n}"),
    INSTRUCTION_DONE("execute_instruction: instruction {n} completed"),
    INSTRUCTION_VIOLATED("execute_instruction: wrong tool for instruction {n}; violation recorded"),
    CHECKPOINT_SAVED("checkpoint_plan: checkpoint saved on turn {n}"),
    CHECKPOINT_NOT_DUE("checkpoint_plan: no checkpoint due on turn {n}"),
    BACKUP_REPAIRED("reconcile_state: backup of {host} repaired"),
    RECONCILED("reconcile_state: {host} reconciled"),
    IMPACT_LIMIT_EXCEEDED("business impact passed the mission's limit of {n}: the response cost the business more"
            + " than it can absorb, the mission has failed");

    private final String template;

    Event(String template) {
        this.template = template;
    }

    String render(String hostName, int n) {
        return template.replace("{host}", hostName == null ? "-" : hostName).replace("{n}", Integer.toString(n));
    }
}
