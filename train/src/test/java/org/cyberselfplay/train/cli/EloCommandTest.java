package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EloCommandTest {
    @TempDir
    Path dir;

    private Path results(String name, String blue, String opponent, int wins, int episodes) throws IOException {
        return Files.writeString(dir.resolve(name), "[{\"blue\": \"" + blue + "\", \"opponent\": \"" + opponent
                + "\", \"blue_wins\": " + wins + ", \"episodes\": " + episodes + ", \"win_rate\": 0.5}]");
    }

    @Test
    void blueRunsAgainstTheSameOpponentShareOneScale() throws IOException {
        // Two Blues both saved as final.zip: one wins 3 of 4 episodes against apt, the other 1 of 4. A 3:1 score
        // is a gap of 400 log10(3) = 190.8 points to apt each way (the one prior game per entry pulls each
        // rating a little towards the mean).
        Path a = results("a.json", "final.zip", "apt", 750, 1000);
        Path b = results("b.json", "final.zip", "apt", 250, 1000);
        CliRun r = CliRun.of("elo", "vanilla=" + a, "league=" + b, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        Map<String, Double> elo = new HashMap<>();
        out.forEach(n -> elo.put(n.get("id").asText(), n.get("elo").asDouble()));
        assertEquals(3, elo.size(), r.out());
        assertEquals(1000.0, (elo.get("vanilla") + elo.get("league") + elo.get("apt")) / 3, 0.1, "mean 1000");
        assertEquals(190.8, elo.get("vanilla") - elo.get("apt"), 2.0);
        assertEquals(-190.8, elo.get("league") - elo.get("apt"), 2.0);
        assertEquals("vanilla", out.get(0).get("id").asText(), "strongest first");
        assertEquals("red", out.get(1).get("side").asText());
        assertEquals(2000.0, out.get(1).get("episodes").asDouble());
    }

    @Test
    void aFileThatIsNoEvaluationOutputExitsTwoNamingFileAndField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"blue\": \"x\", \"opponent\": \"apt\"}]");
        CliRun r = CliRun.of("elo", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(bad + ", matchup [0], field blue_wins: expected a number"), r.err());
        Path notJson = Files.writeString(dir.resolve("not.json"), "{oops");
        CliRun n = CliRun.of("elo", notJson.toString());
        assertEquals(2, n.exitCode());
        assertTrue(n.err().contains("cannot read " + notJson), n.err());
        CliRun missing = CliRun.of("elo", dir.resolve("missing.json").toString());
        assertEquals(2, missing.exitCode());
        // A name that is Blue in one file and an opponent in another cannot be rated on one side.
        Path x = results("x.json", "apt", "blitz", 1, 2);
        Path y = results("y.json", "final.zip", "apt", 1, 2);
        CliRun sides = CliRun.of("elo", x.toString(), y.toString());
        assertEquals(2, sides.exitCode());
        assertTrue(sides.err().contains("\"apt\" is a red name here and a blue name in another matchup"),
                sides.err());
    }
}
