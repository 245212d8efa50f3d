package org.cyberselfplay.env;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The flat, fixed action-index layout of one side in one scenario.
 *
 * <p>Tools in {@link Tool} order; a targeted tool takes one slot per inventory host (in inventory order),
 * an untargeted tool one slot, and {@code execute_instruction} one slot per Blue tool (the claimed
 * {@code required_tool}, in {@link Tool#of(Actor) Tool.of(BLUE)} order). Immutable.
 */
public final class ActionSpace {
    private final Scenario scenario;
    private final Actor side;
    private final List<Tool> tools;
    private final int[] offset;
    private final int size;

    private ActionSpace(Scenario scenario, Actor side) {
        this.scenario = scenario;
        this.side = side;
        this.tools = Tool.of(side);
        this.offset = new int[tools.size() + 1];
        for (int i = 0; i < tools.size(); i++) {
            offset[i + 1] = offset[i] + width(tools.get(i));
        }
        this.size = offset[tools.size()];
    }

    public static ActionSpace of(Scenario scenario, Actor side) {
        return new ActionSpace(scenario, side);
    }

    /** Slots of one tool. */
    public int width(Tool tool) {
        if (tool == Tool.EXECUTE_INSTRUCTION) {
            return Tool.of(Actor.BLUE).size();
        }
        return tool.targeted() ? scenario.hostCount() : 1;
    }

    public Actor side() {
        return side;
    }

    /** Number of action indices. */
    public int size() {
        return size;
    }

    /** First index of the tool at position {@code toolPos} of {@code Tool.of(side)}. */
    public int offset(int toolPos) {
        return offset[toolPos];
    }

    /** Position of {@code tool} in {@code Tool.of(side)}. */
    public int position(Tool tool) {
        if (tool.side() != side) {
            throw new IllegalArgumentException(tool + " is not a " + side + " tool");
        }
        return tool.ordinal() - tools.get(0).ordinal();
    }

    /** Index of (tool, argument): the argument is a host index, a Blue tool position, or 0. */
    public int encode(Tool tool, int argument) {
        int pos = position(tool);
        if (argument < 0 || argument >= width(tool)) {
            throw new IllegalArgumentException("argument " + argument + " out of range for " + tool);
        }
        return offset[pos] + argument;
    }

    /** Position in {@code Tool.of(side)} of the tool behind an index. */
    public int toolPosition(int index) {
        checkIndex(index);
        int lo = 0;
        int hi = tools.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offset[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public Tool tool(int index) {
        return tools.get(toolPosition(index));
    }

    /** The argument of an index: host index for targeted tools, Blue tool position for execute_instruction, else 0. */
    public int argument(int index) {
        return index - offset[toolPosition(index)];
    }

    /** The wire action for an index. */
    public Action toAction(int index) {
        Tool tool = tool(index);
        int arg = argument(index);
        if (tool == Tool.EXECUTE_INSTRUCTION) {
            return new Action(side.wireName(), tool.wireName(), null,
                    Map.of(Tool.REQUIRED_TOOL_PARAM, Tool.of(Actor.BLUE).get(arg).wireName()), null);
        }
        String target = tool.targeted() ? scenario.hosts().get(arg).name() : null;
        return new Action(side.wireName(), tool.wireName(), target, Map.of(), null);
    }

    /**
     * The index of a well-formed wire action of this side, or empty when it names an unknown tool, target or
     * {@code required_tool} (legality now is not checked).
     */
    public OptionalInt indexOf(Action action) {
        Tool tool = Tool.fromWire(action.tool()).filter(t -> t.side() == side).orElse(null);
        if (tool == null || !side.wireName().equals(action.actor())) {
            return OptionalInt.empty();
        }
        int argument = 0;
        if (tool == Tool.EXECUTE_INSTRUCTION) {
            Tool claimed = Tool.fromWire(action.params().get(Tool.REQUIRED_TOOL_PARAM))
                    .filter(t -> t.side() == Actor.BLUE).orElse(null);
            if (claimed == null) {
                return OptionalInt.empty();
            }
            argument = claimed.ordinal();
        } else if (tool.targeted()) {
            argument = action.target() == null ? -1 : scenario.hostIndex(action.target().trim());
            if (argument < 0) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(encode(tool, argument));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("action index " + index + " outside [0, " + size + ") for " + side);
        }
    }
}
