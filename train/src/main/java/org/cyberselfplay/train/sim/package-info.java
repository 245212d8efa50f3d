/**
 * Baseline simulations and throughput measurements of the game: uniformly random legal Blue against
 * uniformly random legal Red ({@link org.cyberselfplay.train.sim.Simulation}), and single-threaded env
 * steps per second ({@link org.cyberselfplay.train.sim.EnvBenchmark}). Results are immutable records.
 *
 * <p>Every run is single-threaded and fully determined by its scenario and root seed; each class documents
 * the fixed order in which it splits the seed. Depends on {@code org.cyberselfplay.env} and
 * {@code org.cyberselfplay.league.stats} only; prints nothing (the CLI formats the results).
 */
package org.cyberselfplay.train.sim;
