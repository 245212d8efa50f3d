/**
 * The league's population: {@link org.cyberselfplay.league.pool.PoolEntry} values (scripted archetypes,
 * neural Red and Blue checkpoints, with provenance) in an append-only
 * {@link org.cyberselfplay.league.pool.OpponentPool} with unique ids.
 *
 * <p>Pure data; builds no policies. Depends only on {@code env} (for {@link org.cyberselfplay.env.Actor}).
 */
package org.cyberselfplay.league.pool;
