package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The mission's business-impact limit: passing it ends the game at the end of that turn, and Red wins. */
class BusinessImpactLimitTest {
    private static final double LIMIT = 12.0;
    private static final Scenario LIMITED = ScenarioLoader.fromYaml(
            "base: small\nmission: {max_business_impact: " + LIMIT + "}\n", "limited");
    private static final Scenario UNLIMITED = ScenarioLoader.fromYaml(
            "base: small\nmission: {max_business_impact: 1.0e300}\n", "unlimited");

    /**
     * Blue isolates the (clean) database whenever it is online and otherwise queries the SIEM; Red only scans.
     * Returns the completed turns when the game ended, or -1 if it is still running after {@code turns}.
     */
    private static int play(GameEnv env, int turns) {
        for (int t = 0; t < turns && !env.isTerminal(); t++) {
            Observation blue = env.observe(Actor.BLUE);
            boolean dbOnline = blue.blue().hosts().stream().anyMatch(h -> h.name().equals("db-01") && !h.isolated());
            env.step(dbOnline ? Action.of(Actor.BLUE, Tool.ISOLATE_HOST, "db-01")
                    : Action.of(Actor.BLUE, Tool.QUERY_SIEM));
            if (!env.isTerminal()) {
                env.step(Action.of(Actor.RED, Tool.RECON_NETWORK));
            }
        }
        return env.isTerminal() ? env.metrics().steps() : -1;
    }

    @Test
    void passingTheLimitEndsTheGameForRed() {
        GameEnv env = new GameEnv(LIMITED);
        env.reset(3);
        play(env, LIMITED.maxTurns());
        assertTrue(env.isTerminal());
        assertEquals(Optional.of(Actor.RED), env.winner());
        assertFalse(env.metrics().exfiltrated());
        double impact = env.metrics().businessImpact();
        assertTrue(impact > LIMIT, "ended with impact " + impact);
        assertTrue(env.metrics().steps() < LIMITED.maxTurns(), "ended on turn " + env.metrics().steps());
        Observation last = env.observe(Actor.BLUE);
        assertTrue(last.events().stream().anyMatch(e -> e.contains("limit of 12")), last.events().toString());
    }

    @Test
    void theGameEndsOnTheFirstTurnPastTheLimit() {
        GameEnv limited = new GameEnv(LIMITED);
        limited.reset(5);
        int end = play(limited, LIMITED.maxTurns());
        // The same moves and draws without the limit: within it after the `end` completed turns, past it one
        // turn later (the turn the limited game ended on, which did not complete).
        GameEnv free = new GameEnv(UNLIMITED);
        free.reset(5);
        play(free, end);
        assertTrue(free.observe(Actor.BLUE).blue().businessImpact() <= LIMIT);
        play(free, 1);
        assertTrue(free.observe(Actor.BLUE).blue().businessImpact() > LIMIT);
        assertFalse(free.isTerminal());
    }

    @Test
    void blueSeesTheLimit() {
        GameEnv env = new GameEnv(LIMITED);
        Observation obs = env.reset(1);
        assertEquals(LIMIT, obs.blue().businessImpactLimit());
        assertEquals(LIMIT, ObservationJson.toJson(obs).get("public_state").get("business_impact_limit").asDouble());
    }
}
