package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cyberselfplay.train.config.RunConfig;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.report.FileReporter;
import org.cyberselfplay.train.report.Progresses;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.sft.SftTrainer;
import org.cyberselfplay.train.trainer.ProgressSource;
import org.cyberselfplay.train.trainer.TrainingOutcome;
import org.cyberselfplay.train.trainer.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: SFT then GRPO from a run config, into a run directory; or the resume of such a run. */
@Command(name = "train",
        description = {"Train a policy from a YAML run config: behaviour cloning of a scripted teacher (SFT), then "
                + "GRPO with an optional anti-collapse penalty, with periodic evaluation and checkpoints.",
                "Everything goes to the run directory (runs/<name>, or --out DIR): config.yaml, manifest.json, "
                        + "metrics.jsonl/.csv, samples.jsonl, checkpoints/, log.txt. --resume DIR continues a "
                        + "killed run from its last checkpoint, with the same results as an uninterrupted run."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The run config (YAML), e.g. configs/quickstart.yaml.")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: run.out_dir, runs/<name>); "
            + "it must not exist or be empty.")
    private Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run in DIR from its last checkpoint, "
            + "with its own config.yaml.")
    private Path resume;

    @Mixin
    private ExecutorOptions executor;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config field, e.g. "
            + "--set grpo.updates=20 --set opponents[0].weight=2 (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        TrainingOutcome outcome = resume != null ? resumeRun() : startRun();
        o.println("run directory: " + outcome.directory());
        if (outcome.alreadyComplete()) {
            o.println("the run is already complete; nothing to resume (final policy: "
                    + outcome.directory().checkpoint(RunDirectory.FINAL_CHECKPOINT) + ")");
            o.flush();
            return 0;
        }
        outcome.sft().ifPresent(s -> o.println(sftLine(s)));
        if (!outcome.startEval().isEmpty()) {
            o.println("start: eval win rate " + winRates(outcome.startEval()));
        }
        outcome.grpo().ifPresent(g -> o.println(grpoLine(g, outcome)));
        if (outcome.complete()) {
            o.println("final policy: " + outcome.directory().checkpoint(RunDirectory.FINAL_CHECKPOINT));
        }
        o.flush();
        return 0;
    }

    private TrainingOutcome startRun() {
        RunDirs.requireConfig(spec, config, "run");
        TrainConfig cfg = TrainConfigLoader.load(config, sets);
        TrainingRun.Options options = options();
        ExecutorOptions.requireAvailable(options.executor().orElse(cfg.run().executor()));
        return TrainingRun.start(cfg, RunDirs.fresh(out, cfg.run().outDir()), options);
    }

    private TrainingOutcome resumeRun() {
        RunDirectory dir = RunDirs.resumable(spec, resume, out, sets);
        if (config != null) {
            RunDirs.requireSameConfig(config, dir,
                    sameRun(TrainConfigLoader.load(config), TrainConfigLoader.load(dir.config())));
        }
        TrainingRun.Options options = options();
        ExecutorOptions.requireAvailable(options.executor().orElse(TrainConfigLoader.load(dir.config()).run()
                .executor()));
        return TrainingRun.resume(resume, options);
    }

    /**
     * Progress on standard error (a bar on a terminal, log lines otherwise); the files of the reporting side
     * (recorded episodes per checkpoint, plots and report.md at the end) through a {@link FileReporter}.
     */
    private TrainingRun.Options options() {
        ProgressSource progress = (task, total) -> Progresses.create(task, total, System.err);
        return new TrainingRun.Options(new FileReporter(), progress, Integer.MAX_VALUE, executor.executor());
    }

    /** Whether two configs describe the same run, wherever its directory, however many threads, on any executor. */
    private static boolean sameRun(TrainConfig a, TrainConfig b) {
        return TrainConfigLoader.dump(normalized(a)).equals(TrainConfigLoader.dump(normalized(b)));
    }

    private static TrainConfig normalized(TrainConfig c) {
        RunConfig run = new RunConfig(Path.of(RunConfig.RUNS_DIR), 1, c.run().checkpointEvery());
        return new TrainConfig(c.name(), c.seed(), c.scenario(), c.learner(), c.opponents(), c.network(),
                c.curriculum(), c.sft(), c.grpo(), c.eval(), run);
    }

    private static String sftLine(TrainingOutcome.Sft s) {
        SftTrainer.Result r = s.result();
        return String.format(Locale.ROOT, "sft: %,d samples from %,d episodes of %s (win rate %.2f); %d epochs%s, "
                        + "kept epoch %d: val_loss %.4f, val_accuracy %.3f (%.3f before); %.1f s", s.samples(),
                s.episodes(), s.teacher(), s.teacherWinRate(), r.epochs(), r.stoppedEarly() ? " (early stop)" : "",
                r.bestEpoch(), r.valLoss(), r.valAccuracy(), r.initialValAccuracy(), s.seconds());
    }

    private static String grpoLine(TrainingOutcome.Grpo g, TrainingOutcome outcome) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "grpo: %d updates (to %d) in %.1f s",
                g.updates(), g.reached(), g.seconds()));
        if (!g.first().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "; reward_mean %.3f -> %.3f, entropy %.3f -> %.3f",
                    g.first().get("train/reward_mean"), g.last().get("train/reward_mean"),
                    g.first().get("train/entropy"), g.last().get("train/entropy")));
        }
        if (!g.lastEval().isEmpty()) {
            sb.append("; eval win rate ").append(winRates(g.lastEval()));
        }
        if (!g.finished()) {
            sb.append("; stopped early, continue with --resume ").append(outcome.directory());
        }
        return sb.toString();
    }

    private static String winRates(Map<String, Double> eval) {
        String prefix = "eval/win_rate/";
        return eval.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey().substring(prefix.length()), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
