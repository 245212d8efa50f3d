package org.cyberselfplay.env.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed facts of one game: inventory, zones, horizon, playbook, tool parameters and reward weights.
 * Immutable; the mutable game state lives in the env. Loaded from YAML by {@link ScenarioLoader}.
 *
 * <p>Zones are ordered by depth: Red reaches {@code zones[0]} from outside and zone {@code k+1}
 * from a foothold in zone {@code k}. At most {@link #MAX_HOSTS} hosts, because the env keeps
 * host sets as 64-bit masks on its hot path.
 *
 * @param name             preset or file name
 * @param description      one line for listings
 * @param maxTurns         horizon in turns (one Blue and one Red action each)
 * @param checkpointStride checkpoint_plan pays on turns that are multiples of this
 * @param zones            zone names, outermost first
 * @param hosts            the inventory
 * @param mission          the playbook and the win requirement
 * @param red              Red tool parameters
 * @param blue             Blue tool parameters
 * @param detection        alert generation parameters
 * @param reward           reward component weights
 */
public record Scenario(String name, String description, int maxTurns, int checkpointStride, List<String> zones,
                       List<HostSpec> hosts, Mission mission, RedParams red, BlueParams blue,
                       DetectionParams detection, RewardWeights reward) {
    /** Largest inventory the env supports. */
    public static final int MAX_HOSTS = 64;

    public Scenario {
        zones = List.copyOf(zones);
        hosts = List.copyOf(hosts);
        Checks.positive("max_turns", maxTurns);
        Checks.positive("checkpoint_stride", checkpointStride);
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("zones must not be empty");
        }
        if (hosts.isEmpty() || hosts.size() > MAX_HOSTS) {
            throw new IllegalArgumentException("hosts must hold 1.." + MAX_HOSTS + " entries, got " + hosts.size());
        }
        Set<String> names = new HashSet<>();
        boolean anyHighValue = false;
        for (HostSpec h : hosts) {
            if (!names.add(h.name())) {
                throw new IllegalArgumentException("duplicate host name " + h.name());
            }
            if (h.zone() >= zones.size()) {
                throw new IllegalArgumentException("host " + h.name() + " has zone index " + h.zone()
                        + " but there are " + zones.size() + " zones");
            }
            anyHighValue |= h.highValue();
        }
        if (!anyHighValue) {
            throw new IllegalArgumentException("at least one host must be high-value");
        }
    }

    /** Number of hosts in the inventory. */
    public int hostCount() {
        return hosts.size();
    }

    /** Index of a host by inventory name, or -1 when it is not in the inventory. */
    public int hostIndex(String hostName) {
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).name().equals(hostName)) {
                return i;
            }
        }
        return -1;
    }

    /** Names of the high-value hosts, in inventory order. */
    public List<String> highValueHosts() {
        return hosts.stream().filter(HostSpec::highValue).map(HostSpec::name).toList();
    }
}
