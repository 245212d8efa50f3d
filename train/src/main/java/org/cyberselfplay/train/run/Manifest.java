package org.cyberselfplay.train.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code manifest.json}: what produced a run and how it ended.
 *
 * @param name         the run's name
 * @param seed         the root seed
 * @param gitCommit    {@code git rev-parse HEAD} of the working directory when the run started; null outside a
 *                     git checkout
 * @param version      the project version
 * @param javaVersion  {@code java.version}
 * @param dl4jVersion  the Deeplearning4j version on the class path; null when it cannot be told
 * @param startedAt    ISO-8601 instant the run started
 * @param resumedAt    ISO-8601 instants of every resume, in order
 * @param endedAt      ISO-8601 instant the run ended; null while running
 * @param status       {@value #RUNNING}, {@value #COMPLETE} or {@value #FAILED}
 * @param error        the failure's message when {@code status} is {@value #FAILED}, else null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Manifest(@JsonProperty("name") String name,
                       @JsonProperty("seed") long seed,
                       @JsonProperty("git_commit") String gitCommit,
                       @JsonProperty("version") String version,
                       @JsonProperty("java_version") String javaVersion,
                       @JsonProperty("dl4j_version") String dl4jVersion,
                       @JsonProperty("started_at") String startedAt,
                       @JsonProperty("resumed_at") List<String> resumedAt,
                       @JsonProperty("ended_at") String endedAt,
                       @JsonProperty("status") String status,
                       @JsonProperty("error") String error) {
    public static final String RUNNING = "running";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        resumedAt = resumedAt == null ? List.of() : List.copyOf(resumedAt);
    }

    /** The manifest of a run starting now, with the provenance of this process. */
    public static Manifest starting(String name, long seed) {
        return new Manifest(name, seed, Provenance.gitCommit().orElse(null), Provenance.projectVersion(),
                System.getProperty("java.version"), Provenance.dl4jVersion().orElse(null), Instant.now().toString(),
                List.of(), null, RUNNING, null);
    }

    /** This manifest resumed now: running again, the end cleared. */
    public Manifest resumed() {
        List<String> resumes = new ArrayList<>(resumedAt);
        resumes.add(Instant.now().toString());
        return new Manifest(name, seed, gitCommit, version, javaVersion, dl4jVersion, startedAt, resumes, null,
                RUNNING, null);
    }

    /** This manifest ended now with {@code newStatus} (and the error message of a failure, else null). */
    public Manifest ended(String newStatus, String errorMessage) {
        return new Manifest(name, seed, gitCommit, version, javaVersion, dl4jVersion, startedAt, resumedAt,
                Instant.now().toString(), newStatus, errorMessage);
    }

    /** Writes the manifest atomically. */
    public void write(Path file) {
        try {
            AtomicWrite.bytes(file, JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws UncheckedIOException naming the file when it is missing or not a manifest
     */
    public static Manifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
