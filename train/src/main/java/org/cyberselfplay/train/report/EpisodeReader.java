package org.cyberselfplay.train.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;

/** Parses the JSONL of {@link EpisodeRecorder}, checking every field and naming the line of any problem. */
final class EpisodeReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private int line;

    private EpisodeReader(Path file) {
        this.file = file;
    }

    static RecordedEpisode read(Path file) {
        return new EpisodeReader(file).parse(lines(file));
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            throw new EpisodeFormatException(file, 0, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new EpisodeFormatException(file, 0, "is not a regular file");
        }
        try {
            return Files.readAllLines(file);
        } catch (CharacterCodingException e) {
            throw new EpisodeFormatException(file, 0, "is not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new EpisodeFormatException(file, 0, "does not exist", e);
        } catch (IOException e) {
            throw new EpisodeFormatException(file, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private RecordedEpisode parse(List<String> lines) {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new EpisodeFormatException(file, 0, "is empty; expected one JSON object per move and a final line");
        }
        List<RecordedMove> moves = new ArrayList<>();
        ObjectNode summary = null;
        for (int i = 0; i < lines.size(); i++) {
            line = i + 1;
            String text = lines.get(i);
            if (text.isBlank()) {
                if (summary != null) {
                    continue;
                }
                throw fail("empty line; expected one JSON object per move, then the final line");
            }
            if (summary != null) {
                throw fail("a line after the final {\"final\": true, ...} line");
            }
            ObjectNode node = object(text);
            if (node.path("final").asBoolean(false)) {
                summary = node;
            } else {
                moves.add(move(node));
            }
        }
        if (summary == null) {
            line = lines.size();
            throw fail("the file ends without the final {\"final\": true, ...} line (was the recording cut off?)");
        }
        return new RecordedEpisode(moves, summary);
    }

    private ObjectNode object(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw fail("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode o)) {
            throw fail("not a JSON object");
        }
        return o;
    }

    private RecordedMove move(ObjectNode node) {
        int turn = integer(node, "turn");
        Actor actor = actor(text(node, "actor"), "actor");
        Action action = action(field(node, "action"));
        boolean accepted = bool(node, "accepted");
        Optional<String> error = node.hasNonNull("error") ? Optional.of(node.get("error").asText()) : Optional.empty();
        JsonNode reward = field(node, "reward");
        double blue = number(reward, "reward.blue", "blue");
        double red = number(reward, "reward.red", "red");
        Map<String, Double> components = new LinkedHashMap<>();
        JsonNode comps = field(node, "reward_components");
        if (!comps.isObject()) {
            throw fail("field 'reward_components' must be an object");
        }
        for (Map.Entry<String, JsonNode> e : comps.properties()) {
            components.put(e.getKey(), number(comps, "reward_components." + e.getKey(), e.getKey()));
        }
        JsonNode eventsNode = field(node, "events");
        if (!eventsNode.isArray()) {
            throw fail("field 'events' must be an array of strings");
        }
        List<String> events = new ArrayList<>();
        eventsNode.forEach(e -> events.add(e.asText()));
        JsonNode observation = field(node, "observation");
        if (!(observation instanceof ObjectNode obs)) {
            throw fail("field 'observation' must be a JSON object");
        }
        return new RecordedMove(turn, actor, action, accepted, error, blue, red, components, events, obs);
    }

    private Action action(JsonNode a) {
        if (!a.isObject()) {
            throw fail("field 'action' must be an object {actor, tool_name, target, params, rationale}");
        }
        String actor = text(a, "action.actor", "actor");
        String tool = text(a, "action.tool_name", "tool_name");
        String target = a.hasNonNull("target") ? a.get("target").asText() : null;
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = a.path("params");
        if (!p.isMissingNode() && !p.isNull()) {
            if (!p.isObject()) {
                throw fail("field 'action.params' must be an object of strings");
            }
            p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        }
        String rationale = a.hasNonNull("rationale") ? a.get("rationale").asText() : null;
        return new Action(actor, tool, target, params, rationale);
    }

    private Actor actor(String wire, String name) {
        return Actor.fromWire(wire).orElseThrow(() -> fail("field '" + name + "' must be blue or red, got '" + wire + "'"));
    }

    private JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail("missing field '" + name + "'");
        }
        return v;
    }

    private int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw fail("field '" + name + "' must be an integer, got " + v);
        }
        return v.intValue();
    }

    private boolean bool(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isBoolean()) {
            throw fail("field '" + name + "' must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    private String text(JsonNode node, String name) {
        return text(node, name, name);
    }

    private String text(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw fail((v == null || v.isNull() ? "missing field '" : "field '") + path + "'"
                    + (v == null || v.isNull() ? "" : " must be a string, got " + v));
        }
        return v.textValue();
    }

    private double number(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isNumber()) {
            throw fail("field '" + path + "' must be a number, got " + (v == null ? "nothing" : v.toString()));
        }
        return v.doubleValue();
    }

    private EpisodeFormatException fail(String problem) {
        return new EpisodeFormatException(file, line, problem);
    }
}
