/**
 * PSRO meta-solvers (Lanctot et al. 2017) over the empirical zero-sum meta-game of Blue's win rates:
 * uniform, a one-step discrete replicator, projected replicator dynamics and an exact LP Nash solver
 * ({@link org.cyberselfplay.league.meta.MetaSolver}, {@link org.cyberselfplay.league.meta.MetaSolvers}), with
 * {@link org.cyberselfplay.league.meta.Exploitability#nashConv NashConv} to measure how far a meta-strategy is
 * from equilibrium.
 *
 * <p>Pure, deterministic functions over primitive arrays; no randomness. Depends on nothing but the JDK.
 */
package org.cyberselfplay.league.meta;
