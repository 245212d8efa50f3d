package org.cyberselfplay.train.trainer;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.GrpoConfig;
import org.cyberselfplay.train.grpo.LearningRateSchedule;
import org.cyberselfplay.train.grpo.PolicyUpdate;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.RolloutCollector;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutPlan;
import org.cyberselfplay.train.run.SampleLog;

/**
 * GRPO updates of one learner network against any opponent mix: what {@code train}'s GRPO phase and a league
 * round share. Each {@link #update} draws a plan from its seed, collects it on the rollout executor (this
 * process's threads, or a cluster: gradient updates always stay here), and takes one GRPO update
 * ({@code num_iterations x steps_per_generation} optimizer steps) of the learner's network in place. The
 * learning-rate schedule runs over {@code grpo.updates x grpo.num_iterations x grpo.steps_per_generation} steps
 * and is indexed by the network's iteration count, which checkpoints keep, so a reloaded network continues the
 * schedule. Close it to stop the threads it started (an executor handed in stays open).
 */
public final class GrpoLearner implements AutoCloseable {
    private final GrpoConfig config;
    private final PolicyUpdate update;
    private final GrpoStep step;
    private final RolloutCollector collector;

    /**
     * What an update did.
     *
     * @param metrics the {@code train/*} metrics, in a fixed order
     * @param samples the reward traces for {@code samples.jsonl}
     * @param batch   the collected batch
     */
    public record Result(Map<String, Double> metrics, List<SampleLog.Sample> samples, RolloutBatch batch) {
    }

    /**
     * @param config  the GRPO settings
     * @param learner the learner whose network every update steps (policies passed to {@link #update} must share it)
     * @param threads rollout threads, {@code >= 1}
     */
    public GrpoLearner(GrpoConfig config, NeuralPolicy learner, int threads) {
        this(config, learner, new RolloutCollector(threads));
    }

    /**
     * @param config    the GRPO settings
     * @param learner   the learner whose network every update steps
     * @param rollouts  where rollout blocks run; the caller keeps and closes it
     */
    public GrpoLearner(GrpoConfig config, NeuralPolicy learner, RolloutExecutor rollouts) {
        this(config, learner, new RolloutCollector(rollouts));
    }

    private GrpoLearner(GrpoConfig config, NeuralPolicy learner, RolloutCollector collector) {
        this.config = config;
        this.update = new PolicyUpdate(learner.network(), schedule(config),
                config.maxGradNorm() > 0 ? config.maxGradNorm() : Double.POSITIVE_INFINITY);
        this.step = new GrpoStep(config, learner.side());
        this.collector = collector;
    }

    /**
     * One update.
     *
     * @param learner   the learner bound to the scenario to play (its network is the constructor's)
     * @param reference the frozen reference, bound to the same scenario
     * @param mix       the opponents, bound to the same scenario
     * @param planSeed  the seed of the update's plan (groups, seeds, opponents)
     * @param index     the update's number (1-based), for the samples
     */
    public Result update(NeuralPolicy learner, NeuralPolicy reference, OpponentMix mix, long planSeed, int index) {
        return update(ScenarioSource.local(learner.scenario()), learner, reference, mix, planSeed, index);
    }

    /**
     * One update, whose rollouts may run in other processes.
     *
     * @param scenario where the scenario the learner, reference and mix are bound to comes from
     * @see #update(NeuralPolicy, NeuralPolicy, OpponentMix, long, int)
     */
    public Result update(ScenarioSource scenario, NeuralPolicy learner, NeuralPolicy reference, OpponentMix mix,
                         long planSeed, int index) {
        int maxTurns = learner.scenario().maxTurns();
        RolloutPlan plan = RolloutPlan.draw(new SplittableRandom(planSeed), config.groupMode(),
                config.groupsPerUpdate(), config.groupSize(), maxTurns, mix);
        RolloutBatch batch = collector.collect(plan, scenario, learner, mix, config.horizon(),
                config.temperature());
        GrpoStep.Result r = step.run(batch, learner, reference, update, maxTurns, index);
        return new Result(r.metrics(), r.samples(), batch);
    }

    @Override
    public void close() {
        collector.close();
    }

    /** The config's schedule over {@code updates x num_iterations x steps_per_generation} optimizer steps. */
    static LearningRateSchedule schedule(GrpoConfig g) {
        double lr = g.learningRate();
        return new LearningRateSchedule(LearningRateSchedule.Kind.fromWire(g.lrSchedule().type().wireName()), lr,
                lr * g.lrSchedule().finalFraction(), g.lrSchedule().warmupSteps(), g.optimizerSteps());
    }
}
