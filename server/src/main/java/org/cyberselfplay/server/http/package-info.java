/**
 * The HTTP side of the OpenEnv protocol on Javalin: the one-shot {@code /reset}, {@code /step} and
 * {@code /state} (a fresh game per request, as OpenEnv does), {@code /health}, {@code /metadata},
 * {@code /schema}, {@code /openapi.json}, {@code POST /mcp}, {@code /info}, the confined {@code /artifacts}
 * listing, the bearer-token and Origin checks, and OpenEnv's error bodies ({@code {"detail": ...}}).
 *
 * <p>Depends on Javalin, the protocol, session and mcp packages, and {@link org.cyberselfplay.server.ServerInfo}.
 */
package org.cyberselfplay.server.http;
