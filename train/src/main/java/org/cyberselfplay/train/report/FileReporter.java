package org.cyberselfplay.train.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.EpisodeSeeds;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunReporter;

/**
 * The reporting side of a training run on disk: after each checkpoint, a few recorded evaluation episodes
 * ({@code episodes/<checkpoint>-<opponent>.jsonl}, readable with {@code cyberselfplay replay}); at the end, the
 * PNG plots and {@code report.md}. A failure here is logged and does not fail the run: the run's own files are
 * already complete.
 */
public final class FileReporter implements RunReporter {
    private static final Logger LOG = LogManager.getLogger();
    private final Instant started = Instant.now();

    @Override
    public void checkpointSaved(Run run, Checkpoint checkpoint) {
        TrainConfig config = run.config();
        int count = config.eval().recordEpisodes();
        if (count <= 0) {
            return;
        }
        try {
            Scenario scenario = Scenarios.load(config.scenario());
            Policy learner = Checkpoints.load(checkpoint.file(), scenario, config.learner());
            List<String> opponents = config.eval().opponents();
            EpisodeSeeds seeds = EpisodeSeeds.of(run.evalSeed(), count);
            Path dir = run.directory().root().resolve(RunDirectory.EPISODES);
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                String spec = opponents.get(i % opponents.size());
                Policy opponent = config.learner() == Actor.BLUE ? Policies.red(spec, scenario)
                        : Policies.blue(spec, scenario);
                Policy blue = config.learner() == Actor.BLUE ? learner : opponent;
                Policy red = config.learner() == Actor.BLUE ? opponent : learner;
                Path file = dir.resolve(checkpoint.label() + "-" + safe(opponent.name()) + "-" + i + ".jsonl");
                EpisodeRecorder.record(scenario, blue, red, seeds.envSeed(i), seeds.blueRng(i), seeds.redRng(i), file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not record episodes for checkpoint {}: {}", checkpoint.label(), e.toString());
        }
    }

    @Override
    public void runFinished(Run run, Outcome outcome) {
        Path root = run.directory().root();
        try {
            List<Path> plots = Plots.write(outcome.rows(), root.resolve(RunDirectory.PLOTS));
            TrainConfig c = run.config();
            List<String> phases = new ArrayList<>();
            if (c.sft().enabled()) {
                phases.add("sft");
            }
            if (c.grpo().enabled()) {
                phases.add("grpo");
            }
            RunInfo info = new RunInfo(c.name(), c.scenario(), c.learner().wireName(), c.seed(), phases,
                    Duration.between(started, Instant.now()),
                    "scripts/cyberselfplay train --config " + run.directory().config());
            RunReport.write(root, new ReportInput(info, outcome.rows(), c.eval().episodes(), plots,
                    list(root.resolve(RunDirectory.CHECKPOINTS), ".zip"), list(root.resolve(RunDirectory.EPISODES),
                    ".jsonl")));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the plots or report.md of {}: {}", root, e.toString());
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
