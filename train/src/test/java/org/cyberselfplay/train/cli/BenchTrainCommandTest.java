package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {

    @Test
    void jsonReportsUpdateAndRolloutThroughput() throws Exception {
        CliRun r = CliRun.of("bench", "train", "--json", "--set", "grpo.updates=3", "--set", "grpo.groups_per_update=2",
                "--set", "grpo.group_size=2", "--set", "network.hidden_sizes=[16,16]", "--set", "run.threads=1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("small", j.get("scenario").asText());
        assertEquals(2, j.get("updates_measured").asInt(), "three updates, the first excluded");
        assertTrue(j.get("samples_per_second").asDouble() > 0);
        assertTrue(j.get("env_steps_per_second").asDouble() > 0);
    }

    @Test
    void aBadOverrideExitsTwo() {
        CliRun r = CliRun.of("bench", "train", "--set", "grpo.epsilon=2");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("grpo.epsilon"), r.err());
    }
}
