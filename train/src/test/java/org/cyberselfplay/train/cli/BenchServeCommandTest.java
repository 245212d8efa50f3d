package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchServeCommandTest {
    @Test
    void jsonHasTheDocumentedFieldsAndNoErrors() throws Exception {
        CliRun r = ServeCommandTest.run(new BenchServeCommand(), "--clients", "4", "--steps", "150", "--warmup", "10",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : List.of("clients", "steps", "steps_per_second", "p50_ms", "p99_ms", "errors", "episodes",
                "max_sessions", "load_average_1m", "cores")) {
            assertTrue(j.has(f), "missing " + f + " in " + r.out());
        }
        assertEquals(4, j.get("clients").asInt());
        assertEquals(600, j.get("steps").asLong());
        assertEquals(0, j.get("errors").asLong(), r.out());
        assertTrue(j.get("steps_per_second").asDouble() > 0);
        assertTrue(j.get("p99_ms").asDouble() >= j.get("p50_ms").asDouble());
    }

    @Test
    void fewerSessionsThanClientsCountsRefusalsAsErrors() {
        CliRun r = ServeCommandTest.run(new BenchServeCommand(), "--clients", "3", "--steps", "20", "--warmup", "0",
                "--max-sessions", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("steps/s"), r.out());
        assertTrue(r.err().contains("errors"), r.err());
    }

    @Test
    void badCountsExitTwo() {
        assertEquals(2, ServeCommandTest.run(new BenchServeCommand(), "--clients", "0").exitCode());
        assertEquals(2, ServeCommandTest.run(new BenchServeCommand(), "--scenario", "huge").exitCode());
    }
}
