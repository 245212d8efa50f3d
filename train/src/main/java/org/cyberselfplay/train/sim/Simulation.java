package org.cyberselfplay.train.sim;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays a batch of {@link RandomMatch random-vs-random} episodes and summarises them: the baseline any
 * learned or scripted policy is measured against.
 *
 * <p>Seeding, in this fixed order: {@code root = new SplittableRandom(seed)}; then for each episode
 * {@code i = 0, 1, ...} in turn, {@code envSeed = root.nextLong()} followed by {@code policy = root.split()}.
 * Episode {@code i} therefore depends only on {@code seed} and {@code i}, never on wall-clock time or
 * thread scheduling, and a run of {@code n} episodes is a prefix of a run of {@code n + k}.
 */
public final class Simulation {
    private Simulation() {
    }

    /**
     * Plays {@code episodes} episodes of {@code scenario} single-threaded.
     *
     * @throws IllegalArgumentException when {@code episodes < 1}
     */
    public static SimulationSummary run(Scenario scenario, int episodes, long seed) {
        Objects.requireNonNull(scenario, "scenario");
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
        }
        GameEnv env = new GameEnv(scenario);
        SplittableRandom root = new SplittableRandom(seed);
        Totals t = new Totals();
        for (int i = 0; i < episodes; i++) {
            long envSeed = root.nextLong();
            SplittableRandom policy = root.split();
            t.add(RandomMatch.play(env, envSeed, policy));
        }
        return t.summary(scenario.name(), episodes, seed);
    }

    /** Running sums over episodes; local to one run. */
    private static final class Totals {
        private int blueWins;
        private int exfiltrations;
        private int criticalCompromises;
        private long steps;
        private long mttdSum;
        private int mttdCount;
        private long mttrSum;
        private int mttrCount;
        private double completion;
        private double violation;
        private double blueReturn;
        private double redReturn;
        private double falsePositiveCost;

        void add(EpisodeMetrics m) {
            blueWins += m.blueWon() ? 1 : 0;
            exfiltrations += m.exfiltrated() ? 1 : 0;
            criticalCompromises += m.criticalAssetCompromised() ? 1 : 0;
            steps += m.steps();
            m.mttd().ifPresent(v -> {
                mttdSum += v;
                mttdCount++;
            });
            m.mttr().ifPresent(v -> {
                mttrSum += v;
                mttrCount++;
            });
            completion += m.instructionCompletionRate();
            violation += m.instructionViolationRate();
            blueReturn += m.blueReturn();
            redReturn += m.redReturn();
            falsePositiveCost += m.falsePositiveCost();
        }

        SimulationSummary summary(String scenario, int n, long seed) {
            return new SimulationSummary(scenario, n, seed, blueWins, exfiltrations, criticalCompromises,
                    steps / (double) n, mean(mttdSum, mttdCount), mttdCount, mean(mttrSum, mttrCount), mttrCount,
                    completion / n, violation / n, blueReturn / n, redReturn / n, falsePositiveCost / n);
        }

        private static OptionalDouble mean(long sum, int count) {
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / (double) count);
        }
    }
}
