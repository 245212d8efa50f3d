package org.cyberselfplay.train.config;

import java.util.List;
import java.util.Objects;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.league.meta.MetaSolver;
import org.cyberselfplay.league.meta.MetaSolverSettings;
import org.cyberselfplay.league.meta.MetaSolvers;
import org.cyberselfplay.league.pfsp.OpponentSampler;
import org.cyberselfplay.league.pfsp.PfspWeighting;

/**
 * The {@code league} section of a league config: how the Red opponents of each round are chosen, how the
 * empirical meta-game is solved, and whether Red learns best responses.
 *
 * @param mode          {@code mode}: {@code pfsp}, {@code psro} or {@code mix} (default {@code pfsp})
 * @param rounds        {@code rounds}: league rounds after the start, {@code >= 1} (default 10)
 * @param alpha         {@code alpha}: in {@code mix} mode the opponent distribution is
 *                      {@code alpha * PFSP + (1 - alpha) * meta}; in [0, 1] (default 0.5)
 * @param pfsp          {@code pfsp}: see {@link Pfsp}
 * @param metaSolver    {@code meta_solver}: see {@link MetaSolverChoice}
 * @param simsPerEntry  {@code sims_per_entry}: seeded episodes that fill one payoff cell (the learner against
 *                      every Red entry each round; a new entry against every opponent), {@code >= 1}
 *                      (default 100)
 * @param decay         {@code decay}: factor applied to the learner's past results before each round's are added
 *                      (AlphaStar's payoff decay), in (0, 1]; 1 keeps every result at full weight (default 0.8)
 * @param archetypes    {@code archetypes}: the scripted Red archetype specs the pool starts with ({@code blitz},
 *                      {@code apt@0.2}, an archetype YAML path), at least one, no repeats (default: the five
 *                      built-in archetypes)
 * @param bestResponse  {@code best_response}: see {@link BestResponse}
 * @param snapshotBlue  {@code snapshot_blue}: whether the learner joins the pool as a frozen Blue entry after every
 *                      round, so the meta-game is Blue snapshots x Red entries; when false it is the learner
 *                      alone x Red entries (default true)
 */
public record LeagueSettings(Mode mode, int rounds, double alpha, Pfsp pfsp, MetaSolverChoice metaSolver,
                             int simsPerEntry, double decay, List<String> archetypes, BestResponse bestResponse,
                             boolean snapshotBlue) {
    /** Default {@code rounds}. */
    public static final int DEFAULT_ROUNDS = 10;
    /** Default {@code alpha}. */
    public static final double DEFAULT_ALPHA = 0.5;
    /** Default {@code sims_per_entry}. */
    public static final int DEFAULT_SIMS_PER_ENTRY = 100;
    /** Default {@code decay}. */
    public static final double DEFAULT_DECAY = 0.8;
    /** Accepted {@code decay}. */
    public static final Bounds DECAY = new Bounds(0, false, 1, true);

    /** How each round's opponent distribution is formed. */
    public enum Mode {
        /** Prioritized fictitious self-play over the learner's win rates (AlphaStar 2019). */
        PFSP("pfsp"),
        /** The meta-solver's Red mixture (PSRO; Lanctot et al. 2017), with Red best responses. */
        PSRO("psro"),
        /** {@code alpha * PFSP + (1 - alpha) * meta}, with Red best responses. */
        MIX("mix");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** Whether Red best responses may be trained in this mode (they need a meta-strategy to answer). */
        public boolean trainsBestResponses() {
            return this != PFSP;
        }
    }

    public LeagueSettings {
        Objects.requireNonNull(mode, "mode");
        Checks.in("rounds", rounds, Bounds.POSITIVE);
        Checks.in("alpha", alpha, Bounds.UNIT);
        Objects.requireNonNull(pfsp, "pfsp");
        Objects.requireNonNull(metaSolver, "meta_solver");
        Checks.in("sims_per_entry", simsPerEntry, Bounds.POSITIVE);
        Checks.in("decay", decay, DECAY);
        archetypes = List.copyOf(Checks.noNulls("archetypes", archetypes));
        if (archetypes.isEmpty()) {
            throw new IllegalArgumentException("archetypes: must list at least one archetype");
        }
        archetypes.forEach(a -> Checks.notBlank("archetypes", a));
        if (archetypes.stream().map(LeagueSettings::archetypeId).distinct().count() != archetypes.size()) {
            throw new IllegalArgumentException("archetypes: must not repeat an archetype (pool ids " 
                    + archetypes.stream().map(LeagueSettings::archetypeId).toList() + ")");
        }
        Objects.requireNonNull(bestResponse, "best_response");
    }

    /**
     * The pool id of an archetype spec: the spec without any folders, so {@code blitz@0.2} stays as is and
     * {@code configs/mine.yaml@0.1} becomes {@code mine.yaml@0.1}.
     */
    public static String archetypeId(String spec) {
        String s = spec.strip();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    /** Whether Red best responses are trained at all: a PSRO or mix league with them enabled. */
    public boolean trainsBestResponses() {
        return mode.trainsBestResponses() && bestResponse.enabled();
    }

    /** Whether round {@code round} (1-based) trains a Red best response. */
    public boolean bestResponseDue(int round) {
        return trainsBestResponses() && round % bestResponse.every() == 0;
    }

    /** The sampler of the mode over the Red entries. */
    public OpponentSampler sampler() {
        OpponentSampler f = OpponentSampler.pfsp(pfsp.weighting(), pfsp.floor());
        return switch (mode) {
            case PFSP -> f;
            case PSRO -> OpponentSampler.meta();
            case MIX -> OpponentSampler.mix(alpha, f, OpponentSampler.meta());
        };
    }

    /**
     * The {@code pfsp} section: PFSP weighting over the learner's win rates.
     *
     * @param weightingName {@code weighting}: {@code variance}, {@code hard} or {@code linear} (default
     *                      {@code variance})
     * @param exponent      {@code exponent}: the exponent p of {@code hard}, {@code (1 - w)^p}, {@code > 0}
     *                      (default 2)
     * @param floor         {@code floor}: the least probability of every opponent, in [0, 1], capped at
     *                      {@code 1/n} (default 0.02)
     */
    public record Pfsp(String weightingName, double exponent, double floor) {
        /** Default {@code floor}. */
        public static final double DEFAULT_FLOOR = 0.02;

        public Pfsp {
            weighting(weightingName, exponent);
            Checks.in("floor", floor, Bounds.UNIT);
        }

        /** The defaults listed above. */
        public static Pfsp defaults() {
            return new Pfsp("variance", PfspWeighting.DEFAULT_HARD_EXPONENT, DEFAULT_FLOOR);
        }

        /** The weighting function. */
        public PfspWeighting weighting() {
            return weighting(weightingName, exponent);
        }

        private static PfspWeighting weighting(String name, double exponent) {
            return PfspWeighting.fromName(name, exponent);
        }
    }

    /**
     * The {@code meta_solver} section.
     *
     * @param name     {@code name}: {@code uniform}, {@code replicator}, {@code prd} or {@code nash} (default
     *                 {@code nash})
     * @param settings the solvers' parameters: {@code replicator: {eta, new_entry_mass}} and
     *                 {@code prd: {iterations, dt, gamma, average_fraction}} (defaults: {@link
     *                 MetaSolverSettings#defaults()})
     */
    public record MetaSolverChoice(String name, MetaSolverSettings settings) {
        /** Default {@code name}. */
        public static final String DEFAULT_NAME = "nash";

        public MetaSolverChoice {
            Objects.requireNonNull(settings, "settings");
            MetaSolvers.fromName(name, settings);
        }

        /** Nash with every parameter at its default. */
        public static MetaSolverChoice defaults() {
            return new MetaSolverChoice(DEFAULT_NAME, MetaSolverSettings.defaults());
        }

        /** The solver. */
        public MetaSolver solver() {
            return MetaSolvers.fromName(name, settings);
        }
    }

    /**
     * The {@code best_response} section: in {@code psro} and {@code mix} leagues, a neural Red trained against
     * Blue's meta-mixture joins the pool every {@code every} rounds (double-oracle PSRO with learned oracles).
     * Every best response starts from a behaviour clone of a scripted archetype (see {@link Start}) and runs
     * {@code grpo.updates} GRPO updates.
     *
     * @param enabled {@code enabled} (default true; ignored in {@code pfsp} mode)
     * @param every   {@code every}: rounds between best responses, {@code >= 1} (default 1)
     * @param start   {@code start}: which clone a best response starts from (default {@code teacher})
     * @param sft     {@code sft}: Red's behaviour cloning (default teacher {@code blitz}, 200 episodes)
     * @param grpo    {@code grpo}: the GRPO updates of each best response (default 10 updates)
     */
    public record BestResponse(boolean enabled, int every, Start start, SftConfig sft, GrpoConfig grpo) {
        /** Default {@code every}. */
        public static final int DEFAULT_EVERY = 1;

        public BestResponse {
            Checks.in("every", every, Bounds.POSITIVE);
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(sft, "sft");
            Objects.requireNonNull(grpo, "grpo");
        }

        /** Where a best response starts, which is also its KL reference. */
        public enum Start {
            /** The clone of {@code sft.teacher}, made once at the start of the run. */
            TEACHER("teacher"),
            /**
             * The clone of the archetype that scores best against Blue's meta-mixture in the round's meta-game;
             * every archetype of {@code league.archetypes} is cloned at the start of the run (the teacher
             * named in {@code sft.teacher} is then unused).
             */
            STRONGEST("strongest");

            private final String wireName;

            Start(String wireName) {
                this.wireName = wireName;
            }

            public String wireName() {
                return wireName;
            }
        }
    }
}
