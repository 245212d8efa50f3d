package org.cyberselfplay.train.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private final Scenario small = Scenarios.preset("small");

    @Test
    void sameSeedGivesTheSameSummary() {
        assertEquals(Simulation.run(small, 30, 7), Simulation.run(small, 30, 7));
    }

    @Test
    void differentSeedsGiveDifferentEpisodes() {
        assertNotEquals(Simulation.run(small, 30, 7), Simulation.run(small, 30, 8));
    }

    @Test
    void firstEpisodeFollowsTheDocumentedSplitOrder() {
        SplittableRandom root = new SplittableRandom(42);
        long envSeed = root.nextLong();
        SplittableRandom policy = root.split();
        EpisodeMetrics m = RandomMatch.play(new GameEnv(small), envSeed, policy);

        SimulationSummary one = Simulation.run(small, 1, 42);
        assertEquals(m.blueWon() ? 1 : 0, one.blueWins());
        assertEquals(m.steps(), one.meanSteps(), 0.0);
        assertEquals(m.blueReturn(), one.meanBlueReturn(), 0.0);
        assertEquals(m.redReturn(), one.meanRedReturn(), 0.0);
    }

    @Test
    void countsAndMeansStayInRange() {
        SimulationSummary r = Simulation.run(small, 40, 3);
        assertEquals(40, r.episodes());
        assertEquals(40, r.blueWins() + r.redWins());
        assertTrue(r.meanSteps() > 0 && r.meanSteps() <= small.maxTurns());
        assertTrue(r.exfiltrationRate() >= 0 && r.exfiltrationRate() <= 1);
        assertTrue(r.meanCompletionRate() >= 0 && r.meanCompletionRate() <= 1);
        assertTrue(r.meanViolationRate() >= 0 && r.meanViolationRate() <= 1);
        assertEquals(r.mttdEpisodes() > 0, r.meanMttd().isPresent());
        assertEquals(r.mttrEpisodes() > 0, r.meanMttr().isPresent());
        assertTrue(r.blueWinInterval().contains(r.blueWinRate()));
    }

    @Test
    void refusesNoEpisodes() {
        assertThrows(IllegalArgumentException.class, () -> Simulation.run(small, 0, 0));
    }
}
