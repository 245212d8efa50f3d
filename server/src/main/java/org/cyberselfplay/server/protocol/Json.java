package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The server's one Jackson mapper, built once: a configured {@link ObjectMapper} is thread-safe, and
 * building one per message was the first thing profiling would flag. Compact output, no pretty printing.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Writes one JSON value with a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * Parses JSON text.
     *
     * @throws ProtocolError {@code INVALID_JSON} naming where the text stops being JSON
     */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = READER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new ProtocolError(ProtocolError.Code.INVALID_JSON, "Invalid JSON: the message is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProtocolError(ProtocolError.Code.INVALID_JSON, "Invalid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr()));
        }
    }

    /** Parses UTF-8 JSON bytes; an empty body is JSON null. */
    public static JsonNode parse(byte[] utf8) {
        if (utf8.length == 0) {
            return JsonNodeFactory.instance.nullNode();
        }
        return parse(new String(utf8, StandardCharsets.UTF_8));
    }

    /** The JSON text that {@code body} streams (compact, same number format as {@link #write}). */
    static String stream(Body body) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(4096)) {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                body.write(g);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON text. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON as UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short display of a JSON value for error messages (at most 60 characters). */
    public static String show(JsonNode value) {
        String s = value == null ? "null" : value.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
