package org.cyberselfplay.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 13 Blue and 10 Red tools with their wire names (the original's, so prompts carry over).
 *
 * <p>A tool either takes a target host from the scenario's inventory or none;
 * {@link #EXECUTE_INSTRUCTION} instead takes the parameter {@code required_tool}, a Blue tool name.
 * The enum order is part of the action-index layout ({@link ActionSpace}): append, never reorder.
 */
public enum Tool {
    // Blue
    QUERY_SIEM(Actor.BLUE, "query_siem", false),
    TRIAGE_ALERTS(Actor.BLUE, "triage_alerts", false),
    RUN_FORENSICS(Actor.BLUE, "run_forensics", true),
    ISOLATE_HOST(Actor.BLUE, "isolate_host", true),
    RESTORE_BACKUP(Actor.BLUE, "restore_backup", true),
    DISABLE_ACCOUNT(Actor.BLUE, "disable_account", true),
    ROTATE_SECRETS(Actor.BLUE, "rotate_secrets", false),
    DEPLOY_PATCH(Actor.BLUE, "deploy_patch", true),
    HARDEN_POLICY(Actor.BLUE, "harden_policy", false),
    PUBLISH_IOC_BLOCKLIST(Actor.BLUE, "publish_ioc_blocklist", false),
    EXECUTE_INSTRUCTION(Actor.BLUE, "execute_instruction", false),
    CHECKPOINT_PLAN(Actor.BLUE, "checkpoint_plan", false),
    RECONCILE_STATE(Actor.BLUE, "reconcile_state", true),
    // Red
    RECON_NETWORK(Actor.RED, "recon_network", false),
    ENUMERATE_SERVICES(Actor.RED, "enumerate_services", true),
    ATTEMPT_EXPLOIT(Actor.RED, "attempt_exploit", true),
    DUMP_CREDENTIALS(Actor.RED, "dump_credentials", true),
    PIVOT_HOST(Actor.RED, "pivot_host", true),
    ESTABLISH_PERSISTENCE(Actor.RED, "establish_persistence", true),
    PREPARE_EXFILTRATION(Actor.RED, "prepare_exfiltration", true),
    EXECUTE_EXFILTRATION(Actor.RED, "execute_exfiltration", true),
    COVER_TRACKS(Actor.RED, "cover_tracks", false),
    SABOTAGE_RECOVERY_PLAN(Actor.RED, "sabotage_recovery_plan", true);

    /** The parameter name that {@link #EXECUTE_INSTRUCTION} requires. */
    public static final String REQUIRED_TOOL_PARAM = "required_tool";

    private static final Tool[] VALUES = values();
    private static final List<Tool> BLUE_TOOLS = bySide(Actor.BLUE);
    private static final List<Tool> RED_TOOLS = bySide(Actor.RED);

    private final Actor side;
    private final String wireName;
    private final boolean targeted;

    Tool(Actor side, String wireName, boolean targeted) {
        this.side = side;
        this.wireName = wireName;
        this.targeted = targeted;
    }

    public Actor side() {
        return side;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the tool needs a target host from the inventory. */
    public boolean targeted() {
        return targeted;
    }

    /** The tools of one side, in enum order (unmodifiable). */
    public static List<Tool> of(Actor side) {
        return side == Actor.BLUE ? BLUE_TOOLS : RED_TOOLS;
    }

    /** Looks a tool up by wire name among all tools; empty if unknown. */
    public static Optional<Tool> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Tool t : VALUES) {
            if (t.wireName.equals(name.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The wire names of one side's tools, comma-separated, for error messages. */
    public static String acceptedNames(Actor side) {
        return of(side).stream().map(Tool::wireName).collect(Collectors.joining(", "));
    }

    private static List<Tool> bySide(Actor side) {
        List<Tool> list = new ArrayList<>();
        Arrays.stream(values()).filter(t -> t.side == side).forEach(list::add);
        return Collections.unmodifiableList(list);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
