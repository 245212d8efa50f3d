package org.cyberselfplay.agents.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionCodecTest {
    private static final int MAX_HOSTS = FeatureLayout.DEFAULT_MAX_HOSTS;

    @Test
    void layoutSizesDoNotDependOnTheScenario() {
        assertEquals(6 * 32 + 6 + 13, ActionCodec.size(Actor.BLUE, 32));
        assertEquals(211, ActionCodec.size(Actor.BLUE, 32));
        assertEquals(8 * 32 + 2, ActionCodec.size(Actor.RED, 32));
        assertEquals(258, ActionCodec.size(Actor.RED, 32));
        for (String preset : Scenarios.presetNames()) {
            for (Actor side : Actor.values()) {
                assertEquals(ActionCodec.size(side, MAX_HOSTS),
                        ActionCodec.of(Scenarios.preset(preset), side, MAX_HOSTS).size());
            }
        }
        ActionCodec blue = ActionCodec.of(Scenarios.preset("small"), Actor.BLUE, MAX_HOSTS);
        assertEquals(0, blue.offset(Tool.QUERY_SIEM));
        assertEquals(2, blue.offset(Tool.RUN_FORENSICS));
        assertEquals(2 + 32, blue.offset(Tool.ISOLATE_HOST));
        assertEquals(211 - 32 - 1 - 13, blue.offset(Tool.EXECUTE_INSTRUCTION));
        assertEquals(211 - 32, blue.offset(Tool.RECONCILE_STATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium", "large"})
    void everyEnvIndexRoundTripsAndGivesTheSameAction(String preset) {
        Scenario scenario = Scenarios.preset(preset);
        for (Actor side : Actor.values()) {
            ActionCodec codec = ActionCodec.of(scenario, side, MAX_HOSTS);
            ActionSpace space = ActionSpace.of(scenario, side);
            boolean[] hit = new boolean[codec.size()];
            for (int e = 0; e < space.size(); e++) {
                int c = codec.fromEnvIndex(e);
                assertFalse(hit[c], "two env indices share codec index " + c);
                hit[c] = true;
                assertEquals(e, codec.toEnvIndex(c));
                assertEquals(space.toAction(e), codec.toAction(c));
                assertEquals(space.tool(e), codec.tool(c));
                assertEquals(space.argument(e), codec.argument(c));
                assertEquals(c, codec.encode(space.tool(e), space.argument(e)));
                assertFalse(codec.isPadding(c));
            }
            int padding = 0;
            for (int c = 0; c < codec.size(); c++) {
                assertEquals(c, codec.encode(codec.tool(c), codec.argument(c)));
                if (!hit[c]) {
                    padding++;
                    assertTrue(codec.isPadding(c));
                    assertTrue(codec.tool(c).targeted(), "only host slots are padding");
                    assertTrue(codec.argument(c) >= scenario.hostCount());
                    int padded = c;
                    assertThrows(IllegalArgumentException.class, () -> codec.toEnvIndex(padded));
                }
            }
            assertEquals(codec.size() - space.size(), padding);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "large"})
    void codecMasksAreTheEnvMasksWithPaddingMasked(String preset) {
        Scenario scenario = Scenarios.preset(preset);
        for (Actor side : Actor.values()) {
            ActionCodec codec = ActionCodec.of(scenario, side, MAX_HOSTS);
            List<Observation> observations = TestEpisodes.observations(scenario, side, 21L, 200);
            boolean[] mask = new boolean[codec.size()];
            for (Observation o : observations) {
                ActionMask env = o.legalActions();
                codec.mask(env, mask);
                int count = 0;
                for (int c = 0; c < codec.size(); c++) {
                    if (mask[c]) {
                        count++;
                        assertFalse(codec.isPadding(c));
                        assertTrue(env.isLegal(codec.toEnvIndex(c)));
                    }
                }
                assertEquals(env.count(), count);
            }
            ActionCodec other = ActionCodec.of(Scenarios.preset(preset.equals("small") ? "large" : "small"), side,
                    MAX_HOSTS);
            assertThrows(IllegalArgumentException.class, () -> other.mask(observations.get(0).legalActions()));
        }
    }

    @Test
    void outOfRangeIndicesAndOversizedScenariosAreRefused() {
        ActionCodec red = ActionCodec.of(Scenarios.preset("small"), Actor.RED, MAX_HOSTS);
        assertThrows(IllegalArgumentException.class, () -> red.tool(-1));
        assertThrows(IllegalArgumentException.class, () -> red.tool(red.size()));
        assertThrows(IllegalArgumentException.class, () -> red.fromEnvIndex(red.actionSpace().size()));
        assertThrows(IllegalArgumentException.class, () -> red.encode(Tool.PIVOT_HOST, MAX_HOSTS));
        assertThrows(IllegalArgumentException.class, () -> red.offset(Tool.QUERY_SIEM));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActionCodec.of(Scenarios.preset("large"), Actor.BLUE, 8));
        assertTrue(e.getMessage().contains("max_hosts"), e.getMessage());
    }
}
