package org.cyberselfplay.server.mcp;

import java.util.EnumMap;
import java.util.Map;
import org.cyberselfplay.env.Tool;

/** One-sentence descriptions of the tools, for MCP clients and language-model prompts. */
final class ToolDescriptions {
    private static final Map<Tool, String> TEXT = new EnumMap<>(Tool.class);

    static {
        TEXT.put(Tool.QUERY_SIEM, "Search the SIEM: turns noisy alerts into better evidence.");
        TEXT.put(Tool.TRIAGE_ALERTS, "Triage the alert window: marks likely true positives (with some error).");
        TEXT.put(Tool.RUN_FORENSICS, "Run forensics on a host: reveals whether it is compromised and persistent.");
        TEXT.put(Tool.ISOLATE_HOST, "Isolate a host: evicts Red's foothold (not persistence); isolating a clean "
                + "host is a costly false positive, critical on a high-value host.");
        TEXT.put(Tool.RESTORE_BACKUP, "Restore a host from backup: removes persistence and brings it back online "
                + "(fails if the backup was sabotaged).");
        TEXT.put(Tool.DISABLE_ACCOUNT, "Disable the accounts of a host: invalidates credentials stolen from it.");
        TEXT.put(Tool.ROTATE_SECRETS, "Rotate all secrets: invalidates every stolen credential and cancels staged "
                + "exfiltration, at a business cost and with a cooldown.");
        TEXT.put(Tool.DEPLOY_PATCH, "Patch a host: raises its patch level, making exploits less likely.");
        TEXT.put(Tool.HARDEN_POLICY, "Harden policy: makes exploits, pivots and escalation harder and Red's actions louder for a while.");
        TEXT.put(Tool.PUBLISH_IOC_BLOCKLIST, "Publish an IOC blocklist: raises detection of Red's actions.");
        TEXT.put(Tool.EXECUTE_INSTRUCTION, "Execute the current playbook instruction, claiming the tool it requires "
                + "(required_tool); a wrong claim is a violation.");
        TEXT.put(Tool.CHECKPOINT_PLAN, "Checkpoint the plan: earns a bonus on a checkpoint turn, once per stride.");
        TEXT.put(Tool.RECONCILE_STATE, "Reconcile a host's state: a weak containment and recovery helper.");
        TEXT.put(Tool.RECON_NETWORK, "Scan the network: discovers the hosts reachable from where Red stands.");
        TEXT.put(Tool.ENUMERATE_SERVICES, "Enumerate a host within reach: reveals its exploitability and whether it "
                + "is high-value, and makes exploits on it likelier.");
        TEXT.put(Tool.ATTEMPT_EXPLOIT, "Exploit a host: may give a user foothold.");
        TEXT.put(Tool.DUMP_CREDENTIALS, "Dump credentials on a foothold: enables pivots and may escalate to admin.");
        TEXT.put(Tool.PIVOT_HOST, "Pivot into an adjacent zone with stolen credentials.");
        TEXT.put(Tool.ESTABLISH_PERSISTENCE, "Establish persistence on a foothold: it survives isolation until the "
                + "host is restored.");
        TEXT.put(Tool.PREPARE_EXFILTRATION, "Stage data for exfiltration (admin on an enumerated high-value host); it is ready after a few turns.");
        TEXT.put(Tool.EXECUTE_EXFILTRATION, "Exfiltrate ready staged data while the foothold holds: Red wins if it succeeds.");
        TEXT.put(Tool.COVER_TRACKS, "Cover tracks: erases some recent alerts and lowers detection for a few turns.");
        TEXT.put(Tool.SABOTAGE_RECOVERY_PLAN, "Sabotage recovery (admin foothold): violates Blue's current "
                + "instruction or corrupts a backup.");
    }

    private ToolDescriptions() {
    }

    static String of(Tool tool) {
        return TEXT.getOrDefault(tool, tool.wireName());
    }
}
