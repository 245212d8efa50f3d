package org.cyberselfplay.league.pool;

import java.util.Objects;

/**
 * One member of the league's population.
 *
 * @param id         unique name within the pool, non-blank without surrounding whitespace
 *                   (e.g. {@code blitz}, {@code red-r3})
 * @param kind       what it is and which side it plays
 * @param spec       how to build the policy: an archetype spec ({@code blitz}, {@code blitz@0.2}) or a
 *                   checkpoint path; non-blank
 * @param provenance why it is in the pool, for reports (e.g. {@code archetype},
 *                   {@code best response round 3}); may be empty, never null
 * @param roundAdded the league round it joined, {@code >= 0} (0 for the seed population)
 */
public record PoolEntry(String id, EntryKind kind, String spec, String provenance, int roundAdded) {
    public PoolEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(provenance, "provenance");
        if (id.isBlank() || !id.equals(id.strip())) {
            throw new IllegalArgumentException("pool entry id must be non-blank without surrounding whitespace, got \""
                    + id + "\"");
        }
        if (spec.isBlank()) {
            throw new IllegalArgumentException("pool entry " + id + ": spec must be non-blank");
        }
        if (roundAdded < 0) {
            throw new IllegalArgumentException("pool entry " + id + ": roundAdded must be >= 0, got " + roundAdded);
        }
    }

    /** A scripted Red archetype of the seed population: id and spec are both {@code spec}, round 0. */
    public static PoolEntry archetype(String spec) {
        return new PoolEntry(spec, EntryKind.ARCHETYPE, spec, "archetype", 0);
    }
}
