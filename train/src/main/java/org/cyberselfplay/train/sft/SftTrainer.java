package org.cyberselfplay.train.sft;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.MaskedCategorical;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.cyberselfplay.train.config.SftConfig;
import org.cyberselfplay.train.grpo.LearningRateSchedule;
import org.cyberselfplay.train.grpo.PolicyUpdate;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.MetricsRow;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Behaviour cloning with masked cross-entropy. The loss of a row is {@code -log p(a)} under the softmax over its
 * legal actions; its gradient with respect to the logits is {@code p - onehot(a)} on legal entries and 0 on
 * masked ones, averaged over the minibatch, and goes through {@link PolicyUpdate} (DL4J's external-errors
 * pattern) at the constant rate {@code sft.learning_rate}, without gradient clipping.
 *
 * <p>Validation: {@code validation_split} of the episodes (at least one, and at least one left to train on) are
 * held out, chosen by a shuffle of the episode ids. Each epoch shuffles the training rows, takes minibatch steps
 * and logs {@code sft/train_loss}, {@code sft/train_accuracy} (over the epoch, from the logits each step saw),
 * {@code sft/val_loss} and {@code sft/val_accuracy} (argmax over the legal actions equals the teacher's action)
 * at step = epoch (1-based). With early stopping, training ends after {@code early_stopping_patience} epochs
 * without a lower validation loss; the weights of the best epoch are restored either way.
 *
 * <p>All randomness (split and shuffles) comes from the caller's RNG, in that order. Not thread-safe.
 */
public final class SftTrainer {
    private static final Logger LOG = LogManager.getLogger();
    /** Rows per forward pass when scoring a split. */
    private static final int SCORE_CHUNK = 1024;

    private SftTrainer() {
    }

    /**
     * What training did.
     *
     * @param epochs             epochs run
     * @param bestEpoch          the epoch whose weights were kept (1-based)
     * @param valLoss            validation loss of the kept weights
     * @param valAccuracy        validation accuracy of the kept weights
     * @param trainAccuracy      training accuracy during the kept epoch
     * @param initialValAccuracy validation accuracy before training
     * @param trainRows          training rows
     * @param valRows            validation rows
     * @param stoppedEarly       whether early stopping ended training
     */
    public record Result(int epochs, int bestEpoch, double valLoss, double valAccuracy, double trainAccuracy,
                         double initialValAccuracy, int trainRows, int valRows, boolean stoppedEarly) {
    }

    /**
     * Trains {@code student}'s network in place on {@code data}.
     *
     * @param metrics receives one row per epoch
     * @param progress advanced by one per epoch; not closed here
     */
    public static Result train(NeuralPolicy student, SftDataset data, SftConfig cfg, SplittableRandom rng,
                               Consumer<MetricsRow> metrics, Progress progress) {
        return run(student, data, cfg, rng, metrics, progress, 0, round -> {
            throw new IllegalStateException("no DAgger rounds here");
        });
    }

    /**
     * Behaviour cloning ({@link #train}), then {@code cfg.dagger().rounds()} DAgger rounds: the student plays
     * {@code dagger.episodes} episodes against {@code mix} ({@link SftDataset#collectOnPolicy}, round r seeded
     * by the r-th {@code nextLong()} of {@code SplittableRandom(daggerSeed)}), the teacher's labels of the states
     * it reached join the training rows, and it trains {@code dagger.epochs} more epochs (with early stopping and
     * restore of the best epoch, as in cloning). Validation stays the teacher episodes held out before cloning,
     * so {@code sft/val_*} measure the same thing in every round. Epochs are numbered on across rounds; the first
     * epoch row of round r also carries {@code sft/dagger_round} and {@code sft/dagger_student_win_rate} (the
     * student's win rate in the episodes it just played).
     *
     * @param progress advanced by one per epoch, cloning and rounds alike; not closed here
     */
    public static Result trainWithDagger(Policy teacher, OpponentMix mix, NeuralPolicy student, SftDataset data,
                                         SftConfig cfg, long daggerSeed, SplittableRandom rng,
                                         Consumer<MetricsRow> metrics, Progress progress) {
        SplittableRandom seeds = new SplittableRandom(daggerSeed);
        return run(student, data, cfg, rng, metrics, progress, cfg.dagger().rounds(),
                round -> SftDataset.collectOnPolicy(teacher, student, mix, cfg.dagger().episodes(), seeds.nextLong()));
    }

    /**
     * Behaviour cloning on the teacher's split, then {@code rounds} aggregation rounds, each on the rows
     * {@code collect} gives for it (called once per round, in round order), with the validation rows fixed.
     */
    private static Result run(NeuralPolicy student, SftDataset data, SftConfig cfg, SplittableRandom rng,
                              Consumer<MetricsRow> metrics, Progress progress, int rounds,
                              IntFunction<SftDataset> collect) {
        Split split = Split.of(data, cfg.validationSplit(), rng);
        PolicyUpdate update = new PolicyUpdate(student.network(), LearningRateSchedule.constant(cfg.learningRate()),
                Double.POSITIVE_INFINITY);
        double[] initial = score(student, data, split.val());
        Fit fit = fit(student, update, data, split.train(), split.val(), cfg, cfg.epochs(), 0, Map.of(), rng,
                metrics, progress);
        SftDataset all = data;
        int[] train = split.train();
        boolean stopped = fit.stopped;
        for (int round = 1; round <= rounds; round++) {
            SftDataset fresh = collect.apply(round);
            LOG.info("sft dagger round {}/{}: {} rows from {} student episodes (student win rate {})", round,
                    rounds, fresh.rows(), fresh.episodes(), fresh.teacherWinRate());
            int before = all.rows();
            all = all.concat(fresh);
            int[] grown = Arrays.copyOf(train, train.length + fresh.rows());
            for (int i = 0; i < fresh.rows(); i++) {
                grown[train.length + i] = before + i;
            }
            train = grown;
            Map<String, Double> extra = Map.of("sft/dagger_round", (double) round, "sft/dagger_student_win_rate",
                    fresh.teacherWinRate());
            fit = fit(student, update, all, train, split.val(), cfg, cfg.dagger().epochs(), fit.lastEpoch, extra, rng,
                    metrics, progress);
            stopped = fit.stopped;
        }
        return new Result(fit.lastEpoch, fit.best.epoch, fit.best.val[0], fit.best.val[1], fit.best.trainAccuracy,
                initial[1], train.length, split.val().length, stopped);
    }

    /** What one fitting stage did: its best epoch (restored) and its last epoch number. */
    private record Fit(Best best, int lastEpoch, boolean stopped) {
    }

    /**
     * Up to {@code epochs} epochs numbered from {@code firstEpoch + 1}, early stopping on the validation loss, and
     * the best epoch's weights restored.
     */
    private static Fit fit(NeuralPolicy student, PolicyUpdate update, SftDataset data, int[] train, int[] valRows,
                           SftConfig cfg, int epochs, int firstEpoch, Map<String, Double> firstRowExtra,
                           SplittableRandom rng, Consumer<MetricsRow> metrics, Progress progress) {
        Best best = new Best();
        int epoch = firstEpoch;
        int last = firstEpoch + epochs;
        boolean stopped = false;
        while (epoch < last && !stopped) {
            epoch++;
            double[] t = epoch(student, update, data, train, cfg.batchSize(), rng);
            double[] val = score(student, data, valRows);
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("sft/train_loss", t[0]);
            row.put("sft/train_accuracy", t[1]);
            row.put("sft/val_loss", val[0]);
            row.put("sft/val_accuracy", val[1]);
            if (epoch == firstEpoch + 1) {
                row.putAll(firstRowExtra);
            }
            metrics.accept(new MetricsRow(epoch, row));
            String line = String.format(Locale.ROOT, "epoch %d/%d: train_loss %.4f, val_loss %.4f, val_accuracy "
                    + "%.3f", epoch, last, t[0], val[0], val[1]);
            LOG.info("sft {}", line);
            progress.advance(1, line);
            best.offer(epoch, t, val, student);
            stopped = cfg.earlyStopping() && best.epochsSince(epoch) >= cfg.earlyStoppingPatience();
        }
        if (best.epoch != epoch) {
            student.network().setParams(best.params);
        }
        return new Fit(best, epoch, stopped);
    }

    /** The epoch of the lowest validation loss so far, with its weights. */
    private static final class Best {
        private int epoch;
        private double[] val;
        private double trainAccuracy;
        private INDArray params;

        void offer(int e, double[] train, double[] v, NeuralPolicy student) {
            if (val == null || v[0] < val[0]) {
                epoch = e;
                val = v;
                trainAccuracy = train[1];
                params = student.network().params().dup();
            }
        }

        int epochsSince(int current) {
            return current - epoch;
        }
    }

    /**
     * The mean cross-entropy and the argmax accuracy of {@code policy} on rows {@code rows} of {@code data}.
     *
     * @return {@code {loss, accuracy}}
     */
    public static double[] score(NeuralPolicy policy, SftDataset data, int[] rows) {
        double loss = 0;
        int correct = 0;
        for (int from = 0; from < rows.length; from += SCORE_CHUNK) {
            int[] chunk = Arrays.copyOfRange(rows, from, Math.min(rows.length, from + SCORE_CHUNK));
            float[][] logits = PolicyNetwork.logits(policy.network(), gather(data, chunk), chunk.length);
            for (int i = 0; i < chunk.length; i++) {
                boolean[] mask = data.masks()[chunk[i]];
                int a = data.actions()[chunk[i]];
                loss -= MaskedCategorical.logProbability(logits[i], mask, a);
                correct += MaskedCategorical.argmax(logits[i], mask) == a ? 1 : 0;
            }
        }
        return rows.length == 0 ? new double[] {0, 0} : new double[] {loss / rows.length,
                (double) correct / rows.length};
    }

    /** One pass over the training rows in a fresh shuffle; returns {@code {mean loss, accuracy}}. */
    private static double[] epoch(NeuralPolicy student, PolicyUpdate update, SftDataset data, int[] rows,
                                  int batchSize, SplittableRandom rng) {
        int[] order = rows.clone();
        Split.shuffle(order, rng);
        int width = student.codec().size();
        double loss = 0;
        int correct = 0;
        for (int from = 0; from < order.length; from += batchSize) {
            int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
            float[] features = gather(data, batch);
            float[][] logits = PolicyNetwork.logits(student.network(), features, batch.length);
            double[][] grad = new double[batch.length][width];
            double[] logp = new double[width];
            for (int i = 0; i < batch.length; i++) {
                boolean[] mask = data.masks()[batch[i]];
                int a = data.actions()[batch[i]];
                MaskedCategorical.logProbabilities(logits[i], mask, logp);
                loss -= logp[a];
                correct += MaskedCategorical.argmax(logits[i], mask) == a ? 1 : 0;
                for (int j = 0; j < width; j++) {
                    grad[i][j] = mask[j] ? (Math.exp(logp[j]) - (j == a ? 1.0 : 0.0)) / batch.length : 0.0;
                }
            }
            update.step(features, grad);
        }
        return new double[] {loss / order.length, (double) correct / order.length};
    }

    private static float[] gather(SftDataset data, int[] rows) {
        int w = data.width();
        float[] out = new float[rows.length * w];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(data.features(), rows[i] * w, out, i * w, w);
        }
        return out;
    }
}
