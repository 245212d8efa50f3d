package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchEnvCommandTest {
    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        CliRun r = CliRun.of("bench", "env", "--seconds", "1", "--warmup", "0", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : List.of("scenario", "steps", "seconds", "steps_per_second", "episodes", "warmup_seconds",
                "threads", "java")) {
            assertTrue(j.has(f), "missing " + f + " in " + r.out());
        }
        assertEquals("small", j.get("scenario").asText());
        assertTrue(j.get("steps").asLong() > 0, r.out());
        assertTrue(j.get("seconds").asDouble() >= 1.0, r.out());
        assertEquals(1, j.get("threads").asInt());
        assertEquals(0.0, j.get("warmup_seconds").asDouble(), 0.0);
        assertEquals(System.getProperty("java.version"), j.get("java").asText());
    }

    @Test
    void allPresetsGiveAJsonArray() throws Exception {
        CliRun r = CliRun.of("bench", "env", "--scenario", "all", "--seconds", "0.05", "--warmup", "0", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.isArray(), r.out());
        assertEquals(3, j.size());
        assertEquals("large", j.get(2).get("scenario").asText());
    }

    @Test
    void tableFormByDefault() {
        CliRun r = CliRun.of("bench", "env", "--seconds", "0.05", "--warmup", "0");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("steps/s"), r.out());
    }

    @Test
    void nonPositiveSecondsExitTwo() {
        CliRun r = CliRun.of("bench", "env", "--seconds", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--seconds"), r.err());
    }
}
