package org.cyberselfplay.env.scenario;

import java.util.List;

/**
 * A scenario that cannot be loaded: unreadable, malformed YAML, or invalid values. Carries every
 * problem found, each naming the dotted YAML path and what would be accepted; the message is
 * {@code <source>: <problem 1>; <problem 2>; ...}.
 */
public final class ScenarioException extends RuntimeException {
    private final String source;
    private final List<String> problems;

    /**
     * @param source   the file, preset or name the problems belong to
     * @param problems one or more problems, each {@code <path>: <what is wrong>} or a sentence
     */
    public ScenarioException(String source, List<String> problems) {
        this(source, problems, null);
    }

    /** As {@link #ScenarioException(String, List)}, keeping the low-level cause (I/O, parser). */
    public ScenarioException(String source, List<String> problems, Throwable cause) {
        super(source + ": " + String.join("; ", problems.isEmpty() ? List.of("invalid scenario") : problems), cause);
        this.source = source;
        this.problems = problems.isEmpty() ? List.of("invalid scenario") : List.copyOf(problems);
    }

    /** The file, preset or name the problems belong to. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order found (unmodifiable, never empty). */
    public List<String> problems() {
        return problems;
    }
}
