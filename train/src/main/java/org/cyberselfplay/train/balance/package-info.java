/**
 * The balance table of the game: baseline Blue policies against random Red and the scripted archetypes,
 * with the table's rules checked. Used to calibrate scenario YAML and reported by {@code cyberselfplay balance}.
 *
 * <p>Depends on {@code env}, {@code agents} and {@code league.eval}.
 */
package org.cyberselfplay.train.balance;
