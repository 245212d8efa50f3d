package org.cyberselfplay.train.config;

import org.cyberselfplay.train.grpo.LossType;
import org.cyberselfplay.train.grpo.ScaleRewards;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad value gives one problem naming its dotted path and the value found. */
class TrainConfigValidationTest {

    private static void assertOnly(String expected, String yaml) {
        assertEquals(List.of(expected), Fixtures.problems(yaml));
    }

    private static void assertHas(List<String> problems, String prefix) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix)),
                "no problem starting with \"" + prefix + "\" in\n" + String.join("\n", problems));
    }

    @Test
    void outOfRangeNumbersNameTheRangeAndTheValue() {
        assertOnly("grpo.epsilon: must be in (0, 1), got 1.5", "grpo: {epsilon: 1.5}");
        assertOnly("grpo.group_size: must be >= 2, got 1", "grpo: {group_size: 1}");
        assertOnly("grpo.beta: must be >= 0, got -0.1", "grpo: {beta: -0.1}");
        assertOnly("grpo.anti_collapse.tau: must be in [0, 1], got 1.2", "grpo: {anti_collapse: {tau: 1.2}}");
        assertOnly("grpo.reward.win_bonus: must be >= 0, got -1", "grpo: {reward: {win_bonus: -1}}");
        assertOnly("grpo.reward: return_weight and win_bonus are both 0, so every reward would be 0; set one above 0",
                "grpo: {reward: {return_weight: 0}}");
        assertOnly("grpo.temperature: must be > 0, got 0", "grpo: {temperature: 0}");
        assertOnly("sft.dagger.rounds: must be >= 0, got -1", "sft: {dagger: {rounds: -1}}");
        assertOnly("grpo.lr_schedule.final_fraction: must be in [0, 1], got -1",
                "grpo: {lr_schedule: {final_fraction: -1}}");
        assertOnly("sft.validation_split: must be in (0, 1), got 0", "sft: {validation_split: 0}");
        assertOnly("network.adam_beta1: must be in [0, 1), got 1", "network: {adam_beta1: 1}");
        assertOnly("network.hidden_sizes[1]: must be > 0, got 0", "network: {hidden_sizes: [64, 0]}");
        assertOnly("network.max_hosts: must be in [1, 64], got 100", "network: {max_hosts: 100}");
        assertOnly("curriculum.ema: must be in (0, 1], got 0", "curriculum: {ema: 0}");
        assertOnly("curriculum.thresholds[0]: must be in [0, 1], got 1.5", "curriculum: {thresholds: [1.5, 0.5]}");
        assertOnly("opponents[0].weight: must be > 0, got 0", "opponents: [{policy: blitz, weight: 0}]");
        assertOnly("run.threads: must be > 0, got 0", "run: {threads: 0}");
        assertOnly("eval.record_episodes: must be >= 0, got -1", "eval: {record_episodes: -1}");
    }

    @Test
    void wrongTypesNameTheExpectedType() {
        assertOnly("grpo.epsilon: expected a number, got \"high\"", "grpo: {epsilon: high}");
        assertOnly("grpo.updates: expected an integer, got 2.5", "grpo: {updates: 2.5}");
        assertOnly("seed: expected an integer, got \"abc\"", "seed: abc");
        assertOnly("sft.enabled: expected true or false, got \"maybe\"", "sft: {enabled: maybe}");
        assertOnly("grpo: expected a map, got 3", "grpo: 3");
        assertOnly("network.hidden_sizes: expected a list, got 64", "network: {hidden_sizes: 64}");
        assertOnly("opponents[0]: expected {policy: SPEC, weight: W} or a policy spec, got 7", "opponents: [7]");
        assertOnly("opponents[0].policy: is required", "opponents: [{weight: 2}]");
        assertOnly("name: must not be blank", "name: \"  \"");
    }

    @Test
    void unknownKeysListTheAcceptedOnesAtEveryLevel() {
        assertOnly("grpoo: unknown key; accepted keys: " + String.join(", ", TrainConfigReader.TOP_KEYS),
                "grpoo: {}");
        assertOnly("grpo.epsilonn: unknown key; accepted keys: " + String.join(", ", PhaseReader.GRPO_KEYS),
                "grpo: {epsilonn: 0.3}");
        assertOnly("grpo.anti_collapse.lamda: unknown key; accepted keys: enabled, lambda, tau",
                "grpo: {anti_collapse: {lamda: 2}}");
        assertOnly("opponents[0].wieght: unknown key; accepted keys: policy, weight",
                "opponents: [{policy: blitz, wieght: 2}]");
    }

    @Test
    void unknownChoicesListTheAcceptedOnes() {
        assertOnly("learner: must be one of blue, red, got \"green\"", "learner: green");
        assertOnly("grpo.group_mode: must be one of episode, state, got \"token\"", "grpo: {group_mode: token}");
        assertOnly("grpo.scale_rewards: must be one of group, batch, none, got \"std\"",
                "grpo: {scale_rewards: std}");
        assertOnly("grpo.loss_type: must be one of grpo, dr_grpo, got \"dapo\"", "grpo: {loss_type: dapo}");
        assertOnly("grpo.lr_schedule.type: must be one of constant, linear, cosine, got \"step\"",
                "grpo: {lr_schedule: {type: step}}");
        assertOnly("network.activation: must be one of elu, leakyrelu, relu, tanh, got \"sigmoid\"",
                "network: {activation: sigmoid}");
        assertOnly("eval.opponents: expected \"all\" or a list of policy specs, got \"some\"",
                "eval: {opponents: some}");
    }

    @Test
    void unresolvableOpponentSpecsNameTheirEntry() {
        List<String> problems = Fixtures.problems("opponents: [blitz, {policy: apt}, {policy: blitzz, weight: 2}]");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("opponents[2].policy: not a Red policy: "), problems.get(0));
        assertTrue(problems.get(0).contains("blitz, meander, apt, saboteur, random"), "lists the built-ins");

        problems = Fixtures.problems("opponents: [scripted:expert]");
        assertTrue(problems.get(0).startsWith("opponents[0].policy: not a Red policy: "), problems.toString());

        problems = Fixtures.problems("learner: red\nopponents: [blitz]");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("opponents[0].policy: not a Blue policy: "), problems.toString());

        assertHas(Fixtures.problems("opponents: [blitz@1.5]"), "opponents[0].policy: not a Red policy: ");
        assertHas(Fixtures.problems("eval: {opponents: [apt, nobody]}"), "eval.opponents[1]: not a Red policy: ");
        assertHas(Fixtures.problems("sft: {teacher: blitz}"), "sft.teacher: not a Blue policy: ");
        assertHas(Fixtures.problems("opponents: [no/such/red.zip]"), "opponents[0].policy: not a Red policy: ");
    }

    @Test
    void opponentListsMustBeNonEmptyAndWithoutRepeats() {
        assertOnly("opponents: must list at least one opponent", "opponents: []");
        assertOnly("opponents[2].policy: repeats opponents[0].policy (\"blitz\"); list each policy once and set"
                + " its weight", "opponents: [blitz, apt, {policy: blitz, weight: 3}]");
        assertOnly("eval.opponents[1]: repeats eval.opponents[0] (\"apt\")", "eval: {opponents: [apt, apt]}");
    }

    @Test
    void scenariosMustLoadAndFitTheNetwork() {
        assertHas(Fixtures.problems("scenario: huge"), "scenario: cannot load scenario \"huge\": neither a preset");
        assertHas(Fixtures.problems("curriculum: {scenarios: [small, nowhere.yaml]}"),
                "curriculum.scenarios[1]: cannot load scenario \"nowhere.yaml\"");
        assertOnly("network.max_hosts: must be >= 6, the host count of scenario \"small\" (scenario), got 4",
                "network: {max_hosts: 4}");
        List<String> problems = Fixtures.problems("""
                network: {max_hosts: 8}
                curriculum: {enabled: true}
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("network.max_hosts: must be >= 24, the host count of scenario "
                + "\"large\" (curriculum.scenarios[2]), got 8"), problems.get(0));
        assertEquals(8, Fixtures.load("network: {max_hosts: 8}").network().maxHosts(),
                "a disabled curriculum does not need to fit");
    }

    @Test
    void crossFieldRulesNameBothFields() {
        assertOnly("curriculum.thresholds: expected 2 values, one per step between the 3 scenarios, got 1",
                "curriculum: {thresholds: [0.5]}");
        assertOnly("sft.samples: cannot be set together with sft.episodes; size the dataset by one of them",
                "sft: {episodes: 10, samples: 100}");
        assertOnly("grpo.lr_schedule.warmup_steps: must be <= grpo.updates x grpo.num_iterations x"
                + " grpo.steps_per_generation (10), got 11",
                "grpo: {updates: 5, num_iterations: 2, lr_schedule: {warmup_steps: 11}}");
        assertOnly("grpo.lr_schedule.warmup_steps: must be < grpo.updates x grpo.num_iterations x"
                + " grpo.steps_per_generation (10) for a cosine decay, got 10", "grpo: {updates: 5, num_iterations:"
                + " 2, lr_schedule: {type: cosine, warmup_steps: 10}}");
        assertOnly("grpo.lr_schedule.warmup_steps: must be <= grpo.updates x grpo.num_iterations x"
                + " grpo.steps_per_generation (20), got 21", "grpo: {updates: 5, num_iterations: 2,"
                + " groups_per_update: 4, steps_per_generation: 2, lr_schedule: {warmup_steps: 21}}");
        assertOnly("grpo.steps_per_generation: must be <= groups_per_update (4): every step needs a whole group,"
                + " got 5", "grpo: {groups_per_update: 4, steps_per_generation: 5}");
        assertEquals(10, Fixtures.load("grpo: {updates: 10, lr_schedule: {warmup_steps: 10}}").grpo().lrSchedule()
                .warmupSteps(), "a constant rate may warm up for the whole run");
        assertOnly("sft.enabled and grpo.enabled are both false, so the run would train nothing; enable one",
                "sft: {enabled: false}\ngrpo: {enabled: false}");
        assertOnly("name: must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit, got"
                + " \"../escape\"", "name: ../escape");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TrainConfigLoader.load(Fixtures.resource("many-problems.yaml")));
        List<String> problems = e.problems();
        List<String> expected = List.of(
                "seed: expected an integer, got 1.5",
                "opponents[0].weight: must be > 0, got 0",
                "opponents[1].policy: not a ",
                "opponents[2].policy: repeats opponents[0].policy",
                "network.hidden_sizes[1]: must be > 0, got 0",
                "network.activation: must be one of elu, leakyrelu, relu, tanh, got \"sigmoid\"",
                "network.adam_beta2: must be in [0, 1), got 1",
                "curriculum.thresholds: expected 2 values",
                "sft.samples: cannot be set together with sft.episodes",
                "sft.validation_split: must be in (0, 1), got 1",
                "grpo.group_mode: must be one of episode, state, got \"token\"",
                "grpo.group_size: must be >= 2, got 1",
                "grpo.epsilon: must be in (0, 1), got 1.5",
                "grpo.lr_schedule.type: must be one of constant, linear, cosine, got \"step\"",
                "grpo.anti_collapse.tau: must be in [0, 1], got 2",
                "eval.opponents: expected \"all\" or a list of policy specs, got \"some\"",
                "run.colour: unknown key; accepted keys: out_dir, threads, checkpoint_every",
                "run.threads: must be > 0, got 0");
        for (String prefix : expected) {
            assertHas(problems, prefix);
        }
        assertTrue(e.getMessage().startsWith(Fixtures.resource("many-problems.yaml") + ": seed: "), e.getMessage());
        assertEquals(expected.size(), problems.size(), String.join("\n", problems));
    }

    @Test
    void recordsRejectInvalidValuesBuiltInCode() {
        assertThrows(IllegalArgumentException.class, () -> new OpponentSpec("blitz", 0));
        assertThrows(IllegalArgumentException.class, () -> new AntiCollapseConfig(true, -1, 0.4));
        assertThrows(IllegalArgumentException.class, () -> new CurriculumConfig(true, List.of("small", "medium"),
                List.of(), 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new SftConfig(true, "scripted:expert", 10, 10, 1, 1,
                0.1, 0, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> new LrSchedule(ScheduleType.LINEAR, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GrpoConfig(true, 2, GroupMode.EPISODE, 2, 1, 1,
                ScaleRewards.GROUP, 0.2, 0.2, 1, 1, 0, LossType.GRPO, 0, 1, 1e-4,
                new LrSchedule(ScheduleType.LINEAR, 3, 0), AntiCollapseConfig.defaults(), RewardConfig.defaults(), 1.0));
        assertThrows(IllegalArgumentException.class, () -> new RewardConfig(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RewardConfig(1, -1));
    }

    @Test
    void withersReplaceOneFieldAndValidateAgain() {
        GrpoConfig g = new GrpoConfig(true, 4, GroupMode.EPISODE, 2, 1, 1, ScaleRewards.GROUP, 0.2, 0.2, 1, 1, 0,
                LossType.GRPO, 0, 1, 1e-4, new LrSchedule(ScheduleType.LINEAR, 3, 0), AntiCollapseConfig.defaults(),
                RewardConfig.defaults(), 1.0);
        GrpoConfig longer = g.withUpdates(40);
        assertEquals(40, longer.updates());
        assertEquals(g, longer.withUpdates(4));
        AntiCollapseConfig on = new AntiCollapseConfig(true, 10.0, 0.4);
        assertEquals(on, g.withAntiCollapse(on).antiCollapse());
        assertEquals(g, g.withAntiCollapse(on).withAntiCollapse(g.antiCollapse()));
        assertThrows(IllegalArgumentException.class, () -> g.withUpdates(2), "3 warm-up steps no longer fit");
    }
}
