/**
 * Ratings: Bradley-Terry maximum-likelihood Elo ratings from pairwise results
 * ({@link org.cyberselfplay.league.rating.EloRatings}), regularized by virtual games so undefeated entries
 * stay finite, anchored by mean or by a named entry.
 *
 * <p>Pure and deterministic; depends on nothing but the JDK.
 */
package org.cyberselfplay.league.rating;
