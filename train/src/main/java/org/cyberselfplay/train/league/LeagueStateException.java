package org.cyberselfplay.train.league;

import java.nio.file.Path;

/**
 * A league-state checkpoint that cannot be resumed from: unreadable, not JSON, a field missing or out of range,
 * or disagreeing with the run's config or files. The message names the file and the field, and says that the
 * file was left untouched.
 */
public final class LeagueStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file  the state file
     * @param field the field's path in the file ({@code pool[2].kind}), or empty for the whole file
     * @param why   what is wrong with it
     */
    public LeagueStateException(Path file, String field, String why, Throwable cause) {
        super("league state " + file + (field.isEmpty() ? "" : ", field " + field) + ": " + why
                + "; the run cannot be resumed from it (the file was left as it is)", cause);
        this.file = file;
    }

    public LeagueStateException(Path file, String field, String why) {
        this(file, field, why, null);
    }

    /** The state file. */
    public Path file() {
        return file;
    }
}
