package org.cyberselfplay.train.grpo;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Clipping of the whole gradient by its global L2 norm, as {@code torch.nn.utils.clip_grad_norm_} (TRL's
 * {@code max_grad_norm}): when the norm exceeds {@code maxNorm} every entry is scaled by
 * {@code maxNorm / (norm + 1e-6)}, so the clipped norm lands just under {@code maxNorm}.
 *
 * <p>On DL4J, pass the network's flattened gradient view ({@code MultiLayerNetwork.getFlattenedGradients()},
 * or {@code Gradient.gradient()} of a full backprop): one norm over all layers, scaled in place before the
 * updater turns the gradient into a step.
 */
public final class GradientClipping {
    /** Added to the norm before dividing, as torch does. */
    public static final double NORM_EPS = 1e-6;

    private GradientClipping() {
    }

    /**
     * Scales {@code gradient} in place so that its L2 norm is at most {@code maxNorm}.
     *
     * @param gradient the gradient; modified in place when clipped
     * @param maxNorm  {@code > 0}; {@link Double#POSITIVE_INFINITY} never clips (the norm is still returned)
     * @return the norm before clipping (for a {@code train/grad_norm} metric)
     * @throws IllegalArgumentException when {@code maxNorm} is not positive
     */
    public static double clipGlobalNorm(INDArray gradient, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("max_grad_norm must be > 0, got " + maxNorm);
        }
        double norm = gradient.norm2Number().doubleValue();
        double coef = maxNorm / (norm + NORM_EPS);
        if (coef < 1.0) {
            gradient.muli(coef);
        }
        return norm;
    }
}
