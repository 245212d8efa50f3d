package org.cyberselfplay.train.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code samples.jsonl}: the per-sample reward traces of GRPO, one JSON object per line:
 * {@code {"update", "group", "sequence", "tool", "count", "reward", "penalty", "advantage"}}.
 *
 * <p>A GRPO sample is one learner decision. Decisions of one sequence (episode or branch) that use the same
 * tool share their reward, penalty and advantage, so they are written as one line with their {@code count}:
 * lossless, and a run's file stays small. Lines are appended once per update (one write, then a force to
 * disk); a resumed run first cuts the file back to the line count its checkpoint recorded. Not thread-safe.
 */
public final class SampleLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private long lines;

    /**
     * One line of the log.
     *
     * @param update    the GRPO update (1-based)
     * @param group     the group within the update
     * @param sequence  the episode or branch within the update
     * @param tool      the wire name of the decisions' tool
     * @param count     decisions of this sequence with this tool, {@code >= 1}
     * @param reward    the sequence's reward (the learner's return, or a branch's return over its horizon)
     * @param penalty   the anti-collapse penalty of the tool (0 when disabled)
     * @param advantage the advantage of these decisions
     */
    public record Sample(int update, int group, int sequence, String tool, int count, double reward, double penalty,
                         double advantage) {
    }

    private SampleLog(Path file, long lines) {
        this.file = file;
        this.lines = lines;
    }

    /** A new, empty log (an existing file is replaced). */
    public static SampleLog create(Path file) {
        AtomicWrite.string(file, "");
        return new SampleLog(file, 0);
    }

    /**
     * The log of a resumed run, cut back to its first {@code keep} lines.
     *
     * @throws IllegalArgumentException when the file holds fewer complete lines
     */
    public static SampleLog resume(Path file, long keep) {
        try {
            if (!Files.exists(file)) {
                if (keep > 0) {
                    throw new IllegalArgumentException(file + " is missing but the checkpoint expects " + keep
                            + " lines");
                }
                return create(file);
            }
            long offset = 0;
            long seen = 0;
            byte[] bytes = Files.readAllBytes(file);
            while (seen < keep && offset < bytes.length) {
                int nl = indexOf(bytes, (int) offset);
                if (nl < 0) {
                    break;
                }
                offset = nl + 1L;
                seen++;
            }
            if (seen < keep) {
                throw new IllegalArgumentException(file + " holds " + seen + " lines but the checkpoint expects "
                        + keep);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(offset);
                ch.force(true);
            }
            return new SampleLog(file, keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends the samples of one update. */
    public void append(List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Sample s : samples) {
            ObjectNode n = JSON.createObjectNode();
            n.put("update", s.update());
            n.put("group", s.group());
            n.put("sequence", s.sequence());
            n.put("tool", s.tool());
            n.put("count", s.count());
            n.put("reward", s.reward());
            n.put("penalty", s.penalty());
            n.put("advantage", s.advantage());
            try {
                sb.append(JSON.writeValueAsString(n)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a sample as JSON", e);
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
        lines += samples.size();
    }

    /** Lines written so far (what a checkpoint records). */
    public long lines() {
        return lines;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
