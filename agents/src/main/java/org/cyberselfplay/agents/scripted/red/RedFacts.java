package org.cyberselfplay.agents.scripted.red;

import java.util.HashMap;
import java.util.Map;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * What Red's observation says, as 64-bit host masks (bit {@code h} is inventory host {@code h}) for the
 * conditions and selectors to read. Built from one observation only: Red's view, the time and the legal
 * actions. Immutable.
 *
 * <p>Red "knows" a host is high-value once {@code enumerate_services} revealed it, once data is staged on
 * it, or once its legal actions offer {@code prepare_exfiltration} there: all three are in its observation.
 */
final class RedFacts {
    /** The host layout of one scenario: names to indices, each host's zone depth, Red's action space. */
    record Hosts(Map<String, Integer> index, int[] zoneOf, int zoneCount, ActionSpace space) {
        int of(String name) {
            Integer i = index.get(name);
            if (i == null) {
                throw new IllegalArgumentException("host " + name + " is not in this scenario's inventory");
            }
            return i;
        }
    }

    final Hosts hosts;
    final ActionMask legal;
    final long knownOnline;
    final long enumerated;
    final long highValue;
    final long footholds;
    final long admin;
    final long persistent;
    final long credentials;
    final long ready;
    final long staging;
    final int deepestFootholdZone;
    final int turn;
    final double progress;
    final double detectionPressure;
    final boolean stealthy;

    private RedFacts(Hosts hosts, Observation obs, long[] masks) {
        this.hosts = hosts;
        this.legal = obs.legalActions();
        this.knownOnline = masks[0];
        this.enumerated = masks[1];
        this.highValue = masks[2];
        this.footholds = masks[3];
        this.admin = masks[4];
        this.persistent = masks[5];
        this.credentials = masks[6];
        this.ready = masks[7];
        this.staging = masks[8];
        int deepest = -1;
        for (long m = footholds; m != 0; m &= m - 1) {
            deepest = Math.max(deepest, hosts.zoneOf()[Long.numberOfTrailingZeros(m)]);
        }
        this.deepestFootholdZone = deepest;
        RedView view = obs.red();
        this.turn = obs.timeStep();
        this.progress = obs.maxTurns() == 0 ? 1.0 : obs.timeStep() / (double) obs.maxTurns();
        this.detectionPressure = view.detectionPressure();
        this.stealthy = view.stealthTurnsLeft() > 0;
    }

    /** The facts of one Red observation. */
    static RedFacts of(Observation obs, Hosts hosts) {
        RedView view = obs.red();
        long[] m = new long[9];
        for (RedView.TargetView t : view.knownTargets()) {
            long bit = 1L << hosts.of(t.name());
            m[0] |= t.online() ? bit : 0;
            m[1] |= t.enumerated() ? bit : 0;
            m[2] |= t.highValue() ? bit : 0;
        }
        for (RedView.FootholdView f : view.footholds()) {
            long bit = f.online() ? 1L << hosts.of(f.host()) : 0;
            m[3] |= bit;
            m[4] |= "admin".equals(f.access()) ? bit : 0;
            m[5] |= f.persistence() ? bit : 0;
        }
        for (String c : view.credentials()) {
            m[6] |= 1L << hosts.of(c);
        }
        for (RedView.StagedView s : view.staged()) {
            long bit = 1L << hosts.of(s.host());
            m[2] |= bit;
            m[s.readyIn() == 0 ? 7 : 8] |= bit;
        }
        m[2] |= legalTargets(obs.legalActions(), hosts.space(), Tool.PREPARE_EXFILTRATION);
        m[7] &= m[3];
        return new RedFacts(hosts, obs, m);
    }

    /** The hosts on which {@code tool} is legal now; for an untargeted tool, bit 0 when it is legal. */
    static long legalTargets(ActionMask legal, ActionSpace space, Tool tool) {
        int offset = space.offset(space.position(tool));
        int width = space.width(tool);
        long out = 0;
        for (int i = 0; i < width; i++) {
            if (legal.isLegal(offset + i)) {
                out |= 1L << i;
            }
        }
        return out;
    }

    long legalTargets(Tool tool) {
        return legalTargets(legal, hosts.space(), tool);
    }

    /** Hosts of zone {@code zone} (none for a zone the scenario does not have). */
    long zone(int zone) {
        long out = 0;
        int[] zoneOf = hosts.zoneOf();
        for (int h = 0; h < zoneOf.length; h++) {
            out |= zoneOf[h] == zone ? 1L << h : 0;
        }
        return out;
    }

    /** Known online hosts of zone {@code zone} that are not footholds. */
    long openInZone(int zone) {
        return zone(zone) & knownOnline & ~footholds;
    }

    /** Whether Red knows no host of the zone after its deepest foothold's (false past the last zone). */
    boolean unknownNextZone() {
        int next = deepestFootholdZone + 1;
        return next < hosts.zoneCount() && (zone(next) & knownOnline) == 0;
    }

    /** The hosts of {@code candidates} in the shallowest ({@code deepest = false}) or deepest zone among them. */
    long extremeZone(long candidates, boolean deepest) {
        int best = -1;
        int[] zoneOf = hosts.zoneOf();
        for (long m = candidates; m != 0; m &= m - 1) {
            int z = zoneOf[Long.numberOfTrailingZeros(m)];
            if (best < 0 || (deepest ? z > best : z < best)) {
                best = z;
            }
        }
        return best < 0 ? 0 : zone(best) & candidates;
    }

    /** Hosts of every zone from which Red holds credentials. */
    long credentialZones() {
        long out = 0;
        for (long m = credentials; m != 0; m &= m - 1) {
            out |= zone(hosts.zoneOf()[Long.numberOfTrailingZeros(m)]);
        }
        return out;
    }

    /** Hosts in a zone deeper than Red's deepest online foothold (every host when it holds none). */
    long deeperThanFootholds() {
        long out = 0;
        int[] zoneOf = hosts.zoneOf();
        for (int h = 0; h < zoneOf.length; h++) {
            out |= zoneOf[h] > deepestFootholdZone ? 1L << h : 0;
        }
        return out;
    }

    /** The host layout of {@code scenario}, with Red's action space. */
    static Hosts layout(Scenario scenario) {
        Map<String, Integer> index = new HashMap<>();
        int[] zoneOf = new int[scenario.hostCount()];
        for (int i = 0; i < zoneOf.length; i++) {
            index.put(scenario.hosts().get(i).name(), i);
            zoneOf[i] = scenario.hosts().get(i).zone();
        }
        return new Hosts(Map.copyOf(index), zoneOf, scenario.zones().size(), ActionSpace.of(scenario, Actor.RED));
    }
}
