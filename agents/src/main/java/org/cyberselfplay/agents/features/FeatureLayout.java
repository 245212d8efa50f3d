package org.cyberselfplay.agents.features;

import org.cyberselfplay.env.obs.BlueView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The feature layout of both sides, version {@value #VERSION}: a block of global features followed by
 * {@code maxHosts} host slots of equal width, host {@code h} of the inventory in slot {@code h}. Slots past
 * the scenario's inventory are padding: all zero, {@code present = 0}. Every feature lies in [0, 1].
 *
 * <p>Blue (26 global + 30 per slot; 986 at 32 hosts):
 * <ul>
 *   <li>global: {@code time_fraction} (time step / max turns), {@code turns_left_fraction},
 *       {@code business_impact} (x / (x + {@value #BUSINESS_IMPACT_SCALE})), {@code business_impact_used}
 *       (impact / the mission's limit, capped at 1; 0 without a limit), {@code known_incidents}
 *       (/ host count), {@code instruction_completed} (completed / required, capped at 1),
 *       {@code instruction_need_vs_turns} (instructions still needed / turns left, capped at 1; 1 when none are
 *       left and some are needed), {@code instruction_violated} (/ playbook length), {@code playbook_exhausted},
 *       {@code current_tool/<tool>} (the current instruction's required tool, one-hot over the 13 Blue tools),
 *       {@code checkpoint_due}, {@code rotate_cooldown} (/ scenario cooldown), {@code harden_turns_left}
 *       (/ harden turns), {@code ioc_level} (/ max level);</li>
 *   <li>per host: {@code present}, {@code zone_depth} (zone index / (zones - 1)), {@code zone_outermost},
 *       {@code zone_deepest}, {@code high_value}, {@code isolated}, {@code isolation_turns_left}
 *       (/ isolation turns), {@code patch_level}, {@code downtime} (/ max turns), {@code forensics/<verdict>}
 *       (one-hot: unknown, clean, compromised, persistent), {@code forensics_recency} (1 / (1 + age), 0 without
 *       a verdict), {@code suspect}, then the host's alerts: {@code alerts_untriaged} (count / alert window),
 *       {@code alerts_max_untriaged_confidence}, {@code alerts_true_positive} and {@code alerts_false_positive}
 *       (verdict counts / alert window), {@code alert_recency} (1 / (1 + age of the youngest alert), 0 without
 *       alerts), {@code alert_kind/<kind>} (multi-hot over the 10 {@link #ALERT_KINDS}).</li>
 * </ul>
 *
 * <p>Red (11 global + 14 per slot; 459 at 32 hosts):
 * <ul>
 *   <li>global: {@code time_fraction}, {@code turns_left_fraction}, then counts divided by the host count:
 *       {@code known_targets}, {@code footholds}, {@code admin_footholds}, {@code credentials},
 *       {@code staged}, {@code staged_ready}, {@code high_value_guesses}; {@code detection_pressure},
 *       {@code stealth} (stealth turns left / stealth turns);</li>
 *   <li>per host: {@code present}, {@code known}, {@code zone_depth}, {@code online}, {@code enumerated},
 *       {@code exploitability}, {@code high_value} (these five are 0 for hosts Red has not discovered, and the
 *       last two until enumerated), {@code access/none}, {@code access/user}, {@code access/admin} (one-hot),
 *       {@code persistence}, {@code credentials}, {@code staged}, {@code staged_ready}.</li>
 * </ul>
 *
 * <p>Changing what any feature means, or the order, requires a new {@link #VERSION}: checkpoints record it
 * and refuse to load under another one.
 *
 * @param maxHosts host slots, 1..{@link Scenario#MAX_HOSTS}; a scenario with more hosts is refused
 */
public record FeatureLayout(int maxHosts) {
    /** Version of the layout documented above. */
    public static final int VERSION = 2;
    /** The default number of host slots. */
    public static final int DEFAULT_MAX_HOSTS = 32;
    /** Business impact is squashed as {@code x / (x + scale)}. */
    public static final double BUSINESS_IMPACT_SCALE = 10.0;
    /** Alert kinds, in multi-hot order: the env's, so a new kind changes the layout (bump {@link #VERSION}). */
    public static final List<String> ALERT_KINDS = BlueView.ALERT_KINDS;
    /** Forensic verdicts, in one-hot order: the env's. */
    public static final List<String> FORENSICS = BlueView.FORENSIC_VERDICTS;
    static final int ALERT_KIND_COUNT = 10;

    static final List<String> BLUE_GLOBAL = concat(List.of(
            List.of("time_fraction", "turns_left_fraction", "business_impact", "business_impact_used",
                    "known_incidents",
                    "instruction_completed", "instruction_need_vs_turns", "instruction_violated",
                    "playbook_exhausted"),
            prefixed("current_tool/", Tool.of(Actor.BLUE).stream().map(Tool::wireName).toList()),
            List.of("checkpoint_due", "rotate_cooldown", "harden_turns_left", "ioc_level")));
    static final List<String> BLUE_HOST = concat(List.of(
            List.of("present", "zone_depth", "zone_outermost", "zone_deepest", "high_value", "isolated",
                    "isolation_turns_left", "patch_level", "downtime"),
            prefixed("forensics/", FORENSICS),
            List.of("forensics_recency", "suspect", "alerts_untriaged", "alerts_max_untriaged_confidence",
                    "alerts_true_positive", "alerts_false_positive", "alert_recency"),
            prefixed("alert_kind/", ALERT_KINDS)));
    static final List<String> RED_GLOBAL = List.of("time_fraction", "turns_left_fraction", "known_targets",
            "footholds", "admin_footholds", "credentials", "staged", "staged_ready", "high_value_guesses",
            "detection_pressure", "stealth");
    static final List<String> RED_HOST = List.of("present", "known", "zone_depth", "online", "enumerated",
            "exploitability", "high_value", "access/none", "access/user", "access/admin", "persistence",
            "credentials", "staged", "staged_ready");

    static final int BLUE_GLOBAL_SIZE = 26;
    static final int BLUE_HOST_SIZE = 30;
    static final int RED_GLOBAL_SIZE = 11;
    static final int RED_HOST_SIZE = 14;
    /** Offset of {@code alerts_untriaged} within a Blue host slot; the alert block follows it in order. */
    static final int BLUE_ALERT_BLOCK = BLUE_HOST.indexOf("alerts_untriaged");

    static {
        if (BLUE_GLOBAL.size() != BLUE_GLOBAL_SIZE || BLUE_HOST.size() != BLUE_HOST_SIZE
                || RED_GLOBAL.size() != RED_GLOBAL_SIZE || RED_HOST.size() != RED_HOST_SIZE
                || ALERT_KINDS.size() != ALERT_KIND_COUNT) {
            throw new ExceptionInInitializerError("feature name lists and sizes disagree");
        }
    }

    public FeatureLayout {
        if (maxHosts < 1 || maxHosts > Scenario.MAX_HOSTS) {
            throw new IllegalArgumentException("max_hosts must be in [1, " + Scenario.MAX_HOSTS + "], got " + maxHosts);
        }
    }

    /** The layout with {@value #DEFAULT_MAX_HOSTS} host slots. */
    public static FeatureLayout defaults() {
        return new FeatureLayout(DEFAULT_MAX_HOSTS);
    }

    /** Global features of one side. */
    public int globalSize(Actor side) {
        return side == Actor.BLUE ? BLUE_GLOBAL_SIZE : RED_GLOBAL_SIZE;
    }

    /** Features per host slot of one side. */
    public int hostSize(Actor side) {
        return side == Actor.BLUE ? BLUE_HOST_SIZE : RED_HOST_SIZE;
    }

    /** Total features of one side: {@code globalSize + maxHosts x hostSize}. */
    public int size(Actor side) {
        return globalSize(side) + maxHosts * hostSize(side);
    }

    /** Index of the first feature of host slot {@code slot}. */
    public int hostOffset(Actor side, int slot) {
        if (slot < 0 || slot >= maxHosts) {
            throw new IllegalArgumentException("host slot " + slot + " outside [0, " + maxHosts + ")");
        }
        return globalSize(side) + slot * hostSize(side);
    }

    /**
     * The name of every feature of one side in order, e.g. {@code global/time_fraction},
     * {@code host[03]/patch_level}; for logs and debugging.
     */
    public List<String> names(Actor side) {
        List<String> global = side == Actor.BLUE ? BLUE_GLOBAL : RED_GLOBAL;
        List<String> host = side == Actor.BLUE ? BLUE_HOST : RED_HOST;
        List<String> out = new ArrayList<>(size(side));
        global.forEach(n -> out.add("global/" + n));
        for (int h = 0; h < maxHosts; h++) {
            String slot = String.format(Locale.ROOT, "host[%02d]/", h);
            host.forEach(n -> out.add(slot + n));
        }
        return List.copyOf(out);
    }

    /**
     * Checks that {@code scenario} fits this layout.
     *
     * @throws IllegalArgumentException naming the scenario and both counts when it has more hosts than slots
     */
    public void check(Scenario scenario) {
        if (scenario.hostCount() > maxHosts) {
            throw new IllegalArgumentException("scenario \"" + scenario.name() + "\" has " + scenario.hostCount()
                    + " hosts but the feature layout holds at most " + maxHosts + " (max_hosts); use a layout with"
                    + " max_hosts >= " + scenario.hostCount());
        }
    }

    private static List<String> prefixed(String prefix, List<String> names) {
        return names.stream().map(n -> prefix + n).toList();
    }

    private static List<String> concat(List<List<String>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }
}
