package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cyberselfplay.train.balance.BalanceTable;
import org.junit.jupiter.api.Test;

class BalanceCommandTest {

    @Test
    void jsonHasEveryCellAndTheRules() throws Exception {
        CliRun r = CliRun.of("balance", "--episodes", "30", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("small", j.get("scenario").asText());
        assertEquals(BalanceTable.blueSpecs().size() * 5, j.get("cells").size(), "every Blue against five Reds");
        assertTrue(j.get("rules").size() > 10);
        for (JsonNode rule : j.get("rules")) {
            assertTrue(rule.get("rule").isTextual() && rule.get("holds").isBoolean());
        }
    }

    @Test
    void markdownShowsTheGridAndTheRules() {
        CliRun r = CliRun.of("balance", "--episodes", "20", "--scenario", "small");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("| Blue \\ Red | random | blitz | meander | apt | saboteur |"), r.out());
        assertTrue(r.out().contains("| expert |"));
        assertTrue(r.out().contains("Balance rules (small, 20 episodes per cell, seed 0):"));
    }

    @Test
    void badMatchOptionsExitTwo() {
        CliRun threads = CliRun.of("balance", "--episodes", "5", "--threads", "0");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads and --batch must be at least 1"), threads.err());
        assertEquals(2, CliRun.of("balance", "--episodes", "0").exitCode());
    }
}
