/**
 * The game engine: {@link org.cyberselfplay.env.game.GameEnv} and the rule classes behind it.
 *
 * <p>{@code GameState} holds every fact, hidden or not, on primitive arrays and 64-bit host masks;
 * {@code BlueRules}, {@code RedRules}, {@code Detection}, {@code Containment} and {@code Clock} apply the
 * rules of GAME.md; {@code Legality} says what each side may do from what it can see;
 * {@code ObservationBuilder} builds each side's observation from what it may see. Only {@code GameEnv}
 * is public. Randomness: one {@code SplittableRandom} per env, seeded by {@code reset}; the playbook
 * draws from its own generator seeded from the env's first draw.
 *
 * <p>Depends on the {@code env} root, {@code .obs} and {@code .scenario}.
 */
package org.cyberselfplay.env.game;
