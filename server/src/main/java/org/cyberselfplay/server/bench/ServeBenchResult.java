package org.cyberselfplay.server.bench;

/**
 * The outcome of a {@link ServeBenchmark} run.
 *
 * @param clients         concurrent WebSocket clients
 * @param stepsPerClient  measured steps each client played
 * @param steps           measured steps in total (one step = one client move answered by the opponent)
 * @param seconds         wall-clock time of the measured phase
 * @param stepsPerSecond  {@code steps / seconds}
 * @param p50Millis       median step round trip, client send to reply, in milliseconds
 * @param p90Millis       90th percentile round trip
 * @param p99Millis       99th percentile round trip
 * @param maxMillis       slowest round trip
 * @param errors          steps answered with an error frame, plus steps never played because a connection was
 *                        refused, dropped or timed out, or a reset failed
 * @param episodes        episodes finished (each followed by a reset)
 * @param maxSessions     the server's session cap during the run
 * @param scenario        the scenario played
 * @param warmupSteps     unmeasured steps per client before the measured phase
 * @param cores           processors available to the JVM
 * @param loadAverage     the 1-minute load average when the run started (-1 where unknown)
 */
public record ServeBenchResult(int clients, int stepsPerClient, long steps, double seconds, double stepsPerSecond,
                               double p50Millis, double p90Millis, double p99Millis, double maxMillis, long errors,
                               long episodes, int maxSessions, String scenario, int warmupSteps, int cores,
                               double loadAverage) {
}
