package org.cyberselfplay.env.game;

import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * Which actions each side may take now, from what that side can see (a legal action may still fail).
 * Legal sets are 64-bit masks per tool: over hosts for targeted tools, bit 0 for untargeted tools, and
 * over Blue tool positions for {@code execute_instruction}.
 */
final class Legality {
    private static final int BLUE_TOOLS = Tool.of(Actor.BLUE).size();
    private static final long ALL_BLUE_TOOLS = (1L << BLUE_TOOLS) - 1;

    private Legality() {
    }

    /** Fills {@code out[toolPosition]} with the legal argument mask of each of {@code side}'s tools. */
    static void masks(GameState s, Actor side, long[] out) {
        if (side == Actor.BLUE) {
            blue(s, out);
        } else {
            red(s, out);
        }
    }

    private static void blue(GameState s, long[] out) {
        long all = s.allHosts;
        out[pos(Tool.QUERY_SIEM)] = 1;
        out[pos(Tool.TRIAGE_ALERTS)] = 1;
        out[pos(Tool.RUN_FORENSICS)] = all;
        out[pos(Tool.ISOLATE_HOST)] = all & ~s.isolatedMask;
        out[pos(Tool.RESTORE_BACKUP)] = all;
        out[pos(Tool.DISABLE_ACCOUNT)] = all;
        out[pos(Tool.ROTATE_SECRETS)] = s.turn >= s.rotateReadyAt ? 1 : 0;
        out[pos(Tool.DEPLOY_PATCH)] = all & ~s.fullyPatchedMask;
        out[pos(Tool.HARDEN_POLICY)] = 1;
        out[pos(Tool.PUBLISH_IOC_BLOCKLIST)] = 1;
        out[pos(Tool.EXECUTE_INSTRUCTION)] = s.playbook.open() ? ALL_BLUE_TOOLS : 0;
        out[pos(Tool.CHECKPOINT_PLAN)] = 1;
        out[pos(Tool.RECONCILE_STATE)] = all;
    }

    private static void red(GameState s, long[] out) {
        long online = s.allHosts & ~s.isolatedMask;
        long known = s.knownMask & online;
        long held = s.accessMask & online;
        long admin = s.adminMask & held;
        out[pos(Tool.RECON_NETWORK)] = 1;
        out[pos(Tool.ENUMERATE_SERVICES)] = known & (s.reachableMask() | s.pivotReachMask());
        out[pos(Tool.ATTEMPT_EXPLOIT)] = known & s.reachableMask() & ~s.accessMask;
        // Dump again only to try for admin.
        out[pos(Tool.DUMP_CREDENTIALS)] = held & (~s.credsHeldMask | ~s.adminMask);
        out[pos(Tool.PIVOT_HOST)] = known & s.pivotReachMask() & ~s.accessMask;
        out[pos(Tool.ESTABLISH_PERSISTENCE)] = held & ~s.persistenceMask;
        // Red knows a host is high-value only once it has fingerprinted it.
        out[pos(Tool.PREPARE_EXFILTRATION)] = admin & s.enumeratedMask & s.highValueMask & ~s.stagedMask;
        out[pos(Tool.EXECUTE_EXFILTRATION)] = held & s.readyMask();
        out[pos(Tool.COVER_TRACKS)] = 1;
        out[pos(Tool.SABOTAGE_RECOVERY_PLAN)] = admin;
    }

    private static int pos(Tool tool) {
        return tool.side() == Actor.BLUE ? tool.ordinal() : tool.ordinal() - Tool.RECON_NETWORK.ordinal();
    }

    /** Why an action whose bit is clear is illegal, in words that name what is required. */
    static String reason(GameState s, Tool tool, String target) {
        return switch (tool) {
            case ISOLATE_HOST -> target + " is already isolated";
            case ROTATE_SECRETS -> "rotate_secrets is cooling down until turn " + (s.rotateReadyAt + 1);
            case DEPLOY_PATCH -> target + " is already fully patched";
            case EXECUTE_INSTRUCTION -> "the playbook has no instruction left";
            case ENUMERATE_SERVICES -> target + " is not a known, online host within reach (run recon_network first)";
            case ATTEMPT_EXPLOIT -> target + " is not a known, reachable, online host without a foothold";
            case DUMP_CREDENTIALS -> target + " needs an online foothold whose credentials or admin rights are not yet taken";
            case PIVOT_HOST -> target + " is not a known, online host reachable with held credentials and without a foothold";
            case ESTABLISH_PERSISTENCE -> target + " needs an online foothold without persistence";
            case PREPARE_EXFILTRATION -> target + " needs admin on an online, enumerated high-value host with nothing staged";
            case EXECUTE_EXFILTRATION -> target + " needs ready staged data on an online foothold";
            case SABOTAGE_RECOVERY_PLAN -> target + " needs an online admin foothold";
            default -> tool + " is not available now";
        };
    }
}
