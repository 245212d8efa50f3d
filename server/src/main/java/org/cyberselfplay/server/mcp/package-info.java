/**
 * MCP over JSON-RPC 2.0: {@code tools/list} describes the client side's tools with JSON Schemas of their
 * arguments, {@code tools/call} plays one move in the caller's game session and returns the observation as
 * MCP content. Used by {@code POST /mcp} (a fresh one-shot game per request) and by {@code mcp} messages on
 * {@code /ws} (the connection's game).
 *
 * <p>Depends on {@code env}, the protocol and session packages, and Jackson.
 */
package org.cyberselfplay.server.mcp;
