package org.cyberselfplay.train.grpo;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants of the GRPO objective (TRL's names in the config).
 *
 * @param epsilon     lower clip range: the ratio is clipped below at {@code 1 - epsilon}; in (0, 1)
 * @param epsilonHigh upper clip range: clipped above at {@code 1 + epsilonHigh} (DAPO's "clip higher"); {@code > 0};
 *                    equal to {@code epsilon} unless set
 * @param beta        weight of the k3 KL penalty to the frozen reference; {@code >= 0} (0: no reference needed)
 * @param entropyCoef weight of the entropy bonus; {@code >= 0}
 */
public record LossCoefficients(double epsilon, double epsilonHigh, double beta, double entropyCoef) {
    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException listing every problem as {@code field: must be ..., got value}
     */
    public LossCoefficients {
        List<String> problems = new ArrayList<>();
        check(problems, "epsilon", epsilon, epsilon > 0 && epsilon < 1, "in (0, 1)");
        check(problems, "epsilon_high", epsilonHigh, epsilonHigh > 0 && Double.isFinite(epsilonHigh), "> 0");
        check(problems, "beta", beta, beta >= 0 && Double.isFinite(beta), ">= 0");
        check(problems, "entropy_coef", entropyCoef, entropyCoef >= 0 && Double.isFinite(entropyCoef), ">= 0");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid GRPO coefficients: " + String.join("; ", problems));
        }
    }

    /** Symmetric clipping ({@code epsilonHigh = epsilon}), the KL weight {@code beta}, no entropy bonus. */
    public static LossCoefficients of(double epsilon, double beta) {
        return new LossCoefficients(epsilon, epsilon, beta, 0.0);
    }

    private static void check(List<String> problems, String field, double value, boolean ok, String accepted) {
        if (!ok) {
            problems.add(field + ": must be " + accepted + ", got " + value);
        }
    }
}
