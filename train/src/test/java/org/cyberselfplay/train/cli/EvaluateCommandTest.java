package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonIsAnArrayOfOpponentRowsWithEveryField() throws Exception {
        CliRun r = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", "blitz,random@0.5",
                "--episodes", "40", "--seed", "3", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = MAPPER.readTree(r.out());
        assertTrue(rows.isArray());
        assertEquals(2, rows.size());
        List<String> opponents = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            List<String> expected = new ArrayList<>(EvaluationReport.KEYS);
            expected.addAll(EvaluationReport.TOOL_KEYS);
            expected.add("blue_tool_shares");
            assertEquals(expected, keys);
            double sum = 0;
            for (JsonNode share : row.get("blue_tool_shares")) {
                sum += share.asDouble();
            }
            assertEquals(1.0, sum, 1e-3, "the tool shares cover every Blue action");
            String top = row.get("blue_top_tool").asText();
            assertEquals(row.get("blue_tool_shares").get(top).asDouble(), row.get("blue_top_tool_share").asDouble());
            opponents.add(row.get("opponent").asText());
            int episodes = row.get("episodes").asInt();
            int wins = row.get("blue_wins").asInt();
            assertEquals(40, episodes);
            assertEquals(wins / 40.0, row.get("win_rate").asDouble(), 1e-4);
            assertTrue(row.get("win_rate_ci_low").asDouble() <= row.get("win_rate").asDouble());
            assertTrue(row.get("win_rate").asDouble() <= row.get("win_rate_ci_high").asDouble());
            assertTrue(row.get("blue_return_ci_low").asDouble() <= row.get("blue_return_mean").asDouble());
            assertEquals("expert", row.get("blue").asText());
            assertEquals("small", row.get("scenario").asText());
        }
        assertEquals(List.of("blitz", "random@0.5"), opponents);
    }

    @Test
    void sameSeedSameResultWhateverTheThreadCount() {
        String[] base = {"evaluate", "--blue", "scripted:expert", "--red", "all", "--episodes", "60", "--seed", "9",
            "--format", "csv"};
        CliRun one = CliRun.of(concat(base, "--threads", "1"));
        CliRun two = CliRun.of(concat(base, "--threads", "2"));
        CliRun three = CliRun.of(concat(base, "--threads", "3"));
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(one.out(), two.out());
        assertEquals(one.out(), three.out());
        assertEquals(6, one.out().strip().split("\n").length, "header and the five built-in archetypes");
        assertTrue(one.out().startsWith(String.join(",", EvaluationReport.KEYS) + ","
                + String.join(",", EvaluationReport.TOOL_KEYS) + "\n"));
    }

    @Test
    void tableAndMarkdownNameEveryOpponent() {
        for (String format : List.of("table", "md")) {
            CliRun r = CliRun.of("evaluate", "--blue", "scripted:noop", "--red", "blitz,apt", "--episodes", "10",
                    "--format", format);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("blitz") && r.out().contains("apt"), r.out());
            assertTrue(r.out().contains("win rate [95% CI]"), r.out());
        }
    }

    @Test
    void aUserArchetypeFileIsAnOpponent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prober.yaml");
        Files.writeString(file, "name: prober\nrules:\n  - tool: recon_network\nfallback: random\n");
        CliRun r = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", file + "@0.1", "--episodes", "10",
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("prober@0.1", MAPPER.readTree(r.out()).get(0).get("opponent").asText());
    }

    @Test
    void badPoliciesExitTwoNamingWhatIsAccepted() {
        CliRun blue = CliRun.of("evaluate", "--blue", "expert", "--episodes", "5");
        assertEquals(2, blue.exitCode());
        assertTrue(blue.err().contains("unknown Blue policy 'expert'") && blue.err().contains("scripted:NAME"),
                blue.err());
        CliRun red = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", "blitz,godzilla", "--episodes", "5");
        assertEquals(2, red.exitCode());
        assertTrue(red.err().contains("godzilla") && red.err().contains("blitz"), red.err());
        CliRun noise = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", "blitz@2", "--episodes", "5");
        assertEquals(2, noise.exitCode());
        CliRun checkpoint = CliRun.of("evaluate", "--blue", "/nonexistent/blue.zip", "--episodes", "5");
        assertEquals(2, checkpoint.exitCode());
        assertTrue(checkpoint.err().contains("blue.zip"), checkpoint.err());
        CliRun episodes = CliRun.of("evaluate", "--blue", "scripted:expert", "--episodes", "0");
        assertEquals(2, episodes.exitCode());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void allExpandsInsideAListOfOpponents() throws Exception {
        CliRun r = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", "blitz@0.5, all", "--episodes", "4",
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> opponents = new ArrayList<>();
        MAPPER.readTree(r.out()).forEach(row -> opponents.add(row.get("opponent").asText()));
        assertEquals(List.of("blitz@0.5", "blitz", "meander", "apt", "saboteur", "random"), opponents);
    }
}
