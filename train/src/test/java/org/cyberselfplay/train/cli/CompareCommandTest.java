package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("wrote " + png, lines.get(lines.size() - 1));
        assertTrue(lines.get(1).matches("vanilla +1 +3 +0\\.6000 +0\\.5500 +-"), lines.get(1));
        assertTrue(lines.get(2).matches("anticollapse +1 +3 +0\\.7500 +0\\.7750 +2 of 3"), lines.get(2));
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100, "a readable PNG");
    }

    @Test
    void aLabelledGroupIsTheMeanOfItsRunsAndSmoothingCountsAgain() throws IOException {
        Path v0 = run("v0", 0.5, 0.5, 0.5, 0.5);
        Path v1 = run("v1", 0.5, 0.7, 0.3, 0.5);
        Path a0 = run("a0", 0.6, 0.6, 0.2, 0.6);
        Path a1 = run("a1", 0.6, 0.4, 0.6, 0.6);
        Path png = dir.resolve("groups.png");

        CliRun r = CliRun.of("compare", "vanilla=" + v0 + "," + v1, "anti=" + a0 + "," + a1, "--smooth", "2",
                "--out", png.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertTrue(lines.get(0).endsWith("above the first  above, smoothed over 2"), lines.get(0));
        // Means per step: vanilla 0.5, 0.6, 0.4, 0.5; anti 0.6, 0.5, 0.4, 0.6 (above at steps 1 and 4).
        // Smoothed over 2: vanilla 0.5, 0.55, 0.5, 0.45; anti 0.6, 0.55, 0.45, 0.5 (above at steps 1 and 4).
        assertTrue(lines.get(1).matches("vanilla +2 +4 +0\\.5000 +0\\.4500 +- +-"), lines.get(1));
        assertTrue(lines.get(2).matches("anti +2 +4 +0\\.5250 +0\\.5000 +2 of 4 +2 of 4"), lines.get(2));
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void badGroupsExitTwoNamingTheArgument() throws IOException {
        Path a = run("a", 0.5);
        Path b = run("b", 0.4);
        Path sft = Files.createDirectories(dir.resolve("sft"));
        Files.writeString(sft.resolve("metrics.jsonl"), "{\"step\":1,\"sft/val_loss\":1.0}\n");
        String png = dir.resolve("z.png").toString();

        CliRun unlabelled = CliRun.of("compare", a + "," + b, a.toString(), "--out", png);
        assertEquals(2, unlabelled.exitCode());
        assertTrue(unlabelled.err().contains("groups 2 runs without a label"), unlabelled.err());
        CliRun emptyLabel = CliRun.of("compare", "=" + a, b.toString(), "--out", png);
        assertEquals(2, emptyLabel.exitCode());
        assertTrue(emptyLabel.err().contains("empty label"), emptyLabel.err());
        CliRun emptyDir = CliRun.of("compare", "x=" + a + ",", b.toString(), "--out", png);
        assertEquals(2, emptyDir.exitCode());
        assertTrue(emptyDir.err().contains("empty run directory"), emptyDir.err());
        CliRun missingMetric = CliRun.of("compare", "x=" + a + "," + sft, b.toString(), "--out", png);
        assertEquals(2, missingMetric.exitCode());
        assertTrue(missingMetric.err().contains(sft + " (in x) has no metric 'train/entropy'"), missingMetric.err());
        CliRun sameLabel = CliRun.of("compare", "x=" + a, "x=" + b, "--out", png);
        assertEquals(2, sameLabel.exitCode());
        assertTrue(sameLabel.err().contains("two curves are labelled x"), sameLabel.err());
        CliRun badSmooth = CliRun.of("compare", a.toString(), b.toString(), "--smooth", "0", "--out", png);
        assertEquals(2, badSmooth.exitCode());
        assertTrue(badSmooth.err().contains("--smooth must be at least 1"), badSmooth.err());
        assertTrue(Files.notExists(Path.of(png)));
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
