/**
 * Fixed-size numeric views of the game for learned policies: {@link org.cyberselfplay.agents.features.FeatureLayout}
 * (the versioned, documented feature layout), {@link org.cyberselfplay.agents.features.Featurizer}
 * (observation to {@code float[]}) and {@link org.cyberselfplay.agents.features.ActionCodec} (a padded action
 * layout that does not depend on the scenario, mapped to and from the env's
 * {@link org.cyberselfplay.env.ActionSpace}).
 *
 * <p>Both layouts pad the host dimension to {@code maxHosts} slots, so a network trained on one scenario can
 * play another with at most as many hosts. Features are computed from the observing side's
 * {@link org.cyberselfplay.env.obs.Observation} alone, never from hidden state; the scenario supplies only the
 * inventory order, zone names and normalising constants.
 *
 * <p>Depends on {@code env} only (no DL4J).
 */
package org.cyberselfplay.agents.features;
