package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cyberselfplay.server.CyberServer;
import org.cyberselfplay.server.ServerConfig;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.session.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the OpenEnv-compatible HTTP + WebSocket server, until Ctrl-C. */
@Command(name = "serve",
        description = {"Serve the game over the OpenEnv protocol (HTTP and WebSocket /ws, MCP on /mcp) until "
                + "interrupted.",
                "A Python OpenEnv client connects with GenericEnvClient(base_url=\"http://127.0.0.1:7870\"). Reset "
                        + "options: scenario (default " + Catalog.DEFAULT_SCENARIO + "), seed, episode_id, actor "
                        + "(default blue), opponent (default " + Catalog.DEFAULT_RED_OPPONENT + " for a blue client, "
                        + Catalog.DEFAULT_BLUE_OPPONENT + " for a red one; none to play both sides). Observations "
                        + "keep the reward components, events and errors under '" + Replies.CYBER_METADATA + "'."})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable read when {@code --token} is not given. */
    static final String TOKEN_ENV = "CYBERSELFPLAY_TOKEN";

    /** Holds the server up; returns when it should stop. */
    @FunctionalInterface
    interface Lifetime {
        void await(CyberServer server) throws InterruptedException;
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to "
                    + "the network, then set a token).")
    private String host;

    @Option(names = "--port", defaultValue = "7870", paramLabel = "PORT",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--max-sessions", defaultValue = "64", paramLabel = "N",
            description = "WebSocket sessions at once, >= 1; the next gets CAPACITY_REACHED (default: ${DEFAULT-VALUE}).")
    private int maxSessions;

    @Option(names = "--session-timeout", defaultValue = "600", paramLabel = "SECONDS",
            description = "Close a session after this many seconds without a message, 0 never (default: ${DEFAULT-VALUE}).")
    private double sessionTimeout;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on every route but /health (default: the "
                    + TOKEN_ENV + " environment variable, else none).")
    private String token;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "The only directory whose files requests may name (scenario and archetype YAML) and "
                    + "that GET /artifacts lists (default: none; no file is read on request).")
    private Path runDir;

    @Option(names = "--max-message-bytes", defaultValue = "65536", paramLabel = "BYTES",
            description = "Largest WebSocket message or HTTP body accepted (default: ${DEFAULT-VALUE}).")
    private int maxMessageBytes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED",
            description = "Root of the episode seeds drawn for resets that give none (default: ${DEFAULT-VALUE}).")
    private long seed;

    private final Lifetime lifetime;

    ServeCommand() {
        this(ServeCommand::untilShutdown);
    }

    ServeCommand(Lifetime lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        CyberServer server;
        try {
            server = CyberServer.start(config);
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage() + " (choose another --port or --host)", e);
        }
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Serving CyberSelfPlay on " + server.baseUrl() + " (WebSocket "
                    + server.baseUrl().replaceFirst("^http", "ws") + "/ws; max " + config.maxSessions() + " sessions"
                    + (config.token().isPresent() ? "; bearer token required" : "") + "). Press Ctrl-C to stop.");
            out.flush();
            lifetime.await(server);
        } finally {
            server.close();
        }
        return 0;
    }

    private ServerConfig config() {
        if (!(sessionTimeout >= 0) || Double.isInfinite(sessionTimeout)) {
            throw new UsageException("--session-timeout must be a number of seconds >= 0, got " + sessionTimeout);
        }
        String t = token != null ? token : System.getenv(TOKEN_ENV);
        if (t != null && t.isBlank()) {
            t = null;
        }
        try {
            return ServerConfig.defaults().withHost(host).withPort(port).withMaxSessions(maxSessions)
                    .withSessionTimeout(Duration.ofMillis(Math.round(sessionTimeout * 1000))).withToken(t)
                    .withRunDir(runDir).withMaxMessageBytes(maxMessageBytes).withRootSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid server option: " + e.getMessage());
        }
    }

    /** Waits until the JVM shuts down (Ctrl-C, SIGTERM), then lets the server close. */
    private static void untilShutdown(CyberServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cyberselfplay-serve-shutdown"));
        stopped.await();
    }
}
