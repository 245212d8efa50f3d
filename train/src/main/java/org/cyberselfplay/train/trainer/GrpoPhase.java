package org.cyberselfplay.train.trainer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.GrpoConfig;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutExecutors;
import org.cyberselfplay.train.rollout.SequenceResult;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.RunDirectory;

/**
 * The GRPO loop. Update {@code u} (1-based) draws its plan seed from the env stream, collects
 * {@code groups_per_update} groups of {@code group_size} and takes the update ({@link GrpoLearner}), advances the
 * curriculum, evaluates every {@code eval.every} updates and after the last, records one metrics row at step
 * {@code u} and its samples, and checkpoints every {@code run.checkpoint_every} updates ({@code update-<u>.zip})
 * and after the last ({@code final.zip}), each followed by {@code trainer-state.json}.
 */
final class GrpoPhase {
    private static final Logger LOG = LogManager.getLogger();

    /**
     * Where the learner trains now: the curriculum stage's scenario (with its source, for rollouts in other
     * processes), policies bound to it, and its opponents.
     */
    private record Stage(ScenarioSource source, Scenario scenario, NeuralPolicy learner, NeuralPolicy reference,
                         OpponentMix mix) {
        static Stage of(Session s, Curriculum curriculum, NeuralPolicy learner, NeuralPolicy reference) {
            ScenarioSource source = ScenarioSource.of(curriculum == null ? s.config.scenario()
                    : curriculum.scenario());
            Scenario sc = curriculum == null ? s.scenario : source.scenario();
            return new Stage(source, sc, learner.forScenario(sc), reference.forScenario(sc),
                    OpponentMix.of(s.config.opponents(), s.config.opponentSide(), sc));
        }
    }

    private final Session s;
    private final NeuralPolicy learner;
    private final NeuralPolicy reference;
    private final SeedStream env;
    private final Curriculum curriculum;
    private final Evaluator evaluator;
    private Stage stage;

    private GrpoPhase(Session s, NeuralPolicy learner, NeuralPolicy reference, SeedStream env,
                      Curriculum.State curriculumState, Evaluator evaluator) {
        this.s = s;
        this.learner = learner;
        this.reference = reference;
        this.env = env;
        this.evaluator = evaluator;
        this.curriculum = s.config.curriculum().enabled() ? new Curriculum(s.config.curriculum(), curriculumState)
                : null;
        this.stage = Stage.of(s, curriculum, learner, reference);
    }

    /**
     * Runs updates {@code done + 1 ..} to the end (or to {@code options.stopAfter()}).
     *
     * @param learner   the learner bound to the run's scenario; trained in place
     * @param reference the frozen reference bound to the run's scenario
     */
    static TrainingOutcome.Grpo run(Session s, NeuralPolicy learner, NeuralPolicy reference, SeedStream env,
                                    Curriculum.State curriculumState, int done, Evaluator evaluator) {
        return new GrpoPhase(s, learner, reference, env, curriculumState, evaluator).run(done);
    }

    private TrainingOutcome.Grpo run(int done) {
        int updates = s.config.grpo().updates();
        long start = System.nanoTime();
        Map<String, Double> first = null;
        Map<String, Double> last = Map.of();
        Map<String, Double> lastEval = Map.of();
        int u = done;
        ExecutorConfig x = s.options.executor().orElse(s.config.run().executor());
        try (RolloutExecutor rollouts = RolloutExecutors.create(x.settings(s.config.run().threads()));
             GrpoLearner grpo = new GrpoLearner(s.config.grpo(), learner, rollouts);
             Progress progress = s.options.progress().start("grpo", updates)) {
            LOG.info("grpo rollouts run on {}", rollouts.describe());
            if (done > 0) {
                progress.advance(done, "resumed after update " + done);
            }
            while (u < updates && u < s.options.stopAfter()) {
                u++;
                Map<String, Double> metrics = update(grpo, u);
                first = first == null ? metrics : first;
                last = metrics;
                lastEval = metrics.keySet().stream().anyMatch(k -> k.startsWith("eval/")) ? metrics : lastEval;
                String line = describe(u, updates, metrics);
                LOG.info("grpo {}", line);
                progress.advance(1, line);
            }
        }
        Map<String, Double> evalOnly = new LinkedHashMap<>();
        lastEval.forEach((k, v) -> {
            if (k.startsWith("eval/")) {
                evalOnly.put(k, v);
            }
        });
        return new TrainingOutcome.Grpo(u - done, u, u == updates, first == null ? Map.of() : first, last, evalOnly,
                (System.nanoTime() - start) / 1e9);
    }

    /** Update {@code u}: collect, step, curriculum, evaluation, metrics and samples, checkpoint. */
    private Map<String, Double> update(GrpoLearner grpo, int u) {
        GrpoConfig g = s.config.grpo();
        GrpoLearner.Result r = grpo.update(stage.source(), stage.learner(), stage.reference(), stage.mix(), env.next(), u);
        Map<String, Double> metrics = new LinkedHashMap<>(r.metrics());
        if (curriculum != null && advance(r.batch(), metrics)) {
            stage = Stage.of(s, curriculum, learner, reference);
            LOG.info("curriculum: after update {} training moves to scenario {}", u, stage.scenario().name());
        }
        boolean isLast = u == g.updates();
        if (u % s.config.eval().every() == 0 || isLast) {
            metrics.putAll(evaluator.evaluate(learner));
        }
        s.metrics.record(new MetricsRow(u, metrics));
        s.samples.append(r.samples());
        checkpoint(u, isLast);
        return metrics;
    }

    /** Feeds the batch's finished episodes to the curriculum and logs it; whether the stage changed. */
    private boolean advance(RolloutBatch batch, Map<String, Double> metrics) {
        metrics.put("train/curriculum/stage", (double) curriculum.state().stage());
        List<Boolean> wins = batch.sequences().stream().filter(SequenceResult::finished)
                .map(sq -> sq.won(batch.learner())).toList();
        metrics.put("train/curriculum/ema_win_rate", curriculum.observe(wins));
        return curriculum.maybeAdvance();
    }

    private void checkpoint(int u, boolean isLast) {
        Curriculum.State cs = curriculum == null ? Curriculum.State.start() : curriculum.state();
        if (u % s.config.run().checkpointEvery() == 0) {
            String file = RunDirectory.updateCheckpoint(u);
            s.checkpoint(learner, file, "update-" + u, u);
            if (!isLast) {
                s.saveState(u, false, file, env, cs);
            }
        }
        if (isLast) {
            s.checkpoint(learner, RunDirectory.FINAL_CHECKPOINT, "final", u);
            s.saveState(u, true, RunDirectory.FINAL_CHECKPOINT, env, cs);
        }
    }

    private static String describe(int u, int updates, Map<String, Double> m) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "update %d/%d: reward %.3f, kl %.4f, "
                + "entropy %.3f", u, updates, m.get("train/reward_mean"), m.get("train/kl"), m.get("train/entropy")));
        if (m.containsKey("train/win_rate")) {
            sb.append(String.format(Locale.ROOT, ", win rate %.2f", m.get("train/win_rate")));
        }
        m.forEach((k, v) -> {
            if (k.startsWith("eval/win_rate/")) {
                sb.append(String.format(Locale.ROOT, ", %s %.2f", k.substring("eval/".length()), v));
            }
        });
        return sb.toString();
    }
}
