package org.cyberselfplay.env.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    @Test
    void readsValuesWithTheirPaths() throws JacksonException {
        ConfigReader root = ConfigReader.of(YamlTrees.parse("grpo: {epsilon: 0.2, steps: 10, clip: true}\n"
                + "items: [{id: a}, {id: b}]\n"));
        ConfigReader grpo = root.map("grpo");
        assertEquals("grpo", grpo.path());
        assertEquals(0.2, grpo.number("epsilon", Bounds.open(0, 1)));
        assertEquals(10, grpo.integer("steps", Bounds.POSITIVE));
        assertTrue(grpo.bool("clip"));
        assertEquals(7, grpo.integer("missing", Bounds.POSITIVE, 7));
        assertEquals(List.of("a", "b"), root.list("items").stream().map(i -> i.string("id")).toList());
        assertEquals("items[1]", root.list("items").get(1).path());
        assertTrue(root.ok());
    }

    @Test
    void collectsEveryProblemWithPathAndValue() throws JacksonException {
        ConfigReader root = ConfigReader.of(YamlTrees.parse("grpo: {epsilon: 1.5, steps: 2.5, name: 3, extra: 1}\n"));
        ConfigReader grpo = root.map("grpo");
        grpo.allowOnly(List.of("epsilon", "steps", "name"));
        grpo.number("epsilon", Bounds.open(0, 1));
        grpo.integer("steps", Bounds.POSITIVE);
        grpo.string("name");
        grpo.string("label");
        assertFalse(root.ok());
        assertEquals(List.of(
                "grpo.extra: unknown key; accepted keys: epsilon, steps, name",
                "grpo.epsilon: must be in (0, 1), got 1.5",
                "grpo.steps: expected an integer, got 2.5",
                "grpo.name: expected a string, got 3",
                "grpo.label: is required"), root.problems());
    }

    @Test
    void aBrokenSectionGivesOneProblem() throws JacksonException {
        ConfigReader root = ConfigReader.of(YamlTrees.parse("grpo: [1, 2]\n"));
        ConfigReader grpo = root.map("grpo");
        grpo.number("epsilon", Bounds.UNIT);
        grpo.map("inner").integer("x", Bounds.POSITIVE);
        root.map("absent").string("name");
        assertEquals(List.of("grpo: expected a map, got a list", "absent: is required"), root.problems());
    }

    @Test
    void nullOptionalValuesFallBack() throws JacksonException {
        ConfigReader root = ConfigReader.of(YamlTrees.parse("a: ~\nb:\n"));
        assertEquals(0.5, root.number("a", Bounds.UNIT, 0.5));
        assertEquals("x", root.optionalMap("b").string("c", "x"));
        root.number("b", Bounds.UNIT);
        assertEquals(List.of("b: expected a number, got null"), root.problems());
    }

    @Test
    void integersOutside32BitsAreRejected() throws JacksonException {
        ConfigReader root = ConfigReader.of(YamlTrees.parse("n: 10000000000\n"));
        root.integer("n", Bounds.POSITIVE);
        assertEquals(List.of("n: expected a 32-bit integer, got 10000000000"), root.problems());
    }

    @Test
    void boundsDescribeThemselves() {
        assertEquals("must be in [0, 1]", Bounds.UNIT.describe());
        assertEquals("must be > 0", Bounds.POSITIVE.describe());
        assertEquals("must be >= 0", Bounds.NON_NEGATIVE.describe());
        assertEquals("must be in (0, 0.5)", Bounds.open(0, 0.5).describe());
        assertEquals("must be a finite number", Bounds.FINITE.describe());
        assertFalse(Bounds.FINITE.contains(Double.NaN));
        assertFalse(Bounds.NON_NEGATIVE.contains(Double.POSITIVE_INFINITY));
        assertTrue(Bounds.UNIT.contains(1.0));
        assertFalse(Bounds.POSITIVE.contains(0.0));
        assertThrows(IllegalArgumentException.class, () -> Bounds.closed(1, 0));
    }

    @Test
    void mergeMergesMapsAndReplacesLists() throws JacksonException {
        JsonNode base = YamlTrees.parse("a: {x: 1, y: [1, 2]}\nb: 1\n");
        JsonNode over = YamlTrees.parse("a: {y: [3], z: 2}\nc: 3\n");
        assertEquals(YamlTrees.parse("a: {x: 1, y: [3], z: 2}\nb: 1\nc: 3\n"), YamlTrees.merge(base, over));
        assertEquals(YamlTrees.parse("a: {x: 1, y: [1, 2]}\nb: 1\n"), base, "inputs unchanged");
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        JacksonException unclosed = assertThrows(JacksonException.class, () -> YamlTrees.parse("a: [1, 2\nb: 1\n"));
        assertEquals("line 2, column 2: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :",
                YamlTrees.describe(unclosed));
        JacksonException tab = assertThrows(JacksonException.class, () -> YamlTrees.parse("a:\n\t- 1\n"));
        assertTrue(YamlTrees.describe(tab).startsWith("line 2, column 1: invalid YAML: "), YamlTrees.describe(tab));
    }
}
