package org.cyberselfplay.agents.scripted.red;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.Observation;

/** Test fixtures: scripted Blue opponents and an episode loop that checks every Red action is accepted. */
final class Matches {
    private Matches() {
    }

    /** One Blue move on the env (Blue's turn). */
    interface Blue {
        void move(GameEnv env, SplittableRandom rng);
    }

    /** Does nothing useful: always query_siem. */
    static final Blue DO_NOTHING = (env, rng) -> accept(env.step(Action.of(Actor.BLUE, Tool.QUERY_SIEM)));

    /** Uniform over Blue's legal actions. */
    static final Blue RANDOM = (env, rng) -> env.stepRandom(rng);

    /** Always executes the current instruction with its required tool (query_siem once the playbook is done). */
    static final Blue FOLLOWS_PLAYBOOK = (env, rng) -> {
        BlueView view = env.observe(Actor.BLUE).blue();
        Action action = view.instructionProgress().current()
                .map(i -> Action.instruction(Tool.fromWire(i.requiredTool()).orElseThrow()))
                .orElse(Action.of(Actor.BLUE, Tool.QUERY_SIEM));
        accept(env.step(action));
    };

    /** What one Red move did, seen from outside. */
    interface Watcher {
        void afterRed(GameEnv env, Observation redBefore, Action red, int newBlueAlerts);
    }

    /**
     * Plays one episode from {@code seed}; asserts that every Red action is legal in Red's mask and accepted.
     *
     * @return the env at the end
     */
    static GameEnv play(GameEnv env, Policy red, Blue blue, long seed, Watcher watcher) {
        env.reset(seed);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        while (!env.isTerminal()) {
            if (env.currentActor() == Actor.BLUE) {
                blue.move(env, rng);
                continue;
            }
            Observation obs = env.observe(Actor.RED);
            Set<String> alertsBefore = alertKeys(env);
            Action action = red.act(obs, rng);
            int index = env.actionSpace(Actor.RED).encode(Tool.fromWire(action.tool()).orElseThrow(),
                    action.target() == null ? 0 : env.scenario().hostIndex(action.target()));
            assertTrue(obs.legalActions().isLegal(index), () -> red.name() + " chose illegal " + action);
            accept(env.step(action));
            Set<String> after = alertKeys(env);
            after.removeAll(alertsBefore);
            watcher.afterRed(env, obs, action, after.size());
        }
        return env;
    }

    /** Blue's alerts as identities: host, kind and confidence (a random double) single an alert out. */
    private static Set<String> alertKeys(GameEnv env) {
        List<BlueView.AlertView> alerts = env.observe(Actor.BLUE).blue().alerts();
        Set<String> keys = new HashSet<>();
        for (BlueView.AlertView a : alerts) {
            keys.add(a.host() + "|" + a.kind() + "|" + Double.doubleToLongBits(a.confidence()));
        }
        return keys;
    }

    private static void accept(StepResult result) {
        assertTrue(result.accepted(), () -> "refused: " + result.error().orElse(""));
    }
}
