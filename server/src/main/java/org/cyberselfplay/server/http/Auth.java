package org.cyberselfplay.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Request checks. With a token, every route but {@code /health} (and the WebSocket upgrade) needs
 * {@code Authorization: Bearer <token>}, compared in constant time; otherwise 401. WebSocket upgrades that
 * carry a browser {@code Origin} other than a loopback one are refused (403), so a web page cannot drive a
 * local server; OpenEnv's Python client sends no Origin. Immutable, thread-safe.
 */
final class Auth {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private final Optional<byte[]> token;

    Auth(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws 401 unless the request carries the token (or no token is configured). */
    void requireToken(Context ctx) {
        if (token.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        String prefix = "bearer ";
        boolean ok = header != null && header.length() > prefix.length()
                && header.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)
                && MessageDigest.isEqual(token.get(),
                        header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("Missing or wrong bearer token: send 'Authorization: Bearer <token>'",
                    Map.of());
        }
    }

    /** Throws 403 for an upgrade from a non-loopback browser origin. */
    static void requireLocalOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return;
        }
        String host;
        try {
            host = URI.create(origin).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse("WebSocket upgrades from browser origin " + origin + " are refused", Map.of());
        }
    }
}
