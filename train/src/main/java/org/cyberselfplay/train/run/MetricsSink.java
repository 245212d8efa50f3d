package org.cyberselfplay.train.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one sink of a run's metrics: every {@link MetricsRow} is kept in order and both files are rewritten
 * atomically after each row, so a killed run leaves complete files.
 *
 * <ul>
 *   <li>{@code metrics.jsonl}: one JSON object per row, {@code {"step": n, "<key>": value, ...}}, keys sorted;</li>
 *   <li>{@code metrics.csv}: header {@code step} then the sorted union of every row's keys; a row leaves the
 *       cells of keys it does not have empty.</li>
 * </ul>
 * Thread-safe.
 */
public final class MetricsSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEP = "step";

    private final Path jsonl;
    private final Path csv;
    private final List<MetricsRow> rows;

    private MetricsSink(Path jsonl, Path csv, List<MetricsRow> rows) {
        this.jsonl = jsonl;
        this.csv = csv;
        this.rows = new ArrayList<>(rows);
    }

    /** A sink with no rows; both files are written (empty). */
    public static MetricsSink create(Path jsonl, Path csv) {
        MetricsSink sink = new MetricsSink(jsonl, csv, List.of());
        sink.flush();
        return sink;
    }

    /**
     * A sink continuing the first {@code keep} rows of an existing {@code metrics.jsonl} (a resumed run drops
     * rows written after its last checkpoint); both files are rewritten with those rows.
     *
     * @throws IllegalArgumentException when the file holds fewer than {@code keep} rows
     */
    public static MetricsSink resume(Path jsonl, Path csv, int keep) {
        List<MetricsRow> existing = Files.exists(jsonl) ? read(jsonl) : List.of();
        if (existing.size() < keep) {
            throw new IllegalArgumentException(jsonl + " holds " + existing.size() + " rows but the checkpoint "
                    + "expects at least " + keep);
        }
        MetricsSink sink = new MetricsSink(jsonl, csv, existing.subList(0, keep));
        sink.flush();
        return sink;
    }

    /** Appends a row and rewrites both files. */
    public synchronized void record(MetricsRow row) {
        rows.add(row);
        flush();
    }

    /** The rows recorded so far, in order (a copy). */
    public synchronized List<MetricsRow> rows() {
        return List.copyOf(rows);
    }

    /** Number of rows recorded so far. */
    public synchronized int size() {
        return rows.size();
    }

    /**
     * The rows of a {@code metrics.jsonl} file, in file order; blank lines are skipped.
     *
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is not a metrics row
     */
    public static List<MetricsRow> read(Path metricsJsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(metricsJsonl, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(metricsJsonl + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metricsJsonl + ": " + e.getMessage(), e);
        }
        List<MetricsRow> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(parse(metricsJsonl, i + 1, lines.get(i)));
            }
        }
        return out;
    }

    /** One row as its {@code metrics.jsonl} line (no line break). */
    public static String toJson(MetricsRow row) {
        ObjectNode node = JSON.createObjectNode();
        node.put(STEP, row.step());
        row.values().forEach(node::put);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a metrics row as JSON", e);
        }
    }

    private static MetricsRow parse(Path file, int line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject() || !node.path(STEP).canConvertToLong()) {
                throw new IllegalArgumentException(file + " line " + line + ": expected {\"step\": n, ...}");
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals(STEP)) {
                    continue;
                }
                if (!e.getValue().isNumber()) {
                    throw new IllegalArgumentException(file + " line " + line + ": metric " + e.getKey()
                            + " is not a number");
                }
                values.put(e.getKey(), e.getValue().doubleValue());
            }
            return new MetricsRow(node.get(STEP).longValue(), values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " line " + line + ": not JSON (" + e.getOriginalMessage()
                    + ")", e);
        }
    }

    private void flush() {
        StringBuilder j = new StringBuilder();
        TreeSet<String> keys = new TreeSet<>();
        for (MetricsRow row : rows) {
            j.append(toJson(row)).append('\n');
            keys.addAll(row.values().keySet());
        }
        StringBuilder c = new StringBuilder(STEP);
        keys.forEach(k -> c.append(',').append(k));
        c.append('\n');
        for (MetricsRow row : rows) {
            c.append(row.step());
            for (String k : keys) {
                Double v = row.values().get(k);
                c.append(',').append(v == null ? "" : v.toString());
            }
            c.append('\n');
        }
        AtomicWrite.string(jsonl, j.toString());
        AtomicWrite.string(csv, c.toString());
    }
}
