package org.cyberselfplay.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.EpisodeSeeds;
import org.cyberselfplay.league.eval.MatchRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeRecorderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long SEED = 20_240_611L;

    @TempDir
    Path dir;

    private final Scenario scenario = Scenarios.preset("small");

    /** Records evaluation episode 0 of {@link #SEED}: expert against a noisy blitz. */
    private EpisodeMetrics recordEpisode(Path file, Policy blue, Policy red) {
        EpisodeSeeds seeds = EpisodeSeeds.of(SEED, 1);
        return EpisodeRecorder.record(scenario, blue, red, seeds.envSeed(0), seeds.blueRng(0), seeds.redRng(0), file);
    }

    @Test
    void writesOneLinePerMovePlusTheFinalLine() throws IOException {
        Path file = dir.resolve("episodes/nested/ep.jsonl");

        EpisodeMetrics metrics = recordEpisode(file, Policies.blue("scripted:expert", scenario),
                Policies.red("blitz@0.2", scenario));

        List<String> lines = Files.readAllLines(file);
        RecordedEpisode episode = EpisodeRecorder.read(file);
        assertEquals(episode.moves().size() + 1, lines.size());
        assertTrue(episode.moves().size() >= 2 * metrics.steps() - 1, "moves " + episode.moves().size());
        assertEquals(episode.moves().size(), episode.summary().get("moves").asInt());
        assertTrue(episode.summary().get("final").asBoolean());
        assertEquals("small", episode.summary().get("scenario").asText());
        assertEquals("expert", episode.summary().get("blue_policy").asText());
        JsonNode first = MAPPER.readTree(lines.get(0));
        for (String field : List.of("turn", "actor", "action", "accepted", "reward", "reward_components", "events",
                "observation")) {
            assertTrue(first.has(field), "first line lacks " + field + ": " + lines.get(0));
        }
        for (String field : List.of("actor", "tool_name", "target", "params", "rationale")) {
            assertTrue(first.get("action").has(field), "action lacks " + field);
        }
        assertEquals("blue", first.get("observation").get("actor").asText());
        assertEquals(0, first.get("turn").asInt());
        try (Stream<Path> listed = Files.list(file.getParent())) {
            assertEquals(List.of(file), listed.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void recordedActionsReplayToTheSameTrajectoryAndFinalMetrics() {
        Path file = dir.resolve("ep.jsonl");
        EpisodeMetrics recorded = recordEpisode(file, Policies.blue("scripted:expert", scenario),
                Policies.red("apt@0.3", scenario));
        RecordedEpisode episode = EpisodeRecorder.read(file);

        GameEnv env = new GameEnv(scenario);
        env.reset(episode.summary().get("env_seed").asLong());
        for (RecordedMove move : episode.moves()) {
            assertEquals(move.actor(), env.currentActor());
            assertEquals(move.observation(), ObservationJson.toJson(env.observe(move.actor())),
                    "observation before turn " + move.turn());
            StepResult r = env.step(move.action());
            assertTrue(r.accepted() && move.accepted());
            assertEquals(move.blueReward(), r.blueReward());
            assertEquals(move.redReward(), r.redReward());
            assertEquals(move.rewardComponents(), r.rewardComponents());
            assertEquals(move.events(), r.events());
        }
        assertTrue(env.isTerminal());
        assertEquals(recorded, env.metrics());
        ObjectNode expected = MAPPER.createObjectNode();
        ObservationJson.putMetrics(expected, env.metrics());
        expected.properties().forEach(e -> assertEquals(e.getValue(), episode.summary().get(e.getKey()),
                "final metric " + e.getKey()));
    }

    @Test
    void aRecordingIsTheEvaluationEpisodeWithTheSameSeeds() {
        EpisodeMetrics recorded = recordEpisode(dir.resolve("ep.jsonl"), Policies.blue("scripted:expert", scenario),
                Policies.red("blitz@0.2", scenario));

        EpisodeMetrics evaluated = new MatchRunner(1, 1).play(scenario, Policies.blue("scripted:expert", scenario),
                Policies.red("blitz@0.2", scenario), SEED, 1).get(0);

        assertEquals(evaluated, recorded);
    }

    @Test
    void eachPolicySeesOnlyItsOwnObservation() {
        AtomicInteger calls = new AtomicInteger();
        Policy blue = checking(Policies.blue("scripted:random", scenario), calls);
        Policy red = checking(Policies.red("meander", scenario), calls);

        recordEpisode(dir.resolve("ep.jsonl"), blue, red);

        assertEquals(EpisodeRecorder.read(dir.resolve("ep.jsonl")).moves().size(), calls.get());
    }

    @Test
    void refusesPoliciesOnTheWrongSides() {
        Policy blue = Policies.blue("scripted:expert", scenario);
        Policy red = Policies.red("blitz", scenario);
        assertThrows(IllegalArgumentException.class, () -> recordEpisode(dir.resolve("x.jsonl"), red, blue));
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }

    @Test
    void malformedFilesNameTheFileAndLine() throws IOException {
        Path good = dir.resolve("good.jsonl");
        recordEpisode(good, Policies.blue("scripted:expert", scenario), Policies.red("blitz", scenario));
        List<String> lines = Files.readAllLines(good);

        assertProblem(write("missing.jsonl", null), 0, "does not exist");
        assertProblem(write("empty.jsonl", ""), 0, "is empty");
        assertProblem(write("json.jsonl", lines.get(0) + "\n{not json\n"), 2, "not valid JSON");
        assertProblem(write("array.jsonl", "[1, 2]\n"), 1, "not a JSON object");
        assertProblem(write("cut.jsonl", String.join("\n", lines.subList(0, 3)) + "\n"), 3, "without the final");
        assertProblem(write("after.jsonl", String.join("\n", lines) + "\n" + lines.get(0) + "\n"), lines.size() + 1,
                "after the final");
        ObjectNode noActor = (ObjectNode) MAPPER.readTree(lines.get(1));
        noActor.remove("actor");
        assertProblem(write("field.jsonl", lines.get(0) + "\n" + noActor + "\n"), 2, "missing field 'actor'");
        ObjectNode badReward = (ObjectNode) MAPPER.readTree(lines.get(0));
        ((ObjectNode) badReward.get("reward")).put("red", "lots");
        assertProblem(write("reward.jsonl", badReward + "\n"), 1, "'reward.red' must be a number");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        if (text != null) {
            Files.writeString(file, text);
        }
        return file;
    }

    private static void assertProblem(Path file, int line, String problem) {
        EpisodeFormatException e = assertThrows(EpisodeFormatException.class, () -> EpisodeRecorder.read(file));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("episode file " + file), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        if (line > 0) {
            assertTrue(e.getMessage().contains("line " + line + ": "), e.getMessage());
        }
    }

    @Test
    void actionJsonHasEveryCyberActionField() {
        ObjectNode a = EpisodeRecorder.actionJson(new Action("blue", "execute_instruction", null,
                Map.of("required_tool", "deploy_patch"), null));
        assertEquals("{\"actor\":\"blue\",\"tool_name\":\"execute_instruction\",\"target\":null,"
                + "\"params\":{\"required_tool\":\"deploy_patch\"},\"rationale\":null}", a.toString());
    }

    /** Delegates to {@code policy}, failing if it is ever shown the other side's observation. */
    private static Policy checking(Policy policy, AtomicInteger calls) {
        return new Policy() {
            @Override
            public Actor side() {
                return policy.side();
            }

            @Override
            public String name() {
                return policy.name();
            }

            @Override
            public Action act(Observation observation, SplittableRandom rng) {
                assertEquals(policy.side(), observation.actor());
                calls.incrementAndGet();
                return policy.act(observation, rng);
            }
        };
    }
}
