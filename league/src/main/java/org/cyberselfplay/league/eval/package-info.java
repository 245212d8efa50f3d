/**
 * Evaluation: seeded Blue-vs-Red matches with batched inference ({@link org.cyberselfplay.league.eval.MatchRunner})
 * and their honest summary per opponent ({@link org.cyberselfplay.league.eval.MatchupSummary}: Wilson intervals for
 * win rates, normal intervals for mean returns).
 *
 * <p>Scale-out seam: a runner cuts matchups into {@link org.cyberselfplay.league.eval.MatchTask}s (block-aligned
 * episode ranges carrying round, matchup and seed) and hands a {@link org.cyberselfplay.league.eval.MatchJob} to a
 * {@link org.cyberselfplay.league.eval.MatchExecutor}: the in-process
 * {@link org.cyberselfplay.league.eval.ThreadPoolMatchExecutor} by default, or one found through a
 * {@link org.cyberselfplay.league.eval.MatchExecutorProvider} (the {@code spark} module). Policies travel as
 * {@link org.cyberselfplay.league.eval.PortablePolicy}s (a spec, or the bytes of a checkpoint or archetype file) and
 * the scenario as a {@link org.cyberselfplay.league.eval.ScenarioSource}. Results depend only on the seeds and the
 * block size, never on the thread count, the executor or the cut into tasks.
 *
 * <p>Depends on {@code env}, {@code agents} and {@code league.stats}.
 */
package org.cyberselfplay.league.eval;
