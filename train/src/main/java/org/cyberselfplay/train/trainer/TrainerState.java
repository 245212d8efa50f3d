package org.cyberselfplay.train.trainer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.cyberselfplay.train.run.AtomicWrite;

/**
 * {@code checkpoints/trainer-state.json}: everything besides the policy that a resumed run needs to continue
 * exactly where its last checkpoint left it. Written atomically after the checkpoint it names.
 *
 * @param update       GRPO updates done (0: SFT done, GRPO not started)
 * @param complete     whether the run finished
 * @param checkpoint   the policy to resume from, a file in {@code checkpoints/} ({@code sft.zip}, or null when
 *                     the run starts from the initial network, at update 0 only)
 * @param seeds        the run's seed streams
 * @param envDraws     draws taken from the env/rollout stream
 * @param curriculum   the curriculum's state
 * @param metricsRows  rows of {@code metrics.jsonl} written by then
 * @param samplesLines lines of {@code samples.jsonl} written by then
 */
public record TrainerState(@JsonProperty("update") int update,
                           @JsonProperty("complete") boolean complete,
                           @JsonProperty("checkpoint") String checkpoint,
                           @JsonProperty("seeds") RunSeeds seeds,
                           @JsonProperty("env_stream_draws") long envDraws,
                           @JsonProperty("curriculum") Curriculum.State curriculum,
                           @JsonProperty("metrics_rows") int metricsRows,
                           @JsonProperty("samples_lines") long samplesLines) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public TrainerState {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(curriculum, "curriculum");
        if (update < 0 || envDraws < 0 || metricsRows < 0 || samplesLines < 0) {
            throw new IllegalArgumentException("negative count in trainer state");
        }
    }

    /** Writes the state atomically. */
    public void write(Path file) {
        try {
            AtomicWrite.bytes(file, JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a state.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or is not a trainer state
     */
    public static TrainerState read(Path file) {
        try {
            return JSON.readValue(file.toFile(), TrainerState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
