package org.cyberselfplay.league.pool;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cyberselfplay.env.Actor;

/**
 * What a pool entry is and which side it plays. The wire names are what league state files and configs
 * carry.
 */
public enum EntryKind {
    /** A scripted Red archetype; its spec is an archetype spec such as {@code blitz} or {@code apt@0.2}. */
    ARCHETYPE("archetype", Actor.RED),
    /** A neural Red policy; its spec is a checkpoint path. */
    NEURAL_RED("neural_red", Actor.RED),
    /** A neural Blue policy; its spec is a checkpoint path. */
    NEURAL_BLUE("neural_blue", Actor.BLUE);

    private final String wireName;
    private final Actor side;

    EntryKind(String wireName, Actor side) {
        this.wireName = wireName;
        this.side = side;
    }

    /** The name used in JSON and YAML, e.g. {@code neural_red}. */
    public String wireName() {
        return wireName;
    }

    /** The side an entry of this kind plays. */
    public Actor side() {
        return side;
    }

    /**
     * Parses a wire name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names when it names no kind
     */
    public static EntryKind fromName(String name) {
        for (EntryKind k : values()) {
            if (name != null && k.wireName.equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown pool entry kind \"" + name + "\"; accepted: "
                + Arrays.stream(values()).map(EntryKind::wireName).collect(Collectors.joining(", ")));
    }
}
