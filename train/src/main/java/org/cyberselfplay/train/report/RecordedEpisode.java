package org.cyberselfplay.train.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A recorded episode as read back by {@link EpisodeRecorder#read}.
 *
 * @param moves   the moves in order
 * @param summary the final line: {@code final: true}, the episode's identity ({@code scenario},
 *                {@code env_seed}, {@code blue_policy}, {@code red_policy}, {@code moves}) and its metrics in
 *                the flat snake_case form of {@code ObservationJson.putMetrics} (read-only by convention)
 */
public record RecordedEpisode(List<RecordedMove> moves, ObjectNode summary) {
    public RecordedEpisode {
        moves = List.copyOf(moves);
        Objects.requireNonNull(summary, "summary");
    }
}
