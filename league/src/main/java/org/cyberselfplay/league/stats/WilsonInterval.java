package org.cyberselfplay.league.stats;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22). Unlike the normal (Wald) interval it stays inside
 * [0, 1] and has sensible width at 0 or n successes, which is where win rates of weak or strong
 * policies live.
 *
 * @param successes the number of successes
 * @param trials    the number of trials, {@code >= 1}
 * @param lower     lower bound, in [0, 1]
 * @param upper     upper bound, in [lower, 1]
 */
public record WilsonInterval(long successes, long trials, double lower, double upper) {
    /** Two-sided 95 % standard normal quantile, z such that P(|Z| <= z) = 0.95. */
    public static final double Z95 = 1.959963984540054;

    public WilsonInterval {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
        if (!(0.0 <= lower && lower <= upper && upper <= 1.0)) {
            throw new IllegalArgumentException("need 0 <= lower <= upper <= 1, got [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The 95 % Wilson interval of {@code successes} out of {@code trials}.
     *
     * @throws IllegalArgumentException when {@code trials < 1} or {@code successes} is outside [0, trials]
     */
    public static WilsonInterval of(long successes, long trials) {
        return of(successes, trials, Z95);
    }

    /**
     * The Wilson interval for the normal quantile {@code z} (e.g. 1.96 for 95 %, 2.576 for 99 %).
     *
     * @throws IllegalArgumentException when {@code trials < 1}, {@code successes} is outside [0, trials],
     *                                  or {@code z} is not a finite positive number
     */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials < 1) {
            throw new IllegalArgumentException("a rate needs at least one trial, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], got " + successes);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be a finite positive number, got " + z);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denom = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
        // The exact bounds at 0 and n successes are 0 and 1; pin them against rounding.
        double lo = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double hi = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new WilsonInterval(successes, trials, lo, hi);
    }

    /** The point estimate {@code successes / trials}. */
    public double rate() {
        return successes / (double) trials;
    }

    /** Whether {@code p} lies in [lower, upper]. */
    public boolean contains(double p) {
        return lower <= p && p <= upper;
    }
}
