package org.cyberselfplay.env.game;

import java.util.List;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Mission;

/**
 * Blue's recovery playbook. Instructions are drawn one at a time, when they become current, from the
 * playbook's own RNG (seeded from the env's at reset): the same seed gives the same playbook, and neither
 * reset nor step costs grow with the playbook's length.
 */
final class Playbook {
    private final Mission mission;
    private final Rng rng;
    private int pointer;
    private int currentTool;
    private int currentPriority;
    int completed;
    int violated;

    Playbook(Mission mission, long seed) {
        this.mission = mission;
        this.rng = new Rng(seed);
        draw();
    }

    private Playbook(Playbook o) {
        mission = o.mission;
        rng = o.rng.copy();
        pointer = o.pointer;
        currentTool = o.currentTool;
        currentPriority = o.currentPriority;
        completed = o.completed;
        violated = o.violated;
    }

    Playbook copy() {
        return new Playbook(this);
    }

    private void draw() {
        List<Tool> tools = mission.instructionTools();
        currentTool = tools.get(rng.nextInt(tools.size())).ordinal();
        currentPriority = 1 + rng.nextInt(3);
    }

    /** Whether an instruction is still pending. */
    boolean open() {
        return pointer < mission.instructions();
    }

    /** 0-based index of the current instruction. */
    int pointer() {
        return pointer;
    }

    int total() {
        return mission.instructions();
    }

    /** Ordinal of the current instruction's required tool. */
    int currentTool() {
        return currentTool;
    }

    int currentPriority() {
        return currentPriority;
    }

    /** The current instruction was carried out; move on. */
    void complete() {
        completed++;
        advance();
    }

    /** A wrong tool was claimed: a violation, the instruction stays current. */
    void recordViolation() {
        violated++;
    }

    /** The current instruction was wrecked: a violation, and it is skipped. */
    void wreckCurrent() {
        violated++;
        advance();
    }

    private void advance() {
        pointer++;
        if (open()) {
            draw();
        }
    }

    @Override
    public String toString() {
        return "Playbook[pointer=" + pointer + ", tool=" + currentTool + ", priority=" + currentPriority
                + ", completed=" + completed + ", violated=" + violated + ", draws=" + rng + "]";
    }
}
