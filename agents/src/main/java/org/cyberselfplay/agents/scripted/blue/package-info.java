/**
 * Scripted Blue policies: the incident-response {@link org.cyberselfplay.agents.scripted.blue.ExpertBlue},
 * the baselines of the balance table ({@code noop}, {@code constant:<tool>}, {@code instructions_only}) and
 * the registry {@link org.cyberselfplay.agents.scripted.blue.BluePolicies}. Each acts from Blue's
 * observation only.
 *
 * <p>Depends on {@code env} and {@code agents}.
 */
package org.cyberselfplay.agents.scripted.blue;
