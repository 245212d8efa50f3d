package org.cyberselfplay.agents.neural;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.env.Actor;

/**
 * The JSON manifest stored in a checkpoint zip next to the DL4J model ({@value Checkpoints#MANIFEST_ENTRY}).
 *
 * @param formatVersion     checkpoint format, {@value Checkpoints#FORMAT_VERSION} for this build
 * @param featurizerVersion {@link org.cyberselfplay.agents.features.FeatureLayout#VERSION} the network was built for
 * @param maxHosts          host slots of the feature layout and action codec
 * @param side              {@code blue} or {@code red}
 * @param network           the network's config
 * @param seed              the network's initialisation seed
 * @param scenario          name of the scenario the policy was bound to when saved (informational)
 * @param createdAt         ISO-8601 instant of the save
 * @param provenance        free-form facts about where the policy came from (run, step, commit...)
 */
public record CheckpointManifest(@JsonProperty("format_version") int formatVersion,
                                 @JsonProperty("featurizer_version") int featurizerVersion,
                                 @JsonProperty("max_hosts") int maxHosts,
                                 @JsonProperty("side") String side,
                                 @JsonProperty("network") NetworkConfig network,
                                 @JsonProperty("seed") long seed,
                                 @JsonProperty("scenario") String scenario,
                                 @JsonProperty("created_at") String createdAt,
                                 @JsonProperty("provenance") Map<String, String> provenance) {
    /** Checks that the fields every loader needs are present. */
    public CheckpointManifest {
        if (network == null) {
            throw new IllegalArgumentException("network: missing");
        }
        if (side == null) {
            throw new IllegalArgumentException("side: missing");
        }
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The side, or empty when {@code side} names none. */
    public Optional<Actor> actor() {
        return Actor.fromWire(side);
    }
}
