package org.cyberselfplay.agents.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Turns an observation of either side into its {@link FeatureLayout} vector.
 *
 * <p>Reads only the observation; the scenario gives the inventory order (host name to slot), zone depths and
 * the constants that scale counts and durations into [0, 1]. Allocates nothing but the array it returns
 * ({@link #write} allocates nothing). Immutable and thread-safe.
 */
public final class Featurizer {
    private final Scenario scenario;
    private final FeatureLayout layout;
    private final Map<String, Integer> hostSlot;
    private final Map<String, Integer> zoneIndex;

    /**
     * A featurizer of {@code scenario}'s observations.
     *
     * @throws IllegalArgumentException when the scenario has more hosts than {@code layout.maxHosts()}
     */
    public Featurizer(Scenario scenario, FeatureLayout layout) {
        layout.check(scenario);
        this.scenario = scenario;
        this.layout = layout;
        this.hostSlot = indexOf(scenario.hosts().stream().map(h -> h.name()).toList());
        this.zoneIndex = indexOf(scenario.zones());
    }

    public Scenario scenario() {
        return scenario;
    }

    public FeatureLayout layout() {
        return layout;
    }

    /** Feature count of one side. */
    public int size(Actor side) {
        return layout.size(side);
    }

    /** The features of {@code observation} in a new array of {@code size(observation.actor())}. */
    public float[] features(Observation observation) {
        float[] out = new float[layout.size(observation.actor())];
        write(observation, out, 0);
        return out;
    }

    /**
     * Writes the features of {@code observation} into {@code out[offset .. offset + size(side))}, overwriting
     * every entry of that range (padding included) and nothing outside it.
     *
     * @throws IllegalArgumentException when the observation is not of this scenario, or {@code out} is too short
     */
    public void write(Observation observation, float[] out, int offset) {
        Actor side = observation.actor();
        int size = layout.size(side);
        if (offset < 0 || offset + size > out.length) {
            throw new IllegalArgumentException("feature row [" + offset + ", " + (offset + size)
                    + ") does not fit an array of " + out.length);
        }
        Arrays.fill(out, offset, offset + size, 0f);
        if (side == Actor.BLUE) {
            BlueView view = observation.blue();
            if (view.hosts().size() != scenario.hostCount()) {
                throw new IllegalArgumentException("observation lists " + view.hosts().size()
                        + " hosts but scenario \"" + scenario.name() + "\" has " + scenario.hostCount());
            }
            BlueFeatures.write(this, observation, view, out, offset);
        } else {
            RedFeatures.write(this, observation, observation.red(), out, offset);
        }
    }

    /** Slot of an inventory host. */
    int slot(String host) {
        Integer s = hostSlot.get(host);
        if (s == null) {
            throw new IllegalArgumentException("host \"" + host + "\" is not in scenario \"" + scenario.name()
                    + "\"'s inventory");
        }
        return s;
    }

    /** Zone depth in [0, 1]: 0 outermost, 1 deepest (0 when there is a single zone). */
    float zoneDepth(String zone) {
        return (float) frac(zoneIndexOf(zone), scenario.zones().size() - 1);
    }

    int zoneIndexOf(String zone) {
        Integer z = zoneIndex.get(zone);
        if (z == null) {
            throw new IllegalArgumentException("zone \"" + zone + "\" is not one of scenario \"" + scenario.name()
                    + "\"'s zones " + scenario.zones());
        }
        return z;
    }

    /** {@code x / scale} clipped to [0, 1]; 0 when the scale is not positive. */
    static double frac(double x, double scale) {
        if (!(scale > 0)) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, x / scale));
    }

    /** 1 / (1 + age) for an age >= 0, else 0 ("never"). */
    static double recency(int age) {
        return age < 0 ? 0.0 : 1.0 / (1.0 + age);
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return Map.copyOf(m);
    }
}
