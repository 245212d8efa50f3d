package org.cyberselfplay.train.config;

import org.cyberselfplay.train.grpo.LossType;
import org.cyberselfplay.train.grpo.ScaleRewards;
import static org.cyberselfplay.env.config.Bounds.NON_NEGATIVE;
import static org.cyberselfplay.env.config.Bounds.POSITIVE;

import java.util.List;
import java.util.function.Supplier;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.config.ConfigReader;

/** Reads the training phases of a run config, {@code sft} and {@code grpo}, for {@link TrainConfigReader}. */
final class PhaseReader {
    static final List<String> SFT_KEYS = List.of("enabled", "teacher", "episodes", "samples", "epochs",
            "batch_size", "validation_split", "early_stopping_patience", "learning_rate", "dagger");
    static final List<String> DAGGER_KEYS = List.of("rounds", "episodes", "epochs");
    static final List<String> GRPO_KEYS = List.of("enabled", "updates", "group_mode", "group_size",
            "groups_per_update", "horizon", "scale_rewards", "epsilon", "epsilon_high", "num_iterations",
            "steps_per_generation", "beta", "loss_type", "entropy_coef", "max_grad_norm", "learning_rate",
            "lr_schedule", "anti_collapse", "reward", "temperature");
    static final List<String> SCHEDULE_KEYS = List.of("type", "warmup_steps", "final_fraction");
    static final List<String> ANTI_COLLAPSE_KEYS = List.of("enabled", "lambda", "tau");
    static final List<String> REWARD_KEYS = List.of("return_weight", "win_bonus");

    private PhaseReader() {
    }

    /**
     * Reads {@code sft}.
     *
     * @param learningRate the default learning rate ({@code network.learning_rate})
     * @param teacherCheck resolves the teacher against the scenario, as a policy of the learner's side
     */
    static Supplier<SftConfig> sft(ConfigReader s, Actor learner, double learningRate, SpecCheck teacherCheck) {
        s.allowOnly(SFT_KEYS);
        boolean enabled = s.bool("enabled", true);
        String teacher = Readers.nonBlank(s, "teacher", TrainConfig.defaultTeacher(learner));
        teacherCheck.check(s.child("teacher"), teacher);
        boolean byEpisodes = s.has("episodes");
        boolean bySamples = s.has("samples");
        if (byEpisodes && bySamples) {
            s.reportAt("samples", "cannot be set together with " + s.pathOf("episodes") + "; size the dataset by"
                    + " one of them");
        }
        int episodes = byEpisodes ? s.integer("episodes", POSITIVE) : bySamples ? 0 : SftConfig.DEFAULT_EPISODES;
        int samples = bySamples ? s.integer("samples", POSITIVE) : 0;
        int epochs = s.integer("epochs", POSITIVE, SftConfig.DEFAULT_EPOCHS);
        int batchSize = s.integer("batch_size", POSITIVE, SftConfig.DEFAULT_BATCH_SIZE);
        double split = s.number("validation_split", SftConfig.VALIDATION_SPLIT, SftConfig.DEFAULT_VALIDATION_SPLIT);
        int patience = s.integer("early_stopping_patience", NON_NEGATIVE, SftConfig.DEFAULT_PATIENCE);
        double rate = s.number("learning_rate", POSITIVE, learningRate);
        ConfigReader d = s.optionalMap("dagger");
        d.allowOnly(DAGGER_KEYS);
        DaggerConfig off = DaggerConfig.off();
        int rounds = d.integer("rounds", NON_NEGATIVE, off.rounds());
        int daggerEpisodes = d.integer("episodes", POSITIVE, off.episodes());
        int daggerEpochs = d.integer("epochs", POSITIVE, off.epochs());
        return () -> new SftConfig(enabled, teacher, episodes, samples, epochs, batchSize, split, patience, rate,
                new DaggerConfig(rounds, daggerEpisodes, daggerEpochs));
    }

    /**
     * Reads {@code grpo}.
     *
     * @param learningRate the default learning rate ({@code network.learning_rate})
     */
    static Supplier<GrpoConfig> grpo(ConfigReader g, double learningRate) {
        g.allowOnly(GRPO_KEYS);
        boolean enabled = g.bool("enabled", true);
        int updates = g.integer("updates", POSITIVE, GrpoConfig.DEFAULT_UPDATES);
        GroupMode mode = Readers.choice(g, "group_mode", List.of(GroupMode.values()), GroupMode::wireName,
                GroupMode.EPISODE);
        int groupSize = g.integer("group_size", GrpoConfig.GROUP_SIZE, GrpoConfig.DEFAULT_GROUP_SIZE);
        int groups = g.integer("groups_per_update", POSITIVE, GrpoConfig.DEFAULT_GROUPS_PER_UPDATE);
        int horizon = g.integer("horizon", POSITIVE, GrpoConfig.DEFAULT_HORIZON);
        ScaleRewards scale = Readers.choice(g, "scale_rewards", List.of(ScaleRewards.values()),
                ScaleRewards::wireName, ScaleRewards.GROUP);
        double epsilon = g.number("epsilon", GrpoConfig.EPSILON, GrpoConfig.DEFAULT_EPSILON);
        double epsilonHigh = g.number("epsilon_high", POSITIVE, epsilon);
        int iterations = g.integer("num_iterations", POSITIVE, GrpoConfig.DEFAULT_NUM_ITERATIONS);
        int perGeneration = g.integer("steps_per_generation", POSITIVE, GrpoConfig.DEFAULT_STEPS_PER_GENERATION);
        if (groups > 0 && perGeneration > groups) {
            g.reportAt("steps_per_generation", "must be <= groups_per_update (" + groups + "): every step needs a "
                    + "whole group, got " + perGeneration);
        }
        double beta = g.number("beta", NON_NEGATIVE, GrpoConfig.DEFAULT_BETA);
        LossType loss = Readers.choice(g, "loss_type", List.of(LossType.values()), LossType::wireName,
                LossType.GRPO);
        double entropy = g.number("entropy_coef", NON_NEGATIVE, GrpoConfig.DEFAULT_ENTROPY_COEF);
        double gradNorm = g.number("max_grad_norm", NON_NEGATIVE, GrpoConfig.DEFAULT_MAX_GRAD_NORM);
        double rate = g.number("learning_rate", POSITIVE, learningRate);
        int steps = updates > 0 && iterations > 0 && perGeneration > 0
                ? GrpoConfig.optimizerSteps(updates, iterations, perGeneration) : Integer.MAX_VALUE;
        Supplier<LrSchedule> schedule = schedule(g.optionalMap("lr_schedule"), steps);
        Supplier<AntiCollapseConfig> antiCollapse = antiCollapse(g.optionalMap("anti_collapse"));
        Supplier<RewardConfig> reward = reward(g.optionalMap("reward"));
        double temperature = g.number("temperature", POSITIVE, 1.0);
        return () -> new GrpoConfig(enabled, updates, mode, groupSize, groups, horizon, scale, epsilon, epsilonHigh,
                iterations, perGeneration, beta, loss, entropy, gradNorm, rate, schedule.get(), antiCollapse.get(),
                reward.get(), temperature);
    }

    /** Reports at the root when neither phase is enabled: such a run would train nothing. */
    static void checkSomethingTrains(ConfigReader top) {
        boolean sft = enabledQuietly(top, "sft");
        boolean grpo = enabledQuietly(top, "grpo");
        if (!sft && !grpo) {
            top.report("sft.enabled and grpo.enabled are both false, so the run would train nothing; enable one");
        }
    }

    private static Supplier<LrSchedule> schedule(ConfigReader l, int optimizerSteps) {
        l.allowOnly(SCHEDULE_KEYS);
        LrSchedule d = LrSchedule.defaults();
        ScheduleType type = Readers.choice(l, "type", List.of(ScheduleType.values()), ScheduleType::wireName,
                d.type());
        int warmup = l.integer("warmup_steps", NON_NEGATIVE, d.warmupSteps());
        LrSchedule.warmupProblem(type, warmup, optimizerSteps).ifPresent(p -> l.reportAt("warmup_steps", p));
        double finalFraction = l.number("final_fraction", LrSchedule.FINAL_FRACTION, d.finalFraction());
        return () -> new LrSchedule(type, warmup, finalFraction);
    }

    private static Supplier<AntiCollapseConfig> antiCollapse(ConfigReader a) {
        a.allowOnly(ANTI_COLLAPSE_KEYS);
        AntiCollapseConfig d = AntiCollapseConfig.defaults();
        boolean enabled = a.bool("enabled", d.enabled());
        double lambda = a.number("lambda", AntiCollapseConfig.LAMBDA, d.lambda());
        double tau = a.number("tau", AntiCollapseConfig.TAU, d.tau());
        return () -> new AntiCollapseConfig(enabled, lambda, tau);
    }

    private static Supplier<RewardConfig> reward(ConfigReader r) {
        r.allowOnly(REWARD_KEYS);
        RewardConfig d = RewardConfig.defaults();
        double returnWeight = r.number("return_weight", RewardConfig.WEIGHT, d.returnWeight());
        double winBonus = r.number("win_bonus", RewardConfig.WEIGHT, d.winBonus());
        if (returnWeight == 0 && winBonus == 0) {
            r.report("return_weight and win_bonus are both 0, so every reward would be 0; set one above 0");
        }
        return () -> new RewardConfig(returnWeight, winBonus);
    }

    /** A phase's {@code enabled} flag without reporting: true unless it is literally {@code false}. */
    private static boolean enabledQuietly(ConfigReader top, String phase) {
        var flag = top.child(phase).node().get("enabled");
        return flag == null || !flag.isBoolean() || flag.booleanValue();
    }
}
