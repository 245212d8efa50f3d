package org.cyberselfplay.train.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cyberselfplay.train.run.MetricsRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writesEveryPlotOfAFullRunAsReadablePngs() throws IOException {
        List<Path> files = Plots.write(SyntheticRuns.full(0.4), dir.resolve("plots"));

        assertEquals(List.of(Plots.REWARD, Plots.WIN_RATES, Plots.KL, Plots.ENTROPY, Plots.TOOL_SHARES, Plots.LOSS,
                Plots.SFT), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertPng(f);
        }
        assertNoTempFilesLeft(dir.resolve("plots"));
    }

    @Test
    void skipsPlotsWhoseSeriesAreMissing() throws IOException {
        List<MetricsRow> rows = List.of(new MetricsRow(0, Map.of("train/kl", 0.0)),
                new MetricsRow(1, Map.of("train/kl", 0.01, "eval/win_rate/blitz", 0.5)));

        List<Path> files = Plots.write(rows, dir);

        assertEquals(List.of(dir.resolve(Plots.WIN_RATES), dir.resolve(Plots.KL)), files);
        try (Stream<Path> listed = Files.list(dir)) {
            assertEquals(2, listed.count());
        }
        assertPng(dir.resolve(Plots.KL));
    }

    @Test
    void noRowsGiveNoPlots() {
        assertEquals(List.of(), Plots.write(List.of(), dir.resolve("plots")));
        assertFalse(Files.exists(dir.resolve("plots").resolve(Plots.REWARD)));
    }

    @Test
    void rewardWithoutStdAndSingleRowsStillRender() throws IOException {
        List<MetricsRow> rows = List.of(new MetricsRow(3, Map.of("train/reward_mean", 0.25,
                "train/tool_share/query_siem", 1.0, "sft/val_accuracy", 0.8)));

        List<Path> files = Plots.write(rows, dir);

        assertEquals(3, files.size());
        for (Path f : files) {
            assertPng(f);
        }
    }

    @Test
    void replacesAnOlderPlot() throws IOException {
        Path kl = dir.resolve(Plots.KL);
        Files.writeString(kl, "stale");

        Plots.write(List.of(new MetricsRow(0, Map.of("train/kl", 0.1))), dir);

        assertPng(kl);
    }

    @Test
    void compareOverlaysOneMetricOfSeveralRunsAndGroups() throws IOException {
        Map<String, Curve> curves = new LinkedHashMap<>();
        curves.put("vanilla", Curve.of(SyntheticRuns.full(0.2), "train/entropy"));
        curves.put("anti-collapse, 2 seeds", Curve.mean(List.of(Curve.of(SyntheticRuns.full(0.9), "train/entropy"),
                Curve.of(SyntheticRuns.full(0.5), "train/entropy"))));
        curves.put("sft only", Curve.of(List.of(new MetricsRow(0, Map.of("sft/val_loss", 1.0))), "train/entropy"));

        Path file = Plots.compare(curves, "train/entropy", dir.resolve("compare").resolve("entropy.png"));

        assertPng(file);
    }

    @Test
    void compareRefusesAMetricNoRunHas() {
        Map<String, Curve> curves = Map.of("a", Curve.of(SyntheticRuns.full(0.2), "train/nope"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.compare(curves, "train/nope", dir.resolve("x.png")));
        assertTrue(e.getMessage().contains("train/nope"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void labelsDropThePrefix() {
        assertEquals("validation accuracy", Plots.label("sft/val_accuracy"));
        assertEquals("entropy", Plots.label("train/entropy"));
    }

    static void assertPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, PNG_MAGIC.length), file + " is not a PNG");
        assertTrue(bytes.length > 5_000, file + " is only " + bytes.length + " bytes");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    private static void assertNoTempFilesLeft(Path plots) throws IOException {
        try (Stream<Path> listed = Files.list(plots)) {
            assertTrue(listed.allMatch(p -> p.getFileName().toString().endsWith(".png")));
        }
    }
}
