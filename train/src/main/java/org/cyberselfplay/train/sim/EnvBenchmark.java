package org.cyberselfplay.train.sim;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Single-threaded throughput of the env's allocation-free fast path: {@link GameEnv#stepRandom} in a loop,
 * resetting ({@link GameEnv#resetFast}) whenever an episode ends. One step is one {@code stepRandom} call,
 * a Blue or a Red action. The clock is read only every {@value #CLOCK_STRIDE} steps so that reading it
 * does not weigh on the measurement.
 *
 * <p>Seeding, in this fixed order: {@code root = new SplittableRandom(seed)}; the first reset uses
 * {@code root.nextLong()}, then {@code policy = root.split()} draws every action of both sides, and each
 * later reset uses the next {@code root.nextLong()}. The sequence of steps is thus fixed by the seed; only
 * how many of them fit in the time varies.
 */
public final class EnvBenchmark {
    /** Steps between two clock readings. */
    public static final int CLOCK_STRIDE = 4096;

    private EnvBenchmark() {
    }

    /**
     * Runs {@code warmupSeconds} of untimed steps (letting the JIT compile the loop), then at least
     * {@code seconds} of timed steps, and reports the timed part.
     *
     * @throws IllegalArgumentException when {@code seconds} is not positive or {@code warmupSeconds} is
     *                                  negative (or either is not finite)
     */
    public static BenchResult run(Scenario scenario, double seconds, double warmupSeconds, long seed) {
        return run(scenario, seconds, warmupSeconds, seed, System::nanoTime);
    }

    /** As {@link #run(Scenario, double, double, long)} with an injectable nanosecond clock. */
    static BenchResult run(Scenario scenario, double seconds, double warmupSeconds, long seed, LongSupplier clock) {
        Objects.requireNonNull(scenario, "scenario");
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a finite number > 0, got " + seconds);
        }
        if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
            throw new IllegalArgumentException("warm-up seconds must be a finite number >= 0, got " + warmupSeconds);
        }
        Loop loop = new Loop(new GameEnv(scenario), new SplittableRandom(seed));
        long warmupNanos = (long) (warmupSeconds * 1e9);
        long start = clock.getAsLong();
        while (clock.getAsLong() - start < warmupNanos) {
            loop.steps(CLOCK_STRIDE);
        }
        long episodesBefore = loop.episodes;
        long timedNanos = (long) (seconds * 1e9);
        long steps = 0;
        long elapsed;
        start = clock.getAsLong();
        do {
            loop.steps(CLOCK_STRIDE);
            steps += CLOCK_STRIDE;
            elapsed = clock.getAsLong() - start;
        } while (elapsed < timedNanos);
        return new BenchResult(scenario.name(), steps, Math.max(elapsed, 1L) / 1e9, loop.episodes - episodesBefore,
                warmupSeconds, 1, System.getProperty("java.version"), loop.sink);
    }

    /** The stepping loop and its state; local to one run. */
    private static final class Loop {
        private final GameEnv env;
        private final SplittableRandom root;
        private final SplittableRandom policy;
        private long episodes;
        private double sink;

        Loop(GameEnv env, SplittableRandom root) {
            this.env = env;
            this.root = root;
            env.resetFast(root.nextLong());
            this.policy = root.split();
        }

        void steps(int n) {
            for (int i = 0; i < n; i++) {
                if (env.isTerminal()) {
                    sink += env.returnOf(Actor.BLUE) + env.returnOf(Actor.RED);
                    episodes++;
                    env.resetFast(root.nextLong());
                }
                sink += env.stepRandom(policy);
            }
        }
    }
}
