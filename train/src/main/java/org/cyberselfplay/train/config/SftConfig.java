package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code sft} section: behaviour cloning of a scripted teacher of the learner's side against the
 * configured opponents, with masked cross-entropy, a held-out validation split and early stopping. The
 * result is GRPO's starting and reference policy.
 *
 * <p>The dataset is sized by episodes or by samples (state-action pairs), never both: exactly one of
 * {@link #episodes()} and {@link #samples()} is positive and the other is 0.
 *
 * @param enabled               {@code enabled} (default true)
 * @param teacher               {@code teacher}: a policy spec of the learner's side (default
 *                              {@code scripted:expert} for a Blue learner, {@code blitz} for a Red learner)
 * @param episodes              {@code episodes}: teacher episodes to record (default 200 unless {@code samples}
 *                              is set)
 * @param samples               {@code samples}: teacher decisions to record instead of whole episodes
 * @param epochs                {@code epochs}: passes over the training split, {@code >= 1} (default 10)
 * @param batchSize             {@code batch_size}: {@code >= 1} (default 256)
 * @param validationSplit       {@code validation_split}: share of episodes held out, in (0, 1) (default 0.1)
 * @param earlyStoppingPatience {@code early_stopping_patience}: epochs without a better validation loss before
 *                              stopping, {@code >= 0}; 0 turns early stopping off (default 3)
 * @param learningRate          {@code learning_rate}: {@code > 0} (default {@code network.learning_rate})
 * @param dagger                {@code dagger}: DAgger rounds after cloning, see {@link DaggerConfig} (default off)
 */
public record SftConfig(boolean enabled, String teacher, int episodes, int samples, int epochs, int batchSize,
                        double validationSplit, int earlyStoppingPatience, double learningRate, DaggerConfig dagger) {
    /** Teacher of a Blue learner that sets none. */
    public static final String DEFAULT_BLUE_TEACHER = "scripted:expert";
    /** Teacher of a Red learner that sets none. */
    public static final String DEFAULT_RED_TEACHER = "blitz";
    /** Dataset size, in episodes, when neither {@code episodes} nor {@code samples} is set. */
    public static final int DEFAULT_EPISODES = 200;
    /** Default {@code epochs}. */
    public static final int DEFAULT_EPOCHS = 10;
    /** Default {@code batch_size}. */
    public static final int DEFAULT_BATCH_SIZE = 256;
    /** Default {@code validation_split}. */
    public static final double DEFAULT_VALIDATION_SPLIT = 0.1;
    /** Default {@code early_stopping_patience}. */
    public static final int DEFAULT_PATIENCE = 3;
    /** Accepted validation splits. */
    public static final Bounds VALIDATION_SPLIT = Bounds.open(0, 1);

    public SftConfig {
        Checks.notBlank("teacher", teacher);
        if ((episodes > 0) == (samples > 0) || episodes < 0 || samples < 0) {
            throw new IllegalArgumentException("exactly one of episodes and samples must be positive, got "
                    + episodes + " and " + samples);
        }
        Checks.in("epochs", epochs, Bounds.POSITIVE);
        Checks.in("batch_size", batchSize, Bounds.POSITIVE);
        Checks.in("validation_split", validationSplit, VALIDATION_SPLIT);
        Checks.in("early_stopping_patience", earlyStoppingPatience, Bounds.NON_NEGATIVE);
        Checks.in("learning_rate", learningRate, Bounds.POSITIVE);
        java.util.Objects.requireNonNull(dagger, "dagger");
    }

    /** Behaviour cloning without DAgger rounds. */
    public SftConfig(boolean enabled, String teacher, int episodes, int samples, int epochs, int batchSize,
                     double validationSplit, int earlyStoppingPatience, double learningRate) {
        this(enabled, teacher, episodes, samples, epochs, batchSize, validationSplit, earlyStoppingPatience,
                learningRate, DaggerConfig.off());
    }

    /** Whether the dataset is sized by samples rather than episodes. */
    public boolean sizedBySamples() {
        return samples > 0;
    }

    /** Whether training stops early when the validation loss stops improving. */
    public boolean earlyStopping() {
        return earlyStoppingPatience > 0;
    }
}
