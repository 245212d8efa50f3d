package org.cyberselfplay.env.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenariosTest {

    @Test
    void presetNamesAreSmallMediumLarge() {
        assertEquals(List.of("small", "medium", "large"), Scenarios.presetNames());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "small  | 60  | 40  | 24 | 8  | 3 | 2  | db-01",
        "medium | 100 | 120 | 40 | 12 | 5 | 5  | db-01 dc-01",
        "large  | 180 | 300 | 72 | 20 | 9 | 12 | db-01 dc-01 payments-01",
    })
    void presetMatchesTheScaleTable(String name, int turns, int instructions, int required, int stride,
                                    int corp, int prod, String highValue) {
        Scenario s = Scenarios.preset(name);
        List<String> highValueHosts = List.of(highValue.split(" "));
        assertEquals(name, s.name());
        assertEquals(turns, s.maxTurns());
        assertEquals(instructions, s.mission().instructions());
        assertEquals(required, s.mission().required());
        assertEquals(stride, s.checkpointStride());
        assertEquals(List.of("corp", "prod", "secure"), s.zones());
        assertEquals(corp + prod + highValueHosts.size(), s.hostCount());
        assertEquals(expectedHostNames(corp, prod, highValueHosts), s.hosts().stream().map(HostSpec::name).toList());
        assertEquals(highValueHosts, s.highValueHosts());
        for (int i = 0; i < s.hostCount(); i++) {
            HostSpec h = s.hosts().get(i);
            int zone = i < corp ? 0 : i < corp + prod ? 1 : 2;
            assertEquals(zone, h.zone(), h.name());
            assertEquals(zone == 2, h.highValue(), h.name());
            assertEquals(zone == 2 ? 3.0 : 1.0, h.criticality(), h.name());
            assertEquals(zone == 2 ? 0.35 : 0.6, h.exploitability(), h.name());
            assertEquals(zone == 2 ? 0.2 : 0.1, h.patchLevel(), h.name());
        }
    }

    /** The calibration of the balance table (README, "Balance"), pinned so a change to it is deliberate. */
    @ParameterizedTest
    @ValueSource(strings = {"small", "medium", "large"})
    void presetsKeepTheirCalibration(String name) {
        Scenario s = Scenarios.preset(name);
        boolean small = name.equals("small");
        assertEquals(small ? new RedParams(0.85, 0.35, 0.45, 0.8, 0.8, 1, 0.6, 0.6, 3, 0.8, 0.25)
                : new RedParams(0.8, 0.35, 0.45, 0.75, 0.8, 1, 0.5, 0.6, 3, 0.8, 0.0), s.red());
        assertEquals(new BlueParams(small ? 5 : 10, 0.3, 0.7, 5, 0.4, 0.25, 8, 2.0, 0.3, 3, 0.15, 0.35, 0.25, 0.5,
                1.0), s.blue());
        assertEquals(small ? detection(0.3, 0.2, 0.6, 0.45, 0.45, 0.4, 0.5, 0.8, 0.1, 0.5)
                : detection(0.3, 0.2, 0.6, 0.55, 0.55, 0.4, 0.8, 0.9, 0.1, 0.5), s.detection());
        assertEquals(RewardWeights.defaults(), s.reward());
        assertEquals(List.of(Tool.QUERY_SIEM, Tool.TRIAGE_ALERTS, Tool.RUN_FORENSICS, Tool.DEPLOY_PATCH,
                Tool.HARDEN_POLICY, Tool.PUBLISH_IOC_BLOCKLIST, Tool.CHECKPOINT_PLAN, Tool.RECONCILE_STATE),
                s.mission().instructionTools());
        assertTrue(s.description().length() > 10);
    }

    @Test
    void presetFilesSpellOutEveryRewardComponent() throws Exception {
        for (String name : Scenarios.presetNames()) {
            Path file = Path.of(Scenarios.class.getClassLoader()
                    .getResource(ScenarioLoader.PRESET_RESOURCE_DIR + name + ".yaml").toURI());
            String yaml = Files.readString(file);
            for (RewardComponent c : RewardComponent.values()) {
                assertTrue(yaml.contains("    " + c.wireName() + ": "), name + " lacks " + c);
            }
        }
    }

    @Test
    void presetsAreCachedAndLoadByName() {
        assertSame(Scenarios.preset("medium"), Scenarios.preset("medium"));
        assertSame(Scenarios.preset("small"), Scenarios.load("small"));
    }

    @Test
    void loadAcceptsAFilePath() {
        Scenario fromFile = Scenarios.load(Path.of("..", "configs", "scenarios", "large.yaml").toString());
        assertEquals(Scenarios.preset("large"), fromFile);
    }

    @Test
    void unknownNameThatIsNoFileListsThePresets() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load("smal"));
        assertEquals("smal", e.source());
        assertEquals("smal: neither a preset (small, medium, large) nor an existing file", e.getMessage());
    }

    @Test
    void unknownPresetListsThePresets() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.preset("huge"));
        assertEquals("huge: unknown preset; presets: small, medium, large", e.getMessage());
    }

    private static List<String> expectedHostNames(int corp, int prod, List<String> highValue) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < corp + prod; i++) {
            names.add(String.format("host-%02d", i));
        }
        names.addAll(highValue);
        return names;
    }

    /** Detection parameters with the given noise per Red tool (in tool order) and the presets' other values. */
    private static DetectionParams detection(double... noise) {
        Map<Tool, Double> byTool = new EnumMap<>(Tool.class);
        List<Tool> red = Tool.of(Actor.RED);
        for (int i = 0; i < red.size(); i++) {
            byTool.put(red.get(i), noise[i]);
        }
        return new DetectionParams(byTool, 0.3, 12, 10, 0.45, 0.9, 0.1, 0.65);
    }
}
