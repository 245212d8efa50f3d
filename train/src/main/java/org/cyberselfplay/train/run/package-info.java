/**
 * The run directory of a training run and the files in it: {@link org.cyberselfplay.train.run.RunDirectory}
 * (the layout), {@link org.cyberselfplay.train.run.MetricsSink} ({@code metrics.jsonl} and {@code metrics.csv}
 * from {@link org.cyberselfplay.train.run.MetricsRow}s), {@link org.cyberselfplay.train.run.SampleLog}
 * ({@code samples.jsonl}), {@link org.cyberselfplay.train.run.Manifest} ({@code manifest.json}),
 * {@link org.cyberselfplay.train.run.RunLog} ({@code log.txt}, a Log4j2 file appender) and
 * {@link org.cyberselfplay.train.run.RunReporter}, the hook through which plots, {@code report.md} and recorded
 * episodes are made.
 *
 * <p>Whole files are written atomically ({@link org.cyberselfplay.train.run.AtomicWrite}: a temporary file in
 * the same directory, then a rename); {@code samples.jsonl} is append-only and cut back to the last
 * checkpoint's length when a run resumes.
 *
 * <p>Depends on the train configs (to describe a run), Jackson and Log4j2; never on the trainers, the reporting
 * package or the CLI.
 */
package org.cyberselfplay.train.run;
