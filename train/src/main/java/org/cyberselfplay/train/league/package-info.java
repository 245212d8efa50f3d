/**
 * League self-play: a Blue learner trained round by round against a growing pool of Red opponents chosen by
 * PFSP (AlphaStar 2019), by a PSRO meta-strategy (Lanctot et al. 2017) or a mixture of both, with neural Red
 * best responses trained against Blue's meta-mixture (double-oracle PSRO), a payoff table filled from real
 * seeded matches, and an atomic league-state checkpoint after every round so a killed run resumes exactly.
 *
 * <p>{@link org.cyberselfplay.train.league.LeagueRun} starts and resumes runs. The pure math (PFSP weights,
 * meta-solvers, payoff tables, ratings) lives in the {@code league} module; this package coordinates it with
 * the trainer ({@code train.trainer.GrpoLearner}, {@code train.sft}) and the run directory ({@code train.run}).
 */
package org.cyberselfplay.train.league;
