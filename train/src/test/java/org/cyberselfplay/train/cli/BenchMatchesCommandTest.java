package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code bench matches} on the thread pool alone: one row, with the round's shape. */
class BenchMatchesCommandTest {
    @Test
    void aTinyRoundOnTheThreadPoolReportsItsShape() throws Exception {
        CliRun r = CliRun.of("bench", "matches", "--archetypes", "blitz", "--neural-reds", "1", "--hidden", "8",
                "--episodes", "70", "--rounds", "1", "--warmup", "0", "--probe-tasks", "2", "--threads", "2", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertEquals(1, rows.size());
        JsonNode t = rows.get(0);
        assertEquals("threads (2)", t.get("executor").asText());
        assertEquals(4, t.get("tasks_per_round").asInt(), "two cells of two blocks of 64");
        assertEquals(140, t.get("episodes_per_round").asInt());
        assertTrue(t.get("round_seconds_median").asDouble() > 0);
        assertTrue(t.get("identical_to_threads").asBoolean());
    }

    @Test
    void badSizesExitWithTwo() {
        CliRun r = CliRun.of("bench", "matches", "--rounds", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --threads, --episodes, --rounds, --probe-tasks"), r.err());
    }
}
