package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Scenarios and helpers of the tool-effect tests ({@link BlueToolEffectsTest}, {@link RedToolEffectsTest}): one
 * test per tool (13 Blue, 10 Red): each asserts the tool's real effect on the game and the reward event
 * it pays, or that it pays none. A few further tests pin rules of GAME.md that cut across tools.
 *
 * <p>Certain effects run on {@code effects-certain.yaml} / {@code effects-backup.yaml}, where the chances
 * involved are 0 or 1 and no alert is raised unless a test writes it. Probabilistic effects are measured
 * over {@value #TRIALS} fixed seeds with common random numbers: the compared branches consume the same
 * random draws, so a tool that lowers a chance can only turn successes into failures seed by seed, and the
 * rate bounds sit many standard deviations away from the expected rates.
 */
final class ToolEffectsFixture {
    static final int TRIALS = 2000;
    static final Scenario SMALL = Scenarios.preset("small");
    static final Scenario CERTAIN = variant("effects-certain.yaml");
    static final Scenario BACKUP = variant("effects-backup.yaml");

    static Scenario variant(String file) {
        try {
            return Scenarios.load(Path.of(ToolEffectsFixture.class.getResource("/scenarios/" + file).toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GameEnv env(Scenario sc, long seed) {
        GameEnv env = new GameEnv(sc);
        env.resetFast(seed);
        return env;
    }

    static int host(GameEnv env, String name) {
        int h = env.scenario().hostIndex(name);
        assertTrue(h >= 0, name);
        return h;
    }

    static long bit(GameEnv env, String name) {
        return 1L << host(env, name);
    }

    static long bit(GameState s, String name) {
        return 1L << s.scenario.hostIndex(name);
    }

    static double weight(RewardComponent c) {
        return SMALL.reward().weight(c); // the effects-*.yaml variants keep the small preset's weights
    }

    static double criticality(GameEnv env, String name) {
        return env.scenario().hosts().get(host(env, name)).criticality();
    }

    static Action b(Tool tool) {
        return Action.of(Actor.BLUE, tool);
    }

    static Action b(Tool tool, String target) {
        return Action.of(Actor.BLUE, tool, target);
    }

    static Action r(Tool tool, String target) {
        return target == null ? Action.of(Actor.RED, tool) : Action.of(Actor.RED, tool, target);
    }

    /** {@code first}, then {@code idle} idle turns (Red enumerates host-01, Blue checkpoints), then {@code last}. */
    static List<Action> script(Action first, int idle, Action last) {
        return script(List.of(first), idle, last);
    }

    static List<Action> script(List<Action> first, int idle, Action last) {
        List<Action> out = new ArrayList<>(first);
        for (int i = 0; i < idle; i++) {
            out.add(r(Tool.ENUMERATE_SERVICES, "host-01"));
            out.add(b(Tool.CHECKPOINT_PLAN));
        }
        out.add(last);
        return out;
    }

    /**
     * For seeds 0..TRIALS-1: reset, apply {@code setup} to the state, play {@code script} (every action must
     * be accepted), and record {@code outcome}.
     */
    static boolean[] outcomes(Scenario sc, Consumer<GameState> setup, List<Action> script,
                                      Predicate<GameState> outcome) {
        boolean[] out = new boolean[TRIALS];
        GameEnv env = new GameEnv(sc);
        for (int seed = 0; seed < TRIALS; seed++) {
            env.resetFast(seed);
            setup.accept(env.state());
            for (Action a : script) {
                step(env, a);
            }
            out[seed] = outcome.test(env.state());
        }
        return out;
    }

    static double rate(boolean[] outcomes) {
        int n = 0;
        for (boolean b : outcomes) {
            n += b ? 1 : 0;
        }
        return n / (double) outcomes.length;
    }

    /** With common random numbers, {@code lower} may only turn {@code higher}'s successes into failures. */
    static void assertNoGain(boolean[] higher, boolean[] lower, String message) {
        for (int i = 0; i < higher.length; i++) {
            assertFalse(lower[i] && !higher[i], message + " (seed " + i + ")");
        }
    }

    static void assertRateAtMost(boolean[] measured, double factor, boolean[] reference, String what) {
        double m = rate(measured);
        double ref = rate(reference);
        assertTrue(ref > 0.05, what + ": reference rate too small to compare: " + ref);
        assertTrue(m <= factor * ref, what + ": rate " + m + " is not at most " + factor + " x " + ref);
    }

    static void assertRateNear(boolean[] measured, double expected, String what) {
        double sd = Math.sqrt(expected * (1 - expected) / measured.length);
        double m = rate(measured);
        assertTrue(Math.abs(m - expected) <= 5 * sd, what + ": rate " + m + ", expected " + expected + " +- " + 5 * sd);
    }

    static StepResult step(GameEnv env, Action a) {
        StepResult r = env.step(a);
        assertTrue(r.accepted(), () -> a + " refused: " + r.error().orElse(""));
        return r;
    }

    static StepResult blue(GameEnv env, Tool tool) {
        return blue(env, tool, null);
    }

    static StepResult blue(GameEnv env, Tool tool, String target) {
        assertEquals(Actor.BLUE, env.currentActor(), "Blue's turn expected");
        return step(env, target == null ? b(tool) : b(tool, target));
    }

    /** Red acts; on Blue's turn Blue first plays checkpoint_plan, which does not touch Red. */
    static StepResult red(GameEnv env, Tool tool, String target) {
        if (env.currentActor() == Actor.BLUE) {
            blue(env, Tool.CHECKPOINT_PLAN);
        }
        return step(env, r(tool, target));
    }

    /** Red's neutral move: recon_network only adds known hosts. */
    static void redPass(GameEnv env) {
        red(env, Tool.RECON_NETWORK, null);
    }

    static void refused(GameEnv env, Action a, String reasonPart) {
        String before = StateDigest.of(env);
        StepResult r = env.step(a);
        assertFalse(r.accepted(), () -> a + " was accepted");
        assertTrue(r.error().orElseThrow().contains(reasonPart), r.error().orElseThrow());
        assertEquals(before, StateDigest.of(env));
    }

    static double paid(StepResult r, RewardComponent c) {
        return r.rewardComponents().getOrDefault(c.wireName(), 0.0);
    }

    static Map<String, Double> sideComponents(StepResult r, Actor side) {
        return r.rewardComponents().entrySet().stream()
                .filter(e -> RewardComponent.fromWire(side, e.getKey()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static List<Tool> legalTools(GameEnv env, Actor side) {
        return env.legalActions(side).stream().map(a -> Tool.fromWire(a.tool()).orElseThrow()).distinct().toList();
    }

    static BlueView blueView(GameEnv env) {
        return env.observe(Actor.BLUE).blue();
    }

    static RedView redView(GameEnv env) {
        return env.observe(Actor.RED).red();
    }

    static BlueView.HostView hostView(GameEnv env, String name) {
        return blueView(env).hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    static Optional<RedView.FootholdView> foothold(GameEnv env, String name) {
        return redView(env).footholds().stream().filter(f -> f.host().equals(name)).findFirst();
    }

    static List<String> footholdNames(GameEnv env) {
        return redView(env).footholds().stream().map(RedView.FootholdView::host).toList();
    }

    static RedView.TargetView target(GameEnv env, String name) {
        return redView(env).knownTargets().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> knownNames(GameEnv env) {
        return redView(env).knownTargets().stream().map(RedView.TargetView::name).toList();
    }

    private ToolEffectsFixture() {
    }
}
