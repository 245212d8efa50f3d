package org.cyberselfplay.agents.scripted.red;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** Invalid rule files and specs: every problem of a file at once, each with an exact message. */
class ArchetypeErrorsTest {
    private static final String TOOLS = Tool.acceptedNames(Actor.RED);
    private static final String SELECTORS = "random, unexploited, foothold, admin, high_value, ready_staged, "
            + "uncredentialed_zone, without_persistence, unenumerated, deeper, shallowest, deepest";
    private static final String CONDITIONS = "has_foothold, has_admin, has_credentials, ready_staged, staging, "
            + "admin_on_high_value, foothold_on_high_value, known_high_value, stealthy, unknown_next_zone, "
            + "turn_at_least, turn_below, progress_at_least, progress_below, detection_pressure_at_least, "
            + "detection_pressure_below, footholds_at_least, footholds_below, deepest_foothold_zone_at_least, "
            + "deepest_foothold_zone_below, zone_taken, zone_open";

    private static ArchetypeException parseError(String yaml) {
        return assertThrows(ArchetypeException.class, () -> Archetypes.parse(yaml, "my.yaml"));
    }

    private static ArchetypeException specError(String spec) {
        return assertThrows(ArchetypeException.class, () -> Archetypes.create(spec, Scenarios.preset("small")));
    }

    @Test
    void aFileWithManyMistakesReportsEachWithItsRuleAndField() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/archetypes/blitz2.yaml").toURI());
        ArchetypeException e = assertThrows(ArchetypeException.class, () -> Archetypes.load(file));
        List<String> expected = List.of(
                "rules[0] (exfiltrate).target: unknown selector \"x\"; accepted: " + SELECTORS,
                "rules[1].target: recon_network takes no target",
                "rules[2].tool: unknown Red tool \"hack\"; accepted: " + TOOLS,
                "rules[3] (stage).when.ready_staged: expected true or false, got \"yes_please\"",
                "rules[3] (stage).when.turn_at_least: must be >= 0, got -1",
                "rules[3] (stage).when.progress_at_least: must be in [0, 1], got 1.5",
                "rules[3] (stage).when.hasfoothold: unknown condition; accepted: " + CONDITIONS,
                "rules[3] (stage).target: is required: prepare_exfiltration takes a target; accepted selectors: "
                        + SELECTORS,
                "rules[3] (stage).probability: must be in [0, 1], got 1.5",
                "rules[4].weight: unknown key; accepted keys: name, when, tool, target, probability",
                "rules[4].tool: \"isolate_host\" is a Blue tool; accepted: " + TOOLS,
                "fallback: unknown fallback \"sleep\"; accepted: random, " + TOOLS);
        assertEquals(expected, e.problems());
        assertEquals(file.toString(), e.source());
        assertEquals(file + ": " + String.join("; ", expected), e.getMessage());
    }

    @Test
    void theMessageStartsWithTheFileName() {
        ArchetypeException e = assertThrows(ArchetypeException.class,
                () -> Archetypes.parse("rules:\n  - tool: recon_network\n  - tool: cover_tracks\n  - tool: hack\n",
                        "blitz2.yaml"));
        assertEquals("blitz2.yaml: rules[2].tool: unknown Red tool \"hack\"; accepted: " + TOOLS, e.getMessage());
    }

    @Test
    void aTargetListNamesTheBadElement() {
        ArchetypeException e = parseError("rules:\n  - name: go\n    tool: pivot_host\n    target: [deeper, x]\n");
        assertEquals(List.of("rules[0] (go).target[1]: unknown selector \"x\"; accepted: " + SELECTORS), e.problems());
        e = parseError("rules:\n  - tool: pivot_host\n    target: []\n");
        assertEquals(List.of("rules[0].target: must name at least one selector; accepted: " + SELECTORS),
                e.problems());
    }

    @Test
    void wrongTypesAndShapes() {
        assertEquals(List.of("rules: is required"), parseError("name: x\n").problems());
        assertEquals(List.of("rules: expected a list, got a map"), parseError("rules: {a: 1}\n").problems());
        assertEquals(List.of("rules[0]: expected a map, got \"recon_network\""),
                parseError("rules: [recon_network]\n").problems());
        assertEquals(List.of("rules[0].when: expected a map, got a list"),
                parseError("rules:\n  - when: [stealthy]\n    tool: cover_tracks\n").problems());
        assertEquals(List.of("rules[0].when.turn_below: expected an integer, got 2.5"),
                parseError("rules:\n  - when: {turn_below: 2.5}\n    tool: cover_tracks\n").problems());
        assertEquals(List.of("rules[0] (a).tool: is required"), parseError("rules:\n  - name: a\n").problems());
        assertEquals(List.of("steps: unknown key; accepted keys: name, description, rules, fallback"),
                parseError("rules: []\nsteps: 3\n").problems());
    }

    @Test
    void namesMustBeUsable() {
        assertEquals(List.of("rules[1] (a).name: duplicate rule name \"a\" (first at rules[0])"),
                parseError("rules:\n  - {name: a, tool: cover_tracks}\n  - {name: a, tool: recon_network}\n")
                        .problems());
        assertEquals(List.of("name: must not contain \"@\" (it separates a noise level, as in blitz@0.2), got \"b@1\""),
                parseError("name: b@1\nrules: []\n").problems());
        assertEquals(List.of("name: must not be blank"), parseError("name: ' '\nrules: []\n").problems());
    }

    @Test
    void emptyAndMalformedDocuments() {
        assertEquals(List.of("the file is empty; expected a map with name, description, rules and fallback"),
                parseError("").problems());
        assertEquals(List.of("expected a map with name, description, rules and fallback at the top level, got a list"),
                parseError("- a\n").problems());
        ArchetypeException e = parseError("rules: [\n");
        assertTrue(e.problems().get(0).contains("invalid YAML"), e.getMessage());
        assertTrue(e.getMessage().startsWith("my.yaml: line "), e.getMessage());
    }

    @Test
    void badSpecsNameWhatIsAccepted() {
        assertEquals("blits: unknown archetype; built-ins: blitz, meander, apt, saboteur, random, or a path to a "
                + "YAML file", specError("blits").getMessage());
        assertEquals("blitz@2: noise must be a number in [0, 1] after \"@\", as in blitz@0.2, got 2",
                specError("blitz@2").getMessage());
        assertEquals("blitz@x: noise must be a number in [0, 1] after \"@\", as in blitz@0.2, got \"x\"",
                specError("blitz@x").getMessage());
        assertEquals("blitz@-0.1: noise must be a number in [0, 1] after \"@\", as in blitz@0.2, got -0.1",
                specError("blitz@-0.1").getMessage());
        assertEquals("blitz@NaN: noise must be a number in [0, 1] after \"@\", as in blitz@0.2, got NaN",
                specError("blitz@NaN").getMessage());
        assertEquals("no/such/red.yaml: no such file", specError("no/such/red.yaml@0.1").getMessage());
        assertEquals("apt2: unknown archetype; built-ins: blitz, meander, apt, saboteur, random",
                assertThrows(ArchetypeException.class, () -> Archetypes.builtIn("apt2")).getMessage());
    }

    @Test
    void anArchetypeErrorIsAPolicyError() {
        assertTrue(specError("blits") instanceof org.cyberselfplay.agents.PolicyException);
    }
}
