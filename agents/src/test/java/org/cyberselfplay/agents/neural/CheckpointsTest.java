package org.cyberselfplay.agents.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.features.TestEpisodes;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CheckpointsTest {
    private static final NetworkConfig CONFIG = new NetworkConfig(List.of(32, 32), "elu", 1e-3, 0.9, 0.999, 1e-8, 12L);
    private static Scenario small;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        small = Scenarios.preset("small");
    }

    /** A policy whose Adam state is non-trivial: one update on made-up targets. */
    private static NeuralPolicy trained(Actor side, FeatureLayout layout) {
        NeuralPolicy p = NeuralPolicy.create(small, side, layout, CONFIG);
        List<Observation> obs = TestEpisodes.observations(small, side, 31L, 16);
        INDArray x = p.featureMatrix(obs);
        p.network().fit(x, Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, obs.size(), p.codec().size()));
        return p;
    }

    @Test
    void loadingGivesIdenticalProbabilitiesParametersAndUpdaterState() {
        for (Actor side : Actor.values()) {
            NeuralPolicy saved = trained(side, FeatureLayout.defaults());
            Path file = dir.resolve(side.wireName() + ".zip");
            Checkpoints.save(saved, file, Map.of("run", "test", "step", "1"));
            NeuralPolicy loaded = Checkpoints.load(file, small, side);
            List<Observation> obs = TestEpisodes.observations(small, side, 77L, 100);
            float[][] before = saved.probabilities(obs);
            float[][] after = loaded.probabilities(obs);
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], "row " + i);
            }
            assertEquals(saved.network().params(), loaded.network().params());
            assertEquals(saved.network().getUpdater().getStateViewArray(),
                    loaded.network().getUpdater().getStateViewArray());
            assertEquals(CONFIG, loaded.config());
            assertEquals(side, loaded.side());
            assertEquals(side.wireName() + ".zip", loaded.name());
        }
    }

    @Test
    void aCheckpointForPlayPlaysTheSameWithoutTheUpdaterStateAndIsSmaller() throws IOException {
        NeuralPolicy saved = trained(Actor.BLUE, FeatureLayout.defaults());
        Path full = dir.resolve("full.zip");
        Path play = dir.resolve("play.zip");
        Checkpoints.save(saved, full);
        Checkpoints.saveForPlay(saved, play);
        NeuralPolicy loaded = Checkpoints.load(play, small, Actor.BLUE);
        List<Observation> obs = TestEpisodes.observations(small, Actor.BLUE, 77L, 50);
        float[][] before = saved.probabilities(obs);
        float[][] after = loaded.probabilities(obs);
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], "row " + i);
        }
        assertEquals(saved.network().params(), loaded.network().params());
        assertTrue(Files.size(play) < Files.size(full), Files.size(play) + " vs " + Files.size(full));
    }

    @Test
    void theManifestRecordsTheLayoutSideConfigAndProvenance() {
        Path file = dir.resolve("sub/dir/blue.zip");
        NeuralPolicy policy = NeuralPolicy.create(small, Actor.BLUE, new FeatureLayout(8), CONFIG);
        CheckpointManifest written = Checkpoints.save(policy, file, Map.of("commit", "abc123"));
        CheckpointManifest read = Checkpoints.readManifest(file);
        assertEquals(written, read);
        assertEquals(Checkpoints.FORMAT_VERSION, read.formatVersion());
        assertEquals(FeatureLayout.VERSION, read.featurizerVersion());
        assertEquals(8, read.maxHosts());
        assertEquals("blue", read.side());
        assertEquals(CONFIG, read.network());
        assertEquals(12L, read.seed());
        assertEquals("small", read.scenario());
        assertEquals(Map.of("commit", "abc123"), read.provenance());
        Instant.parse(read.createdAt());
    }

    @Test
    void savingReplacesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("red.zip");
        NeuralPolicy first = NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), CONFIG);
        NeuralPolicy second = NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), CONFIG.withSeed(13L));
        Checkpoints.save(first, file);
        Checkpoints.save(second, file);
        assertEquals(second.network().params(), Checkpoints.load(file, small).network().params());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "x");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Checkpoints.save(first, blocked.resolve("c.zip")));
        assertTrue(e.getMessage().contains("c.zip") && e.getMessage().contains("cannot be written"), e.getMessage());
    }

    @Test
    void aLoadedPolicyPlaysALargerScenarioThatFits() {
        Path file = dir.resolve("blue.zip");
        Checkpoints.save(NeuralPolicy.create(small, Actor.BLUE, FeatureLayout.defaults(), CONFIG), file);
        Scenario large = Scenarios.preset("large");
        NeuralPolicy onLarge = Checkpoints.load(file, large, Actor.BLUE);
        List<Observation> obs = TestEpisodes.observations(large, Actor.BLUE, 4L, 8);
        int[] chosen = onLarge.chooseBatch(obs, NeuralPolicyTest.rngs(obs.size(), 1L));
        for (int i = 0; i < chosen.length; i++) {
            assertTrue(obs.get(i).legalActions().isLegal(onLarge.codec().toEnvIndex(chosen[i])));
        }
    }

    @Test
    void missingNonZipAndCorruptFilesAreRefused() throws IOException {
        assertRefused(dir.resolve("nothing.zip"), small, "no such file");
        Path text = dir.resolve("text.zip");
        Files.writeString(text, "not a zip");
        assertRefused(text, small, "not a zip archive or corrupt");
        Path good = dir.resolve("good.zip");
        Checkpoints.save(NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), CONFIG), good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, small, "not a zip archive or corrupt");
    }

    @Test
    void aZipWithoutManifestIsRefused() throws IOException {
        Path plain = dir.resolve("plain-dl4j.zip");
        ModelSerializer.writeModel(NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), CONFIG).network(),
                plain.toFile(), true);
        assertRefused(plain, small, "has no " + Checkpoints.MANIFEST_ENTRY);
    }

    @Test
    void otherFeaturizerOrFormatVersionsAndBadManifestsAreRefused() throws IOException {
        Path good = dir.resolve("good.zip");
        Checkpoints.save(NeuralPolicy.create(small, Actor.BLUE, FeatureLayout.defaults(), CONFIG), good);
        assertRefused(edited(good, "featurizer.zip", j -> j.replace("\"featurizer_version\" : 2",
                "\"featurizer_version\" : 99")), small, "featurizer_version is 99 but this build's feature layout is version 2");
        assertRefused(edited(good, "format.zip", j -> j.replace("\"format_version\" : 1", "\"format_version\" : 2")),
                small, "format_version is 2 but this build reads 1");
        assertRefused(edited(good, "side.zip", j -> j.replace("\"side\" : \"blue\"", "\"side\" : \"green\"")),
                small, "manifest side is \"green\"");
        assertRefused(edited(good, "config.zip", j -> j.replace("\"activation\" : \"elu\"",
                "\"activation\" : \"swish\"")), small, "activation: must be one of");
        assertRefused(edited(good, "nonet.zip", j -> j.replace("\"network\"", "\"net\"")), small,
                "invalid manifest");
        assertRefused(edited(good, "json.zip", j -> "{ not json"), small, "is not valid JSON");
    }

    @Test
    void theWrongSideIsRefusedWhenASideIsExpected() {
        Path file = dir.resolve("red.zip");
        Checkpoints.save(NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), CONFIG), file);
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Checkpoints.load(file, small, Actor.BLUE));
        assertTrue(e.getMessage().contains("red.zip") && e.getMessage().contains("plays red but a blue policy is expected"),
                e.getMessage());
        assertEquals(Actor.RED, Checkpoints.load(file, small).side());
    }

    @Test
    void aScenarioWithMoreHostsThanMaxHostsIsRefused() {
        Path file = dir.resolve("eight.zip");
        Checkpoints.save(NeuralPolicy.create(small, Actor.BLUE, new FeatureLayout(8), CONFIG), file);
        assertRefused(file, Scenarios.preset("medium"),
                "holds at most 8 hosts (max_hosts) but scenario \"medium\" has 12");
    }

    private static void assertRefused(Path file, Scenario scenario, String expected) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(file, scenario));
        assertTrue(e.getMessage().startsWith("checkpoint " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** A copy of {@code file} whose manifest text went through {@code edit}. */
    private Path edited(Path file, String name, UnaryOperator<String> edit) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(file, copy);
        try (FileSystem zip = FileSystems.newFileSystem(copy)) {
            Path entry = zip.getPath(Checkpoints.MANIFEST_ENTRY);
            String json = Files.readString(entry, StandardCharsets.UTF_8);
            String changed = edit.apply(json);
            assertTrue(!changed.equals(json), "edit changed nothing in " + json);
            Files.writeString(entry, changed, StandardCharsets.UTF_8);
        }
        return copy;
    }
}
