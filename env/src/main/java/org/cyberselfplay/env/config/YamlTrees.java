package org.cyberselfplay.env.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML documents into Jackson trees and merges trees, for configs that are validated with
 * {@link ConfigReader}. A mapping that repeats a key is a syntax error rather than "last one wins".
 * Thread-safe: the shared mapper is configured once and never changed.
 */
public final class YamlTrees {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private YamlTrees() {
    }

    /**
     * Parses one YAML document.
     *
     * @return the document's tree; a {@code MissingNode} when the text holds no document
     * @throws JacksonException on a syntax error; {@link #describe(JacksonException)} words it for users
     */
    public static JsonNode parse(String yaml) throws JacksonException {
        JsonNode tree = MAPPER.readTree(yaml);
        return tree == null ? MAPPER.missingNode() : tree;
    }

    /**
     * A syntax error as one line for users: {@code line 4, column 9: invalid YAML: <what the parser says>}.
     * Lines and columns count from 1, as editors show them, and point at the problem itself.
     */
    public static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        String what = summary(message);
        // The YAML parser marks the problem last in its message; Jackson's own location is where
        // it stopped reading, which for scanner errors can be a line earlier.
        Matcher mark = MARK.matcher(message == null ? "" : message);
        String where = null;
        while (mark.find()) {
            where = "line " + mark.group(1) + ", column " + mark.group(2);
        }
        JsonLocation at = e.getLocation();
        if (where == null && at != null && at.getLineNr() >= 1) {
            where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return (where == null ? "" : where + ": ") + "invalid YAML: " + what;
    }

    /**
     * Deep merge: {@code override} laid over {@code base}. Maps merge key by key, recursively;
     * lists, scalars and nulls in {@code override} replace what {@code base} holds. Neither input
     * is changed; the result shares no nodes with them.
     */
    public static JsonNode merge(JsonNode base, JsonNode override) {
        if (!(base instanceof ObjectNode baseMap) || !(override instanceof ObjectNode overrideMap)) {
            return override.deepCopy();
        }
        ObjectNode out = baseMap.deepCopy();
        for (Map.Entry<String, JsonNode> entry : overrideMap.properties()) {
            JsonNode previous = out.get(entry.getKey());
            out.set(entry.getKey(), previous == null ? entry.getValue().deepCopy() : merge(previous, entry.getValue()));
        }
        return out;
    }

    /**
     * The parser's own words without its source excerpts: the YAML parser writes the context and the
     * problem at the start of a line and indents the quoted source lines and position markers.
     */
    private static String summary(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable document";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.strip());
            }
        }
        return parts.isEmpty() ? message.strip() : String.join(": ", parts);
    }
}
