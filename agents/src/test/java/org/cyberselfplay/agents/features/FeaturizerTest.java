package org.cyberselfplay.agents.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeaturizerTest {
    private static final FeatureLayout LAYOUT = FeatureLayout.defaults();

    @Test
    void sizesAtThirtyTwoHostsMatchTheDocumentedLayout() {
        assertEquals(26 + 32 * 30, LAYOUT.size(Actor.BLUE));
        assertEquals(986, LAYOUT.size(Actor.BLUE));
        assertEquals(11 + 32 * 14, LAYOUT.size(Actor.RED));
        assertEquals(459, LAYOUT.size(Actor.RED));
        assertEquals(2, FeatureLayout.VERSION);
        for (Actor side : Actor.values()) {
            List<String> names = LAYOUT.names(side);
            assertEquals(LAYOUT.size(side), names.size());
            assertEquals(names.size(), names.stream().distinct().count(), "feature names are unique");
        }
        assertEquals("host[01]/patch_level", LAYOUT.names(Actor.BLUE).get(LAYOUT.hostOffset(Actor.BLUE, 1) + 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium", "large"})
    void everyObservationOfEveryPresetHasTheLayoutsLengthAndValuesInUnitRange(String preset) {
        Scenario scenario = Scenarios.preset(preset);
        Featurizer f = new Featurizer(scenario, LAYOUT);
        List<Observation> observations = TestEpisodes.allObservations(scenario, 11L, 6);
        int[] seen = new int[Actor.values().length];
        List<List<String>> names = List.of(LAYOUT.names(Actor.BLUE), LAYOUT.names(Actor.RED));
        for (Observation o : observations) {
            Actor side = o.actor();
            seen[side.ordinal()]++;
            float[] x = f.features(o);
            assertEquals(LAYOUT.size(side), x.length);
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] >= 0f && x[i] <= 1f)) {
                    fail(preset + " " + side + " " + names.get(side.ordinal()).get(i) + " = " + x[i]);
                }
            }
            checkSlots(scenario, side, x);
        }
        assertTrue(seen[0] > 100 && seen[1] > 100);
    }

    /** Padded slots are all zero; real slots are present with exactly one of each one-hot group set. */
    private static void checkSlots(Scenario scenario, Actor side, float[] x) {
        int width = LAYOUT.hostSize(side);
        for (int h = 0; h < LAYOUT.maxHosts(); h++) {
            int at = LAYOUT.hostOffset(side, h);
            if (h >= scenario.hostCount()) {
                for (int k = 0; k < width; k++) {
                    assertEquals(0f, x[at + k], "padded slot " + h + " feature " + k);
                }
                continue;
            }
            assertEquals(1f, x[at], "present");
            if (side == Actor.BLUE) {
                assertEquals(1f, x[at + 9] + x[at + 10] + x[at + 11] + x[at + 12], "forensics one-hot");
            } else {
                assertEquals(1f, x[at + 7] + x[at + 8] + x[at + 9], "access one-hot");
            }
        }
        if (side == Actor.BLUE) {
            float oneHot = 0f;
            for (int k = 8; k < 9 + Tool.of(Actor.BLUE).size(); k++) {
                oneHot += x[k];
            }
            assertEquals(1f, oneHot, "playbook_exhausted + current_tool one-hot");
        }
    }

    @Test
    void resetObservationsHaveTheExpectedValues() {
        Scenario small = Scenarios.preset("small");
        GameEnv env = new GameEnv(small);
        env.reset(5L);
        Featurizer f = new Featurizer(small, LAYOUT);
        Observation blue = env.observe(Actor.BLUE);
        float[] b = f.features(blue);
        List<String> names = LAYOUT.names(Actor.BLUE);
        assertEquals(0f, b[names.indexOf("global/time_fraction")]);
        assertEquals(1f, b[names.indexOf("global/turns_left_fraction")]);
        assertEquals(0f, b[names.indexOf("global/playbook_exhausted")]);
        String tool = blue.blue().instructionProgress().current().orElseThrow().requiredTool();
        assertEquals(1f, b[names.indexOf("global/current_tool/" + tool)]);
        assertEquals(24f / 60f, b[names.indexOf("global/instruction_need_vs_turns")], 1e-7);
        int db = small.hostIndex("db-01");
        int at = LAYOUT.hostOffset(Actor.BLUE, db);
        assertEquals(1f, b[at + 1], "db-01 is in the deepest zone");
        assertEquals(1f, b[at + 3]);
        assertEquals(1f, b[at + 4], "db-01 is high-value");
        assertEquals(0.2f, b[at + 7], 1e-7f);
        assertEquals(1f, b[at + 9], "forensics unknown");
        assertEquals(1f, b[LAYOUT.hostOffset(Actor.BLUE, 0) + 2], "host-00 is in the outermost zone");

        float[] r = f.features(env.observe(Actor.RED));
        for (int h = 0; h < small.hostCount(); h++) {
            int slot = LAYOUT.hostOffset(Actor.RED, h);
            assertEquals(1f, r[slot], "present");
            assertEquals(0f, r[slot + 1], "nothing known at reset");
            assertEquals(1f, r[slot + 7], "no access at reset");
        }
    }

    @Test
    void writeFillsOnlyItsRowAndMatchesFeatures() {
        Scenario medium = Scenarios.preset("medium");
        Featurizer f = new Featurizer(medium, LAYOUT);
        Observation o = TestEpisodes.observations(medium, Actor.BLUE, 3L, 30).get(29);
        int size = LAYOUT.size(Actor.BLUE);
        float[] row = new float[size * 3];
        java.util.Arrays.fill(row, 7f);
        f.write(o, row, size);
        assertArrayEquals(f.features(o), java.util.Arrays.copyOfRange(row, size, 2 * size));
        assertEquals(7f, row[size - 1]);
        assertEquals(7f, row[2 * size]);
        assertThrows(IllegalArgumentException.class, () -> f.write(o, row, 2 * size + 1));
    }

    @Test
    void aScenarioWithMoreHostsThanSlotsIsRefused() {
        Scenario small = Scenarios.preset("small");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Featurizer(small, new FeatureLayout(4)));
        assertTrue(e.getMessage().contains("\"small\" has 6 hosts"), e.getMessage());
        assertTrue(e.getMessage().contains("max_hosts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FeatureLayout(0));
        assertThrows(IllegalArgumentException.class, () -> new FeatureLayout(65));
    }

    @Test
    void anObservationOfAnotherScenarioIsRefused() {
        Observation medium = TestEpisodes.observations(Scenarios.preset("medium"), Actor.BLUE, 1L, 1).get(0);
        Featurizer f = new Featurizer(Scenarios.preset("small"), LAYOUT);
        assertThrows(IllegalArgumentException.class, () -> f.features(medium));
    }
}
