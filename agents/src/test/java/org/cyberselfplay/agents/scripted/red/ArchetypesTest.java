package org.cyberselfplay.agents.scripted.red;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading built-ins and user files, and spec parsing. */
class ArchetypesTest {
    private final Scenario small = Scenarios.preset("small");

    static List<String> builtIns() {
        return Archetypes.builtInNames();
    }

    @Test
    void theBuiltInsAreTheFiveArchetypes() {
        assertEquals(List.of("blitz", "meander", "apt", "saboteur", "random"), Archetypes.builtInNames());
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void eachBuiltInLoads(String name) {
        Archetype a = Archetypes.builtIn(name);
        assertEquals(name, a.name());
        assertFalse(a.description().isBlank());
        assertEquals(name.equals("random"), a.rules().isEmpty());
        assertSame(a, Archetypes.builtIn(name), "built-ins are parsed once");
        assertSame(a, Archetypes.load(name));
        Policy p = Archetypes.create(name, small);
        assertEquals(name, p.name());
        assertEquals(Actor.RED, p.side());
        assertSame(p, p.forThread());
    }

    @Test
    void theRandomArchetypeHasNoRulesAndARandomFallback() {
        Archetype random = Archetypes.builtIn("random");
        assertEquals(List.of(), random.rules());
        assertEquals(Optional.empty(), random.fallback());
    }

    @Test
    void rulesKeepTheirOrderNamesAndFields() {
        Archetype blitz = Archetypes.builtIn("blitz");
        Rule first = blitz.rules().get(0);
        assertEquals("exfiltrate", first.label());
        assertEquals(Tool.EXECUTE_EXFILTRATION, first.tool());
        assertEquals(List.of(Selector.READY_STAGED), first.target());
        assertEquals(1.0, first.probability());
        Rule lieLow = blitz.rules().get(2);
        assertEquals(List.of(Condition.flag(Condition.Kind.STAGING, true)), lieLow.when());
        assertEquals(List.of(), lieLow.target());
        assertEquals(Optional.of(Tool.RECON_NETWORK), blitz.fallback());
    }

    @Test
    void noiseIsParsedIntoTheName() {
        assertEquals("blitz@0.2", Archetypes.create("blitz@0.2", small).name());
        assertEquals(0.2, ((ArchetypePolicy) Archetypes.create("blitz@0.2", small)).noise());
        assertEquals("apt", Archetypes.create("apt@0", small).name());
        assertEquals("meander@1", Archetypes.create("meander@1.0", small).name());
        assertEquals("saboteur@0.25", Archetypes.create(" saboteur@0.25 ", small).name());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ArchetypesTest.class.getResource("/archetypes/" + name).toURI());
    }

    @Test
    void aUserWrittenFileLoadsFromAPath() throws URISyntaxException {
        Path file = resource("cautious.yaml");
        Archetype a = Archetypes.load(file.toString());
        assertEquals("cautious", a.name());
        assertEquals(List.of("leave", "stage_after_twenty", "look_around", "probe", "rules[4]", "rules[5]"),
                a.rules().stream().map(Rule::label).toList());
        assertEquals(0.9, a.rules().get(3).probability());
        assertEquals(List.of(new Condition(Condition.Kind.TURN_AT_LEAST, 20)), a.rules().get(1).when());
        assertEquals(Optional.of(Tool.COVER_TRACKS), a.fallback());

        Policy p = Archetypes.create(file + "@0.1", small);
        assertEquals("cautious@0.1", p.name());
        GameEnv env = new GameEnv(small);
        Matches.play(env, p, Matches.RANDOM, 3, (e, o, action, n) -> { });
        assertTrue(env.isTerminal());
    }

    @Test
    void aFileWithoutANameIsNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quiet-red.yaml");
        Files.writeString(file, "rules:\n  - tool: cover_tracks\n");
        assertEquals("quiet-red", Archetypes.create(file.toString(), small).name());
        assertEquals("quiet-red@0.5", Archetypes.create(file + "@0.5", small).name());
    }

    @Test
    void aPathWithAnAtSignIsAFileNotANoiseLevel(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("team@home"));
        Path file = folder.resolve("red.yaml");
        Files.writeString(file, "name: homegrown\nrules: []\nfallback: recon_network\n");
        assertEquals("homegrown", Archetypes.create(file.toString(), small).name());
        assertEquals("homegrown@0.3", Archetypes.create(file + "@0.3", small).name());
    }
}
