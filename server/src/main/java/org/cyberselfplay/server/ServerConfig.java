package org.cyberselfplay.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link CyberServer} runs. Defaults are the safe ones: loopback only, 64 sessions, idle sessions
 * reaped after 10 minutes, 64 KiB messages and bodies, no token, no run directory.
 *
 * @param host            the interface to bind; {@code 127.0.0.1} unless the operator opens it up
 * @param port            the TCP port, 0 for an ephemeral one (see {@link CyberServer#port()})
 * @param maxSessions     live WebSocket sessions allowed at once (>= 1); the next gets {@code CAPACITY_REACHED}
 * @param sessionTimeout  a session that sends no message for this long is closed with {@code SESSION_ERROR};
 *                        {@link Duration#ZERO} disables reaping
 * @param token           when present, every route but {@code /health} requires {@code Authorization: Bearer <token>}
 * @param runDir          the only directory whose files requests may name (scenario and archetype files) and
 *                        that {@code /artifacts} lists; empty: no file is ever read on request
 * @param maxMessageBytes the largest WebSocket message and HTTP body accepted, in bytes (1 KiB to 16 MiB);
 *                        larger ones get an error frame or 413
 * @param rootSeed        the root of the stream of episode seeds drawn for resets that give none
 */
public record ServerConfig(String host, int port, int maxSessions, Duration sessionTimeout, Optional<String> token,
                           Optional<Path> runDir, int maxMessageBytes, long rootSeed) {
    /** The default port, the original's. */
    public static final int DEFAULT_PORT = 7870;
    /** The default interface: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default session cap. */
    public static final int DEFAULT_MAX_SESSIONS = 64;
    /** The default idle timeout. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(10);
    /** The default message and body cap: 64 KiB. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

    public ServerConfig {
        List<String> problems = new ArrayList<>();
        if (host == null || host.isBlank()) {
            problems.add("host: must name an interface, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            problems.add("port: must be in [0, 65535], got " + port);
        }
        if (maxSessions < 1 || maxSessions > 100_000) {
            problems.add("max sessions: must be in [1, 100000], got " + maxSessions);
        }
        if (sessionTimeout == null || sessionTimeout.isNegative()) {
            problems.add("session timeout: must be >= 0 (0 disables reaping), got " + sessionTimeout);
        }
        token = token == null ? Optional.empty() : token;
        if (token.isPresent() && token.get().isBlank()) {
            problems.add("token: must not be blank");
        }
        runDir = runDir == null ? Optional.empty() : runDir;
        if (runDir.isPresent() && !Files.isDirectory(runDir.get())) {
            problems.add("run directory: " + runDir.get() + " is not an existing directory");
        }
        if (maxMessageBytes < 1024 || maxMessageBytes > 16 * 1024 * 1024) {
            problems.add("max message bytes: must be in [1024, 16777216], got " + maxMessageBytes);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The defaults on the default port. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_SESSIONS, DEFAULT_SESSION_TIMEOUT,
                Optional.empty(), Optional.empty(), DEFAULT_MAX_MESSAGE_BYTES, 0L);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxSessions, sessionTimeout, token, runDir, maxMessageBytes, rootSeed);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxSessions, sessionTimeout, token, runDir, maxMessageBytes, rootSeed);
    }

    public ServerConfig withMaxSessions(int n) {
        return new ServerConfig(host, port, n, sessionTimeout, token, runDir, maxMessageBytes, rootSeed);
    }

    public ServerConfig withSessionTimeout(Duration d) {
        return new ServerConfig(host, port, maxSessions, d, token, runDir, maxMessageBytes, rootSeed);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, maxSessions, sessionTimeout, Optional.ofNullable(t), runDir,
                maxMessageBytes, rootSeed);
    }

    public ServerConfig withRunDir(Path dir) {
        return new ServerConfig(host, port, maxSessions, sessionTimeout, token, Optional.ofNullable(dir),
                maxMessageBytes, rootSeed);
    }

    public ServerConfig withMaxMessageBytes(int n) {
        return new ServerConfig(host, port, maxSessions, sessionTimeout, token, runDir, n, rootSeed);
    }

    public ServerConfig withRootSeed(long seed) {
        return new ServerConfig(host, port, maxSessions, sessionTimeout, token, runDir, maxMessageBytes, seed);
    }
}
