package org.cyberselfplay.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.server.http.HttpRoutes;
import org.cyberselfplay.server.mcp.McpHandler;
import org.cyberselfplay.server.mcp.ToolCatalog;
import org.cyberselfplay.server.session.Catalog;
import org.cyberselfplay.server.session.GameSession;
import org.cyberselfplay.server.session.RunDirectory;
import org.cyberselfplay.server.session.SeedSource;
import org.cyberselfplay.server.ws.MessageDispatcher;
import org.cyberselfplay.server.ws.SessionRegistry;
import org.cyberselfplay.server.ws.WsEndpoint;

/**
 * The OpenEnv-compatible server: HTTP and WebSocket on Javalin 7 (Jetty 12). Start it with
 * {@link #start(ServerConfig)}, stop it with {@link #close()}. Thread-safe.
 *
 * <p>WebSocket limits: messages up to {@link ServerConfig#maxMessageBytes()} are handled; a larger one up
 * to {@value #HARD_LIMIT_FACTOR} times that gets a {@code VALIDATION_ERROR} frame and the session goes on;
 * beyond that Jetty closes that one connection with code 1009 without buffering it. Permessage-deflate is
 * accepted when a client offers it, and pings are answered.
 */
public final class CyberServer implements AutoCloseable {
    /** How many times the message cap a WebSocket message may reach before Jetty drops the connection. */
    public static final int HARD_LIMIT_FACTOR = 16;
    private static final Logger LOG = LogManager.getLogger();

    private final Javalin app;
    private final SessionRegistry registry;
    private final ServerConfig config;

    private CyberServer(Javalin app, SessionRegistry registry, ServerConfig config) {
        this.app = app;
        this.registry = registry;
        this.config = config;
    }

    /**
     * Binds and starts a server.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static CyberServer start(ServerConfig config) {
        checkBindable(config.host(), config.port());
        Optional<RunDirectory> runDir = config.runDir().map(RunDirectory::of);
        Catalog catalog = new Catalog(runDir);
        SeedSource seeds = new SeedSource(config.rootSeed());
        Supplier<GameSession> games = () -> new GameSession(catalog, seeds);
        McpHandler mcp = new McpHandler(new ToolCatalog(), ServerInfo.NAME, ServerInfo.version());
        SessionRegistry registry = new SessionRegistry(config.maxSessions(), config.sessionTimeout());
        WsEndpoint ws = new WsEndpoint(registry, new MessageDispatcher(mcp, config.maxMessageBytes()), games);
        HttpRoutes http = new HttpRoutes(games, mcp, config.token(), runDir, config.maxMessageBytes(),
                config.maxSessions());
        long hardLimit = (long) config.maxMessageBytes() * HARD_LIMIT_FACTOR;
        // Jetty's own idle timeout only backs up the reaper (which reacts to messages, not pings).
        Duration jettyIdle = config.sessionTimeout().isZero() ? Duration.ZERO
                : config.sessionTimeout().plusSeconds(60);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxMessageBytes();
            cfg.jetty.modifyWebSocketServletFactory(f -> {
                f.setIdleTimeout(jettyIdle);
                f.setMaxTextMessageSize(hardLimit);
                f.setMaxBinaryMessageSize(config.maxMessageBytes());
                f.setMaxFrameSize(hardLimit);
            });
            http.install(cfg);
            cfg.routes.ws("/ws", ws::configure);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            registry.close();
            throw new IllegalStateException("cannot start the server on " + config.host() + ":" + config.port()
                    + ": " + rootMessage(e), e);
        }
        CyberServer server = new CyberServer(app, registry, config);
        LOG.info("Serving on {} (max {} sessions)", server.baseUrl(), config.maxSessions());
        return server;
    }

    /** Fails with one clear sentence before Javalin would log its own stack trace for a port in use. */
    private static void checkBindable(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot start the server on " + host + ":" + port + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The bound port (the ephemeral one when the config said 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port}, with IPv6 hosts bracketed. */
    public String baseUrl() {
        String host = config.host().contains(":") && !config.host().startsWith("[")
                ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** The configuration this server runs with. */
    public ServerConfig config() {
        return config;
    }

    /** Live WebSocket sessions now. */
    public int activeSessions() {
        return registry.active();
    }

    /** Closes every session ({@code SESSION_ERROR}, code 1001) and stops the server. Idempotent. */
    @Override
    public void close() {
        registry.close();
        app.stop();
    }
}
