package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    private Path run(String name, double... entropy) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < entropy.length; i++) {
            sb.append("{\"step\":").append(i + 1).append(",\"train/entropy\":").append(entropy[i]).append("}\n");
        }
        Files.writeString(run.resolve("metrics.jsonl"), sb.toString());
        return run;
    }

    @Test
    void plotsTheMetricOfEveryRunInOnePng() throws IOException {
        Path a = run("vanilla", 0.7, 0.6, 0.5);
        Path b = run("anticollapse", 0.7, 0.75, 0.8);
        Path png = dir.resolve("plots/entropy.png");
        CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + png, r.out().strip());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100, "a readable PNG");
    }

    @Test
    void aMissingMetricOrRunDirectoryExitsTwoNamingIt() throws IOException {
        Path a = run("a", 0.5);
        Path b = run("b", 0.4);
        CliRun noMetric = CliRun.of("compare", a.toString(), b.toString(), "--metric", "train/nope", "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, noMetric.exitCode());
        assertTrue(noMetric.err().contains("train/nope"), noMetric.err());
        CliRun notARun = CliRun.of("compare", a.toString(), dir.resolve("missing").toString(), "--out",
                dir.resolve("y.png").toString());
        assertEquals(2, notARun.exitCode());
        assertTrue(notARun.err().contains("is not a run directory"), notARun.err());
        assertTrue(Files.notExists(dir.resolve("y.png")));
    }
}
