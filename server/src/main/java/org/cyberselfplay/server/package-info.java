/**
 * The OpenEnv-compatible server: {@link org.cyberselfplay.server.CyberServer} wires Javalin 7 (Jetty 12)
 * with the WebSocket protocol ({@code ws}), the HTTP routes ({@code http}), MCP ({@code mcp}) and the game
 * sessions ({@code session}), under a {@link org.cyberselfplay.server.ServerConfig} whose defaults are the
 * safe ones (loopback, 64 sessions, idle reaping, 64 KiB messages, no file access).
 *
 * <p>The wire contract is OpenEnv's (see the project's OpenEnv notes): one environment per WebSocket
 * connection, OpenEnv's error codes, stateless one-shot HTTP {@code /reset}, {@code /step}, {@code /state}.
 * Depends on {@code env}, the scripted policies of {@code agents}, Javalin and Jackson; the CLI in
 * {@code train} depends on this module, never the reverse.
 */
package org.cyberselfplay.server;
