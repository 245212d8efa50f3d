package org.cyberselfplay.train.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cyberselfplay.env.config.Bounds;

/**
 * A validated league config (see {@link LeagueConfigLoader}): self-play of a Blue learner against a growing pool
 * of Red opponents. Every field has a default, so an empty map is a valid config.
 *
 * <p>The learner is always Blue: behaviour-cloned from {@code sft.teacher} against the pool's archetypes, then
 * trained for {@code grpo.updates} GRPO updates per round against the round's opponent distribution over the
 * pool's Red entries. Relative paths resolve against the working directory, as on the command line.
 *
 * @param name     {@code name}: the run's name (default: the config file's name without {@code .yaml})
 * @param seed     {@code seed}: the root seed (default 0)
 * @param scenario {@code scenario}: a preset name or a scenario file path (default {@code small})
 * @param network  {@code network}: the shape of every network of the league, Blue and Red (see
 *                 {@link NetworkSettings})
 * @param sft      {@code sft}: Blue's behaviour cloning before round 1 (see {@link SftConfig}; default teacher
 *                 {@code scripted:expert})
 * @param grpo     {@code grpo}: Blue's GRPO settings; {@code updates} is the number of updates per round (default
 *                 10), and the learning-rate schedule spans all {@code rounds x updates}
 * @param league   {@code league}: see {@link LeagueSettings}
 * @param eval     {@code eval}: see {@link Eval}
 * @param run      {@code run}: {@code out_dir} and {@code threads} (see {@link RunConfig}; the league checkpoints
 *                 after every round, so {@code checkpoint_every} is not a league key)
 */
public record LeagueConfig(String name, long seed, String scenario, NetworkSettings network, SftConfig sft,
                           GrpoConfig grpo, LeagueSettings league, Eval eval, RunConfig run) {
    /** Default {@code grpo.updates} of a league: updates per round. */
    public static final int DEFAULT_UPDATES_PER_ROUND = 10;
    /** Default {@code league.best_response.grpo.updates}. */
    public static final int DEFAULT_BEST_RESPONSE_UPDATES = 10;

    public LeagueConfig {
        Objects.requireNonNull(name, "name");
        if (!TrainConfig.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: must match " + TrainConfig.NAME.pattern() + ", got \"" + name
                    + "\"");
        }
        Checks.notBlank("scenario", scenario);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(sft, "sft");
        Objects.requireNonNull(grpo, "grpo");
        Objects.requireNonNull(league, "league");
        Objects.requireNonNull(eval, "eval");
        Objects.requireNonNull(run, "run");
    }

    /** This config with another run directory and thread count (e.g. {@code --out}, a resume). */
    public LeagueConfig withRun(Path outDir, int threads) {
        return new LeagueConfig(name, seed, scenario, network, sft, grpo, league, eval,
                new RunConfig(outDir, threads, run.checkpointEvery(), run.executor()));
    }

    /** This config with matches on another executor (results do not depend on it). */
    public LeagueConfig withExecutor(ExecutorConfig executor) {
        return new LeagueConfig(name, seed, scenario, network, sft, grpo, league, eval,
                new RunConfig(run.outDir(), run.threads(), run.checkpointEvery(), executor));
    }

    /**
     * The {@code eval} section: a larger evaluation of the learner against fixed opponents, at the start (the SFT
     * policy), every {@code every} rounds and after the last round, logged as
     * {@code eval/fixed/win_rate/<opponent>} and {@code eval/fixed/return/<opponent>}. The per-round evaluation
     * against the pool is {@code league.sims_per_entry}.
     *
     * @param every     {@code every}: rounds between evaluations, {@code >= 0}; 0 evaluates only at the start
     *                  and the end (default 0)
     * @param episodes  {@code episodes}: seeded episodes per opponent, {@code >= 1} (default 200)
     * @param opponents {@code opponents}: Red policy specs, at least one, no repeats; {@code all} stands for the
     *                  built-in archetypes (the default)
     */
    public record Eval(int every, int episodes, List<String> opponents) {
        /** Default {@code episodes}. */
        public static final int DEFAULT_EPISODES = 200;

        public Eval {
            Checks.in("every", every, Bounds.NON_NEGATIVE);
            Checks.in("episodes", episodes, Bounds.POSITIVE);
            opponents = List.copyOf(Checks.noNulls("opponents", opponents));
            if (opponents.isEmpty()) {
                throw new IllegalArgumentException("opponents: must list at least one policy");
            }
        }

        /** Whether the learner is evaluated after round {@code round} of {@code rounds}. */
        public boolean due(int round, int rounds) {
            return round == 0 || round == rounds || (every > 0 && round % every == 0);
        }
    }
}
