package org.cyberselfplay.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cyberselfplay.league.stats.WilsonInterval;
import org.cyberselfplay.train.run.MetricsRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
    private static final String COMMAND = "scripts/cyberselfplay train --config configs/quickstart.yaml --seed 7";

    @TempDir
    Path dir;

    private static RunInfo info() {
        return new RunInfo("quickstart", "small", "blue", 7, List.of("sft", "grpo"), Duration.ofSeconds(125), COMMAND);
    }

    private ReportInput input(List<MetricsRow> rows, int evalEpisodes) {
        Path run = dir.resolve("runs/quickstart");
        return new ReportInput(info(), rows, evalEpisodes,
                List.of(run.resolve("plots").resolve(Plots.REWARD), run.resolve("plots").resolve(Plots.WIN_RATES)),
                List.of(run.resolve("checkpoints/sft.zip"), run.resolve("checkpoints/final.zip")),
                List.of(run.resolve("episodes/final-blitz-0.jsonl")));
    }

    @Test
    void writesEverySectionWithNumbersFromTheRows() throws IOException {
        Path run = dir.resolve("runs/quickstart");

        Path file = RunReport.write(run, input(SyntheticRuns.full(0.4), 200));

        assertEquals(run.resolve("report.md"), file);
        String md = Files.readString(file);
        for (String section : List.of("# Training run `quickstart`", "## Configuration", "## Evaluation",
                "## Final metrics", "### train", "### sft", "### eval", "## Plots", "## Checkpoints",
                "## Recorded episodes", "## How to reproduce")) {
            assertTrue(md.contains(section + "\n"), "missing " + section + " in\n" + md);
        }
        assertTrue(md.contains("| scenario | small |"), md);
        assertTrue(md.contains("| learner | blue |"), md);
        assertTrue(md.contains("| seed | 7 |"), md);
        assertTrue(md.contains("| phases | sft, grpo |"), md);
        assertTrue(md.contains("| wall time | 2 min 05 s |"), md);
        assertTrue(md.contains("| metric rows | 49 (steps 0 to 40) |"), md);
        assertTrue(md.contains("Last evaluation at step 40, 200 episodes per opponent"), md);
        // apt at update 40: (60 + 80) / 200 = 70 %, at the first evaluation (update 0) 30 %.
        WilsonInterval apt = WilsonInterval.of(140, 200);
        assertTrue(md.contains("| apt | 70.0 % | " + pct(apt.lower()) + " to " + pct(apt.upper()) + " | 0.4 | 30.0 % |"),
                md);
        assertTrue(md.contains("| insider | 90.0 % |"), md);
        assertTrue(md.contains("| `train/kl` | 0.08 | 40 |"), md);
        assertTrue(md.contains("| `train/reward_mean` | 1 | 40 |"), md);
        assertTrue(md.contains("| `sft/val_accuracy` | 0.85 | 7 |"), md);
        assertTrue(md.contains("![Training reward](plots/reward.png)"), md);
        assertTrue(md.contains("![Win rates](plots/win_rates.png)"), md);
        assertTrue(md.contains("- `checkpoints/sft.zip`\n- `checkpoints/final.zip`\n"), md);
        assertTrue(md.contains("- `episodes/final-blitz-0.jsonl`"), md);
        assertTrue(md.contains("```\n" + COMMAND + "\n```"), md);
        assertTrue(md.indexOf("### train") < md.indexOf("### sft") && md.indexOf("### sft") < md.indexOf("### eval"));
        assertEquals(RunReport.render(run, input(SyntheticRuns.full(0.4), 200)), md);
    }

    @Test
    void withoutAnEpisodeCountThereAreNoIntervals() {
        String md = RunReport.render(dir, input(SyntheticRuns.full(0.4), 0));

        assertTrue(md.contains("the episode count per opponent was not given"), md);
        assertFalse(md.contains("95 % interval"), md);
        assertTrue(md.contains("| apt | 70.0 % | 0.4 | 30.0 % |"), md);
    }

    @Test
    void aRateThatIsNotACountGetsNoInterval() {
        assertEquals("n/a (not a count out of 7)", RunReport.interval(0.7, 7));
        WilsonInterval ci = WilsonInterval.of(3, 4);
        assertEquals(pct(ci.lower()) + " to " + pct(ci.upper()), RunReport.interval(0.75, 4));
    }

    @Test
    void anEmptyRunSaysSoInsteadOfInventingNumbers() {
        ReportInput empty = new ReportInput(info(), List.of(), 100, List.of(), List.of(), List.of());

        String md = RunReport.render(dir, empty);

        assertTrue(md.contains("No evaluation was logged."), md);
        assertTrue(md.contains("No metrics were logged."), md);
        assertTrue(md.contains("No plots were drawn."), md);
        assertTrue(md.contains("No checkpoints were saved."), md);
        assertTrue(md.contains("| metric rows | 0 |"), md);
        assertFalse(md.contains("## Recorded episodes"), md);
    }

    @Test
    void evaluationUsesTheLastRowThatEvaluated() {
        List<MetricsRow> rows = List.of(new MetricsRow(0, Map.of("eval/win_rate/blitz", 0.25)),
                new MetricsRow(5, Map.of("eval/win_rate/blitz", 0.5, "eval/return/blitz", -0.125)),
                new MetricsRow(6, Map.of("train/entropy", 1.0)));

        String md = RunReport.render(dir, new ReportInput(info(), rows, 4, List.of(), List.of(), List.of()));

        WilsonInterval ci = WilsonInterval.of(2, 4);
        assertTrue(md.contains("Last evaluation at step 5, 4 episodes"), md);
        assertTrue(md.contains("| blitz | 50.0 % | " + pct(ci.lower()) + " to " + pct(ci.upper())
                + " | -0.125 | 25.0 % |"), md);
    }

    @Test
    void linksAreRelativeToTheRunDirectory() {
        Path run = Path.of("runs", "x");
        assertEquals("plots/kl.png", RunReport.relative(run, run.resolve("plots/kl.png")));
        assertEquals("plots/kl.png", RunReport.relative(run, run.toAbsolutePath().resolve("plots/kl.png")));
        assertEquals("plots/kl.png", RunReport.relative(run, Path.of("plots/kl.png")));
    }

    @Test
    void numbersAreReadable() {
        assertEquals("0.08", Markdown.number(0.08));
        assertEquals("0.3", Markdown.number(0.1 + 0.2));
        assertEquals("1234.5679", Markdown.number(1234.56789));
        assertEquals("0.0001235", Markdown.number(0.000123456));
        assertEquals("3", Markdown.number(3.0));
        assertEquals("0", Markdown.number(-0.0));
        assertEquals("12.3 s", Markdown.duration(Duration.ofMillis(12_345)));
        assertEquals("1 h 02 min 03 s", Markdown.duration(Duration.ofSeconds(3723)));
        assertEquals("a \\| b", Markdown.cell("a | b"));
    }

    @Test
    void runInfoRejectsWhatAReportCannotState() {
        assertThrows(IllegalArgumentException.class, () -> new RunInfo("n", "small", "blue", 0, List.of(),
                Duration.ofSeconds(-1), COMMAND));
        assertThrows(IllegalArgumentException.class, () -> new RunInfo("n", "small", "blue", 0, List.of(),
                Duration.ZERO, " "));
        assertThrows(IllegalArgumentException.class, () -> new ReportInput(info(), List.of(), -1, List.of(),
                List.of(), List.of()));
    }

    private static String pct(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * rate);
    }
}
