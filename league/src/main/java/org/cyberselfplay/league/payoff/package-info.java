/**
 * The league's payoff table: decayed Blue-vs-Red win counts and return sums per pair of entries
 * ({@link org.cyberselfplay.league.payoff.PayoffTable}), their per-cell win rates and Wilson intervals, the
 * win-rate matrix a meta-solver reads, and a plain value ({@link org.cyberselfplay.league.payoff.PayoffState})
 * to persist it.
 *
 * <p>Pure data and arithmetic; depends only on {@code league.stats}.
 */
package org.cyberselfplay.league.payoff;
