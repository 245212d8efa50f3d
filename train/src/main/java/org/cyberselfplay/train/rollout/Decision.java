package org.cyberselfplay.train.rollout;

/**
 * One learner decision as recorded during a rollout. Arrays are owned by the record (not copied again).
 *
 * @param features the learner's feature row ({@code FeatureLayout.size(side)} floats)
 * @param mask     the legal actions in codec layout
 * @param action   the codec index played, legal in {@code mask}
 * @param logp     its log-probability under the policy that chose it ({@code logp_old})
 * @param tool     the position of its tool in {@code Tool.of(side)}
 */
public record Decision(float[] features, boolean[] mask, int action, double logp, int tool) {
}
