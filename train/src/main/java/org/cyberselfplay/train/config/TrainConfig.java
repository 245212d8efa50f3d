package org.cyberselfplay.train.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.env.Actor;

/**
 * A validated training run config: one YAML file (see {@link TrainConfigLoader}) as nested records. Every
 * field has a default, so an empty map is a valid config; the defaults are listed on each record.
 *
 * <p>Relative paths (scenario files, policy checkpoints, archetype files, {@code run.out_dir}) resolve
 * against the working directory, as on the command line. Derived values are methods; the records hold
 * exactly what the resolved YAML says.
 *
 * @param name       {@code name}: the run's name, letters, digits, {@code . _ -} (default: the config file's
 *                   name without {@code .yaml})
 * @param seed       {@code seed}: the root seed of the run (default 0)
 * @param scenario   {@code scenario}: a preset name or a scenario file path, the scenario of SFT, evaluation,
 *                   and of GRPO unless the curriculum is enabled (default {@code small})
 * @param learner    {@code learner}: the side trained, {@code blue} or {@code red} (default {@code blue})
 * @param opponents  {@code opponents}: the weighted mix of opponents of the other side, at least one, no
 *                   repeated policy (default: {@link #allOpponents} with weight 1 each)
 * @param network    {@code network}: see {@link NetworkSettings}
 * @param curriculum {@code curriculum}: see {@link CurriculumConfig}
 * @param sft        {@code sft}: see {@link SftConfig}
 * @param grpo       {@code grpo}: see {@link GrpoConfig}
 * @param eval       {@code eval}: see {@link EvalConfig}
 * @param run        {@code run}: see {@link RunConfig}
 */
public record TrainConfig(String name, long seed, String scenario, Actor learner, List<OpponentSpec> opponents,
                          NetworkSettings network, CurriculumConfig curriculum, SftConfig sft, GrpoConfig grpo,
                          EvalConfig eval, RunConfig run) {
    /** Accepted run names: they become directory names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** Default {@code seed}. */
    public static final long DEFAULT_SEED = 0L;
    /** Default {@code scenario}. */
    public static final String DEFAULT_SCENARIO = "small";
    /** Default {@code learner}. */
    public static final Actor DEFAULT_LEARNER = Actor.BLUE;
    /** What {@code all} stands for when Red is the opponent: the built-in archetypes. */
    public static final List<String> ALL_RED = Policies.allRed();
    /** What {@code all} stands for when Blue is the opponent: the scripted Blue baselines. */
    public static final List<String> ALL_BLUE = List.of("scripted:expert", "scripted:instructions_only",
            "scripted:random");

    /**
     * Checks the invariants and copies the list.
     *
     * @throws IllegalArgumentException on a bad name, an empty or repeating opponent mix, or a null section
     */
    public TrainConfig {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: must match " + NAME.pattern() + ", got \"" + name + "\"");
        }
        Checks.notBlank("scenario", scenario);
        Objects.requireNonNull(learner, "learner");
        opponents = List.copyOf(Checks.noNulls("opponents", opponents));
        if (opponents.isEmpty()) {
            throw new IllegalArgumentException("opponents: must list at least one opponent");
        }
        if (opponents.stream().map(OpponentSpec::policy).distinct().count() != opponents.size()) {
            throw new IllegalArgumentException("opponents: must not repeat a policy");
        }
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(sft, "sft");
        Objects.requireNonNull(grpo, "grpo");
        Objects.requireNonNull(eval, "eval");
        Objects.requireNonNull(run, "run");
    }

    /** The side the opponents play. */
    public Actor opponentSide() {
        return learner.opponent();
    }

    /** The opponent policy specs, in mix order. */
    public List<String> opponentPolicies() {
        return opponents.stream().map(OpponentSpec::policy).toList();
    }

    /** The mix as probabilities: each weight over their sum, in mix order. */
    public double[] opponentProbabilities() {
        double total = opponents.stream().mapToDouble(OpponentSpec::weight).sum();
        return opponents.stream().mapToDouble(o -> o.weight() / total).toArray();
    }

    /** The scenarios GRPO trains on, in order: the curriculum's when enabled, else just {@link #scenario}. */
    public List<String> trainingScenarios() {
        return curriculum.enabled() ? curriculum.scenarios() : List.of(scenario);
    }

    /** The specs {@code all} stands for when {@code learner} is trained: {@link #ALL_RED} or {@link #ALL_BLUE}. */
    public static List<String> allOpponents(Actor learner) {
        return learner == Actor.BLUE ? ALL_RED : ALL_BLUE;
    }

    /** The default SFT teacher of {@code learner}. */
    public static String defaultTeacher(Actor learner) {
        return learner == Actor.BLUE ? SftConfig.DEFAULT_BLUE_TEACHER : SftConfig.DEFAULT_RED_TEACHER;
    }
}
