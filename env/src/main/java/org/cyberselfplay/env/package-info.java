/**
 * The game's public contract: {@link org.cyberselfplay.env.CyberEnv} (the alternating two-player env),
 * {@link org.cyberselfplay.env.Action} (the wire action), {@link org.cyberselfplay.env.Tool},
 * {@link org.cyberselfplay.env.Actor}, {@link org.cyberselfplay.env.RewardComponent},
 * {@link org.cyberselfplay.env.StepResult}, {@link org.cyberselfplay.env.EpisodeMetrics} and the
 * action-index layout {@link org.cyberselfplay.env.ActionSpace}.
 *
 * <p>Depends only on Jackson (annotations for the wire forms). The engine lives in {@code .game}, the
 * observation types in {@code .obs}, scenarios in {@code .scenario}.
 */
package org.cyberselfplay.env;
