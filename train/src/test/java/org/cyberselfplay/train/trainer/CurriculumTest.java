package org.cyberselfplay.train.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.train.config.CurriculumConfig;
import org.junit.jupiter.api.Test;

class CurriculumTest {
    private static final CurriculumConfig CONFIG = new CurriculumConfig(true, List.of("small", "medium", "large"),
            List.of(0.5, 0.7), 3, 0.5);

    @Test
    void theMovingAverageFollowsEachFinishedEpisode() {
        Curriculum c = new Curriculum(CONFIG, Curriculum.State.start());
        assertEquals(0.5, c.observe(List.of(true)), 1e-12);
        assertEquals(0.75, c.observe(List.of(true)), 1e-12);
        assertEquals(0.375, c.observe(List.of(false)), 1e-12);
        assertEquals(3, c.state().episodesOnStage());
    }

    @Test
    void itEscalatesAtTheThresholdAfterTheMinimumEpisodesAndRestarts() {
        Curriculum c = new Curriculum(CONFIG, Curriculum.State.start());
        c.observe(List.of(true, true));
        assertFalse(c.maybeAdvance(), "0.75 >= 0.5 but only two episodes");
        c.observe(List.of(true));
        assertTrue(c.maybeAdvance());
        assertEquals(new Curriculum.State(1, 0.0, 0), c.state());
        assertEquals("medium", c.scenario());
        c.observe(List.of(true, true, false));
        assertFalse(c.maybeAdvance(), "0.375 < 0.7");
        c.observe(List.of(true, true, true, true));
        assertTrue(c.maybeAdvance());
        c.observe(List.of(true, true, true, true));
        assertFalse(c.maybeAdvance(), "the last stage stays");
        assertEquals("large", c.scenario());
    }

    @Test
    void theRootSeedSplitsInTheDocumentedOrder() {
        SplittableRandom r = new SplittableRandom(7);
        assertEquals(new RunSeeds(7, r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong()), RunSeeds.of(7));
        SeedStream s = new SeedStream(9);
        s.next();
        s.next();
        long third = s.next();
        SeedStream resumed = SeedStream.resume(9, 2);
        assertEquals(2, resumed.draws());
        assertEquals(third, resumed.next());
    }
}
