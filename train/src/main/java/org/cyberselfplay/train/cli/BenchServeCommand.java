package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.server.bench.ServeBenchResult;
import org.cyberselfplay.server.bench.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench serve}: end-to-end server throughput and latency with concurrent WebSocket clients. */
@Command(name = "serve",
        description = {"Start the server on a loopback port, drive it with N concurrent WebSocket clients playing M "
                + "steps each (Blue against blitz, resetting as episodes end) and report steps per second and "
                + "round-trip latency percentiles.",
                "Clients and server share this machine, so the numbers are for both together; the 1-minute load "
                        + "average at the start is reported. A warm-up (40,000 steps in all by default) runs first."})
final class BenchServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--clients", defaultValue = "16", paramLabel = "N",
            description = "Concurrent WebSocket clients, >= 1 (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--steps", defaultValue = "10000", paramLabel = "M",
            description = "Measured steps per client, >= 1 (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--max-sessions", paramLabel = "K",
            description = "The server's session cap (default: the larger of 64 and --clients); fewer than the "
                    + "clients makes refusals, counted as errors.")
    private Integer maxSessions;

    @Option(names = "--warmup", paramLabel = "W",
            description = "Unmeasured steps per client first, >= 0 (default: 40000 / clients, at least 20).")
    private Integer warmup;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME",
            description = "A preset: small, medium or large (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || steps < 1) {
            throw new UsageException("--clients and --steps must be at least 1, got " + clients + " and " + steps);
        }
        if (maxSessions != null && maxSessions < 1) {
            throw new UsageException("--max-sessions must be at least 1, got " + maxSessions);
        }
        if (warmup != null && warmup < 0) {
            throw new UsageException("--warmup must be >= 0, got " + warmup);
        }
        if (!Scenarios.isPreset(scenario)) {
            throw new UsageException("--scenario must be one of " + String.join(", ", Scenarios.presetNames())
                    + ", got '" + scenario + "'");
        }
        ServeBenchmark.Options o = new ServeBenchmark.Options(clients, steps,
                warmup != null ? warmup : ServeBenchmark.Options.defaultWarmup(clients),
                maxSessions != null ? maxSessions : Math.max(64, clients), scenario, 0, Duration.ofMinutes(30));
        ServeBenchResult r = ServeBenchmark.run(o);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(r));
        } else {
            printTable(out, r);
        }
        out.flush();
        if (r.errors() > 0) {
            spec.commandLine().getErr().println("warning: " + r.errors() + " errors (error replies, refused or "
                    + "dropped connections, steps not played)");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    static ObjectNode toJson(ServeBenchResult r) {
        ObjectNode o = Json.object();
        o.put("clients", r.clients());
        o.put("steps", r.steps());
        o.put("steps_per_client", r.stepsPerClient());
        o.put("seconds", Json.round(r.seconds(), 3));
        o.put("steps_per_second", Math.round(r.stepsPerSecond()));
        o.put("p50_ms", Json.round(r.p50Millis(), 3));
        o.put("p90_ms", Json.round(r.p90Millis(), 3));
        o.put("p99_ms", Json.round(r.p99Millis(), 3));
        o.put("max_ms", Json.round(r.maxMillis(), 3));
        o.put("errors", r.errors());
        o.put("episodes", r.episodes());
        o.put("max_sessions", r.maxSessions());
        o.put("scenario", r.scenario());
        o.put("warmup_steps_per_client", r.warmupSteps());
        o.put("cores", r.cores());
        o.put("load_average_1m", r.loadAverage());
        o.put("java", System.getProperty("java.version"));
        return o;
    }

    private static void printTable(PrintWriter out, ServeBenchResult r) {
        TextTable t = new TextTable(List.of("clients", "steps", "steps/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "errors"), true, true, true, true, true, true, true, true);
        t.row(String.valueOf(r.clients()), String.format(Locale.ROOT, "%,d", r.steps()),
                String.format(Locale.ROOT, "%,d", Math.round(r.stepsPerSecond())),
                String.format(Locale.ROOT, "%.2f", r.p50Millis()), String.format(Locale.ROOT, "%.2f", r.p90Millis()),
                String.format(Locale.ROOT, "%.2f", r.p99Millis()), String.format(Locale.ROOT, "%.2f", r.maxMillis()),
                String.valueOf(r.errors()));
        t.print(out);
        out.printf(Locale.ROOT, "%s scenario, %d episodes, %d warm-up steps per client, %d cores, load average %.2f "
                + "at start, Java %s%n", r.scenario(), r.episodes(), r.warmupSteps(), r.cores(), r.loadAverage(),
                System.getProperty("java.version"));
    }
}
