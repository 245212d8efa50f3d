/**
 * Small, pure statistics used to report results honestly: confidence intervals for rates.
 *
 * <p>Static functions over primitives with unit tests against hand-computed values; no state, no
 * randomness. Depends on nothing but the JDK.
 */
package org.cyberselfplay.league.stats;
