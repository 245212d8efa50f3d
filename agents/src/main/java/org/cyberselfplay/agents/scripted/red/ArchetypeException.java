package org.cyberselfplay.agents.scripted.red;

import java.util.List;
import org.cyberselfplay.agents.PolicyException;

/**
 * An archetype that cannot be built: an unknown name, a bad noise level, an unreadable file, or a rule
 * file with invalid content. Carries every problem found in the file, each naming the rule (by its name
 * or {@code rules[i]}), the field and what would be accepted; the message is
 * {@code <source>: <problem 1>; <problem 2>; ...}.
 */
public final class ArchetypeException extends PolicyException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /**
     * @param source   the file, built-in or spec the problems belong to
     * @param problems one or more problems, each {@code <path>: <what is wrong>} or a sentence
     */
    public ArchetypeException(String source, List<String> problems) {
        this(source, problems, null);
    }

    /** As {@link #ArchetypeException(String, List)}, keeping the low-level cause (I/O, parser). */
    public ArchetypeException(String source, List<String> problems, Throwable cause) {
        super(source + ": " + String.join("; ", orDefault(problems)), cause);
        this.source = source;
        this.problems = orDefault(problems);
    }

    /** The file, built-in or spec the problems belong to. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order found (unmodifiable, never empty). */
    public List<String> problems() {
        return problems;
    }

    private static List<String> orDefault(List<String> problems) {
        return problems.isEmpty() ? List.of("invalid archetype") : List.copyOf(problems);
    }
}
