package org.cyberselfplay.env.scenario;

import static org.cyberselfplay.env.config.Bounds.POSITIVE;
import static org.cyberselfplay.env.config.Bounds.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;

/** Reads the {@code zones}, {@code host_defaults} and {@code hosts} sections of a scenario tree. */
final class Inventory {
    static final List<String> HOST_KEYS = List.of("name", "zone", "high_value", "criticality", "exploitability",
            "patch");
    static final List<String> HOST_DEFAULT_KEYS = List.of("criticality", "exploitability", "patch");
    /** Built-in host defaults, used where neither the host nor {@code host_defaults} sets a value. */
    static final HostDefaults BUILT_IN = new HostDefaults(1.0, 0.6, 0.1);

    private Inventory() {
    }

    /** Host fields that {@code host_defaults} may set. */
    record HostDefaults(double criticality, double exploitability, double patch) {
    }

    /** A host read and checked but not yet built. */
    private record Draft(String name, int zone, boolean highValue, double criticality, double exploitability,
                         double patch) {
        HostSpec build() {
            return new HostSpec(name, zone, highValue, criticality, exploitability, patch);
        }
    }

    /** The zone names, outermost first; a name's position is its zone index. */
    static List<String> zones(ConfigReader top) {
        ConfigReader list = top.child("zones");
        List<ConfigReader> items = list.asList();
        if (list.node().isArray() && items.isEmpty()) {
            list.report("must list at least one zone");
        }
        List<String> zones = new ArrayList<>();
        for (ConfigReader item : items) {
            String zone = item.asString();
            if (!item.node().isTextual()) {
                continue;
            }
            if (zone.isBlank()) {
                item.report("must not be blank");
            } else if (zones.contains(zone)) {
                item.report("duplicate zone \"" + zone + "\"");
            }
            zones.add(zone);
        }
        return zones;
    }

    /** The hosts, checked against {@code zones}; build them only when the reader reports no problem. */
    static Supplier<List<HostSpec>> hosts(ConfigReader top, List<String> zones) {
        HostDefaults defaults = defaults(top.optionalMap("host_defaults"));
        ConfigReader list = top.child("hosts");
        List<ConfigReader> items = list.asList();
        if (list.node().isArray() && items.isEmpty()) {
            list.report("must list at least one host");
        }
        if (items.size() > Scenario.MAX_HOSTS) {
            list.report("at most " + Scenario.MAX_HOSTS + " hosts are supported, got " + items.size());
        }
        Map<String, String> firstSeenAt = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (ConfigReader item : items) {
            drafts.add(host(item.asMap(), zones, defaults, firstSeenAt));
        }
        if (!items.isEmpty() && drafts.stream().noneMatch(Draft::highValue)) {
            list.report("at least one host must have high_value: true");
        }
        return () -> drafts.stream().map(Draft::build).toList();
    }

    private static HostDefaults defaults(ConfigReader r) {
        r.allowOnly(HOST_DEFAULT_KEYS);
        return new HostDefaults(
                r.number("criticality", POSITIVE, BUILT_IN.criticality()),
                r.number("exploitability", UNIT, BUILT_IN.exploitability()),
                r.number("patch", UNIT, BUILT_IN.patch()));
    }

    private static Draft host(ConfigReader r, List<String> zones, HostDefaults defaults,
                              Map<String, String> firstSeenAt) {
        r.allowOnly(HOST_KEYS);
        String name = r.string("name");
        if (r.child("name").node().isTextual()) {
            String first = firstSeenAt.putIfAbsent(name, r.path());
            if (name.isBlank()) {
                r.reportAt("name", "must not be blank");
            } else if (first != null) {
                r.reportAt("name", "duplicate host name \"" + name + "\" (first at " + first + ")");
            }
        }
        int zone = zoneIndex(r, zones);
        boolean highValue = r.bool("high_value", false);
        double criticality = r.number("criticality", POSITIVE, defaults.criticality());
        double exploitability = r.number("exploitability", UNIT, defaults.exploitability());
        double patch = r.number("patch", UNIT, defaults.patch());
        return new Draft(name, zone, highValue, criticality, exploitability, patch);
    }

    private static int zoneIndex(ConfigReader host, List<String> zones) {
        String zone = host.string("zone");
        if (!host.child("zone").node().isTextual() || zones.isEmpty()) {
            return 0;
        }
        int index = zones.indexOf(zone);
        if (index < 0) {
            host.reportAt("zone", "unknown zone \"" + zone + "\"; zones: " + String.join(", ", zones));
            return 0;
        }
        return index;
    }
}
