package org.cyberselfplay.train.config;

import java.util.List;

/**
 * A run config that cannot be used: unreadable, malformed YAML, a bad {@code --set} override, or invalid
 * values. Carries every problem found, each {@code <dotted.path>: <what is wrong>} where a field is at fault;
 * the message is {@code <source>: <problem 1>; <problem 2>; ...}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /**
     * @param source   the file (or text) the problems belong to
     * @param problems one or more problems
     */
    public ConfigException(String source, List<String> problems) {
        this(source, problems, null);
    }

    /** As {@link #ConfigException(String, List)}, keeping the low-level cause (I/O, parser). */
    public ConfigException(String source, List<String> problems, Throwable cause) {
        super(source + ": " + String.join("; ", problems.isEmpty() ? List.of("invalid run config") : problems),
                cause);
        this.source = source;
        this.problems = problems.isEmpty() ? List.of("invalid run config") : List.copyOf(problems);
    }

    /** The file (or text) the problems belong to. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order found (unmodifiable, never empty). */
    public List<String> problems() {
        return problems;
    }
}
