package org.cyberselfplay.env;

import java.util.Arrays;
import java.util.Optional;

/** The two players. Blue moves first in every turn. */
public enum Actor {
    BLUE("blue"),
    RED("red");

    private final String wireName;

    Actor(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in JSON and YAML ({@code "blue"} / {@code "red"}). */
    public String wireName() {
        return wireName;
    }

    /** The other side. */
    public Actor opponent() {
        return this == BLUE ? RED : BLUE;
    }

    /** Parses a wire name, case-insensitively; empty when it names no actor. */
    public static Optional<Actor> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.wireName.equalsIgnoreCase(name.trim())).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
