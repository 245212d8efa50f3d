package org.cyberselfplay.train.sim;

/**
 * Throughput of one env benchmark run.
 *
 * @param scenario       scenario name
 * @param steps          env steps (one {@code stepRandom} call each, Blue or Red) in the timed part
 * @param seconds        measured length of the timed part
 * @param episodes       episodes that ended during the timed part
 * @param warmupSeconds  requested warm-up before timing (not counted)
 * @param threads        threads that stepped envs
 * @param javaVersion    the {@code java.version} the run used
 * @param checksum       sum of the finished episodes' returns and applied action indices; kept so the
 *                       JIT cannot discard the work, and equal across runs with the same step count
 */
public record BenchResult(String scenario, long steps, double seconds, long episodes, double warmupSeconds,
                          int threads, String javaVersion, double checksum) {
    public BenchResult {
        if (steps < 0 || episodes < 0 || threads < 1) {
            throw new IllegalArgumentException("steps and episodes must be >= 0 and threads >= 1");
        }
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("seconds must be > 0, got " + seconds);
        }
    }

    /** Steps per second of wall-clock time. */
    public double stepsPerSecond() {
        return steps / seconds;
    }
}
