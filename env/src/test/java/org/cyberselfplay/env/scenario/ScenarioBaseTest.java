package org.cyberselfplay.env.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.junit.jupiter.api.Test;

/** {@code base:} inheritance: maps merge, lists and scalars replace, cycles and dangling bases fail. */
class ScenarioBaseTest {

    @Test
    void fileWithoutNameIsNamedAfterItself() {
        Scenario s = ScenarioLoader.load(resource("two-zones.yaml"));
        assertEquals("two-zones", s.name());
        assertEquals("Two zones, three hosts.", s.description());
        assertEquals(List.of("edge", "core"), s.zones());
        assertEquals(new HostSpec("web-01", 0, false, 2.0, 0.5, 0.0), s.hosts().get(0));
        assertEquals(new HostSpec("web-02", 0, false, 2.0, 0.5, 0.4), s.hosts().get(1));
        assertEquals(new HostSpec("vault-01", 1, true, 5.0, 0.5, 0.0), s.hosts().get(2));
        assertEquals(List.of(Tool.QUERY_SIEM, Tool.DEPLOY_PATCH), s.mission().instructionTools());
        assertEquals(-3.0, s.reward().weight(RewardComponent.FALSE_POSITIVE));
        assertEquals(RewardComponent.FOOTHOLD.defaultWeight(), s.reward().weight(RewardComponent.FOOTHOLD));
    }

    @Test
    void mapsMergeAndListsReplace() {
        Scenario base = ScenarioLoader.load(resource("two-zones.yaml"));
        Scenario derived = ScenarioLoader.load(resource("two-zones-derived.yaml"));
        assertEquals("derived", derived.name());
        assertEquals("", derived.description(), "description is not inherited");
        assertEquals(40, derived.maxTurns());
        assertEquals(base.checkpointStride(), derived.checkpointStride());
        assertEquals(0.25, derived.red().exfilSuccess());
        assertEquals(base.red().exploitBase(), derived.red().exploitBase());
        assertEquals(base.blue(), derived.blue());
        assertEquals(base.detection(), derived.detection());
        assertEquals(base.reward(), derived.reward());
        assertEquals(List.of("web-01", "vault-01"), derived.hosts().stream().map(HostSpec::name).toList());
        assertEquals(2.0, derived.hosts().get(1).criticality(), "inherited host_defaults apply to the new list");
    }

    @Test
    void basePathsResolveAgainstTheFileThatNamesThem() {
        Scenario s = ScenarioLoader.load(resource("nested/child.yaml"));
        assertEquals("child", s.name());
        assertEquals(10, s.checkpointStride());
        assertEquals(40, s.maxTurns());
        assertEquals(2, s.hostCount());
    }

    @Test
    void presetBase() {
        Scenario s = ScenarioLoader.load(resource("medium-quick.yaml"));
        Scenario medium = Scenarios.preset("medium");
        assertEquals("medium-quick", s.name());
        assertEquals(50, s.maxTurns());
        assertEquals(medium.hosts(), s.hosts());
        assertEquals(medium.mission(), s.mission());
        assertEquals(-5.0, s.reward().weight(RewardComponent.FALSE_POSITIVE));
        assertEquals(medium.reward().weight(RewardComponent.FULL_RECOVERY), s.reward().weight(RewardComponent.FULL_RECOVERY));
        assertEquals(s, Scenarios.load(resource("medium-quick.yaml").toString()));
    }

    @Test
    void cycleIsAnError() {
        Path a = resource("cycle-a.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(a));
        Path b = a.resolveSibling("cycle-b.yaml");
        assertEquals(b + ": base: cycle " + a + " -> " + b + " -> " + a, e.getMessage());
    }

    @Test
    void missingBaseListsThePresets() {
        Path file = resource("missing-base.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(List.of("base: no preset or file named \"no-such-file.yaml\" (looked for "
                + file.resolveSibling("no-such-file.yaml") + "); presets: small, medium, large"), e.problems());
    }

    @Test
    void baseMustBeAString() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.fromYaml("base: [small]\n", "odd.yaml"));
        assertEquals("odd.yaml: base: expected a preset name (small, medium, large) or a file path, got a list",
                e.getMessage());
    }

    @Test
    void problemsInTheMergedTreeNameTheLoadedFile() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.fromYaml("base: large\nmission: {required: 301}\n", "greedy.yaml"));
        assertEquals("greedy.yaml: mission.required: must be <= mission.instructions (300), got 301", e.getMessage());
        assertTrue(e.problems().size() == 1);
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScenarioBaseTest.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
