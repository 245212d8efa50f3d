package org.cyberselfplay.agents.features;

import java.util.Arrays;
import java.util.List;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * A padded action layout of one side that does not depend on the scenario, so that a network's output layer
 * fits every scenario with at most {@code maxHosts} hosts.
 *
 * <p>Layout: the tools of {@link Tool#of(Actor) Tool.of(side)} in order; a targeted tool takes {@code maxHosts}
 * slots (slot {@code h} targets inventory host {@code h}); an untargeted tool takes 1 slot;
 * {@code execute_instruction} takes one slot per Blue tool (the claimed {@code required_tool}, in
 * {@code Tool.of(BLUE)} order). The codec index of (tool, argument) is the tool's offset plus the argument.
 * Slots of hosts the scenario does not have are padding: they map to no env action and are always masked.
 * At {@code maxHosts = 32} Blue has 6 x 32 + 6 + 13 = 211 indices and Red 8 x 32 + 2 = 258.
 *
 * <p>The codec maps codec indices to and from the env's {@link ActionSpace} indices of one scenario, and the
 * observation's {@link ActionMask} into a codec-layout mask. Immutable and thread-safe.
 */
public final class ActionCodec {
    private final Scenario scenario;
    private final Actor side;
    private final int maxHosts;
    private final ActionSpace space;
    private final List<Tool> tools;
    private final int[] offset;
    private final int[] codecToEnv;
    private final int[] envToCodec;

    private ActionCodec(Scenario scenario, Actor side, int maxHosts) {
        new FeatureLayout(maxHosts).check(scenario);
        this.scenario = scenario;
        this.side = side;
        this.maxHosts = maxHosts;
        this.space = ActionSpace.of(scenario, side);
        this.tools = Tool.of(side);
        this.offset = new int[tools.size() + 1];
        for (int t = 0; t < tools.size(); t++) {
            offset[t + 1] = offset[t] + width(tools.get(t), maxHosts);
        }
        this.codecToEnv = new int[offset[tools.size()]];
        this.envToCodec = new int[space.size()];
        Arrays.fill(codecToEnv, -1);
        for (int e = 0; e < space.size(); e++) {
            int c = offset[space.toolPosition(e)] + space.argument(e);
            codecToEnv[c] = e;
            envToCodec[e] = c;
        }
    }

    /**
     * The codec of {@code side} in {@code scenario} with {@code maxHosts} host slots per targeted tool.
     *
     * @throws IllegalArgumentException when the scenario has more hosts than {@code maxHosts}
     */
    public static ActionCodec of(Scenario scenario, Actor side, int maxHosts) {
        return new ActionCodec(scenario, side, maxHosts);
    }

    /** The codec whose host slots match {@code layout}. */
    public static ActionCodec of(Scenario scenario, Actor side, FeatureLayout layout) {
        return new ActionCodec(scenario, side, layout.maxHosts());
    }

    /** Slots of {@code tool} in the padded layout. */
    public static int width(Tool tool, int maxHosts) {
        if (tool == Tool.EXECUTE_INSTRUCTION) {
            return Tool.of(Actor.BLUE).size();
        }
        return tool.targeted() ? maxHosts : 1;
    }

    /** Size of the padded layout of {@code side}; independent of any scenario. */
    public static int size(Actor side, int maxHosts) {
        int n = 0;
        for (Tool t : Tool.of(side)) {
            n += width(t, maxHosts);
        }
        return n;
    }

    public Actor side() {
        return side;
    }

    public int maxHosts() {
        return maxHosts;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The env's action space this codec maps to. */
    public ActionSpace actionSpace() {
        return space;
    }

    /** Number of codec indices (the policy network's output width). */
    public int size() {
        return codecToEnv.length;
    }

    /** Codec index of the first slot of {@code tool}. */
    public int offset(Tool tool) {
        return offset[space.position(tool)];
    }

    /** Codec index of (tool, argument): the argument is a host slot, a Blue tool position, or 0. */
    public int encode(Tool tool, int argument) {
        int w = width(tool, maxHosts);
        if (argument < 0 || argument >= w) {
            throw new IllegalArgumentException("argument " + argument + " outside [0, " + w + ") for " + tool);
        }
        return offset(tool) + argument;
    }

    /** The tool behind a codec index. */
    public Tool tool(int codecIndex) {
        checkIndex(codecIndex);
        int t = Arrays.binarySearch(offset, codecIndex);
        return tools.get(t >= 0 ? t : -t - 2);
    }

    /** The argument of a codec index: host slot, Blue tool position, or 0. */
    public int argument(int codecIndex) {
        return codecIndex - offset(tool(codecIndex));
    }

    /** Whether a codec index is a padded slot: a host this scenario does not have. */
    public boolean isPadding(int codecIndex) {
        checkIndex(codecIndex);
        return codecToEnv[codecIndex] < 0;
    }

    /**
     * The env action index of a codec index.
     *
     * @throws IllegalArgumentException for an index outside the layout or a padded slot
     */
    public int toEnvIndex(int codecIndex) {
        checkIndex(codecIndex);
        int e = codecToEnv[codecIndex];
        if (e < 0) {
            throw new IllegalArgumentException("codec index " + codecIndex + " (" + tool(codecIndex) + " slot "
                    + argument(codecIndex) + ") is padding: scenario \"" + scenario.name() + "\" has "
                    + scenario.hostCount() + " hosts");
        }
        return e;
    }

    /** The codec index of an env action index. */
    public int fromEnvIndex(int envIndex) {
        if (envIndex < 0 || envIndex >= envToCodec.length) {
            throw new IllegalArgumentException("env action index " + envIndex + " outside [0, " + envToCodec.length
                    + ") for " + side);
        }
        return envToCodec[envIndex];
    }

    /** The wire action of a codec index; equal to {@code actionSpace().toAction(toEnvIndex(codecIndex))}. */
    public Action toAction(int codecIndex) {
        return space.toAction(toEnvIndex(codecIndex));
    }

    /**
     * Writes the codec-layout mask of an env mask into {@code out[0 .. size())}: true exactly at the codec
     * indices of legal env indices; padded slots are always false. Allocation-free.
     *
     * @throws IllegalArgumentException when the mask is not over this scenario's action space of this side
     */
    public void mask(ActionMask mask, boolean[] out) {
        if (mask.size() != envToCodec.length) {
            throw new IllegalArgumentException("action mask over " + mask.size() + " indices, but " + side
                    + "'s action space in scenario \"" + scenario.name() + "\" has " + envToCodec.length);
        }
        if (out.length < codecToEnv.length) {
            throw new IllegalArgumentException("mask array of " + out.length + " < codec size " + codecToEnv.length);
        }
        Arrays.fill(out, 0, codecToEnv.length, false);
        for (int e = 0; e < envToCodec.length; e++) {
            if (mask.isLegal(e)) {
                out[envToCodec[e]] = true;
            }
        }
    }

    /** The codec-layout mask of an env mask in a new array; see {@link #mask(ActionMask, boolean[])}. */
    public boolean[] mask(ActionMask mask) {
        boolean[] out = new boolean[codecToEnv.length];
        mask(mask, out);
        return out;
    }

    private void checkIndex(int codecIndex) {
        if (codecIndex < 0 || codecIndex >= codecToEnv.length) {
            throw new IllegalArgumentException("codec index " + codecIndex + " outside [0, " + codecToEnv.length
                    + ") for " + side);
        }
    }
}
