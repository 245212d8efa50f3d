package org.cyberselfplay.league.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cyberselfplay.env.Actor;
import org.junit.jupiter.api.Test;

class OpponentPoolTest {
    private static final PoolEntry BLITZ = PoolEntry.archetype("blitz");
    private static final PoolEntry NOISY_APT = PoolEntry.archetype("apt@0.2");
    private static final PoolEntry RED_R3 =
            new PoolEntry("red-r3", EntryKind.NEURAL_RED, "runs/x/checkpoints/red-r3.zip", "best response round 3", 3);
    private static final PoolEntry BLUE_R1 =
            new PoolEntry("blue-r1", EntryKind.NEURAL_BLUE, "runs/x/checkpoints/blue-r1.zip", "learner round 1", 1);

    @Test
    void keepsJoinOrderAndFindsEntriesById() {
        OpponentPool pool = new OpponentPool();
        pool.add(BLITZ);
        pool.add(BLUE_R1);
        pool.add(RED_R3);
        assertEquals(3, pool.size());
        assertEquals(List.of("blitz", "blue-r1", "red-r3"), pool.ids());
        assertEquals(RED_R3, pool.get("red-r3"));
        assertTrue(pool.contains("blue-r1"));
        assertFalse(pool.contains("apt"));
        assertEquals(List.of(BLITZ, RED_R3), pool.entries(Actor.RED));
        assertEquals(List.of(BLUE_R1), pool.entries(Actor.BLUE));
    }

    @Test
    void archetypeShorthandUsesTheSpecAsIdAtRoundZero() {
        assertEquals(new PoolEntry("apt@0.2", EntryKind.ARCHETYPE, "apt@0.2", "archetype", 0), NOISY_APT);
        assertEquals(Actor.RED, EntryKind.ARCHETYPE.side());
        assertEquals(Actor.BLUE, EntryKind.NEURAL_BLUE.side());
    }

    @Test
    void snapshotsAreImmutableAndDoNotFollowLaterAdds() {
        OpponentPool pool = new OpponentPool(List.of(BLITZ));
        List<String> ids = pool.ids();
        List<PoolEntry> entries = pool.entries();
        pool.add(RED_R3);
        assertEquals(List.of("blitz"), ids);
        assertEquals(List.of(BLITZ), entries);
        assertThrows(UnsupportedOperationException.class, () -> ids.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> entries.add(BLUE_R1));
    }

    @Test
    void restoresFromItsEntries() {
        OpponentPool pool = new OpponentPool(List.of(BLITZ, NOISY_APT, RED_R3));
        OpponentPool copy = new OpponentPool(pool.entries());
        assertEquals(pool.entries(), copy.entries());
    }

    @Test
    void duplicateIdIsRefusedWithTheId() {
        OpponentPool pool = new OpponentPool(List.of(BLITZ));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pool.add(new PoolEntry("blitz", EntryKind.NEURAL_RED, "b.zip", "oops", 2)));
        assertTrue(e.getMessage().contains("\"blitz\""), e.getMessage());
        assertEquals(1, pool.size());
        assertThrows(IllegalArgumentException.class, () -> new OpponentPool(List.of(BLITZ, BLITZ)));
    }

    @Test
    void unknownIdNamesItAndListsThePool() {
        OpponentPool pool = new OpponentPool(List.of(BLITZ, RED_R3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.get("apt"));
        assertEquals("no pool entry with id \"apt\"; the pool has: blitz, red-r3", e.getMessage());
    }

    @Test
    void entryFieldsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new PoolEntry(" ", EntryKind.ARCHETYPE, "blitz", "", 0));
        assertThrows(IllegalArgumentException.class, () -> new PoolEntry(" a", EntryKind.ARCHETYPE, "blitz", "", 0));
        assertThrows(IllegalArgumentException.class, () -> new PoolEntry("a", EntryKind.ARCHETYPE, "", "", 0));
        assertThrows(IllegalArgumentException.class, () -> new PoolEntry("a", EntryKind.ARCHETYPE, "blitz", "", -1));
        assertThrows(NullPointerException.class, () -> new PoolEntry("a", null, "blitz", "", 0));
    }

    @Test
    void kindsParseByWireNameAndUnknownListsTheAccepted() {
        assertEquals(EntryKind.NEURAL_RED, EntryKind.fromName("Neural_Red"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntryKind.fromName("scripted"));
        assertEquals("unknown pool entry kind \"scripted\"; accepted: archetype, neural_red, neural_blue",
                e.getMessage());
    }
}
