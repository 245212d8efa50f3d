package org.cyberselfplay.train.league;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cyberselfplay.league.payoff.PayoffState;
import org.cyberselfplay.train.run.AtomicWrite;

/**
 * {@code checkpoints/league-state.json}: everything besides the policy files that a resumed league needs to
 * continue exactly where its last round left it. Written atomically (temporary file, then rename) after the
 * policy files it names, once per round; a killed run leaves the previous round's state or this one, never
 * half of one. Reading checks the JSON's shape and names the field of the first problem; {@link League#restore}
 * checks the rest against the run's config and files.
 *
 * @param format            {@value #FORMAT}
 * @param round             rounds done (0: the start, SFT and the first evaluation, is done)
 * @param complete          whether the run finished
 * @param seeds             the run's seed streams
 * @param rolloutDraws      draws taken from Blue's rollout stream
 * @param redDraws          draws taken from Red's stream
 * @param learnerCheckpoint Blue's learner after {@code round} rounds, with its optimizer state: a file in
 *                          {@code checkpoints/}
 * @param pool              the pool in join order
 * @param payoffs           the meta-game's payoff table: Blue snapshots x Red entries (no rows when Blue is not
 *                          snapshotted)
 * @param learnerPayoffs    the learner's decayed results: one row {@value League#LEARNER} x Red entries
 * @param meta              the meta-strategy of the last round
 * @param sampling          the opponent distribution of the last round (empty lists at round 0)
 * @param metricsRows       rows of {@code metrics.jsonl} written by then
 */
public record LeagueState(@JsonProperty("format") int format,
                          @JsonProperty("round") int round,
                          @JsonProperty("complete") boolean complete,
                          @JsonProperty("seeds") LeagueSeeds seeds,
                          @JsonProperty("rollout_draws") long rolloutDraws,
                          @JsonProperty("red_draws") long redDraws,
                          @JsonProperty("learner_checkpoint") String learnerCheckpoint,
                          @JsonProperty("pool") List<Entry> pool,
                          @JsonProperty("payoffs") PayoffState payoffs,
                          @JsonProperty("learner_payoffs") PayoffState learnerPayoffs,
                          @JsonProperty("meta") Meta meta,
                          @JsonProperty("sampling") Sampling sampling,
                          @JsonProperty("metrics_rows") int metricsRows) {
    /** The state format this build writes and reads. */
    public static final int FORMAT = 1;
    /** The file name in {@code checkpoints/}. */
    public static final String FILE = "league-state.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public LeagueState {
        pool = List.copyOf(pool);
    }

    /**
     * A pool entry as the state file spells it.
     *
     * @param id         unique id
     * @param kind       {@code archetype}, {@code neural_red} or {@code neural_blue}
     * @param spec       an archetype spec, or a checkpoint path relative to the run directory
     * @param provenance why it is in the pool
     * @param roundAdded the round it joined
     */
    public record Entry(@JsonProperty("id") String id, @JsonProperty("kind") String kind,
                        @JsonProperty("spec") String spec, @JsonProperty("provenance") String provenance,
                        @JsonProperty("round_added") int roundAdded) {
    }

    /**
     * A meta-strategy with the ids it weighs.
     *
     * @param blueIds the meta-game's Blue rows
     * @param redIds  its Red columns
     * @param blue    the Blue mixture, one probability per row
     * @param red     the Red mixture, one probability per column
     */
    public record Meta(@JsonProperty("blue_ids") List<String> blueIds, @JsonProperty("red_ids") List<String> redIds,
                       @JsonProperty("blue") List<Double> blue, @JsonProperty("red") List<Double> red) {
        public Meta {
            blueIds = List.copyOf(blueIds);
            redIds = List.copyOf(redIds);
            blue = List.copyOf(blue);
            red = List.copyOf(red);
        }
    }

    /**
     * The opponent distribution a round trained against.
     *
     * @param redIds        the Red entries
     * @param pfsp          the PFSP distribution of the learner's win rates
     * @param probabilities the distribution sampled from (the mode's: PFSP, meta or their mixture)
     */
    public record Sampling(@JsonProperty("red_ids") List<String> redIds, @JsonProperty("pfsp") List<Double> pfsp,
                           @JsonProperty("probabilities") List<Double> probabilities) {
        public Sampling {
            redIds = List.copyOf(redIds);
            pfsp = List.copyOf(pfsp);
            probabilities = List.copyOf(probabilities);
        }

        /** Before the first round. */
        public static Sampling none() {
            return new Sampling(List.of(), List.of(), List.of());
        }
    }

    /** The state as JSON text. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the league state as JSON", e);
        }
    }

    /** Writes the state atomically. */
    public void write(Path file) {
        AtomicWrite.string(file, toJson() + "\n");
    }

    /**
     * Reads a state file and checks its shape.
     *
     * @throws LeagueStateException naming the file and the field when it is missing, unreadable, not JSON, or a
     *                              field is missing, of the wrong type or out of range
     */
    public static LeagueState read(Path file) {
        Objects.requireNonNull(file, "file");
        LeagueState state;
        try {
            state = JSON.readValue(Files.readString(file), LeagueState.class);
        } catch (NoSuchFileException e) {
            throw new LeagueStateException(file, "", "no such file", e);
        } catch (JsonMappingException e) {
            throw new LeagueStateException(file, path(e), reason(e), e);
        } catch (JsonProcessingException e) {
            throw new LeagueStateException(file, "", "not valid JSON (" + e.getOriginalMessage() + line(e) + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (state == null) {
            throw new LeagueStateException(file, "", "the file holds null, not a league state");
        }
        state.checkNumbers(file);
        return state;
    }

    private void checkNumbers(Path file) {
        if (format != FORMAT) {
            throw new LeagueStateException(file, "format", "format " + format + " is not the format this build "
                    + "reads (" + FORMAT + ")");
        }
        nonNegative(file, "round", round);
        nonNegative(file, "rollout_draws", rolloutDraws);
        nonNegative(file, "red_draws", redDraws);
        nonNegative(file, "metrics_rows", metricsRows);
        if (learnerCheckpoint.isBlank() || learnerCheckpoint.contains("/") || learnerCheckpoint.contains("\\")) {
            throw new LeagueStateException(file, "learner_checkpoint", "must name a file in checkpoints/, got \""
                    + learnerCheckpoint + "\"");
        }
    }

    private static void nonNegative(Path file, String field, long value) {
        if (value < 0) {
            throw new LeagueStateException(file, field, "must be >= 0, got " + value);
        }
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    }

    /** The JSON path of a mapping problem, e.g. {@code pool[2].kind}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What is wrong, without Jackson's source excerpt: a constructor's own message when it threw. */
    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        if (cause instanceof JsonProcessingException syntax) {
            return "not valid JSON (" + syntax.getOriginalMessage() + line(syntax) + ")";
        }
        String m = e.getOriginalMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
