package org.cyberselfplay.agents.neural;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves and loads {@link NeuralPolicy} checkpoints: one zip holding the DL4J model as
 * {@link ModelSerializer#writeModel} writes it (configuration, parameters and updater state, so training can
 * resume exactly) plus a JSON {@link CheckpointManifest} entry {@value #MANIFEST_ENTRY}.
 *
 * <p>A save writes a temporary file in the target's directory and renames it over the target atomically: a
 * killed process leaves the old checkpoint or the new one, never half of one. Loading refuses, with a
 * {@link CheckpointException} naming the file and the problem, a missing file, a file that is not a zip or is
 * corrupt, a zip without a manifest, another format or featurizer version, the other side (when a side is
 * expected), and a scenario with more hosts than the checkpoint's {@code max_hosts}.
 */
public final class Checkpoints {
    /** Checkpoint format written by this build. */
    public static final int FORMAT_VERSION = 1;
    /** Zip entry of the manifest. */
    public static final String MANIFEST_ENTRY = "cyberselfplay-manifest.json";

    private static final Logger LOG = LogManager.getLogger();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Checkpoints() {
    }

    /** Saves {@code policy} to {@code file} with no provenance; see {@link #save(NeuralPolicy, Path, Map)}. */
    public static CheckpointManifest save(NeuralPolicy policy, Path file) {
        return save(policy, file, Map.of());
    }

    /**
     * Saves {@code policy} (network, updater state and manifest) to {@code file}, atomically replacing any file
     * there. Parent directories are created.
     *
     * @return the manifest written
     * @throws CheckpointException when the file cannot be written
     */
    public static CheckpointManifest save(NeuralPolicy policy, Path file, Map<String, String> provenance) {
        return save(policy, file, provenance, true);
    }

    /**
     * Saves {@code policy} without its updater state: a checkpoint that plays exactly as {@link #save} does and
     * loads the same way, but trains on with a fresh optimizer. Smaller, and quicker to write and read, for
     * shipping a policy that only has to play (to other processes, every update).
     *
     * @throws CheckpointException when the file cannot be written
     */
    public static CheckpointManifest saveForPlay(NeuralPolicy policy, Path file) {
        return save(policy, file, Map.of(), false);
    }

    private static CheckpointManifest save(NeuralPolicy policy, Path file, Map<String, String> provenance,
                                           boolean updater) {
        CheckpointManifest manifest = new CheckpointManifest(FORMAT_VERSION, FeatureLayout.VERSION,
                policy.layout().maxHosts(), policy.side().wireName(), policy.config(), policy.config().seed(),
                policy.scenario().name(), Instant.now().toString(), provenance);
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            ModelSerializer.writeModel(policy.network(), tmp.toFile(), updater);
            try (FileSystem zip = FileSystems.newFileSystem(tmp);
                 OutputStream out = Files.newOutputStream(zip.getPath(MANIFEST_ENTRY))) {
                JSON.writeValue(out, manifest);
            }
            move(tmp, target);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException(file, "cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
        LOG.debug("saved {} policy checkpoint {}", policy.side(), target);
        return manifest;
    }

    /**
     * Loads a checkpoint of either side, bound to {@code scenario}, sampling, named after the file.
     *
     * @throws CheckpointException when the file is missing or unusable (see the class comment)
     */
    public static NeuralPolicy load(Path file, Scenario scenario) {
        return load(file, scenario, Optional.empty());
    }

    /**
     * Loads a checkpoint that must play {@code expectedSide}.
     *
     * @throws CheckpointException also when the checkpoint plays the other side
     */
    public static NeuralPolicy load(Path file, Scenario scenario, Actor expectedSide) {
        return load(file, scenario, Optional.of(expectedSide));
    }

    /**
     * Reads and checks a checkpoint's manifest without loading the network.
     *
     * @throws CheckpointException when the file is missing, not a zip, has no or an invalid manifest, or was
     *                             written with another format or featurizer version
     */
    public static CheckpointManifest readManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, "no such file");
        }
        JsonNode tree;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST_ENTRY);
            if (entry == null) {
                throw new CheckpointException(file, "has no " + MANIFEST_ENTRY + " entry; it is not a policy"
                        + " checkpoint written by this project");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                tree = JSON.readTree(in);
            }
        } catch (ZipException e) {
            throw new CheckpointException(file, "not a zip archive or corrupt (" + e.getMessage() + ")", e);
        } catch (JsonProcessingException e) {
            throw new CheckpointException(file, MANIFEST_ENTRY + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(file, "cannot be read: " + e.getMessage(), e);
        }
        int format = tree.path("format_version").asInt(-1);
        if (format != FORMAT_VERSION) {
            throw new CheckpointException(file, "format_version is " + tree.path("format_version")
                    + " but this build reads " + FORMAT_VERSION);
        }
        int featurizer = tree.path("featurizer_version").asInt(-1);
        if (featurizer != FeatureLayout.VERSION) {
            throw new CheckpointException(file, "featurizer_version is " + tree.path("featurizer_version")
                    + " but this build's feature layout is version " + FeatureLayout.VERSION
                    + "; retrain or use a matching build");
        }
        try {
            CheckpointManifest m = JSON.treeToValue(tree, CheckpointManifest.class);
            if (m.actor().isEmpty()) {
                throw new CheckpointException(file, "manifest side is \"" + m.side() + "\"; accepted: blue, red");
            }
            new FeatureLayout(m.maxHosts());
            return m;
        } catch (JsonProcessingException e) {
            // A record constructor's own message names the field; Jackson's wrapper adds only the class name.
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw new CheckpointException(file, "invalid manifest: " + why, e);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file, "invalid manifest: " + e.getMessage(), e);
        }
    }

    private static NeuralPolicy load(Path file, Scenario scenario, Optional<Actor> expectedSide) {
        CheckpointManifest m = readManifest(file);
        Actor side = m.actor().orElseThrow();
        if (expectedSide.isPresent() && expectedSide.get() != side) {
            throw new CheckpointException(file, "plays " + side + " but a " + expectedSide.get()
                    + " policy is expected here");
        }
        if (scenario.hostCount() > m.maxHosts()) {
            throw new CheckpointException(file, "holds at most " + m.maxHosts() + " hosts (max_hosts) but scenario \""
                    + scenario.name() + "\" has " + scenario.hostCount());
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException(file, "the network cannot be read (" + e + ")", e);
        }
        try {
            return NeuralPolicy.wrap(scenario, side, new FeatureLayout(m.maxHosts()), m.network(), net,
                    file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file, e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.warn("could not delete temporary file {}: {}", tmp, e.getMessage());
        }
    }
}
