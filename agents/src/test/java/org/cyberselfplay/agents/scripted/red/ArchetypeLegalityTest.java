package org.cyberselfplay.agents.scripted.red;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Every archetype returns a legal action in every state it meets: whole episodes in which
 * {@link Matches#play} asserts that each Red action is set in Red's mask and accepted by the env.
 */
class ArchetypeLegalityTest {

    private static List<String> specs() {
        List<String> specs = new ArrayList<>();
        for (String name : Archetypes.builtInNames()) {
            specs.add(name);
            specs.add(name + "@0.3");
        }
        return specs;
    }

    /**
     * Random cases: spec, preset and seed drawn from a fixed root seed, against a uniformly random Blue
     * (which isolates, restores, rotates secrets and hardens, so Red loses footholds and credentials).
     */
    @Test
    void everyActionIsLegalAgainstARandomBlue() {
        List<String> specs = specs();
        List<String> presets = Scenarios.presetNames();
        SplittableRandom cases = new SplittableRandom(20_240_601);
        for (int i = 0; i < 120; i++) {
            String spec = specs.get(cases.nextInt(specs.size()));
            Scenario scenario = Scenarios.preset(presets.get(cases.nextInt(presets.size())));
            Matches.play(new GameEnv(scenario), Archetypes.create(spec, scenario), Matches.RANDOM, cases.nextLong(),
                    (e, o, a, n) -> { });
        }
    }

    /** Every built-in on every preset, against each test Blue, a few seeds each. */
    @Test
    void everyBuiltInOnEveryPresetAgainstEveryTestBlue() {
        for (String scenarioName : Scenarios.presetNames()) {
            Scenario scenario = Scenarios.preset(scenarioName);
            GameEnv env = new GameEnv(scenario);
            for (String name : Archetypes.builtInNames()) {
                Policy red = Archetypes.create(name, scenario);
                for (Matches.Blue blue : List.of(Matches.RANDOM, Matches.DO_NOTHING, Matches.FOLLOWS_PLAYBOOK)) {
                    for (long seed = 0; seed < 4; seed++) {
                        Matches.play(env, red, blue, seed, (e, o, a, n) -> { });
                    }
                }
            }
        }
    }
}
