package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueConfigLoader;
import org.cyberselfplay.train.league.LeagueOutcome;
import org.cyberselfplay.train.league.LeagueRun;
import org.cyberselfplay.train.league.LeagueStateException;
import org.cyberselfplay.train.report.Progresses;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.sft.SftTrainer;
import org.cyberselfplay.train.trainer.ProgressSource;
import org.cyberselfplay.train.trainer.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code league}: league self-play of a Blue learner against a growing Red pool; or the resume of such a run. */
@Command(name = "league",
        description = {"League self-play from a YAML league config: Blue is behaviour-cloned, then trained round by "
                + "round with GRPO against Red opponents chosen by PFSP, by a PSRO meta-strategy, or a mixture; in "
                + "psro and mix modes Red learns best responses that join the pool.",
                "Everything goes to the run directory (runs/<name>, or --out DIR): config.yaml, manifest.json, "
                        + "metrics.jsonl/.csv, checkpoints/ (policies and league-state.json, after every round), "
                        + "plots/, report.md, log.txt. --resume DIR continues a killed run from its last round, "
                        + "with the same results as an uninterrupted run.",
                "--executor spark (or run.executor in the config) plays the matches on Apache Spark, with the same "
                        + "results; see the README's 'Running on a cluster'."})
final class LeagueCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The league config (YAML), e.g. "
            + "configs/league-quick.yaml.")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: run.out_dir, runs/<name>); "
            + "it must not exist or be empty.")
    private Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the league run in DIR from its last "
            + "round, with its own config.yaml.")
    private Path resume;

    @Mixin
    private ExecutorOptions executor;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config field, e.g. "
            + "--set league.rounds=5 --set league.mode=psro (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        LeagueOutcome outcome;
        try {
            outcome = resume != null ? resumeRun() : startRun();
        } catch (LeagueStateException e) {
            throw new UsageException(e.getMessage(), e);
        }
        o.println("run directory: " + outcome.directory());
        if (outcome.alreadyComplete()) {
            o.println("the league run is already complete (" + outcome.reached() + " rounds); nothing to resume "
                    + "(final policy: " + outcome.directory().checkpoint(RunDirectory.FINAL_CHECKPOINT) + ")");
            o.flush();
            return 0;
        }
        outcome.sft().ifPresent(s -> o.println("sft: " + sftLine(s)));
        outcome.redSfts().forEach(s -> o.println("red sft: " + sftLine(s)));
        if (!outcome.startEval().isEmpty()) {
            o.println("start: fixed eval win rate " + winRates(outcome.startEval(), "eval/fixed/win_rate/"));
        }
        o.println(leagueLine(outcome));
        if (!outcome.lastRow().isEmpty()) {
            o.println(String.format(Locale.ROOT, "round %d: win rate vs pool %s; nashconv %.3f", outcome.reached(),
                    winRates(outcome.lastRow(), "eval/win_rate/"), outcome.lastRow().get("league/nashconv")));
        }
        if (outcome.complete()) {
            if (!outcome.lastEval().isEmpty()) {
                o.println("final: fixed eval win rate " + winRates(outcome.lastEval(), "eval/fixed/win_rate/"));
            }
            o.println("final policy: " + outcome.directory().checkpoint(RunDirectory.FINAL_CHECKPOINT));
            o.println("report: " + outcome.directory().report());
        } else {
            o.println("stopped after round " + outcome.reached() + " of " + outcome.rounds() + "; continue with "
                    + "--resume " + outcome.directory());
        }
        o.flush();
        return 0;
    }

    private LeagueOutcome startRun() {
        RunDirs.requireConfig(spec, config, "league run");
        LeagueConfig cfg = LeagueConfigLoader.load(config, sets);
        LeagueRun.Options options = options();
        ExecutorOptions.requireAvailable(options.executor().orElse(cfg.run().executor()));
        return LeagueRun.start(cfg, RunDirs.fresh(out, cfg.run().outDir()), options);
    }

    private LeagueOutcome resumeRun() {
        RunDirectory dir = RunDirs.resumable(spec, resume, out, sets);
        if (config != null) {
            RunDirs.requireSameConfig(config, dir,
                    sameRun(LeagueConfigLoader.load(config), LeagueConfigLoader.load(dir.config())));
        }
        LeagueRun.Options options = options();
        ExecutorOptions.requireAvailable(options.executor().orElse(LeagueConfigLoader.load(dir.config()).run()
                .executor()));
        return LeagueRun.resume(resume, Optional.empty(), options);
    }

    private LeagueRun.Options options() {
        ProgressSource progress = (task, total) -> Progresses.create(task, total, System.err);
        return new LeagueRun.Options(progress, Integer.MAX_VALUE, executor.executor());
    }

    /** Whether two configs describe the same run, wherever its directory, however many threads, on any executor. */
    private static boolean sameRun(LeagueConfig a, LeagueConfig b) {
        Path any = Path.of("runs");
        ExecutorConfig x = ExecutorConfig.threads();
        return LeagueConfigLoader.dump(a.withRun(any, 1).withExecutor(x))
                .equals(LeagueConfigLoader.dump(b.withRun(any, 1).withExecutor(x)));
    }

    private static String sftLine(TrainingOutcome.Sft s) {
        SftTrainer.Result r = s.result();
        return String.format(Locale.ROOT, "%,d samples from %,d episodes of %s (win rate %.2f); %d epochs%s, kept "
                        + "epoch %d: val_loss %.4f, val_accuracy %.3f; %.1f s", s.samples(), s.episodes(),
                s.teacher(), s.teacherWinRate(), r.epochs(), r.stoppedEarly() ? " (early stop)" : "", r.bestEpoch(),
                r.valLoss(), r.valAccuracy(), s.seconds());
    }

    private static String leagueLine(LeagueOutcome out) {
        Map<String, Double> t = out.seconds();
        long archetypes = out.pool().stream().filter(e -> e.kind() == EntryKind.ARCHETYPE).count();
        long reds = out.pool().stream().filter(e -> e.kind() == EntryKind.NEURAL_RED).count();
        long blues = out.pool().stream().filter(e -> e.kind() == EntryKind.NEURAL_BLUE).count();
        String from = out.roundsRun() == 0 ? "no rounds" : out.roundsRun() == 1 ? "round " + out.reached()
                : "rounds " + (out.reached() - out.roundsRun() + 1) + "-" + out.reached();
        return String.format(Locale.ROOT, "league: %s of %d in %.1f s (sft %.1f s, grpo %.1f s, matches %.1f s, best "
                        + "responses %.1f s, fixed eval %.1f s); pool: %d archetypes, %d neural Red, %d Blue snapshots",
                from, out.rounds(), t.getOrDefault("total", 0.0), t.getOrDefault("sft", 0.0),
                t.getOrDefault("grpo", 0.0), t.getOrDefault("matches", 0.0), t.getOrDefault("best_response", 0.0),
                t.getOrDefault("eval", 0.0), archetypes, reds, blues);
    }

    private static String winRates(Map<String, Double> m, String prefix) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey().substring(prefix.length()), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
