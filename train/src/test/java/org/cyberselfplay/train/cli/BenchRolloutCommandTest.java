package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchRolloutCommandTest {

    @Test
    void jsonReportsEnvsAndThroughputForEachBatchSize() throws Exception {
        CliRun r = CliRun.of("bench", "rollout", "--red", "blitz", "--envs", "2,4", "--threads", "1",
                "--seconds", "0.3", "--warmup", "0", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).get("envs").asInt());
        assertEquals(4, rows.get(1).get("envs").asInt());
        for (JsonNode row : rows) {
            assertTrue(row.get("steps").asLong() > 0, row.toString());
            assertEquals(0, row.get("steps").asLong() % (2L * row.get("envs").asInt()), "whole turns of every env");
            assertTrue(row.get("steps_per_second").asDouble() > 0);
            assertEquals("blitz", row.get("red").asText());
        }
    }

    @Test
    void badInputExitsTwo() {
        assertEquals(2, CliRun.of("bench", "rollout", "--envs", "0", "--seconds", "0.1").exitCode());
        CliRun missing = CliRun.of("bench", "rollout", "--blue", "/nonexistent/b.zip", "--seconds", "0.1");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("b.zip"), missing.err());
    }
}
