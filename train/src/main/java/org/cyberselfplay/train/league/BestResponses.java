package org.cyberselfplay.train.league;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueSettings;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.GrpoLearner;
import org.cyberselfplay.train.trainer.SeedStream;
import org.cyberselfplay.train.trainer.TrainingOutcome;

/**
 * Red's learned best responses (the oracle of double-oracle PSRO; Lanctot et al. 2017, McMahan et al. 2003).
 * Red is behaviour-cloned at the start of the run: from {@code best_response.sft.teacher} ({@code red-sft.zip})
 * with {@code start: teacher}, or from every archetype of the league ({@code red-sft-<id>.zip}) with
 * {@code start: strongest}. Every clone is trained against Blue's meta-mixture at the start, with the same three
 * Red seeds ({@link LeagueSeeds#redStart}). A best response starts from its clone (the teacher's, or the one of
 * the archetype that scores best against Blue's meta-mixture in the round's meta-game) with a fresh optimizer,
 * keeps that clone as its KL reference, and runs {@code best_response.grpo.updates} GRPO updates against Blue's
 * meta-mixture. It is saved as {@code red-r<round>.zip} and joins the pool as a {@code neural_red} entry.
 */
final class BestResponses {
    /** Red's behaviour-cloned start with {@code start: teacher}. */
    static final String RED_SFT = "red-sft.zip";

    private static final Logger LOG = LogManager.getLogger();

    private final LeagueSession s;
    private final LeagueSettings.BestResponse config;
    private final long initSeed;
    private final long trainerSeed;
    private final long datasetSeed;

    /**
     * What a best response did.
     *
     * @param entry   its pool entry
     * @param metrics the {@code train/*} metrics of its last update
     * @param seconds wall-clock seconds of its training
     */
    record Trained(PoolEntry entry, Map<String, Double> metrics, double seconds) {
    }

    BestResponses(LeagueSession s) {
        this.s = s;
        this.config = s.config.league().bestResponse();
        long[] start = s.seeds.redStart();
        this.initSeed = start[0];
        this.trainerSeed = start[1];
        this.datasetSeed = start[2];
    }

    /** The clone file of an archetype entry with {@code start: strongest}. */
    static String cloneFile(String archetypeId) {
        return "red-sft-" + archetypeId + ".zip";
    }

    /**
     * Red's clones against {@code blue} (when {@code best_response.sft.enabled}): the teacher's, or one per
     * archetype of the league, in the order of {@code league.archetypes}.
     */
    List<TrainingOutcome.Sft> start(OpponentMix blue) {
        if (!config.sft().enabled()) {
            return List.of();
        }
        if (config.start() == LeagueSettings.BestResponse.Start.TEACHER) {
            return List.of(clone(config.sft().teacher(), blue, "sft_red/", RED_SFT));
        }
        List<TrainingOutcome.Sft> out = new ArrayList<>();
        for (String spec : s.config.league().archetypes()) {
            String id = LeagueSettings.archetypeId(spec);
            out.add(clone(spec, blue, "sft_red/" + id + "/", cloneFile(id)));
        }
        return out;
    }

    private TrainingOutcome.Sft clone(String teacher, OpponentMix blue, String prefix, String file) {
        NeuralPolicy student = Networks.initial(s.scenario, s.config.network(), Actor.RED, initSeed,
                config.sft().learningRate(), "red-sft");
        return LeagueSft.run(s, student, Policies.red(teacher, s.scenario), blue, config.sft(), datasetSeed,
                trainerSeed, prefix, file);
    }

    /**
     * Trains the best response of {@code round} against {@code blue}, drawing one plan seed per update from
     * {@code red}, and saves it.
     *
     * @param strongest the archetype entry that scores best against Blue's meta-mixture; its clone is the start
     *                  with {@code start: strongest}
     */
    Trained train(int round, OpponentMix blue, SeedStream red, String strongest) {
        long start = System.nanoTime();
        LeagueConfig c = s.config;
        boolean fromStrongest = config.start() == LeagueSettings.BestResponse.Start.STRONGEST;
        NeuralPolicy reference = reference(fromStrongest ? cloneFile(strongest) : RED_SFT);
        String id = "red-r" + round;
        NeuralPolicy learner = Networks.grpoStart(s.scenario, c.network(), reference, initSeed,
                config.grpo().learningRate(), id);
        Map<String, Double> last = new LinkedHashMap<>();
        try (GrpoLearner grpo = new GrpoLearner(config.grpo(), learner, s.rollouts)) {
            for (int u = 1; u <= config.grpo().updates(); u++) {
                last = grpo.update(s.scenarioSource, learner, reference, blue, red.next(), u).metrics();
            }
        }
        String file = id + ".zip";
        s.checkpoint(learner, file, id, round);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("best response {}: {} updates against Blue's meta-mixture in {} s, last reward_mean {}", id,
                config.grpo().updates(), seconds, last.get("train/reward_mean"));
        String from = !config.sft().enabled() ? "" : fromStrongest ? ", from the clone of " + strongest
                : ", from the clone of " + LeagueSettings.archetypeId(config.sft().teacher());
        PoolEntry entry = new PoolEntry(id, EntryKind.NEURAL_RED, RunDirectory.CHECKPOINTS + "/" + file,
                "best response of round " + round + " to Blue's " + c.league().metaSolver().name()
                        + " meta-mixture" + from, round);
        return new Trained(entry, last, seconds);
    }

    /**
     * The index of the archetype entry with the highest score among {@code reds} (the first on a tie).
     *
     * @param scores Red's score of every entry against Blue's meta-mixture, in the same order
     * @throws IllegalArgumentException when no entry is an archetype
     */
    static int strongestArchetype(List<PoolEntry> reds, double[] scores) {
        int best = -1;
        for (int j = 0; j < reds.size(); j++) {
            if (reds.get(j).kind() == EntryKind.ARCHETYPE && (best < 0 || scores[j] > scores[best])) {
                best = j;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the pool has no archetype entry: " + reds);
        }
        return best;
    }

    /** Red's frozen reference: the clone in {@code file}, or the initial network when Red's SFT is off. */
    private NeuralPolicy reference(String file) {
        if (config.sft().enabled()) {
            return Checkpoints.load(s.dir.checkpoint(file), s.scenario, Actor.RED).withName("red-reference");
        }
        return Networks.initial(s.scenario, s.config.network(), Actor.RED, initSeed, config.grpo().learningRate(),
                "red-reference");
    }
}
