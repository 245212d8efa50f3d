package org.cyberselfplay.league.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.scripted.RandomPolicy;
import org.cyberselfplay.agents.scripted.blue.BluePolicies;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class MatchRunnerTest {
    private final Scenario small = Scenarios.preset("small");

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Policy blue = BluePolicies.create("expert", small);
        Policy red = new RandomPolicy(small, Actor.RED);
        List<EpisodeMetrics> one = new MatchRunner(1, 16).play(small, blue, red, 42, 100);
        List<EpisodeMetrics> two = new MatchRunner(2, 16).play(small, blue, red, 42, 100);
        List<EpisodeMetrics> three = new MatchRunner(3, 16).play(small, blue, red, 42, 100);
        assertEquals(100, one.size());
        assertEquals(one, two);
        assertEquals(one, three);
    }

    @Test
    void aShorterRunIsAPrefixOfALongerOneAndSeedsMatter() {
        Policy blue = new RandomPolicy(small, Actor.BLUE);
        Policy red = new RandomPolicy(small, Actor.RED);
        MatchRunner runner = new MatchRunner(2, 8);
        List<EpisodeMetrics> longer = runner.play(small, blue, red, 7, 40);
        assertEquals(longer.subList(0, 24), runner.play(small, blue, red, 7, 24));
        assertNotEquals(longer, runner.play(small, blue, red, 8, 40));
    }

    @Test
    void eachEpisodeEqualsASoloEpisodeWithItsSeeds() {
        Policy blue = BluePolicies.create("expert", small);
        Policy red = new RandomPolicy(small, Actor.RED);
        List<EpisodeMetrics> batch = new MatchRunner(1, 10).play(small, blue, red, 3, 10);
        EpisodeSeeds seeds = EpisodeSeeds.of(3, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(batch.get(i), VectorMatch.play(small, blue, red, seeds, i, i + 1).get(0), "episode " + i);
        }
    }

    @Test
    void anIllegalActionFromAPolicyIsReportedNotSwallowed() {
        Policy cheater = new Policy() {
            @Override
            public Actor side() {
                return Actor.RED;
            }

            @Override
            public String name() {
                return "cheater";
            }

            @Override
            public Action act(Observation observation, SplittableRandom rng) {
                return Action.of(Actor.RED, Tool.EXECUTE_EXFILTRATION, "db-01");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new MatchRunner(2, 4)
                .play(small, BluePolicies.create("noop", small), cheater, 1, 8));
        assertTrue(e.getMessage().contains("cheater"), e.getMessage());
    }

    @Test
    void summaryCountsWinsAndKeepsIntervalsHonest() {
        Policy blue = BluePolicies.create("expert", small);
        Policy red = new RandomPolicy(small, Actor.RED);
        List<EpisodeMetrics> results = new MatchRunner(2, 32).play(small, blue, red, 11, 200);
        MatchupSummary s = MatchupSummary.of("expert", "random", results);
        assertEquals(200, s.episodes());
        assertEquals(results.stream().filter(EpisodeMetrics::blueWon).count(), s.blueWins());
        assertTrue(s.winRate().contains(s.blueWins() / 200.0));
        assertTrue(s.blueReturn().lower() <= s.blueReturn().mean());
        assertTrue(s.winRate().rate() > 0.9, "the expert beats random Red: " + s.winRate());
    }
}
