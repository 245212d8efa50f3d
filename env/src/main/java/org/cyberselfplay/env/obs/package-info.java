/**
 * Observations: the typed per-side {@link org.cyberselfplay.env.obs.Observation} with its
 * {@link org.cyberselfplay.env.obs.BlueView} or {@link org.cyberselfplay.env.obs.RedView}, and their JSON
 * view in the original's {@code CyberObservation} shape ({@link org.cyberselfplay.env.obs.ObservationJson}).
 *
 * <p>Depends on the {@code env} root and Jackson.
 */
package org.cyberselfplay.env.obs;
