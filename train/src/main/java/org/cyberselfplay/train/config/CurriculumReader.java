package org.cyberselfplay.train.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.ScenarioException;
import org.cyberselfplay.env.scenario.Scenarios;

/**
 * Reads the scenarios of a run config for {@link TrainConfigReader}: loads {@code scenario} and the
 * {@code curriculum} section's scenarios, and checks that {@code network.max_hosts} holds every scenario
 * trained on.
 */
final class CurriculumReader {
    static final List<String> CURRICULUM_KEYS = List.of("enabled", "scenarios", "thresholds", "min_episodes", "ema");

    private CurriculumReader() {
    }

    /** The scenario a spec names, or empty after reporting at {@code at} why it does not load. */
    static Optional<Scenario> scenario(ConfigReader at, String spec) {
        if (spec.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Scenarios.load(spec));
        } catch (ScenarioException e) {
            String why = e.source().equals(spec) ? String.join("; ", e.problems()) : e.getMessage();
            at.report("cannot load scenario \"" + spec + "\": " + why);
            return Optional.empty();
        }
    }

    /**
     * Reads the curriculum, loading each of its scenarios, and checks that {@code network.max_hosts} holds the
     * main scenario and, when the curriculum is enabled, each of its scenarios.
     */
    static Supplier<CurriculumConfig> read(ConfigReader c, ConfigReader net, Optional<Scenario> scenario) {
        c.allowOnly(CURRICULUM_KEYS);
        CurriculumConfig d = CurriculumConfig.defaults();
        boolean enabled = c.bool("enabled", d.enabled());
        Map<String, Scenario> loaded = new LinkedHashMap<>();
        List<String> names = stages(c, d.scenarios(), loaded);
        List<Double> thresholds = thresholds(c, names.size());
        int minEpisodes = c.integer("min_episodes", CurriculumConfig.MIN_EPISODES, d.minEpisodes());
        double ema = c.number("ema", CurriculumConfig.EMA, d.ema());
        Map<String, Scenario> trained = new LinkedHashMap<>();
        scenario.ifPresent(s -> trained.put("scenario", s));
        if (enabled) {
            trained.putAll(loaded);
        }
        checkHostSlots(net, trained);
        return () -> new CurriculumConfig(enabled, names, thresholds, minEpisodes, ema);
    }

    /** The stage names, each stage that loads put in {@code loaded} under its path. */
    private static List<String> stages(ConfigReader c, List<String> fallback, Map<String, Scenario> loaded) {
        if (!c.has("scenarios")) {
            for (int i = 0; i < fallback.size(); i++) {
                String path = c.pathOf("scenarios") + "[" + i + "]";
                scenario(c.child("scenarios"), fallback.get(i)).ifPresent(s -> loaded.put(path, s));
            }
            return fallback;
        }
        ConfigReader list = c.child("scenarios");
        List<ConfigReader> items = list.asList();
        if (list.node().isArray() && items.isEmpty()) {
            list.report("must list at least one scenario");
        }
        List<String> names = new ArrayList<>();
        for (ConfigReader item : items) {
            String name = Readers.nonBlank(item);
            names.add(name);
            scenario(item, name).ifPresent(s -> loaded.put(item.path(), s));
        }
        return names;
    }

    /** One threshold per step between {@code stages} stages, {@value CurriculumConfig#DEFAULT_THRESHOLD} by default. */
    private static List<Double> thresholds(ConfigReader c, int stages) {
        List<Double> fallback = new ArrayList<>();
        for (int i = 1; i < stages; i++) {
            fallback.add(CurriculumConfig.DEFAULT_THRESHOLD);
        }
        List<Double> thresholds = Readers.numbers(c, "thresholds", CurriculumConfig.THRESHOLD, fallback);
        if (c.child("thresholds").node().isArray() && stages > 0 && thresholds.size() != fallback.size()) {
            c.reportAt("thresholds", "expected " + fallback.size() + " values, one per step between the " + stages
                    + " scenarios, got " + thresholds.size());
        }
        return thresholds;
    }

    /** Reports once, for the largest scenario, when {@code network.max_hosts} has too few slots. */
    private static void checkHostSlots(ConfigReader net, Map<String, Scenario> trained) {
        int maxHosts = maxHostsQuietly(net);
        trained.entrySet().stream()
                .filter(e -> e.getValue().hostCount() > maxHosts)
                .max((a, b) -> Integer.compare(a.getValue().hostCount(), b.getValue().hostCount()))
                .ifPresent(e -> net.reportAt("max_hosts", "must be >= " + e.getValue().hostCount() + ", the host"
                        + " count of scenario \"" + e.getValue().name() + "\" (" + e.getKey() + "), got " + maxHosts));
    }

    /** The configured slot count if it is a valid one, else one that fits any scenario (no second report). */
    private static int maxHostsQuietly(ConfigReader net) {
        if (!net.has("max_hosts")) {
            return NetworkSettings.defaults().maxHosts();
        }
        var node = net.child("max_hosts").node();
        boolean valid = node.isIntegralNumber() && node.canConvertToInt()
                && NetworkSettings.MAX_HOSTS.contains(node.intValue());
        return valid ? node.intValue() : Scenario.MAX_HOSTS;
    }
}
