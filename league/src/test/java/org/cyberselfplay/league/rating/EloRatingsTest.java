package org.cyberselfplay.league.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EloRatingsTest {
    /** 400 log10(3): the gap at which the stronger entry scores 75 %. */
    private static final double GAP_75 = 400 * Math.log10(3);

    @Test
    void seventyFivePercentIsAbout191Points() {
        EloRatings r = EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "b", 750, 1000)));
        double gap = r.rating("a") - r.rating("b");
        assertEquals(190.85, GAP_75, 0.01);
        // One prior game per entry pulls the gap in by a fraction of a point.
        assertEquals(GAP_75, gap, 0.5);
        assertTrue(gap < GAP_75);
        assertEquals(1000.0, (r.rating("a") + r.rating("b")) / 2, 1e-9);
        assertEquals(0.75, EloRatings.expectedScore(1000 + GAP_75, 1000), 1e-12);

        EloOptions weakPrior = new EloOptions(1e-6, EloAnchor.meanOf1000(), 200, 1e-9);
        EloRatings exact = EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "b", 750, 1000)), weakPrior);
        assertEquals(GAP_75, exact.rating("a") - exact.rating("b"), 1e-3);
    }

    @Test
    void anUndefeatedEntryStaysFiniteAndGainsWithMoreWins() {
        double small = gapAfterSweep(10);
        double large = gapAfterSweep(10_000);
        assertTrue(Double.isFinite(large));
        assertTrue(small > 0 && large > small, small + " then " + large);
    }

    @Test
    void aNamedAnchorFixesThatEntry() {
        List<PairResult> results =
                List.of(new PairResult("apt", "blitz", 30, 40), new PairResult("blitz", "red-r1", 12, 20));
        List<String> ids = List.of("apt", "blitz", "red-r1");
        EloRatings byMean = EloRatings.fit(ids, results);
        EloRatings byBlitz = EloRatings.fit(ids, results,
                new EloOptions(1.0, new EloAnchor.Entry("blitz", 1500), 200, 1e-6));
        assertEquals(1500.0, byBlitz.rating("blitz"), 1e-9);
        assertEquals(byMean.rating("apt") - byMean.rating("red-r1"), byBlitz.rating("apt") - byBlitz.rating("red-r1"),
                1e-6);
        assertEquals(1000.0, byMean.ratings().stream().mapToDouble(Double::doubleValue).average().orElseThrow(), 1e-9);
        assertTrue(byMean.rating("apt") > byMean.rating("blitz") && byMean.rating("blitz") > byMean.rating("red-r1"));
    }

    @Test
    void resultsAddUpWhicheverSideTheyAreWrittenFrom() {
        List<String> ids = List.of("a", "b", "c");
        EloRatings once =
                EloRatings.fit(ids, List.of(new PairResult("a", "b", 6, 10), new PairResult("b", "c", 7, 10)));
        EloRatings split = EloRatings.fit(ids, List.of(new PairResult("b", "a", 1, 4), new PairResult("a", "b", 3, 6),
                new PairResult("c", "b", 3, 10)));
        for (String id : ids) {
            assertEquals(once.rating(id), split.rating(id), 1e-6, id);
        }
    }

    @Test
    void evenResultsAndNoResultsSitAtTheMean() {
        EloRatings r = EloRatings.fit(List.of("a", "b", "c"), List.of(new PairResult("a", "b", 50, 100)));
        assertEquals(1000.0, r.rating("a"), 1e-9);
        assertEquals(1000.0, r.rating("b"), 1e-9);
        assertEquals(1000.0, r.rating("c"), 1e-9);
    }

    @Test
    void theFitConvergesInAFewNewtonSteps() {
        EloRatings r = EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "b", 1_000_000, 1_000_000)));
        assertTrue(r.iterations() < 50, r.iterations() + " iterations");
        assertTrue(r.rating("a") - r.rating("b") > 1000);
    }

    @Test
    void badInputsNameTheProblem() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "z", 1, 2))));
        assertEquals("Elo result names \"z\", which is not among the rated ids: a, b", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EloRatings.fit(List.of("a", "a"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> EloRatings.fit(List.of("a"), List.of(),
                new EloOptions(1, new EloAnchor.Entry("b", 1000), 10, 1e-6)));
        assertThrows(IllegalArgumentException.class, () -> new PairResult("a", "a", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new PairResult("a", "b", 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new PairResult("a", "b", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EloOptions(0, EloAnchor.meanOf1000(), 10, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> EloRatings.fit(List.of("a"), List.of()).rating("b"));
    }

    @Test
    void anIterationLimitTooSmallToConvergeIsReported() {
        EloOptions oneStep = new EloOptions(1.0, EloAnchor.meanOf1000(), 1, 1e-9);
        assertThrows(IllegalStateException.class,
                () -> EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "b", 900, 1000)), oneStep));
    }

    private static double gapAfterSweep(int games) {
        EloRatings r = EloRatings.fit(List.of("a", "b"), List.of(new PairResult("a", "b", games, games)));
        return r.rating("a") - r.rating("b");
    }
}
