package org.cyberselfplay.env.scenario;

import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * The recovery playbook Blue must follow.
 *
 * @param instructions     playbook length; each instruction's required tool is drawn at reset
 * @param required         completed instructions Blue needs at the horizon to win
 * @param instructionTools the Blue tools instructions may require (drawn uniformly, seeded)
 * @param maxBusinessImpact the business impact the organisation absorbs: once Blue's response (downtime, rotations,
 *                         false positives) costs more, the mission has failed and Red wins; {@code > 0},
 *                         {@link Double#POSITIVE_INFINITY} for no limit
 */
public record Mission(int instructions, int required, List<Tool> instructionTools, double maxBusinessImpact) {
    /** No business-impact limit. */
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;

    public Mission {
        if (!(maxBusinessImpact > 0)) {
            throw new IllegalArgumentException("max_business_impact must be > 0, got " + maxBusinessImpact);
        }
        Checks.positive("instructions", instructions);
        Checks.positive("required", required);
        if (required > instructions) {
            throw new IllegalArgumentException("required (" + required + ") exceeds instructions (" + instructions + ")");
        }
        instructionTools = List.copyOf(instructionTools);
        if (instructionTools.isEmpty()) {
            throw new IllegalArgumentException("instruction_tools must not be empty");
        }
        for (Tool t : instructionTools) {
            if (t.side() != Actor.BLUE || t == Tool.EXECUTE_INSTRUCTION) {
                throw new IllegalArgumentException("instruction tool " + t + " is not a Blue tool other than "
                        + Tool.EXECUTE_INSTRUCTION);
            }
        }
    }

    /** Whether the business-impact limit is finite. */
    public boolean limitsBusinessImpact() {
        return maxBusinessImpact != UNLIMITED;
    }

    /** The tools an instruction may require: every Blue tool but execute_instruction itself. */
    public static String acceptedInstructionTools() {
        return Tool.of(Actor.BLUE).stream().filter(t -> t != Tool.EXECUTE_INSTRUCTION).map(Tool::wireName)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
