package org.cyberselfplay.league.pfsp;

import java.util.List;
import java.util.Locale;

/**
 * The weighting function of prioritized fictitious self-play (PFSP; Vinyals et al. 2019, "Grandmaster level
 * in StarCraft II using multi-agent reinforcement learning", Nature 575): it maps the learner's win rate
 * {@code w} against an opponent to an unnormalized sampling weight in [0, 1].
 *
 * <ul>
 *   <li>{@code variance}: {@code w (1 - w)}, favours opponents the learner beats about half the time
 *       (the default);</li>
 *   <li>{@code hard}: {@code (1 - w)^p}, favours the opponents the learner loses to most;</li>
 *   <li>{@code linear}: {@code 1 - w}, {@code hard} with {@code p = 1}.</li>
 * </ul>
 */
public sealed interface PfspWeighting permits PfspWeighting.Variance, PfspWeighting.Hard, PfspWeighting.Linear {
    /** The names {@link #fromName} accepts. */
    List<String> NAMES = List.of("variance", "hard", "linear");

    /** The exponent {@code hard} gets when a config names it without one. */
    double DEFAULT_HARD_EXPONENT = 2.0;

    /**
     * The weight of an opponent the learner beats with probability {@code winRate}.
     *
     * @param winRate in [0, 1]
     * @return a weight in [0, 1]
     */
    double weight(double winRate);

    /** The config name of this weighting ({@code variance}, {@code hard} or {@code linear}). */
    String name();

    /** {@code w (1 - w)}: the default. */
    static PfspWeighting variance() {
        return new Variance();
    }

    /**
     * {@code (1 - w)^exponent}.
     *
     * @throws IllegalArgumentException unless {@code exponent} is finite and {@code > 0}
     */
    static PfspWeighting hard(double exponent) {
        return new Hard(exponent);
    }

    /** {@code 1 - w}. */
    static PfspWeighting linear() {
        return new Linear();
    }

    /** The weighting a config names, {@code hard} with {@link #DEFAULT_HARD_EXPONENT}. */
    static PfspWeighting fromName(String name) {
        return fromName(name, DEFAULT_HARD_EXPONENT);
    }

    /**
     * The weighting a config names, case-insensitively; {@code hardExponent} is used only by {@code hard}.
     *
     * @throws IllegalArgumentException naming the value and listing the accepted names when it is unknown
     */
    static PfspWeighting fromName(String name, double hardExponent) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "variance" -> variance();
            case "hard" -> hard(hardExponent);
            case "linear" -> linear();
            default -> throw new IllegalArgumentException("unknown PFSP weighting \"" + name + "\"; accepted: "
                    + String.join(", ", NAMES));
        };
    }

    /** {@code w (1 - w)}. */
    record Variance() implements PfspWeighting {
        @Override
        public double weight(double winRate) {
            return winRate * (1.0 - winRate);
        }

        @Override
        public String name() {
            return "variance";
        }
    }

    /**
     * {@code (1 - w)^exponent}.
     *
     * @param exponent finite, {@code > 0}; larger concentrates on the hardest opponents
     */
    record Hard(double exponent) implements PfspWeighting {
        public Hard {
            if (!(exponent > 0) || Double.isInfinite(exponent)) {
                throw new IllegalArgumentException("hard PFSP exponent must be a finite number > 0, got " + exponent);
            }
        }

        @Override
        public double weight(double winRate) {
            return Math.pow(1.0 - winRate, exponent);
        }

        @Override
        public String name() {
            return "hard";
        }
    }

    /** {@code 1 - w}. */
    record Linear() implements PfspWeighting {
        @Override
        public double weight(double winRate) {
            return 1.0 - winRate;
        }

        @Override
        public String name() {
            return "linear";
        }
    }
}
