package org.cyberselfplay.train.config;

import org.cyberselfplay.train.grpo.LossType;
import org.cyberselfplay.train.grpo.ScaleRewards;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.env.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainConfigLoaderTest {

    @Test
    void quickstartLoadsAsASmallBlueRunWithAntiCollapse() {
        TrainConfig c = TrainConfigLoader.load(Fixtures.shipped("quickstart.yaml"));
        assertEquals("quickstart", c.name());
        assertEquals("small", c.scenario());
        assertEquals(Actor.BLUE, c.learner());
        assertEquals(List.of("blitz", "meander", "apt", "saboteur", "random"), c.opponentPolicies());
        assertEquals(List.of(64, 64), c.network().hiddenSizes());
        assertTrue(c.sft().enabled() && c.grpo().enabled());
        assertEquals("scripted:expert", c.sft().teacher());
        assertTrue(c.grpo().antiCollapse().enabled());
        assertTrue(c.grpo().updates() <= 20, "a quick run");
        assertEquals(Path.of("runs", "quickstart"), c.run().outDir());
    }

    @Test
    void theTwoRecipesDifferOnlyInTheAntiCollapsePenaltyAndTheName() {
        TrainConfig vanilla = TrainConfigLoader.load(Fixtures.shipped("sft-grpo.yaml"));
        TrainConfig anti = TrainConfigLoader.load(Fixtures.shipped("sft-grpo-anticollapse.yaml"));
        assertFalse(vanilla.grpo().antiCollapse().enabled());
        assertEquals(new AntiCollapseConfig(true, 10.0, 0.4), anti.grpo().antiCollapse());
        assertEquals("sft-grpo-anticollapse", anti.name(), "name is not inherited from the base");
        assertEquals(Path.of("runs", "sft-grpo-anticollapse"), anti.run().outDir());
        assertEquals(vanilla.grpo(), anti.grpo().withAntiCollapse(vanilla.grpo().antiCollapse()));
        assertEquals(vanilla.sft(), anti.sft());
        assertEquals(vanilla.network(), anti.network());
        assertEquals(vanilla.opponents(), anti.opponents());
        assertEquals(vanilla.eval(), anti.eval());
    }

    @Test
    void anEmptyMapTakesEveryDocumentedDefault() {
        TrainConfig c = Fixtures.load("{}");
        assertEquals("test", c.name(), "named after the source");
        assertEquals(0L, c.seed());
        assertEquals("small", c.scenario());
        assertEquals(Actor.BLUE, c.learner());
        assertEquals(TrainConfig.ALL_RED, c.opponentPolicies());
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, c.opponentProbabilities(), 1e-12);
        assertEquals(NetworkSettings.defaults(), c.network());
        assertEquals(NetworkConfig.defaults(5L), c.network().toNetworkConfig(5L));
        assertEquals(32, c.network().featureLayout().maxHosts());
        assertEquals(CurriculumConfig.defaults(), c.curriculum());
        assertEquals(new SftConfig(true, "scripted:expert", 200, 0, 10, 256, 0.1, 3, 3e-4), c.sft());
        assertEquals(new GrpoConfig(true, 100, GroupMode.EPISODE, 8, 8, 10, ScaleRewards.GROUP, 0.2, 0.2, 1, 1, 0.04,
                LossType.GRPO, 0.0, 1.0, 3e-4, LrSchedule.defaults(), AntiCollapseConfig.defaults(),
                RewardConfig.defaults(), 1.0), c.grpo());
        assertEquals(new EvalConfig(10, 100, TrainConfig.ALL_RED, 2), c.eval());
        assertEquals(new RunConfig(Path.of("runs", "test"), Runtime.getRuntime().availableProcessors(), 10), c.run());
        assertEquals(List.of("small"), c.trainingScenarios());
    }

    @Test
    void aRedLearnerDefaultsToBlueOpponentsAndAnArchetypeTeacher() {
        TrainConfig c = Fixtures.load("learner: red");
        assertEquals(Actor.BLUE, c.opponentSide());
        assertEquals(TrainConfig.ALL_BLUE, c.opponentPolicies());
        assertEquals(SftConfig.DEFAULT_RED_TEACHER, c.sft().teacher());
        assertEquals(TrainConfig.ALL_BLUE, c.eval().opponents());
    }

    @Test
    void derivedValuesComeFromOtherFieldsWithoutBeingStored() {
        TrainConfig c = Fixtures.load("""
                network: {learning_rate: 0.002}
                sft: {samples: 5000}
                grpo: {epsilon: 0.25, group_size: 4, groups_per_update: 3, updates: 7, num_iterations: 2}
                curriculum: {enabled: true, scenarios: [small, medium]}
                opponents: [{policy: blitz, weight: 3}, apt]
                """);
        assertEquals(0.002, c.sft().learningRate(), "phase learning rates default to the network's");
        assertEquals(0.002, c.grpo().learningRate());
        assertEquals(0.25, c.grpo().epsilonHigh(), "epsilon_high defaults to epsilon");
        assertTrue(c.sft().sizedBySamples());
        assertEquals(0, c.sft().episodes());
        assertEquals(12, c.grpo().samplesPerUpdate());
        assertEquals(14, c.grpo().optimizerSteps());
        assertEquals(List.of(0.6), c.curriculum().thresholds(), "one default threshold per step");
        assertEquals(List.of("small", "medium"), c.trainingScenarios());
        assertArrayEquals(new double[] {0.75, 0.25}, c.opponentProbabilities(), 1e-12);
    }

    @Test
    void dumpLoadsBackToAnEqualConfig() {
        for (String file : List.of("quickstart.yaml", "sft-grpo.yaml", "sft-grpo-anticollapse.yaml")) {
            TrainConfig c = TrainConfigLoader.load(Fixtures.shipped(file));
            String yaml = TrainConfigLoader.dump(c);
            assertEquals(c, TrainConfigLoader.fromYaml(yaml, "dumped.yaml", List.of()), file + ":\n" + yaml);
        }
    }

    @Test
    void dumpRoundTripsEveryNonDefaultValue() {
        TrainConfig c = Fixtures.load("""
                name: "123"
                seed: -9007199254740993
                learner: red
                opponents: [{policy: scripted:random, weight: 0.5}, scripted:expert]
                network: {hidden_sizes: [], activation: tanh, learning_rate: 1.0e-5, max_hosts: 24}
                curriculum: {enabled: true, scenarios: [small, large], thresholds: [0.7], min_episodes: 3, ema: 1}
                sft: {enabled: false, teacher: apt@0.3, samples: 777, early_stopping_patience: 0}
                grpo:
                  group_mode: state
                  scale_rewards: none
                  loss_type: dr_grpo
                  epsilon_high: 0.28
                  lr_schedule: {type: cosine, warmup_steps: 3, final_fraction: 0.1}
                  anti_collapse: {enabled: true, lambda: 0.5, tau: 0.25}
                eval: {opponents: [scripted:expert], record_episodes: 0}
                run: {out_dir: /tmp/somewhere/else, threads: 3}
                """);
        String yaml = TrainConfigLoader.dump(c);
        assertTrue(yaml.contains("name: \"123\""), yaml);
        assertEquals(c, TrainConfigLoader.fromYaml(yaml, "x.yaml", List.of()), yaml);
    }

    @Test
    void dumpWritesEveryKeyTheLoaderAccepts() {
        String yaml = TrainConfigLoader.dump(Fixtures.load("{}"));
        for (String section : List.of("network:", "curriculum:", "sft:", "grpo:", "lr_schedule:", "anti_collapse:",
                "eval:", "run:", "epsilon_high:", "out_dir: runs/test", "threads:")) {
            assertTrue(yaml.contains(section), section + " missing from\n" + yaml);
        }
    }

    @Test
    void aBaseIsMergedUnderTheFileMapsByKeyListsReplaced() {
        TrainConfig c = TrainConfigLoader.load(Fixtures.resource("child.yaml"));
        assertEquals("child", c.name());
        assertEquals(11L, c.seed(), "inherited");
        assertEquals(List.of(OpponentSpec.of("meander")), c.opponents(), "lists replace");
        assertEquals(5, c.grpo().updates());
        assertEquals(new AntiCollapseConfig(true, 2.0, 0.4), c.grpo().antiCollapse(), "maps merge");
    }

    @Test
    void aBaseCycleIsAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TrainConfigLoader.load(Fixtures.resource("cycle-a.yaml")));
        assertTrue(e.getMessage().contains("base: cycle"), e.getMessage());
    }

    @Test
    void aMissingBaseNamesTheReference(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("run.yaml"), "base: nowhere.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": base: no file \"nowhere.yaml\""), e.getMessage());
    }

    @Test
    void fileProblemsNameTheFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing\n");
        e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(empty));
        assertTrue(e.getMessage().startsWith(empty + ": the file is empty"), e.getMessage());

        Path broken = Files.writeString(dir.resolve("broken.yaml"), "grpo:\n  epsilon: [0.2\n");
        e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(broken));
        assertTrue(e.getMessage().startsWith(broken + ": line "), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "grpo: {epsilon: 1.5}\n");
        e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(bad));
        assertEquals(bad + ": grpo.epsilon: must be in (0, 1), got 1.5", e.getMessage());
        assertEquals(bad.toString(), e.source());
    }

    @Test
    void aFileNameThatIsNoRunNameAsksForAName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("my run.yaml"), "seed: 1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> TrainConfigLoader.load(file));
        assertTrue(e.problems().get(0).startsWith("name: the file name \"my run\" is not a valid run name"),
                e.getMessage());
        assertEquals("ok", TrainConfigLoader.load(file, List.of("name=ok")).name());
    }
}
