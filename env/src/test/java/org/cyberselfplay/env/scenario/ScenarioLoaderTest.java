package org.cyberselfplay.env.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid scenario files: each mistake gives one clear problem naming its path, and all are reported. */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    @Test
    void wrongTypeNamesThePathAndTheValue() {
        assertProblems("reward: {blue: {false_positive: x}}", "reward.blue.false_positive: expected a number, got \"x\"");
    }

    @Test
    void integersMustBeIntegers() {
        assertProblems("max_turns: 1.5", "max_turns: expected an integer, got 1.5");
        assertProblems("blue: {ioc_max_level: 2.0}", "blue.ioc_max_level: expected an integer, got 2.0");
    }

    @Test
    void numbersAcceptIntegers() {
        Scenario s = ScenarioLoader.fromYaml("base: small\nred: {exfil_success: 1}\nblue: {rotate_cost: 3}", "ints.yaml");
        assertEquals(1.0, s.red().exfilSuccess());
        assertEquals(3.0, s.blue().rotateCost());
    }

    @Test
    void unknownTopLevelKeyListsAcceptedKeys() {
        assertProblems("max_turn: 60", "max_turn: unknown key; accepted keys: name, description, base, max_turns, "
                + "checkpoint_stride, zones, host_defaults, hosts, mission, red, blue, detection, reward");
    }

    @Test
    void unknownNestedKeysListAcceptedKeys() {
        assertProblems("red: {exfil_succes: 0.5}", "red.exfil_succes: unknown key; accepted keys: "
                + String.join(", ", ScenarioReader.RED_KEYS));
        assertProblems("hosts: [{name: a, zone: secure, high_value: true, zone_name: corp}]",
                "hosts[0].zone_name: unknown key; accepted keys: name, zone, high_value, criticality, "
                        + "exploitability, patch");
        assertProblems("reward: {red: {footholds: 1}}", "reward.red.footholds: unknown key; accepted keys: "
                + RewardComponent.of(Actor.RED).stream().map(RewardComponent::wireName).collect(Collectors.joining(", ")));
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        String text = presetText("small");
        String without = text.replaceAll("(?m)^  escalate_chance: .*$", "").replace("checkpoint_stride: 8", "");
        assertNotEquals(text, without);
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("incomplete.yaml", without));
        assertEquals(List.of("checkpoint_stride: is required", "red.escalate_chance: is required"), e.problems());
    }

    @Test
    void missingSectionGivesOneProblem() throws IOException {
        String without = presetText("small").replaceAll("(?s)\nblue:.*?\n\n", "\n\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("no-blue.yaml", without));
        assertEquals(List.of("blue: is required"), e.problems());
    }

    @Test
    void outOfRangeValuesStateTheRange() {
        assertProblems("red: {exfil_success: 1.5}", "red.exfil_success: must be in [0, 1], got 1.5");
        assertProblems("max_turns: 0", "max_turns: must be > 0, got 0");
        assertProblems("blue: {rotate_cost: -1}", "blue.rotate_cost: must be >= 0, got -1");
        assertProblems("hosts: [{name: a, zone: secure, high_value: true, criticality: 0}]",
                "hosts[0].criticality: must be > 0, got 0");
        assertProblems("detection: {true_confidence: [0.9, 0.45]}", "detection.true_confidence: min 0.9 must be <= max 0.45");
        assertProblems("detection: {false_confidence: [0.1]}", "detection.false_confidence: expected a list [min, max], got 1 values");
        assertProblems("host_defaults: {patch: 2}", "host_defaults.patch: must be in [0, 1], got 2");
    }

    @Test
    void unknownInstructionToolListsBlueTools() {
        assertProblems("mission: {instruction_tools: [query_siem, attempt_exploit]}",
                "mission.instruction_tools[1]: \"attempt_exploit\" is not a Blue tool an instruction can require;"
                        + " accepted: " + Mission.acceptedInstructionTools());
        assertProblems("mission: {instruction_tools: [execute_instruction]}",
                "mission.instruction_tools[0]: \"execute_instruction\" is not a Blue tool an instruction can"
                        + " require; accepted: " + Mission.acceptedInstructionTools());
        assertProblems("mission: {instruction_tools: []}", "mission.instruction_tools: must list at least one Blue tool");
    }

    @Test
    void businessImpactLimitIsOptionalAndPositive() throws Exception {
        assertProblems("mission: {max_business_impact: 0}", "mission.max_business_impact: must be > 0, got 0");
        assertEquals(100.0, Scenarios.preset("small").mission().maxBusinessImpact());
        // A scenario that does not set it has no limit.
        Path custom = Path.of(getClass().getResource("/scenarios/two-zones.yaml").toURI());
        assertFalse(ScenarioLoader.load(custom).mission().limitsBusinessImpact());
    }

    @Test
    void unknownNoiseToolListsRedTools() {
        assertProblems("detection: {noise: {recon: 0.1}}",
                "detection.noise.recon: not a Red tool; accepted: " + Tool.acceptedNames(Actor.RED));
    }

    @Test
    void missingNoiseEntryIsNamed() throws IOException {
        String without = presetText("small").replace("    cover_tracks: 0.1\n", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("quiet.yaml", without));
        assertEquals(List.of("detection.noise.cover_tracks: is required"), e.problems());
    }

    @Test
    void unknownZoneListsTheZones() {
        assertProblems("hosts: [{name: a, zone: dmz}, {name: b, zone: secure, high_value: true}]",
                "hosts[0].zone: unknown zone \"dmz\"; zones: corp, prod, secure");
    }

    @Test
    void duplicateHostNameNamesBothEntries() {
        assertProblems("hosts: [{name: a, zone: corp}, {name: b, zone: secure, high_value: true}, {name: a, zone: prod}]",
                "hosts[2].name: duplicate host name \"a\" (first at hosts[0])");
    }

    @Test
    void duplicateZoneIsAnError() {
        assertProblems("zones: [corp, prod, secure, corp]", "zones[3]: duplicate zone \"corp\"");
    }

    @Test
    void requiredAboveInstructionsIsAnError() {
        assertProblems("mission: {instructions: 10, required: 11}",
                "mission.required: must be <= mission.instructions (10), got 11");
    }

    @Test
    void aHighValueHostIsRequired() {
        assertProblems("hosts: [{name: a, zone: corp}, {name: b, zone: secure}]",
                "hosts: at least one host must have high_value: true");
    }

    @Test
    void atMost64Hosts() {
        String hosts = IntStream.range(0, 65).mapToObj(i -> "{name: h" + i + ", zone: secure, high_value: true}")
                .collect(Collectors.joining(", ", "hosts: [", "]"));
        assertProblems(hosts, "hosts: at most 64 hosts are supported, got 65");
        String sixtyFour = IntStream.range(0, 64).mapToObj(i -> "{name: h" + i + ", zone: secure, high_value: true}")
                .collect(Collectors.joining(", ", "hosts: [", "]"));
        assertEquals(64, ScenarioLoader.fromYaml("base: small\n" + sixtyFour, "big.yaml").hostCount());
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws Exception {
        Path file = Path.of(getClass().getResource("/scenarios/malformed.yaml").toURI());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(1, e.problems().size());
        assertEquals(file + ": line 5, column 2: invalid YAML: while parsing a block mapping: "
                + "expected <block end>, but found '<block mapping start>'", e.getMessage());
    }

    @Test
    void duplicateKeyIsASyntaxError() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("twice.yaml", "base: small\nmax_turns: 10\nmax_turns: 20\n"));
        assertEquals(dir.resolve("twice.yaml") + ": line 3, column 10: invalid YAML: Duplicate field 'max_turns'",
                e.getMessage());
    }

    @Test
    void emptyAndNonMapFilesAreRejected() {
        assertEquals("empty.yaml: the file is empty; expected a map of scenario fields",
                assertThrows(ScenarioException.class, () -> ScenarioLoader.fromYaml("# nothing\n", "empty.yaml"))
                        .getMessage());
        assertEquals("list.yaml: expected a map of scenario fields at the top level, got a list",
                assertThrows(ScenarioException.class, () -> ScenarioLoader.fromYaml("- a\n- b\n", "list.yaml"))
                        .getMessage());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String yaml = String.join("\n",
                "base: small",
                "max_turns: -3",
                "colour: blue",
                "red: {exfil_success: 1.5, stealth_turns: 0.5}",
                "hosts: [{name: a, zone: dmz}, {name: a, zone: corp}, {zone: prod}]",
                "detection: {noise: {recon: 0.1}}",
                "reward: {blue: {false_positive: x}}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("many.yaml", yaml));
        List<String> expected = List.of(
                "max_turns: must be > 0, got -3",
                "colour: unknown key; accepted keys: " + String.join(", ", ScenarioReader.TOP_KEYS),
                "hosts[0].zone: unknown zone \"dmz\"; zones: corp, prod, secure",
                "hosts[1].name: duplicate host name \"a\" (first at hosts[0])",
                "hosts[2].name: is required",
                "hosts: at least one host must have high_value: true",
                "red.exfil_success: must be in [0, 1], got 1.5",
                "red.stealth_turns: expected an integer, got 0.5",
                "detection.noise.recon: not a Red tool; accepted: " + Tool.acceptedNames(Actor.RED),
                "reward.blue.false_positive: expected a number, got \"x\"");
        assertEquals(expected.stream().sorted().toList(), e.problems().stream().sorted().toList());
        assertEquals(dir.resolve("many.yaml") + ": " + String.join("; ", e.problems()), e.getMessage());
    }

    @Test
    void fileNotFoundIsAScenarioException() {
        Path missing = dir.resolve("absent.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    private void assertProblems(String override, String... expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("bad.yaml", "base: small\n" + override));
        assertEquals(List.of(expected), e.problems(), e.getMessage());
        assertEquals(dir.resolve("bad.yaml").toString(), e.source());
    }

    private Scenario load(String fileName, String yaml) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, yaml);
        return ScenarioLoader.load(file);
    }

    static String presetText(String name) throws IOException {
        try (InputStream in = ScenarioLoaderTest.class.getClassLoader()
                .getResourceAsStream(ScenarioLoader.PRESET_RESOURCE_DIR + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
