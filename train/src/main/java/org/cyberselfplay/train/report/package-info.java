/**
 * What a run leaves for people to read: PNG plots of the metrics ({@link org.cyberselfplay.train.report.Plots}),
 * the {@code report.md} summary ({@link org.cyberselfplay.train.report.RunReport}), recorded episodes as JSONL
 * ({@link org.cyberselfplay.train.report.EpisodeRecorder}, replayed by {@code cyberselfplay replay}) and progress
 * display for long tasks ({@link org.cyberselfplay.train.report.Progresses}); for a league run, its plots
 * ({@link org.cyberselfplay.train.report.LeaguePlots}) and {@code report.md}
 * ({@link org.cyberselfplay.train.report.LeagueReport}).
 *
 * <p>Every file is written atomically (a temporary file in the same directory, then a rename), so a killed run
 * never leaves a half-written plot, report or episode. Nothing here prints to standard output: progress goes
 * to the stream the caller names (standard error) or to Log4j2.
 *
 * <p>Depends on the env (game, observations, metrics), the agents' {@code Policy}, the league's statistics
 * ({@code WilsonInterval}) and values ({@code PoolEntry}, {@code PayoffState}), the run configs,
 * {@code org.cyberselfplay.train.run.MetricsRow}, XChart, me.tongfei progressbar,
 * Jackson and Log4j2. Never on the trainer or the CLI.
 */
package org.cyberselfplay.train.report;
