package org.cyberselfplay.train.league;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * Red's learned best responses (the oracle of double-oracle PSRO; Lanctot et al. 2017, McMahan et al. 2003):
 * Red is behaviour-cloned once from an archetype ({@code red-sft.zip}), and every best response starts from that
 * policy with a fresh optimizer and runs {@code best_response.grpo.updates} GRPO updates against Blue's
 * meta-mixture, with the SFT policy as its KL reference. It is saved as {@code red-r<round>.zip} and joins the
 * pool as a {@code neural_red} entry.
 */
final class BestResponses {
    /** Red's behaviour-cloned start, the reference of every best response. */
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

    /** Red's SFT against {@code blue} (when {@code best_response.sft.enabled}), saved as {@value #RED_SFT}. */
    Optional<TrainingOutcome.Sft> start(OpponentMix blue) {
        if (!config.sft().enabled()) {
            return Optional.empty();
        }
        NeuralPolicy student = Networks.initial(s.scenario, s.config.network(), Actor.RED, initSeed,
                config.sft().learningRate(), "red-sft");
        return Optional.of(LeagueSft.run(s, student, Policies.red(config.sft().teacher(), s.scenario), blue,
                config.sft(), datasetSeed, trainerSeed, "sft_red/", RED_SFT));
    }

    /**
     * Trains the best response of {@code round} against {@code blue}, drawing one plan seed per update from
     * {@code red}, and saves it.
     */
    Trained train(int round, OpponentMix blue, SeedStream red) {
        long start = System.nanoTime();
        LeagueConfig c = s.config;
        NeuralPolicy reference = reference();
        String id = "red-r" + round;
        NeuralPolicy learner = Networks.grpoStart(s.scenario, c.network(), reference, initSeed,
                config.grpo().learningRate(), id);
        Map<String, Double> last = new LinkedHashMap<>();
        try (GrpoLearner grpo = new GrpoLearner(config.grpo(), learner, c.run().threads())) {
            for (int u = 1; u <= config.grpo().updates(); u++) {
                last = grpo.update(learner, reference, blue, red.next(), u).metrics();
            }
        }
        String file = id + ".zip";
        s.checkpoint(learner, file, id, round);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("best response {}: {} updates against Blue's meta-mixture in {} s, last reward_mean {}", id,
                config.grpo().updates(), seconds, last.get("train/reward_mean"));
        PoolEntry entry = new PoolEntry(id, EntryKind.NEURAL_RED, RunDirectory.CHECKPOINTS + "/" + file,
                "best response of round " + round + " to Blue's " + c.league().metaSolver().name()
                        + " meta-mixture", round);
        return new Trained(entry, last, seconds);
    }

    /** Red's frozen reference: the SFT policy, or the initial network when Red's SFT is off. */
    private NeuralPolicy reference() {
        if (config.sft().enabled()) {
            return Checkpoints.load(s.dir.checkpoint(RED_SFT), s.scenario, Actor.RED).withName("red-reference");
        }
        return Networks.initial(s.scenario, s.config.network(), Actor.RED, initSeed, config.grpo().learningRate(),
                "red-reference");
    }
}
