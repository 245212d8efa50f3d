package org.cyberselfplay.train.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The train/validation split of an {@link SftDataset}, by episode: the episode ids are shuffled and the first
 * {@code round(share x episodes)} of them (at least one, and at most all but one) are held out. A dataset of a
 * single episode is split by rows the same way. Rows keep their dataset order within each split.
 *
 * @param train the training rows
 * @param val   the validation rows
 */
record Split(int[] train, int[] val) {

    static Split of(SftDataset data, double share, SplittableRandom rng) {
        boolean byEpisode = data.episodes() >= 2;
        int units = byEpisode ? data.episodes() : data.rows();
        if (units < 2) {
            throw new IllegalArgumentException("SFT needs at least two rows to split into training and validation, "
                    + "got " + data.rows());
        }
        int[] ids = new int[units];
        for (int i = 0; i < units; i++) {
            ids[i] = i;
        }
        shuffle(ids, rng);
        int held = (int) Math.max(1, Math.min(units - 1, Math.round(share * units)));
        boolean[] isVal = new boolean[units];
        for (int i = 0; i < held; i++) {
            isVal[ids[i]] = true;
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            int unit = byEpisode ? data.episodeOf()[r] : r;
            (isVal[unit] ? val : train).add(r);
        }
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                val.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Fisher-Yates with the caller's RNG. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
