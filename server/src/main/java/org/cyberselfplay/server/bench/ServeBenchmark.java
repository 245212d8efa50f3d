package org.cyberselfplay.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.server.CyberServer;
import org.cyberselfplay.server.ServerConfig;

/**
 * Measures the server end to end: it starts a {@link CyberServer} on an ephemeral loopback port, connects
 * N WebSocket clients, lets each play a warm-up, then times M steps per client (resetting as episodes end),
 * and stops the server. Clients and server share the machine, so the numbers are for both together.
 *
 * <p>Each client plays Blue against the default opponent ({@code blitz}) on the chosen scenario with a fixed
 * cycle of always-legal actions (query_siem, triage_alerts, run_forensics, harden_policy,
 * publish_ioc_blocklist, checkpoint_plan, reconcile_state). Resets give no seed, so the server draws each
 * episode's seed from its own stream rooted at {@code seed}.
 */
public final class ServeBenchmark {
    /**
     * What to run.
     *
     * @param clients     concurrent clients (>= 1)
     * @param steps       measured steps per client (>= 1)
     * @param warmupSteps unmeasured steps per client first (>= 0)
     * @param maxSessions the server's session cap (>= 1); fewer than {@code clients} makes refusals (errors)
     * @param scenario    a preset name
     * @param seed        the server's root seed for episode seeds
     * @param timeout     the whole run's deadline; unfinished steps then count as errors
     */
    public record Options(int clients, int steps, int warmupSteps, int maxSessions, String scenario, long seed,
                          Duration timeout) {
        /** Warm-up steps of all clients together. */
        public static final int WARMUP_TOTAL = 40_000;

        public Options {
            if (clients < 1 || steps < 1 || warmupSteps < 0 || maxSessions < 1) {
                throw new IllegalArgumentException("clients, steps and max sessions must be >= 1 and warm-up >= 0");
            }
        }

        /**
         * N clients, M steps, the default warm-up ({@link #defaultWarmup}), room for every client, small, seed 0,
         * 10 minutes.
         */
        public static Options of(int clients, int steps) {
            return new Options(clients, steps, defaultWarmup(clients),
                    Math.max(ServerConfig.DEFAULT_MAX_SESSIONS, clients), "small", 0, Duration.ofMinutes(10));
        }

        /**
         * Warm-up steps per client: {@value #WARMUP_TOTAL} in all, at least 20 each, so that the JIT has compiled
         * the hot path (server and clients) before the clock starts.
         */
        public static int defaultWarmup(int clients) {
            return Math.max(20, WARMUP_TOTAL / clients);
        }
    }

    private ServeBenchmark() {
    }

    /** Runs the benchmark; the server is stopped before this returns. */
    public static ServeBenchResult run(Options o) throws InterruptedException {
        Scenario scenario = Scenarios.preset(o.scenario());
        List<String> actions = actions(scenario);
        String reset = "{\"type\":\"reset\",\"data\":{\"scenario\":\"" + o.scenario() + "\"}}";
        double load = loadAverage();
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withMaxSessions(o.maxSessions())
                .withRootSeed(o.seed()).withSessionTimeout(Duration.ZERO);
        ExecutorService clientPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder().executor(clientPool).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong errors = new AtomicLong();
        List<BenchClient> clients = new ArrayList<>();
        long deadline = System.nanoTime() + o.timeout().toNanos();
        try (CyberServer server = CyberServer.start(cfg)) {
            URI uri = URI.create(server.baseUrl().replaceFirst("^http", "ws") + "/ws");
            List<CompletableFuture<Void>> connects = new ArrayList<>();
            for (int i = 0; i < o.clients(); i++) {
                BenchClient c = new BenchClient(actions, reset, o.warmupSteps(), o.steps(), errors);
                clients.add(c);
                connects.add(c.connect(http, uri).exceptionally(e -> {
                    c.abort();
                    return null;
                }));
            }
            await(connects, deadline);
            await(clients.stream().map(BenchClient::warmedUp).toList(), deadline);
            long start = System.nanoTime();
            clients.forEach(BenchClient::go);
            await(clients.stream().map(BenchClient::finished).toList(), deadline);
            long elapsed = System.nanoTime() - start;
            clients.forEach(BenchClient::abort);
            return result(o, clients, elapsed, errors.get(), load);
        } finally {
            clientPool.shutdownNow();
        }
    }

    private static ServeBenchResult result(Options o, List<BenchClient> clients, long elapsedNanos, long errors,
                                           double load) {
        long total = 0;
        long episodes = 0;
        for (BenchClient c : clients) {
            total += Math.min(c.measuredSteps(), o.steps());
            episodes += c.episodes();
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (BenchClient c : clients) {
            int n = Math.min(c.measuredSteps(), o.steps());
            System.arraycopy(c.latencies(), 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        double seconds = elapsedNanos / 1e9;
        return new ServeBenchResult(o.clients(), o.steps(), total, seconds, total / seconds, millis(all, 0.50),
                millis(all, 0.90), millis(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors,
                episodes, o.maxSessions(), o.scenario(), o.warmupSteps(), Runtime.getRuntime().availableProcessors(), load);
    }

    /** The q-quantile (nearest rank) of sorted nanoseconds, in milliseconds; 0 for no samples. */
    static double millis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static List<String> actions(Scenario s) {
        String first = s.hosts().get(0).name();
        String last = s.hosts().get(s.hosts().size() - 1).name();
        List<String> out = new ArrayList<>();
        for (String a : new String[] {"{\"tool_name\":\"query_siem\"}", "{\"tool_name\":\"triage_alerts\"}",
                "{\"tool_name\":\"run_forensics\",\"target\":\"" + first + "\"}", "{\"tool_name\":\"harden_policy\"}",
                "{\"tool_name\":\"publish_ioc_blocklist\"}", "{\"tool_name\":\"checkpoint_plan\"}",
                "{\"tool_name\":\"reconcile_state\",\"target\":\"" + last + "\"}"}) {
            out.add("{\"type\":\"step\",\"data\":" + a + "}");
        }
        return out;
    }

    private static void await(List<CompletableFuture<Void>> futures, long deadlineNanos) throws InterruptedException {
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        try {
            all.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Clients that failed or ran out of time have counted their missing steps as errors (abort).
        }
    }

    /** The 1-minute load average from /proc/loadavg, or -1 where there is none. */
    static double loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Double.parseDouble(parts[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
