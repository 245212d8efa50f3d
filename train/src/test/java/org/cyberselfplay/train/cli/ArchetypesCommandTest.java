package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.agents.scripted.blue.BluePolicies;
import org.cyberselfplay.agents.scripted.red.Archetype;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.junit.jupiter.api.Test;

class ArchetypesCommandTest {
    @Test
    void tableListsEveryBuiltInArchetypeWithItsDescriptionAndNoiseSyntax() {
        CliRun run = CliRun.of("archetypes");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        for (String name : Archetypes.builtInNames()) {
            Archetype a = Archetypes.builtIn(name);
            assertFalse(a.description().isBlank(), name);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(name + " ") && l.contains(name + "@p")
                    && l.endsWith(a.description())), name + " in\n" + run.out());
        }
        assertTrue(run.out().contains("NAME@p"), run.out());
    }

    @Test
    void tableListsEveryScriptedBluePolicyWithADescription() {
        CliRun run = CliRun.of("archetypes", "--format", "table");

        assertEquals(0, run.exitCode(), run.err());
        String blue = run.out().substring(run.out().indexOf("Scripted Blue policies"));
        for (String name : BluePolicies.NAMES) {
            assertTrue(blue.lines().anyMatch(l -> l.matches("scripted:" + java.util.regex.Pattern.quote(name) + " {2,}\\S.*")),
                    name + " in\n" + blue);
        }
    }

    @Test
    void jsonParsesAndListsEveryArchetypeAndBluePolicy() throws Exception {
        CliRun run = CliRun.of("archetypes", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        for (JsonNode r : root.get("red_archetypes")) {
            String name = r.get("name").asText();
            names.add(name);
            Archetype a = Archetypes.builtIn(name);
            assertEquals(a.description(), r.get("description").asText());
            assertEquals(a.rules().size(), r.get("rules").asInt());
            assertEquals(name + "@p", r.get("noise_spec").asText());
            assertTrue(r.get("rule_tools").isArray(), name);
            assertEquals(a.rules().isEmpty(), r.get("rule_tools").isEmpty(), name);
            assertTrue(r.hasNonNull("fallback"), name);
        }
        assertEquals(Archetypes.builtInNames(), names);
        List<String> blue = new ArrayList<>();
        for (JsonNode b : root.get("blue_policies")) {
            blue.add(b.get("name").asText());
            assertEquals("scripted:" + b.get("name").asText(), b.get("spec").asText());
            assertFalse(b.get("description").asText().isBlank(), b.toString());
        }
        assertEquals(BluePolicies.NAMES, blue);
    }

    @Test
    void anUnknownFormatExitsTwoNamingTheAcceptedOnes() {
        CliRun run = CliRun.of("archetypes", "--format", "xml");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("expected one of table, json but was 'xml'"), run.err());
    }
}
