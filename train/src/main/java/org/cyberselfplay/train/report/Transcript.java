package org.cyberselfplay.train.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberselfplay.env.Action;

/** The human-readable, turn-by-turn text of a {@link RecordedEpisode}, as {@code cyberselfplay replay} prints it. */
public final class Transcript {
    /** Final-line fields that identify the episode rather than measure it. */
    private static final Set<String> IDENTITY = Set.of("final", "scenario", "env_seed", "blue_policy", "red_policy",
            "moves");
    private static final String INDENT = " ".repeat(12);

    private Transcript() {
    }

    /**
     * Prints {@code episode}: a header, one line per move (turn, actor, tool, target, both rewards) with its
     * events below it, then the final metrics.
     *
     * @param observations also print the incident summary each mover saw before moving
     */
    public static void print(RecordedEpisode episode, boolean observations, PrintWriter out) {
        out.println(header(episode));
        out.println();
        int width = episode.moves().stream().mapToInt(m -> what(m.action()).length()).max().orElse(0);
        for (RecordedMove m : episode.moves()) {
            out.println(String.format(Locale.ROOT, "turn %3d  %-4s  %-" + Math.max(1, width) + "s  blue %+.3f  red %+.3f",
                    m.turn(), m.actor().wireName(), what(m.action()), m.blueReward(), m.redReward()).stripTrailing());
            if (observations) {
                out.println(INDENT + "saw: " + m.incidentSummary());
            }
            if (!m.accepted()) {
                out.println(INDENT + "refused: " + m.error().orElse("(no message)"));
            }
            if (!m.events().isEmpty()) {
                out.println(INDENT + "events: " + String.join("; ", m.events()));
            }
        }
        out.println();
        printMetrics(episode.summary(), out);
    }

    /**
     * Prints the heading {@code Final metrics} and one aligned {@code key  value} line per metric of
     * {@code summary} (fields as {@code ObservationJson.putMetrics} writes them; identity fields such as the
     * scenario and the policies are skipped).
     */
    public static void printMetrics(ObjectNode summary, PrintWriter out) {
        out.println("Final metrics");
        List<String[]> rows = metrics(summary);
        int keyWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : rows) {
            out.println("  " + r[0] + " ".repeat(keyWidth - r[0].length()) + "  " + r[1]);
        }
        out.flush();
    }

    private static String header(RecordedEpisode episode) {
        ObjectNode s = episode.summary();
        List<String> parts = new ArrayList<>();
        if (s.hasNonNull("scenario")) {
            parts.add("scenario " + s.get("scenario").asText());
        }
        if (s.hasNonNull("env_seed")) {
            parts.add("env seed " + s.get("env_seed").asText());
        }
        if (s.hasNonNull("blue_policy") && s.hasNonNull("red_policy")) {
            parts.add("Blue " + s.get("blue_policy").asText() + " vs Red " + s.get("red_policy").asText());
        }
        parts.add(episode.moves().size() + " moves");
        return "Episode: " + String.join(", ", parts);
    }

    /** Tool and target, or the parameters of an untargeted tool ({@code required_tool=deploy_patch}). */
    static String what(Action a) {
        String tool = a.tool() == null ? "?" : a.tool();
        if (a.target() != null) {
            return tool + " " + a.target();
        }
        if (!a.params().isEmpty()) {
            return tool + " " + a.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        }
        return tool;
    }

    private static List<String[]> metrics(ObjectNode summary) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : summary.properties()) {
            if (!IDENTITY.contains(e.getKey())) {
                rows.add(new String[] {e.getKey(), value(e.getValue())});
            }
        }
        return rows;
    }

    private static String value(JsonNode v) {
        if (v.isNull()) {
            return "n/a";
        }
        if (v.isFloatingPointNumber()) {
            return Markdown.number(v.doubleValue());
        }
        return v.asText();
    }
}
