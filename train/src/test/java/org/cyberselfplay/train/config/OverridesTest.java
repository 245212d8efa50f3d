package org.cyberselfplay.train.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.env.Actor;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static final String MIX = "opponents: [{policy: blitz, weight: 1}, {policy: apt, weight: 1}]\n";

    @Test
    void overridesSetNumbersBooleansStringsAndLists() {
        TrainConfig c = Fixtures.load(MIX, "grpo.epsilon=0.3", "grpo.anti_collapse.enabled=true", "learner=blue",
                "network.hidden_sizes=[32, 16]", "seed=42", "grpo.group_mode=state", "sft.teacher=scripted:expert",
                "run.out_dir=runs/elsewhere");
        assertEquals(0.3, c.grpo().epsilon());
        assertEquals(0.3, c.grpo().epsilonHigh(), "a derived default follows the override");
        assertTrue(c.grpo().antiCollapse().enabled());
        assertEquals(Actor.BLUE, c.learner());
        assertEquals(List.of(32, 16), c.network().hiddenSizes());
        assertEquals(42L, c.seed());
        assertEquals(GroupMode.STATE, c.grpo().groupMode());
        assertEquals(Path.of("runs", "elsewhere"), c.run().outDir());
    }

    @Test
    void listIndicesSetAndAppendEntries() {
        TrainConfig c = Fixtures.load(MIX, "opponents[0].weight=2", "opponents[1].policy=meander",
                "opponents[2].policy=saboteur@0.1");
        assertEquals(List.of(new OpponentSpec("blitz", 2.0), new OpponentSpec("meander", 1.0),
                new OpponentSpec("saboteur@0.1", 1.0)), c.opponents());
        assertEquals(List.of("small", "large"), Fixtures.load("curriculum: {scenarios: [small, medium]}",
                "curriculum.scenarios[1]=large").curriculum().scenarios());
        assertEquals(List.of(new OpponentSpec("apt", 5.0)), Fixtures.load("opponents: [apt]",
                "opponents[0].weight=5").opponents(), "a shorthand entry takes a weight like a full one");
    }

    @Test
    void overridesCreateMissingSectionsAndApplyInOrder() {
        TrainConfig c = Fixtures.load("seed: 1", "curriculum.enabled=true", "grpo.lr_schedule.type=linear",
                "grpo.updates=3", "grpo.updates=4", "eval.opponents=[apt]");
        assertTrue(c.curriculum().enabled());
        assertEquals(ScheduleType.LINEAR, c.grpo().lrSchedule().type());
        assertEquals(4, c.grpo().updates(), "the last override wins");
        assertEquals(List.of("apt"), c.eval().opponents());
    }

    @Test
    void anEmptyValueRestoresTheDefault() {
        TrainConfig c = Fixtures.load("grpo: {epsilon: 0.1}", "grpo.epsilon=");
        assertEquals(GrpoConfig.DEFAULT_EPSILON, c.grpo().epsilon());
    }

    @Test
    void overridesApplyAfterTheBaseChain() {
        TrainConfig c = TrainConfigLoader.load(Fixtures.resource("child.yaml"),
                List.of("grpo.anti_collapse.lambda=0.5", "opponents[0].weight=4"));
        assertEquals(new AntiCollapseConfig(true, 0.5, 0.4), c.grpo().antiCollapse());
        assertEquals(List.of(new OpponentSpec("meander", 4.0)), c.opponents());
        assertEquals(11L, c.seed());
    }

    @Test
    void anOverrideOfAnUnknownPathIsAnUnknownKey() {
        assertEquals(List.of("grpo.epsilonn: unknown key; accepted keys: " + String.join(", ", PhaseReader.GRPO_KEYS)
                + " (set by --set grpo.epsilonn=0.3)"), Fixtures.problems("{}", "grpo.epsilonn=0.3"));
        assertEquals(List.of("grpoo: unknown key; accepted keys: " + String.join(", ", TrainConfigReader.TOP_KEYS)
                + " (set by --set grpoo.epsilon=0.3)"), Fixtures.problems("{}", "grpoo.epsilon=0.3"));
    }

    @Test
    void badOverrideValuesAreReportedAtTheirPathNamingTheOverride() {
        assertEquals(List.of("grpo.epsilon: must be in (0, 1), got 1.5 (set by --set grpo.epsilon=1.5)"),
                Fixtures.problems("{}", "grpo.epsilon=1.5"));
        assertEquals(List.of("opponents[1].weight: expected a number, got \"heavy\" (set by --set"
                + " opponents[1].weight=heavy)"), Fixtures.problems(MIX, "opponents[1].weight=heavy"));
    }

    @Test
    void malformedOverridesAreReportedWithTheFilesProblems() {
        String example = "as in grpo.epsilon=0.3 or opponents[0].weight=2";
        List<String> problems = Fixtures.problems("grpo: {beta: -1}", "grpo.epsilon", "=3", "grpo..epsilon=1",
                "opponents[x]=1", "grpo.epsilon=[0.2");
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertEquals(List.of(
                "--set grpo.epsilon: expected KEY=VALUE, " + example,
                "--set =3: the KEY before '=' is empty; expected KEY=VALUE, " + example,
                "--set grpo..epsilon=1: invalid KEY \"grpo..epsilon\"; expected names joined by '.', each optionally"
                        + " followed by [index], " + example,
                "--set opponents[x]=1: invalid KEY \"opponents[x]\"; expected names joined by '.', each optionally"
                        + " followed by [index], " + example), problems.subList(0, 4));
        assertTrue(problems.get(4).startsWith("--set grpo.epsilon=[0.2: VALUE is not valid YAML: "), problems.get(4));
        assertEquals("grpo.beta: must be >= 0, got -1", problems.get(5));
    }

    @Test
    void inapplicableOverridesNameWhatIsInTheWay() {
        List<String> problems = Fixtures.problems("seed: 3\n" + MIX, "opponents[5].weight=2", "seed.x=1",
                "base=other.yaml", "grpo.updates=7", "grpo.updates[0]=1", "eval.opponents[0]=apt");
        assertEquals(List.of(
                "--set opponents[5].weight=2: opponents has 2 entries; [5] is past the end (use [2] to append)",
                "--set seed.x=1: seed holds 3, not a map with key \"x\"",
                "--set base=other.yaml: base cannot be overridden: it is resolved before overrides apply",
                "--set grpo.updates[0]=1: grpo.updates holds 7, not a list to index with [0]",
                "--set eval.opponents[0]=apt: eval.opponents is not set in the config (its default applies), so [0]"
                        + " has nothing to index; set the whole list, as in eval.opponents=[...]"), problems);
    }

    @Test
    void aFailedOverrideLeavesNoTrace() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.putObject("a").putArray("b");
        Overrides.Applied applied = Overrides.apply(tree, List.of("a.b[0].c.d=1", "a.b[2]=1", "x.y.z[0]=1", "e=2"));
        assertEquals(List.of("--set a.b[2]=1: a.b has 1 entry; [2] is past the end (use [1] to append)",
                "--set x.y.z[0]=1: x.y.z is not set in the config (its default applies), so [0] has nothing to"
                        + " index; set the whole list, as in x.y.z=[...]"), applied.problems());
        assertFalse(applied.tree().has("x"), "the maps a failed override created are gone");
        assertEquals(1, applied.tree().at("/a/b/0/c/d").intValue(), "maps on the way are created");
        assertEquals(1, applied.tree().at("/a/b").size(), "no half-applied override is left behind");
        assertEquals(2, applied.tree().get("e").intValue());
        assertFalse(tree.has("e") || tree.at("/a/b").size() > 0, "the input tree is not changed");
    }
}
