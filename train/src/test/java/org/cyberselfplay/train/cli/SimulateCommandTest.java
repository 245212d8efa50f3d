package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {
    private static final List<String> FIELDS = List.of("scenario", "episodes", "seed", "blue_wins", "red_wins",
            "blue_win_rate", "blue_win_rate_ci95_low", "blue_win_rate_ci95_high", "exfiltration_rate",
            "critical_asset_compromise_rate", "mean_steps", "mean_mttd", "mttd_episodes", "mean_mttr",
            "mttr_episodes", "mean_instruction_completion_rate", "mean_instruction_violation_rate",
            "mean_blue_return", "mean_red_return", "mean_false_positive_cost");

    @Test
    void jsonHasConsistentFields() throws Exception {
        CliRun r = CliRun.of("simulate", "--episodes", "20", "--seed", "1", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : FIELDS) {
            assertTrue(j.has(f), "missing " + f + " in " + r.out());
        }
        assertEquals("small", j.get("scenario").asText());
        assertEquals(20, j.get("episodes").asInt());
        assertEquals(1, j.get("seed").asLong());
        int wins = j.get("blue_wins").asInt();
        assertTrue(wins >= 0 && wins <= 20);
        assertEquals(20, wins + j.get("red_wins").asInt());
        double rate = j.get("blue_win_rate").asDouble();
        assertEquals(wins / 20.0, rate, 1e-4);
        assertTrue(j.get("blue_win_rate_ci95_low").asDouble() <= rate);
        assertTrue(rate <= j.get("blue_win_rate_ci95_high").asDouble());
        assertTrue(j.get("mean_steps").asDouble() <= 60);
        for (String rateField : List.of("exfiltration_rate", "critical_asset_compromise_rate",
                "mean_instruction_completion_rate", "mean_instruction_violation_rate")) {
            double v = j.get(rateField).asDouble();
            assertTrue(v >= 0 && v <= 1, rateField + " = " + v);
        }
        assertEquals(j.get("mttd_episodes").asInt() == 0, j.get("mean_mttd").isNull());
        assertEquals(j.get("mttr_episodes").asInt() == 0, j.get("mean_mttr").isNull());
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        CliRun a = CliRun.of("simulate", "--episodes", "20", "--seed", "1", "--format", "json");
        CliRun b = CliRun.of("simulate", "--episodes", "20", "--seed", "1", "--format", "json");
        assertEquals(0, a.exitCode());
        assertEquals(a.out(), b.out());
        CliRun table = CliRun.of("simulate", "--episodes", "20", "--seed", "1");
        assertEquals(table.out(), CliRun.of("simulate", "--episodes", "20", "--seed", "1").out());
        assertTrue(table.out().contains("Blue wins"), table.out());
    }

    @Test
    void acceptsAScenarioFilePath() throws Exception {
        Path dir = Files.createTempDirectory("scenario");
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, "base: small\nname: short\nmax_turns: 40\n");
        try {
            CliRun r = CliRun.of("simulate", "--scenario", file.toString(), "--episodes", "3", "--format", "json");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertEquals("short", j.get("scenario").asText());
            assertTrue(j.get("mean_steps").asDouble() <= 40, r.out());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
