package org.cyberselfplay.env.scenario;

import static org.cyberselfplay.env.config.Bounds.FINITE;
import static org.cyberselfplay.env.config.Bounds.NON_NEGATIVE;
import static org.cyberselfplay.env.config.Bounds.POSITIVE;
import static org.cyberselfplay.env.config.Bounds.UNIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.config.ConfigReader;

/**
 * Turns one merged scenario tree into a {@link Scenario}. Every section is read and checked first,
 * collecting all problems; the records are built (through the suppliers the section readers return)
 * only when none was found, so their constructors see valid values.
 */
final class ScenarioReader {
    static final List<String> TOP_KEYS = List.of("name", "description", "base", "max_turns", "checkpoint_stride",
            "zones", "host_defaults", "hosts", "mission", "red", "blue", "detection", "reward");
    static final List<String> MISSION_KEYS = List.of("instructions", "required", "instruction_tools",
            "max_business_impact");
    static final List<String> RED_KEYS = List.of("exploit_base", "enumerate_bonus", "escalate_chance",
            "pivot_success", "persistence_success", "staging_turns", "exfil_success", "cover_tracks_erase", "stealth_turns",
            "stealth_factor", "sabotage_backup_share");
    static final List<String> BLUE_KEYS = List.of("isolation_turns", "patch_step", "patch_effect", "harden_turns",
            "harden_strength", "harden_detection_gain", "rotate_cooldown", "rotate_cost", "ioc_gain", "ioc_max_level", "siem_refine",
            "siem_hunt", "reconcile_evict", "downtime_cost", "false_positive_cost");
    static final List<String> DETECTION_KEYS = List.of("noise", "false_positive_rate", "alert_window",
            "alert_max_age", "true_confidence", "false_confidence");

    private ScenarioReader() {
    }

    /**
     * Validates a scenario tree ({@code base} already resolved) and builds the scenario.
     *
     * @param source      names the file in problems
     * @param defaultName the scenario name when the tree has no {@code name}
     * @throws ScenarioException listing every problem found
     */
    static Scenario read(JsonNode tree, String source, String defaultName) {
        if (!tree.isObject()) {
            throw new ScenarioException(source, List.of(tree.isMissingNode() || tree.isNull()
                    ? "the file is empty; expected a map of scenario fields"
                    : "expected a map of scenario fields at the top level, got " + ConfigReader.describe(tree)));
        }
        ConfigReader top = ConfigReader.of(tree);
        top.allowOnly(TOP_KEYS);
        String name = name(top, defaultName);
        String description = top.string("description", "");
        int maxTurns = top.integer("max_turns", POSITIVE);
        int checkpointStride = top.integer("checkpoint_stride", POSITIVE);
        List<String> zones = Inventory.zones(top);
        Supplier<List<HostSpec>> hosts = Inventory.hosts(top, zones);
        Supplier<Mission> mission = mission(top.map("mission"));
        Supplier<RedParams> red = red(top.map("red"));
        Supplier<BlueParams> blue = blue(top.map("blue"));
        Supplier<DetectionParams> detection = detection(top.map("detection"));
        Supplier<RewardWeights> reward = reward(top.optionalMap("reward"));
        if (!top.ok()) {
            throw new ScenarioException(source, top.problems());
        }
        try {
            return new Scenario(name, description, maxTurns, checkpointStride, zones, hosts.get(), mission.get(),
                    red.get(), blue.get(), detection.get(), reward.get());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, List.of(e.getMessage()), e);
        }
    }

    private static String name(ConfigReader top, String defaultName) {
        String name = top.string("name", defaultName);
        if (top.child("name").node().isTextual() && name.isBlank()) {
            top.reportAt("name", "must not be blank");
        }
        return name;
    }

    private static Supplier<Mission> mission(ConfigReader r) {
        r.allowOnly(MISSION_KEYS);
        int instructions = r.integer("instructions", POSITIVE);
        int required = r.integer("required", POSITIVE);
        if (instructions > 0 && required > instructions) {
            r.reportAt("required", "must be <= " + r.pathOf("instructions") + " (" + instructions
                    + "), got " + required);
        }
        ConfigReader toolList = r.child("instruction_tools");
        List<ConfigReader> items = toolList.asList();
        if (toolList.node().isArray() && items.isEmpty()) {
            toolList.report("must list at least one Blue tool");
        }
        List<Tool> tools = new ArrayList<>();
        for (ConfigReader item : items) {
            String toolName = item.asString();
            Optional<Tool> tool = exactTool(Actor.BLUE, toolName).filter(t -> t != Tool.EXECUTE_INSTRUCTION);
            if (tool.isPresent()) {
                tools.add(tool.get());
            } else if (item.node().isTextual()) {
                item.report("\"" + toolName + "\" is not a Blue tool an instruction can require; accepted: "
                        + Mission.acceptedInstructionTools());
            }
        }
        double maxImpact = r.number("max_business_impact", POSITIVE, Mission.UNLIMITED);
        return () -> new Mission(instructions, required, tools, maxImpact);
    }

    private static Supplier<RedParams> red(ConfigReader r) {
        r.allowOnly(RED_KEYS);
        double exploitBase = r.number("exploit_base", UNIT);
        double enumerateBonus = r.number("enumerate_bonus", NON_NEGATIVE);
        double escalateChance = r.number("escalate_chance", UNIT);
        double pivotSuccess = r.number("pivot_success", UNIT);
        double persistenceSuccess = r.number("persistence_success", UNIT);
        int stagingTurns = r.integer("staging_turns", NON_NEGATIVE);
        double exfilSuccess = r.number("exfil_success", UNIT);
        double coverTracksErase = r.number("cover_tracks_erase", UNIT);
        int stealthTurns = r.integer("stealth_turns", POSITIVE);
        double stealthFactor = r.number("stealth_factor", UNIT);
        double sabotageBackupShare = r.number("sabotage_backup_share", UNIT);
        return () -> new RedParams(exploitBase, enumerateBonus, escalateChance, pivotSuccess, persistenceSuccess,
                stagingTurns, exfilSuccess, coverTracksErase, stealthTurns, stealthFactor, sabotageBackupShare);
    }

    private static Supplier<BlueParams> blue(ConfigReader r) {
        r.allowOnly(BLUE_KEYS);
        int isolationTurns = r.integer("isolation_turns", POSITIVE);
        double patchStep = r.number("patch_step", UNIT);
        double patchEffect = r.number("patch_effect", UNIT);
        int hardenTurns = r.integer("harden_turns", POSITIVE);
        double hardenStrength = r.number("harden_strength", UNIT);
        double hardenDetectionGain = r.number("harden_detection_gain", NON_NEGATIVE);
        int rotateCooldown = r.integer("rotate_cooldown", POSITIVE);
        double rotateCost = r.number("rotate_cost", NON_NEGATIVE);
        double iocGain = r.number("ioc_gain", NON_NEGATIVE);
        int iocMaxLevel = r.integer("ioc_max_level", POSITIVE);
        double siemRefine = r.number("siem_refine", UNIT);
        double siemHunt = r.number("siem_hunt", UNIT);
        double reconcileEvict = r.number("reconcile_evict", UNIT);
        double downtimeCost = r.number("downtime_cost", NON_NEGATIVE);
        double falsePositiveCost = r.number("false_positive_cost", NON_NEGATIVE);
        return () -> new BlueParams(isolationTurns, patchStep, patchEffect, hardenTurns, hardenStrength, hardenDetectionGain, rotateCooldown,
                rotateCost, iocGain, iocMaxLevel, siemRefine, siemHunt, reconcileEvict, downtimeCost,
                falsePositiveCost);
    }

    private static Supplier<DetectionParams> detection(ConfigReader r) {
        r.allowOnly(DETECTION_KEYS);
        Map<Tool, Double> noise = noise(r.map("noise"));
        double falsePositiveRate = r.number("false_positive_rate", UNIT);
        int alertWindow = r.integer("alert_window", POSITIVE);
        int alertMaxAge = r.integer("alert_max_age", POSITIVE);
        double[] trueConfidence = unitRange(r.child("true_confidence"));
        double[] falseConfidence = unitRange(r.child("false_confidence"));
        return () -> new DetectionParams(noise, falsePositiveRate, alertWindow, alertMaxAge,
                trueConfidence[0], trueConfidence[1], falseConfidence[0], falseConfidence[1]);
    }

    private static Map<Tool, Double> noise(ConfigReader r) {
        List<String> redNames = Tool.of(Actor.RED).stream().map(Tool::wireName).toList();
        for (String key : r.keys()) {
            if (!redNames.contains(key)) {
                r.reportAt(key, "not a Red tool; accepted: " + Tool.acceptedNames(Actor.RED));
            }
        }
        Map<Tool, Double> noise = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.of(Actor.RED)) {
            noise.put(tool, r.number(tool.wireName(), UNIT));
        }
        return noise;
    }

    /** A {@code [min, max]} pair of numbers in [0, 1] with min <= max. */
    private static double[] unitRange(ConfigReader r) {
        double[] range = new double[2];
        List<ConfigReader> items = r.asList();
        if (!r.node().isArray()) {
            return range;
        }
        if (items.size() != 2) {
            r.report("expected a list [min, max], got " + items.size() + " values");
            return range;
        }
        range[0] = items.get(0).asNumber(UNIT);
        range[1] = items.get(1).asNumber(UNIT);
        if (UNIT.contains(range[0]) && UNIT.contains(range[1]) && range[0] > range[1]) {
            r.report("min " + Bounds.format(range[0]) + " must be <= max " + Bounds.format(range[1]));
        }
        return range;
    }

    private static Supplier<RewardWeights> reward(ConfigReader r) {
        r.allowOnly(List.of(Actor.RED.wireName(), Actor.BLUE.wireName()));
        Map<RewardComponent, Double> overrides = new EnumMap<>(RewardComponent.class);
        for (Actor side : List.of(Actor.RED, Actor.BLUE)) {
            ConfigReader weights = r.optionalMap(side.wireName());
            List<RewardComponent> components = RewardComponent.of(side);
            weights.allowOnly(components.stream().map(RewardComponent::wireName).toList());
            for (RewardComponent c : components) {
                if (weights.has(c.wireName())) {
                    overrides.put(c, weights.number(c.wireName(), FINITE));
                }
            }
        }
        return () -> RewardWeights.of(overrides);
    }

    /** A tool of one side by its exact wire name (no trimming: the YAML key must match). */
    static Optional<Tool> exactTool(Actor side, String wireName) {
        return Tool.of(side).stream().filter(t -> t.wireName().equals(wireName)).findFirst();
    }
}
