package org.cyberselfplay.agents.scripted.red;

import java.util.List;
import java.util.Objects;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * One rule of an archetype: when every condition holds and the target narrows to at least one legal host
 * (or the untargeted tool is legal), the rule applies; it then fires with {@code probability}.
 *
 * @param label       how messages and rationales name the rule: its name, else {@code rules[i]}
 * @param when        conditions that must all hold (empty: always)
 * @param tool        a Red tool
 * @param target      selectors applied in order; empty exactly when the tool takes no target
 * @param probability chance in [0, 1] that the rule fires when it applies
 */
public record Rule(String label, List<Condition> when, Tool tool, List<Selector> target, double probability) {
    public Rule {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tool, "tool");
        when = List.copyOf(when);
        target = List.copyOf(target);
        if (tool.side() != Actor.RED) {
            throw new IllegalArgumentException(tool + " is not a Red tool");
        }
        if (tool.targeted() == target.isEmpty()) {
            throw new IllegalArgumentException(tool + (tool.targeted() ? " needs a target" : " takes no target"));
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
    }
}
