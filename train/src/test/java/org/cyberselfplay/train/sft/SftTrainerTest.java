package org.cyberselfplay.train.sft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.config.DaggerConfig;
import org.cyberselfplay.train.config.SftConfig;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.MetricsRow;
import org.junit.jupiter.api.Test;

/** Behaviour cloning of the expert on a tiny setting: the data, the split, learning and early stopping. */
class SftTrainerTest {
    private static final Scenario SMALL = Scenarios.load("small");
    private static final Progress QUIET = new Progress() {
        @Override
        public void advance(long steps, String message) {
        }

        @Override
        public void close() {
        }
    };

    private static NeuralPolicy student(Actor side, long seed) {
        return NeuralPolicy.create(SMALL, side, new FeatureLayout(SMALL.hostCount()),
                new NetworkConfig(List.of(32, 32), "relu", 3e-3, 0.9, 0.999, 1e-8, seed));
    }

    private static OpponentMix redMix() {
        return OpponentMix.of(List.of(Policies.red("blitz", SMALL), Policies.red("meander", SMALL)),
                new double[] {1, 1});
    }

    private static SftConfig config(int episodes, int samples, int epochs, int patience) {
        return new SftConfig(true, "scripted:expert", episodes, samples, epochs, 64, 0.25, patience, 3e-3);
    }

    @Test
    void theDatasetHoldsTheTeachersLegalActionsInTheStudentsLayoutAndIsSeeded() {
        Policy expert = Policies.blue("scripted:expert", SMALL);
        NeuralPolicy s = student(Actor.BLUE, 1);
        SftDataset a = SftDataset.collect(expert, s, redMix(), config(6, 0, 1, 0), 17);
        SftDataset b = SftDataset.collect(expert, s, redMix(), config(6, 0, 1, 0), 17);
        assertEquals(6, a.episodes());
        assertTrue(a.rows() >= 6, "at least one decision per episode");
        assertEquals(s.layout().size(Actor.BLUE), a.width());
        for (int i = 0; i < a.rows(); i++) {
            assertTrue(a.masks()[i][a.actions()[i]], "row " + i + " is legal");
            assertTrue(i == 0 || a.episodeOf()[i] >= a.episodeOf()[i - 1]);
        }
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.actions(), b.actions());

        SftDataset bySamples = SftDataset.collect(expert, s, redMix(), config(0, 150, 1, 0), 17);
        assertEquals(150, bySamples.rows());
        assertTrue(bySamples.episodes() >= 2);
    }

    @Test
    void aRedStudentsDatasetComesFromAnArchetypeTeacher() {
        Policy blitz = Policies.red("blitz", SMALL);
        NeuralPolicy s = student(Actor.RED, 2);
        OpponentMix blue = OpponentMix.of(List.of(Policies.blue("scripted:expert", SMALL)), new double[] {1});
        SftDataset data = SftDataset.collect(blitz, s, blue, config(4, 0, 1, 0), 3);
        assertEquals(4, data.episodes());
        for (int i = 0; i < data.rows(); i++) {
            assertTrue(data.masks()[i][data.actions()[i]]);
        }
    }

    @Test
    void accuracyGoesUpOnTrainingAndValidationDataAndTheBestWeightsAreKept() {
        Policy expert = Policies.blue("scripted:expert", SMALL);
        NeuralPolicy s = student(Actor.BLUE, 4);
        SftDataset data = SftDataset.collect(expert, s, redMix(), config(24, 0, 1, 0), 5);
        List<MetricsRow> rows = new ArrayList<>();
        SftTrainer.Result r = SftTrainer.train(s, data, config(24, 0, 12, 2), new SplittableRandom(6), rows::add,
                QUIET);
        assertEquals(r.epochs(), rows.size());
        assertEquals(r.trainRows() + r.valRows(), data.rows());
        assertTrue(r.valRows() > 0 && r.trainRows() > r.valRows(), "a validation split exists");
        double firstTrain = rows.get(0).values().get("sft/train_accuracy");
        double lastTrain = rows.get(rows.size() - 1).values().get("sft/train_accuracy");
        assertTrue(lastTrain > firstTrain + 0.2, "train accuracy " + firstTrain + " -> " + lastTrain);
        assertTrue(r.valAccuracy() > r.initialValAccuracy() + 0.3, "val accuracy " + r.initialValAccuracy()
                + " -> " + r.valAccuracy());
        double bestLogged = rows.stream().mapToDouble(m -> m.values().get("sft/val_loss")).min().orElseThrow();
        assertEquals(bestLogged, r.valLoss());
        assertEquals(bestLogged, rows.get(r.bestEpoch() - 1).values().get("sft/val_loss"));
        // The weights kept score the best validation loss again.
        int[] val = Split.of(data, 0.25, new SplittableRandom(6)).val();
        assertEquals(r.valLoss(), SftTrainer.score(s, data, val)[0], 1e-9);
    }

    @Test
    void theSplitHoldsOutWholeEpisodes() {
        Policy expert = Policies.blue("scripted:expert", SMALL);
        SftDataset data = SftDataset.collect(expert, student(Actor.BLUE, 1), redMix(), config(8, 0, 1, 0), 9);
        Split split = Split.of(data, 0.25, new SplittableRandom(1));
        assertEquals(data.rows(), split.train().length + split.val().length);
        java.util.Set<Integer> valEpisodes = new java.util.HashSet<>();
        for (int r : split.val()) {
            valEpisodes.add(data.episodeOf()[r]);
        }
        assertEquals(2, valEpisodes.size());
        for (int r : split.train()) {
            assertFalse(valEpisodes.contains(data.episodeOf()[r]));
        }
    }

    @Test
    void onPolicyDataIsPlayedByTheStudentAndLabelledByTheTeacher() {
        Policy expert = Policies.blue("scripted:expert", SMALL);
        NeuralPolicy untrained = student(Actor.BLUE, 3);
        SftDataset teacherPlays = SftDataset.collect(expert, untrained, redMix(), config(40, 0, 1, 0), 5);
        SftDataset studentPlays = SftDataset.collectOnPolicy(expert, untrained, redMix(), 40, 5);
        assertEquals(40, studentPlays.episodes());
        // The untrained student misses the mission; the expert wins most games on the same mix.
        assertTrue(teacherPlays.teacherWinRate() >= 0.5, "teacher " + teacherPlays.teacherWinRate());
        assertEquals(0.0, studentPlays.teacherWinRate(), "the student's own wins are counted");
        for (int r = 0; r < studentPlays.rows(); r++) {
            assertTrue(studentPlays.masks()[r][studentPlays.actions()[r]], "label " + r + " is legal");
        }
        SftDataset again = SftDataset.collectOnPolicy(expert, untrained, redMix(), 40, 5);
        assertArrayEquals(studentPlays.actions(), again.actions());
        SftDataset both = teacherPlays.concat(studentPlays);
        assertEquals(teacherPlays.rows() + studentPlays.rows(), both.rows());
        assertEquals(80, both.episodes());
        assertEquals(40, both.episodeOf()[teacherPlays.rows()], "episode ids follow on");
    }

    @Test
    void daggerRoundsAddStudentStatesAndKeepTheTeachersValidation() {
        Policy expert = Policies.blue("scripted:expert", SMALL);
        SftConfig cfg = new SftConfig(true, "scripted:expert", 12, 0, 2, 64, 0.25, 0, 3e-3,
                new DaggerConfig(2, 6, 1));
        NeuralPolicy s = student(Actor.BLUE, 4);
        SftDataset data = SftDataset.collect(expert, s, redMix(), cfg, 9);
        List<MetricsRow> rows = new ArrayList<>();
        SftTrainer.Result r = SftTrainer.trainWithDagger(expert, redMix(), s, data, cfg, 21, new SplittableRandom(2),
                rows::add, QUIET);
        SftTrainer.Result plain = SftTrainer.train(student(Actor.BLUE, 4), data, cfg, new SplittableRandom(2),
                x -> { }, QUIET);
        assertEquals(4, r.epochs(), "2 cloning epochs, then 1 per round");
        assertEquals(plain.valRows(), r.valRows(), "validation is the teacher's held-out episodes");
        assertTrue(r.trainRows() > plain.trainRows(), r.trainRows() + " vs " + plain.trainRows());
        assertEquals(List.of(1L, 2L, 3L, 4L), rows.stream().map(MetricsRow::step).toList());
        assertEquals(1.0, rows.get(2).values().get("sft/dagger_round"));
        assertEquals(2.0, rows.get(3).values().get("sft/dagger_round"));
        assertFalse(rows.get(1).values().containsKey("sft/dagger_round"));
        NeuralPolicy twin = student(Actor.BLUE, 4);
        SftTrainer.trainWithDagger(expert, redMix(), twin, data, cfg, 21, new SplittableRandom(2), x -> { }, QUIET);
        assertEquals(s.network().params(), twin.network().params(), "seeded: the same weights");
    }
}
