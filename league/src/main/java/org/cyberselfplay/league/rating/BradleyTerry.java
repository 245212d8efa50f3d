package org.cyberselfplay.league.rating;

/**
 * The regularized Bradley-Terry log-likelihood in log-strengths {@code theta} and its Newton step.
 * Entry {@code i} beats {@code j} with probability {@code s(theta_i - theta_j)}, {@code s} the logistic
 * function; each entry also plays {@code prior} games against a reference at {@code theta = 0} and wins half.
 * The prior makes the likelihood strictly concave, so the maximum is unique and finite and the negated
 * Hessian is positive definite.
 */
final class BradleyTerry {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private final double[][] wins;
    private final double[][] games;
    private final double prior;

    /**
     * @param wins  {@code wins[i][j]}: i's wins over j
     * @param games {@code games[i][j] = games[j][i]}: games between i and j
     * @param prior virtual games per entry against the reference, {@code > 0}
     */
    BradleyTerry(double[][] wins, double[][] games, double prior) {
        this.wins = wins;
        this.games = games;
        this.prior = prior;
    }

    /** The log-likelihood at {@code theta}. */
    double logLikelihood(double[] theta) {
        int n = theta.length;
        double ll = 0;
        for (int i = 0; i < n; i++) {
            ll += prior / 2 * theta[i] - prior * logSumExp(theta[i], 0.0);
            for (int j = i + 1; j < n; j++) {
                if (games[i][j] > 0) {
                    ll += wins[i][j] * theta[i] + wins[j][i] * theta[j] - games[i][j] * logSumExp(theta[i], theta[j]);
                }
            }
        }
        return ll;
    }

    /** {@code theta} after one damped Newton step: the full step, halved until the likelihood rises enough. */
    double[] newtonStep(double[] theta) {
        int n = theta.length;
        double[] grad = new double[n];
        double[][] negHessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double si = logistic(theta[i]);
            grad[i] = prior / 2 - prior * si;
            negHessian[i][i] = prior * si * (1 - si);
            for (int j = 0; j < n; j++) {
                if (j != i && games[i][j] > 0) {
                    double p = logistic(theta[i] - theta[j]);
                    grad[i] += wins[i][j] - games[i][j] * p;
                    double c = games[i][j] * p * (1 - p);
                    negHessian[i][i] += c;
                    negHessian[i][j] -= c;
                }
            }
        }
        double[] step = Cholesky.solve(negHessian, grad);
        double slope = 0;
        for (int i = 0; i < n; i++) {
            slope += grad[i] * step[i];
        }
        double base = logLikelihood(theta);
        double t = 1.0;
        for (int h = 0; h <= MAX_HALVINGS; h++, t /= 2) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = theta[i] + t * step[i];
            }
            if (logLikelihood(next) >= base + ARMIJO * t * slope) {
                return next;
            }
        }
        return theta; // no ascent left at double precision: already at the maximum
    }

    static double logistic(double x) {
        return x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
    }

    /** {@code log(e^a + e^b)} without overflow. */
    static double logSumExp(double a, double b) {
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
