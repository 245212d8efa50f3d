package org.cyberselfplay.train.league;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.train.config.SftConfig;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.sft.SftDataset;
import org.cyberselfplay.train.sft.SftTrainer;
import org.cyberselfplay.train.trainer.TrainingOutcome;

/**
 * Behaviour cloning of a scripted teacher for one side of the league, then its DAgger rounds when
 * {@code sft.dagger} sets any, saved as a checkpoint: Blue's start
 * ({@code sft.zip}, metrics {@code sft/*}) and Red's start for every best response ({@code red-sft.zip}, metrics
 * {@code sft_red/*}), one metrics row per epoch at step = epoch.
 */
final class LeagueSft {
    private static final Logger LOG = LogManager.getLogger();

    private LeagueSft() {
    }

    /**
     * Trains {@code student} in place on the teacher's episodes against {@code opponents}, then saves it.
     *
     * @param prefix      the metrics prefix, {@code sft/} or {@code sft_red/}
     * @param file        the checkpoint's file name in {@code checkpoints/}
     */
    static TrainingOutcome.Sft run(LeagueSession s, NeuralPolicy student, Policy teacher, OpponentMix opponents,
                                   SftConfig cfg, long datasetSeed, long trainerSeed, String prefix, String file) {
        long start = System.nanoTime();
        SftDataset data = SftDataset.collect(teacher, student, opponents, cfg, datasetSeed);
        LOG.info("{} dataset: {} samples from {} episodes of {} (teacher win rate {})", prefix, data.rows(),
                data.episodes(), teacher.name(), data.teacherWinRate());
        SftTrainer.Result r;
        int epochs = cfg.epochs() + cfg.dagger().rounds() * cfg.dagger().epochs();
        try (Progress progress = s.options.progress().start(prefix.substring(0, prefix.length() - 1), epochs)) {
            SplittableRandom trainer = new SplittableRandom(trainerSeed);
            // As in train: DAgger's seed is the first draw of the trainer seed's split, apart from its own draws.
            long daggerSeed = new SplittableRandom(trainerSeed).split().nextLong();
            r = cfg.dagger().enabled()
                    ? SftTrainer.trainWithDagger(teacher, opponents, student, data, cfg, daggerSeed, trainer,
                            row -> s.metrics.record(renamed(row, prefix)), progress)
                    : SftTrainer.train(student, data, cfg, trainer, row -> s.metrics.record(renamed(row, prefix)),
                            progress);
        }
        s.checkpoint(student, file, prefix.substring(0, prefix.length() - 1), 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("{} done: {} epochs, best {} (val_loss {}, val_accuracy {}) in {} s", prefix, r.epochs(),
                r.bestEpoch(), r.valLoss(), r.valAccuracy(), seconds);
        return new TrainingOutcome.Sft(data.rows(), data.episodes(), teacher.name(), data.teacherWinRate(), r,
                seconds);
    }

    private static MetricsRow renamed(MetricsRow row, String prefix) {
        if (prefix.equals("sft/")) {
            return row;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        row.values().forEach((k, v) -> out.put(prefix + k.substring(k.indexOf('/') + 1), v));
        return new MetricsRow(row.step(), out);
    }
}
