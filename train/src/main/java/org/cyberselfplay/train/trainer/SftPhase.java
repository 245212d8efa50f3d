package org.cyberselfplay.train.trainer;

import java.util.SplittableRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.sft.SftDataset;
import org.cyberselfplay.train.sft.SftTrainer;

/** The SFT phase: the teacher's dataset, behaviour cloning, and {@code checkpoints/sft.zip}. */
final class SftPhase {
    private static final Logger LOG = LogManager.getLogger();

    private SftPhase() {
    }

    /** Runs SFT, saves {@code checkpoints/sft.zip} and says what it took. */
    static TrainingOutcome.Sft run(Session s, long datasetSeed) {
        TrainConfig c = s.config;
        long start = System.nanoTime();
        NeuralPolicy student = Learners.initial(s, c.sft().learningRate(), "sft");
        Policy teacher = c.learner() == Actor.BLUE ? Policies.blue(c.sft().teacher(), s.scenario)
                : Policies.red(c.sft().teacher(), s.scenario);
        OpponentMix mix = OpponentMix.of(c.opponents(), c.opponentSide(), s.scenario);
        SftDataset data = SftDataset.collect(teacher, student, mix, c.sft(), datasetSeed);
        LOG.info("sft dataset: {} samples from {} episodes of {} (teacher win rate {})", data.rows(),
                data.episodes(), teacher.name(), data.teacherWinRate());
        SftTrainer.Result r;
        int epochs = c.sft().epochs() + c.sft().dagger().rounds() * c.sft().dagger().epochs();
        try (Progress progress = s.options.progress().start("sft", epochs)) {
            // DAgger's collection seeds come from the trainer stream's split, after the cloning split and shuffles
            // have their own draws: new SplittableRandom(trainer).split() does not disturb them.
            SplittableRandom trainer = new SplittableRandom(s.seeds.trainer());
            long daggerSeed = new SplittableRandom(s.seeds.trainer()).split().nextLong();
            r = c.sft().dagger().enabled()
                    ? SftTrainer.trainWithDagger(teacher, mix, student, data, c.sft(), daggerSeed, trainer,
                            s.metrics::record, progress)
                    : SftTrainer.train(student, data, c.sft(), trainer, s.metrics::record, progress);
        }
        s.checkpoint(student, RunDirectory.SFT_CHECKPOINT, "sft", 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("sft done: {} epochs, best {} (val_loss {}, val_accuracy {}) in {} s", r.epochs(), r.bestEpoch(),
                r.valLoss(), r.valAccuracy(), seconds);
        return new TrainingOutcome.Sft(data.rows(), data.episodes(), teacher.name(), data.teacherWinRate(), r,
                seconds);
    }
}
