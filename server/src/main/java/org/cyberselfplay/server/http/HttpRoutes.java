package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.server.mcp.McpHandler;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.session.GameSession;
import org.cyberselfplay.server.session.RunDirectory;

/**
 * Installs the HTTP routes, the token check and OpenEnv's error bodies on a Javalin configuration:
 * wrong method 405 {@code {"detail":"Method Not Allowed"}}, unknown path (including a plain GET on
 * {@code /ws}) 404 {@code {"detail":"Not Found"}}, missing token 401, oversize body 413, and an unexpected
 * failure 500 {@code {"detail":"Internal Server Error"}} (logged; bad input never gets there).
 */
public final class HttpRoutes {
    /** Deepest folder level {@code /artifacts} lists. */
    static final int ARTIFACT_DEPTH = 4;
    /** Most files {@code /artifacts} lists. */
    static final int ARTIFACT_LIMIT = 1000;
    private static final Logger LOG = LogManager.getLogger();

    private final Documents documents;
    private final OneShotRoutes oneShot;
    private final Auth auth;
    private final Optional<RunDirectory> runDir;

    /**
     * @param games   makes a fresh game for each one-shot request
     * @param token   the bearer token every route but {@code /health} requires, if any
     * @param runDir  the directory {@code /artifacts} lists; the route exists only with one
     * @param maxBody the largest request body accepted, in bytes
     */
    public HttpRoutes(Supplier<GameSession> games, McpHandler mcp, Optional<String> token,
                      Optional<RunDirectory> runDir, int maxBody, int maxSessions) {
        this.documents = new Documents(runDir.isPresent(), token.isPresent(), maxSessions);
        this.oneShot = new OneShotRoutes(games, mcp, maxBody);
        this.auth = new Auth(token);
        this.runDir = runDir;
    }

    /** Registers everything on {@code cfg}; the WebSocket route is added by the caller. */
    public void install(JavalinConfig cfg) {
        var r = cfg.routes;
        r.before(ctx -> {
            if (!ctx.path().equals("/health")) {
                auth.requireToken(ctx);
            }
        });
        r.wsBeforeUpgrade(ctx -> {
            auth.requireToken(ctx);
            Auth.requireLocalOrigin(ctx);
        });
        r.get("/health", ctx -> HttpBodies.send(ctx, 200, documents.health));
        r.get("/metadata", ctx -> HttpBodies.send(ctx, 200, documents.metadata));
        r.get("/schema", ctx -> HttpBodies.send(ctx, 200, documents.schema));
        r.get("/openapi.json", ctx -> HttpBodies.send(ctx, 200, documents.openApi));
        r.get("/info", ctx -> HttpBodies.send(ctx, 200, documents.info));
        r.post("/reset", oneShot::reset);
        r.post("/step", oneShot::step);
        r.get("/state", oneShot::state);
        r.post("/mcp", oneShot::mcp);
        runDir.ifPresent(dir -> r.get("/artifacts", ctx -> HttpBodies.send(ctx, 200, artifacts(dir))));
        r.exception(HttpResponseException.class, (e, ctx) -> HttpBodies.detail(ctx, e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            HttpBodies.detail(ctx, 500, "Internal Server Error");
        });
        r.error(404, ctx -> HttpBodies.detail(ctx, 404, "Not Found"));
        r.error(405, ctx -> HttpBodies.detail(ctx, 405, "Method Not Allowed"));
    }

    private static ObjectNode artifacts(RunDirectory dir) {
        List<RunDirectory.Entry> entries = dir.list(ARTIFACT_DEPTH, ARTIFACT_LIMIT + 1);
        ObjectNode out = Json.object();
        ArrayNode files = out.putArray("files");
        entries.stream().limit(ARTIFACT_LIMIT).forEach(e -> files.addObject().put("path", e.path())
                .put("bytes", e.bytes()).put("modified_ms", e.modifiedMillis()));
        out.put("truncated", entries.size() > ARTIFACT_LIMIT);
        return out;
    }
}
