package org.cyberselfplay.league.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyberselfplay.env.Actor;

/**
 * The league's population in the order entries joined, with unique ids. Entries are never removed, so an
 * entry's index is stable and matches the payoff table's row or column order when both are grown together.
 *
 * <p>Mutable through {@link #add} only; every list it returns is an immutable snapshot that later additions
 * do not change. Not thread-safe: the league loop owns it.
 */
public final class OpponentPool {
    private final Map<String, PoolEntry> byId = new LinkedHashMap<>();

    /** An empty pool. */
    public OpponentPool() {
    }

    /**
     * A pool holding {@code entries} in order, e.g. restored from {@link #entries()}.
     *
     * @throws IllegalArgumentException when two entries share an id
     */
    public OpponentPool(Collection<PoolEntry> entries) {
        entries.forEach(this::add);
    }

    /**
     * Appends an entry.
     *
     * @throws IllegalArgumentException when its id is already in the pool
     */
    public void add(PoolEntry entry) {
        Objects.requireNonNull(entry, "entry");
        PoolEntry old = byId.putIfAbsent(entry.id(), entry);
        if (old != null) {
            throw new IllegalArgumentException("pool already has an entry with id \"" + entry.id() + "\" ("
                    + old.kind().wireName() + " " + old.spec() + ")");
        }
    }

    /**
     * The entry with this id.
     *
     * @throws IllegalArgumentException naming the id and the pool's ids when there is none
     */
    public PoolEntry get(String id) {
        PoolEntry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no pool entry with id \"" + id + "\"; the pool has: "
                    + (byId.isEmpty() ? "no entries" : String.join(", ", byId.keySet())));
        }
        return e;
    }

    /** Whether an entry has this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The number of entries. */
    public int size() {
        return byId.size();
    }

    /** Every id in join order (immutable snapshot). */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every entry in join order (immutable snapshot). */
    public List<PoolEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The entries playing {@code side}, in join order (immutable snapshot). */
    public List<PoolEntry> entries(Actor side) {
        List<PoolEntry> out = new ArrayList<>();
        for (PoolEntry e : byId.values()) {
            if (e.kind().side() == side) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
