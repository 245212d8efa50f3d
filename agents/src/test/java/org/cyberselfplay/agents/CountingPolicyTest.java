package org.cyberselfplay.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class CountingPolicyTest {
    private static final Scenario SMALL = Scenarios.preset("small");

    @Test
    void playsAsTheWrappedPolicyAndCountsEveryActionAcrossThreadCopies() {
        Policy random = Policies.blue("scripted:random", SMALL);
        CountingPolicy counted = new CountingPolicy(random);
        List<Observation> observations = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            observations.add(new GameEnv(SMALL).reset(k));
        }
        List<Action> direct = random.actBatch(observations, rngs(6));
        List<Action> played = new ArrayList<>(counted.actBatch(observations, rngs(6)));
        assertEquals(direct, played, "the wrapper plays exactly as the wrapped policy");
        played.add(counted.forThread().act(observations.get(0), new SplittableRandom(7)));
        played.add(counted.act(observations.get(1), new SplittableRandom(8)));
        assertEquals(8, counted.total(), "6 batched and 2 single actions, the thread copy's included");
        Map<String, Integer> expected = new HashMap<>();
        played.forEach(a -> expected.merge(a.tool(), 1, Integer::sum));
        Map<String, Double> shares = counted.shares();
        assertEquals(13, shares.size(), "every Blue tool");
        shares.forEach((tool, share) -> assertEquals(expected.getOrDefault(tool, 0) / 8.0, share, 1e-12, tool));
        assertEquals(0.0, new CountingPolicy(random).shares().get("query_siem"), "no actions, no share");
    }

    private static List<SplittableRandom> rngs(int n) {
        List<SplittableRandom> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new SplittableRandom(100 + k));
        }
        return out;
    }
}
