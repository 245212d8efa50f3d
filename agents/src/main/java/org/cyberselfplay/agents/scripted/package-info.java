/**
 * Scripted policies shared by both sides ({@link org.cyberselfplay.agents.scripted.RandomPolicy}); Blue's
 * playbooks live in {@code .blue}, Red's archetypes in {@code .red}.
 *
 * <p>Depends on {@code env} and {@code agents}.
 */
package org.cyberselfplay.agents.scripted;
