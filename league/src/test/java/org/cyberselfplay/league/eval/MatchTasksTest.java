package org.cyberselfplay.league.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.agents.CountingPolicy;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Match tasks: how a matchup is cut never changes its results; tasks, results and job payloads survive Java
 * serialization exactly; portable policies rebuilt from their bytes play exactly as the live ones; tool counts
 * are those a {@link CountingPolicy} sees.
 */
class MatchTasksTest {
    private final ScenarioSource small = ScenarioSource.of("small");

    @TempDir
    Path tmp;

    /** The thread pool with tasks of {@code blocks} blocks instead of one. */
    private record Coarse(int blocks) implements MatchExecutor {
        @Override
        public int blocksPerTask() {
            return blocks;
        }

        @Override
        public List<MatchResult> run(MatchJob job) {
            return new ThreadPoolMatchExecutor(2).run(job);
        }

        @Override
        public String describe() {
            return "coarse";
        }
    }

    /**
     * Plays a job as another process would: tasks and the portable payload through Java serialization, every
     * policy rebuilt from it.
     */
    private final class Remote implements MatchExecutor {
        @Override
        public int blocksPerTask() {
            return 2;
        }

        @Override
        public List<MatchResult> run(MatchJob job) {
            MatchJob.Payload p = roundTrip(job.portable());
            List<MatchResult> out = new ArrayList<>();
            for (MatchTask t : job.tasks()) {
                MatchTask task = roundTrip(t);
                Policy blue = p.policy(task.blueKey()).rebuild(p.scenario().scenario(), tmp.resolve("scratch"));
                Policy red = p.policy(task.redKey()).rebuild(p.scenario().scenario(), tmp.resolve("scratch"));
                out.add(roundTrip(TaskPlayer.play(p.scenario().scenario(), blue, red, task)));
            }
            return out;
        }

        @Override
        public String describe() {
            return "remote";
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private List<Matchup> matchups() throws IOException {
        NetworkConfig config = new NetworkConfig(List.of(8), "tanh", 1e-3, 0.9, 0.999, 1e-8, 3L);
        Path red = tmp.resolve("red.zip");
        Checkpoints.save(NeuralPolicy.create(small.scenario(), Actor.RED, new FeatureLayout(8), config), red);
        NeuralPolicy live = NeuralPolicy.create(small.scenario(), Actor.BLUE, new FeatureLayout(8), config.withSeed(4));
        JobPolicy expert = JobPolicy.ofSpec(Actor.BLUE, "scripted:expert", small.scenario());
        return List.of(
                new Matchup("expert vs blitz", expert, JobPolicy.ofSpec(Actor.RED, "blitz@0.1", small.scenario()), 5,
                        45),
                new Matchup("live vs neural", JobPolicy.ofNetwork(live), JobPolicy.ofSpec(Actor.RED, red.toString(),
                        small.scenario()), 6, 21));
    }

    @Test
    void anyCutIntoTasksAndAnyExecutorGiveTheSameOutcomes() throws IOException {
        List<Matchup> m = matchups();
        List<MatchOutcome> fine = new MatchRunner(new ThreadPoolMatchExecutor(1), 8).play(0, small, m);
        for (MatchExecutor other : List.of(new Coarse(3), new Coarse(100), new Remote())) {
            List<MatchOutcome> out = new MatchRunner(other, 8).play(0, small, m);
            for (int i = 0; i < m.size(); i++) {
                assertEquals(fine.get(i).episodes(), out.get(i).episodes(), other.describe());
                for (Actor side : Actor.values()) {
                    assertArrayEquals(fine.get(i).tools(side), out.get(i).tools(side), other.describe());
                }
            }
        }
        assertEquals(45, fine.get(0).episodes().size());
        assertEquals(21, fine.get(1).episodes().size());
    }

    @Test
    void splitCutsBlockAlignedRangesThatCoverTheMatchup() {
        List<MatchTask> t = MatchTask.split(3, "m", "p0", "p1", 9, 200, 64, 2);
        assertEquals(List.of(0, 128), t.stream().map(MatchTask::from).toList());
        assertEquals(List.of(128, 200), t.stream().map(MatchTask::to).toList());
        assertEquals(3, t.get(0).round());
        assertEquals(List.of(0, 64, 128, 192), MatchTask.split(0, "m", "a", "b", 1, 200, 64, 1).stream()
                .map(MatchTask::from).toList());
        assertEquals(1, MatchTask.split(0, "m", "a", "b", 1, 200, 64, 10).size());
        assertThrows(IllegalArgumentException.class, () -> new MatchTask(0, "m", "a", "b", 1, 10, 20, 64));
        assertThrows(IllegalArgumentException.class, () -> MatchTask.split(0, "m", "a", "b", 1, 0, 64, 1));
        assertEquals(t.get(1), roundTrip(t.get(1)));
    }

    @Test
    void resultsRoundTripBitForBitAndCountTheToolsACountingPolicySees() {
        CountingPolicy blue = new CountingPolicy(JobPolicy.ofSpec(Actor.BLUE, "scripted:expert", small.scenario())
                .live());
        CountingPolicy red = new CountingPolicy(JobPolicy.ofSpec(Actor.RED, "apt@0.3", small.scenario()).live());
        MatchTask task = new MatchTask(0, "m", "b", "r", 17, 0, 30, 8);
        MatchResult r = TaskPlayer.play(small.scenario(), blue, red, task);
        MatchResult back = roundTrip(r);
        assertEquals(r, back);
        assertEquals(r.episodes(), back.episodes());
        assertEquals(30, back.size());
        long[] blueTools = back.tools(Actor.BLUE);
        assertEquals(blue.total(), java.util.Arrays.stream(blueTools).sum());
        assertEquals(blue.shares(), MatchOutcome.shares(Actor.BLUE, blueTools));
        assertEquals(red.shares(), MatchOutcome.shares(Actor.RED, back.tools(Actor.RED)));
        List<EpisodeMetrics> direct = new MatchRunner(1, 8).play(small.scenario(), blue, red, 17, 30);
        assertEquals(direct, back.episodes());
    }

    @Test
    void portableSpecsCarryTheFilesTheyNameAndVersionsFollowTheContent() throws IOException {
        Path yaml = tmp.resolve("mine.yaml");
        Files.writeString(yaml, "name: mine\n");
        PortablePolicy file = PortablePolicy.ofSpec(Actor.RED, yaml + "@0.2", "mine@0.2");
        assertEquals(11, file.size());
        PortablePolicy builtIn = PortablePolicy.ofSpec(Actor.RED, "blitz@0.2", "blitz@0.2");
        assertEquals(0, builtIn.size());
        assertEquals(builtIn.version(), PortablePolicy.ofSpec(Actor.RED, "blitz@0.2", "blitz@0.2").version());
        Files.writeString(yaml, "name: mine2\n");
        assertTrue(!file.version().equals(PortablePolicy.ofSpec(Actor.RED, yaml + "@0.2", "mine@0.2").version()),
                "new content, new version");
        IllegalStateException local = assertThrows(IllegalStateException.class, () -> JobPolicy.local(
                JobPolicy.ofSpec(Actor.RED, "blitz", small.scenario()).live()).portable());
        assertTrue(local.getMessage().contains("cannot be played in another process"), local.getMessage());
    }
}
