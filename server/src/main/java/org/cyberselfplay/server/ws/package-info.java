/**
 * The stateful OpenEnv protocol on {@code /ws}: one connection, one
 * {@link org.cyberselfplay.server.session.GameSession}, strictly one reply per request
 * ({@link org.cyberselfplay.server.ws.MessageDispatcher}); the session cap and idle reaping
 * ({@link org.cyberselfplay.server.ws.SessionRegistry}); the Javalin handlers
 * ({@link org.cyberselfplay.server.ws.WsEndpoint}).
 *
 * <p>Depends on Javalin's WebSocket API, the protocol, session and mcp packages.
 */
package org.cyberselfplay.server.ws;
