package org.cyberselfplay.train.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Policy-driven env steps per second in steady state: each thread keeps {@code envs} envs in lockstep,
 * asks each side's policy for all of them in one batched call per half-turn, and resets an env with the
 * next seed as soon as its episode ends, so the batch stays full (the shape training rollouts have).
 *
 * <p>Seeding: a root {@code SplittableRandom(seed)}; each thread's generator is {@code root.split()}, taken
 * in thread order; a thread draws each episode's env seed, then its Blue and Red action-RNG seeds, with
 * {@code nextLong()}.
 */
public final class RolloutBenchmark {

    /**
     * The result of one measurement.
     *
     * @param envs     envs per thread, stepped in lockstep (the inference batch size)
     * @param threads  worker threads
     * @param steps    env steps (one action of either side) in the timed part
     * @param episodes episodes finished in the timed part
     * @param seconds  wall-clock length of the timed part
     */
    public record Result(String scenario, String blue, String red, int envs, int threads, long steps, long episodes,
                         double seconds) {
        public double stepsPerSecond() {
            return steps / seconds;
        }
    }

    private RolloutBenchmark() {
    }

    /** Runs {@code warmup} untimed seconds, then {@code seconds} timed seconds, on {@code threads} threads. */
    public static Result run(Scenario scenario, Policy blue, Policy red, int envs, int threads, double seconds,
                             double warmup, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
            long end = warmEnd + (long) (seconds * 1e9);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Lane lane = new Lane(scenario, blue.forThread(), red.forThread(), envs, root.split());
                futures.add(pool.submit(() -> lane.run(warmEnd, end)));
            }
            long steps = 0;
            long episodes = 0;
            for (Future<long[]> f : futures) {
                long[] counts = f.get();
                steps += counts[0];
                episodes += counts[1];
            }
            double timed = Math.max(seconds, (System.nanoTime() - warmEnd) / 1e9);
            return new Result(scenario.name(), blue.name(), red.name(), envs, threads, steps, episodes, timed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's envs. */
    private static final class Lane {
        private final Policy blue;
        private final Policy red;
        private final SplittableRandom seeds;
        private final GameEnv[] envs;
        private final List<SplittableRandom> blueRngs = new ArrayList<>();
        private final List<SplittableRandom> redRngs = new ArrayList<>();

        Lane(Scenario scenario, Policy blue, Policy red, int n, SplittableRandom seeds) {
            this.blue = blue;
            this.red = red;
            this.seeds = seeds;
            this.envs = new GameEnv[n];
            for (int k = 0; k < n; k++) {
                envs[k] = new GameEnv(scenario);
                blueRngs.add(null);
                redRngs.add(null);
                reset(k);
            }
        }

        private void reset(int k) {
            envs[k].resetFast(seeds.nextLong());
            blueRngs.set(k, new SplittableRandom(seeds.nextLong()));
            redRngs.set(k, new SplittableRandom(seeds.nextLong()));
        }

        /** Steps until {@code end}; counts (steps, episodes) from {@code countFrom} on. */
        long[] run(long countFrom, long end) {
            long steps = 0;
            long episodes = 0;
            long now;
            do {
                halfTurn(blue, blueRngs);
                halfTurn(red, redRngs);
                now = System.nanoTime();
                boolean counting = now >= countFrom;
                steps += counting ? 2L * envs.length : 0;
                for (int k = 0; k < envs.length; k++) {
                    if (envs[k].isTerminal()) {
                        episodes += counting ? 1 : 0;
                        reset(k);
                    }
                }
            } while (now < end);
            return new long[] {steps, episodes};
        }

        /** Every env moves Blue then Red each turn, and only Red's move can end a game. */
        private void halfTurn(Policy policy, List<SplittableRandom> rngs) {
            Actor side = policy.side();
            List<Observation> observations = new ArrayList<>(envs.length);
            for (GameEnv env : envs) {
                observations.add(env.observe(side));
            }
            List<Action> actions = policy.actBatch(observations, rngs);
            for (int k = 0; k < envs.length; k++) {
                if (!envs[k].step(actions.get(k)).accepted()) {
                    throw new IllegalStateException(policy.name() + " chose an illegal action " + actions.get(k));
                }
            }
        }
    }
}
