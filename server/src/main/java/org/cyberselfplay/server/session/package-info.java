/**
 * One client's game: a {@link org.cyberselfplay.server.session.GameSession} owns an env, the side the
 * client plays and the scripted opponent that answers each of its moves. The
 * {@link org.cyberselfplay.server.session.Catalog} resolves scenario and opponent names, reading files only
 * inside the configured {@link org.cyberselfplay.server.session.RunDirectory}.
 *
 * <p>Depends on {@code env}, the scripted policies of {@code agents}, and the server's protocol package.
 * Not thread-safe: the front ends give each session to one thread at a time.
 */
package org.cyberselfplay.server.session;
