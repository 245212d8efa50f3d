/**
 * Evaluation: seeded Blue-vs-Red matches on a thread pool with batched inference
 * ({@link org.cyberselfplay.league.eval.MatchRunner}), and their honest summary per opponent
 * ({@link org.cyberselfplay.league.eval.MatchupSummary}: Wilson intervals for win rates, normal intervals for
 * mean returns). Results depend only on the seed and the block size, never on the thread count.
 *
 * <p>Depends on {@code env}, {@code agents} and {@code league.stats}.
 */
package org.cyberselfplay.league.eval;
