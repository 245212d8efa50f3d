/**
 * The wire vocabulary shared by the WebSocket and HTTP front ends: the error codes of the OpenEnv
 * protocol ({@link org.cyberselfplay.server.protocol.ProtocolError}), field-level validation errors in
 * pydantic's shape ({@link org.cyberselfplay.server.protocol.FieldError}), readers that turn untrusted JSON
 * into actions and reset requests, and the rendering of observations, states and error frames.
 *
 * <p>Depends on the {@code env} module and Jackson only; nothing here knows about sockets or Javalin.
 */
package org.cyberselfplay.server.protocol;
