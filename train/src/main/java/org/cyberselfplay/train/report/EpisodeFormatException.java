package org.cyberselfplay.train.report;

import java.nio.file.Path;

/** A recorded-episode file that cannot be read: the message names the file, the line and what is wrong. */
public final class EpisodeFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file    the episode file
     * @param line    the 1-based line number, or 0 when the problem concerns the whole file
     * @param problem what is wrong: for a line a noun phrase ({@code missing field 'actor'}), for the whole
     *                file a verb phrase ({@code does not exist}); the message reads
     *                {@code episode file F, line N: missing field 'actor'} or {@code episode file F does not exist}
     */
    public EpisodeFormatException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public EpisodeFormatException(Path file, int line, String problem, Throwable cause) {
        super("episode file " + file + (line > 0 ? ", line " + line + ": " : " ") + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** The 1-based line number of the problem, or 0 for the whole file. */
    public int line() {
        return line;
    }
}
