package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The environment contract, run on every preset scenario. */
class EnvContractTest {

    static List<String> presets() {
        return Scenarios.presetNames();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void thousandRandomRolloutsTerminateWithinTheHorizon(String preset) {
        Scenario sc = Scenarios.preset(preset);
        GameEnv env = new GameEnv(sc);
        SplittableRandom policy = new SplittableRandom(7);
        int blueWins = 0;
        for (long seed = 0; seed < 1000; seed++) {
            env.resetFast(seed);
            int steps = 0;
            while (!env.isTerminal()) {
                env.stepRandom(policy);
                steps++;
                assertTrue(steps <= 2 * sc.maxTurns(), "episode " + seed + " ran past the horizon");
            }
            assertTrue(env.metrics().steps() <= sc.maxTurns());
            assertTrue(env.winner().isPresent());
            blueWins += env.metrics().blueWon() ? 1 : 0;
        }
        assertTrue(blueWins < 1000, "random Blue must not always win");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void sameSeedGivesTheSameTrajectory(String preset) {
        Scenario sc = Scenarios.preset(preset);
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(trajectory(sc, seed, 99), trajectory(sc, seed, 99), "seed " + seed);
        }
        assertNotEquals(trajectory(sc, 1, 99), trajectory(sc, 2, 99));
    }

    /** Actions, step results and both sides' observations of one episode driven through the wire API. */
    private static List<Object> trajectory(Scenario sc, long seed, long policySeed) {
        GameEnv env = new GameEnv(sc);
        SplittableRandom policy = new SplittableRandom(policySeed);
        List<Object> out = new ArrayList<>();
        out.add(env.reset(seed));
        while (!env.isTerminal()) {
            Actor side = env.currentActor();
            List<Action> legal = env.legalActions(side);
            Action a = legal.get(policy.nextInt(legal.size()));
            StepResult r = env.step(a);
            assertTrue(r.accepted(), () -> "legal action refused: " + a + " -> " + r.error());
            out.add(a);
            out.add(r);
            out.add(env.observe(Actor.BLUE));
            out.add(env.observe(Actor.RED));
        }
        out.add(env.metrics());
        return out;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void copyIsIndependentAndContinuesExactly(String preset) {
        Scenario sc = Scenarios.preset(preset);
        GameEnv env = new GameEnv(sc);
        SplittableRandom policy = new SplittableRandom(3);
        for (long seed = 0; seed < 50; seed++) {
            env.resetFast(seed);
            for (int i = 0; i < sc.maxTurns() && !env.isTerminal(); i++) {
                env.stepRandom(policy);
            }
            if (env.isTerminal()) {
                continue;
            }
            String before = StateDigest.of(env);
            Observation blueBefore = env.observe(Actor.BLUE);
            GameEnv copy = env.copy();
            assertEquals(before, StateDigest.of(copy));
            // Drive the copy to the end: the original must not move.
            SplittableRandom branch = new SplittableRandom(seed);
            while (!copy.isTerminal()) {
                copy.stepRandom(branch);
            }
            assertEquals(before, StateDigest.of(env));
            assertEquals(blueBefore, env.observe(Actor.BLUE));
            // A fresh copy and the original, given the same actions, stay identical (RNG included).
            GameEnv twin = env.copy();
            SplittableRandom a = new SplittableRandom(seed * 31);
            SplittableRandom b = new SplittableRandom(seed * 31);
            while (!env.isTerminal()) {
                env.stepRandom(a);
                twin.stepRandom(b);
                assertEquals(StateDigest.of(env), StateDigest.of(twin));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void illegalActionsAreNoOpsWithAnError(String preset) {
        Scenario sc = Scenarios.preset(preset);
        GameEnv env = new GameEnv(sc);
        SplittableRandom policy = new SplittableRandom(11);
        int refused = 0;
        for (long seed = 0; seed < 30; seed++) {
            env.resetFast(seed);
            while (!env.isTerminal()) {
                Actor side = env.currentActor();
                ActionSpace space = env.actionSpace(side);
                // A sample of the illegal indices of every state keeps the test fast on large inventories.
                for (int k = 0; k < 24; k++) {
                    int index = policy.nextInt(space.size());
                    if (!env.isLegal(index)) {
                        assertRefused(env, space.toAction(index), "illegal now");
                        refused++;
                    }
                }
                // Out of turn: every action of the other side.
                ActionSpace other = env.actionSpace(side.opponent());
                assertRefused(env, other.toAction(policy.nextInt(other.size())), "out of turn");
                env.stepRandom(policy);
            }
        }
        assertTrue(refused > 1000, "too few illegal actions exercised: " + refused);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void observedActionMaskMatchesLegality(String preset) {
        Scenario sc = Scenarios.preset(preset);
        GameEnv env = new GameEnv(sc);
        SplittableRandom policy = new SplittableRandom(5);
        for (long seed = 0; seed < 10; seed++) {
            env.resetFast(seed);
            while (!env.isTerminal()) {
                Actor side = env.currentActor();
                var mask = env.observe(side).legalActions();
                assertEquals(0, env.observe(side.opponent()).legalActions().count(), "not the opponent's turn");
                List<Action> legal = env.legalActions(side);
                assertEquals(legal.size(), mask.count());
                for (int index = 0; index < mask.size(); index++) {
                    assertEquals(env.isLegal(index), mask.isLegal(index));
                }
                env.stepRandom(policy);
            }
            assertEquals(0, env.observe(Actor.BLUE).legalActions().count());
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void malformedActionsNameWhatIsAccepted(String preset) {
        GameEnv env = new GameEnv(Scenarios.preset(preset));
        env.reset(5);
        assertRefused(env, new Action("purple", "query_siem", null, Map.of(), null), "accepted: blue, red");
        assertRefused(env, new Action("blue", "hack_planet", null, Map.of(), null), "accepted: query_siem");
        assertRefused(env, new Action("blue", "attempt_exploit", "host-00", Map.of(), null), "unknown tool");
        assertRefused(env, new Action("blue", "isolate_host", null, Map.of(), null), "needs a target");
        assertRefused(env, new Action("blue", "isolate_host", "mainframe-9", Map.of(), null),
                "not in the inventory; accepted: host-00");
        assertRefused(env, new Action("blue", "execute_instruction", null, Map.of(), null),
                "needs params.required_tool");
        assertRefused(env, new Action("blue", "execute_instruction", null, Map.of("required_tool", "recon_network"),
                null), "got 'recon_network'");
        assertRefused(env, new Action("red", "recon_network", null, Map.of(), null), "it is blue's turn");
        StepResult r = env.step(new Action("blue", "isolate_host", "mainframe-9", Map.of(), null));
        assertTrue(env.observe(Actor.BLUE).error().orElse("").contains("mainframe-9"),
                "the refusal shows in the actor's observation");
        assertFalse(r.accepted());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void steppingAfterTheEndIsRefused(String preset) {
        GameEnv env = new GameEnv(Scenarios.preset(preset));
        env.reset(1);
        SplittableRandom policy = new SplittableRandom(1);
        while (!env.isTerminal()) {
            env.stepRandom(policy);
        }
        assertEquals(-1, env.stepRandom(policy));
        assertTrue(env.legalActions(env.currentActor()).isEmpty());
        for (Actor side : Actor.values()) {
            Action any = env.actionSpace(side).toAction(0);
            assertRefused(env, any, "the episode is over");
        }
        assertTrue(env.observe(Actor.BLUE).done());
        assertTrue(env.observe(Actor.RED).done());
    }

    private static void assertRefused(GameEnv env, Action action, String messagePart) {
        String before = StateDigest.of(env);
        StepResult r = env.step(action);
        assertFalse(r.accepted(), () -> "accepted an illegal action " + action);
        assertTrue(r.error().get().contains(messagePart),
                () -> "message '" + r.error().get() + "' lacks '" + messagePart + "'");
        assertEquals(0.0, r.blueReward());
        assertEquals(0.0, r.redReward());
        assertEquals(before, StateDigest.of(env), () -> "state changed by refused " + action);
    }
}
