/**
 * Opponent sampling: prioritized fictitious self-play weights ({@link org.cyberselfplay.league.pfsp.Pfsp},
 * AlphaStar 2019), their mixture with a PSRO meta-strategy
 * ({@link org.cyberselfplay.league.pfsp.OpponentSampler}), and seeded categorical draws.
 *
 * <p>Pure functions over primitive arrays; randomness only from a caller's {@link java.util.SplittableRandom}.
 * Depends on {@code league.meta} for distribution helpers.
 */
package org.cyberselfplay.league.pfsp;
