package org.cyberselfplay.train.cli;

/**
 * Bad user input found while a command runs (a value that parses but cannot be used, a missing file).
 * The CLI prints the message, which must be one sentence naming the flag, file or field and what would be
 * accepted, and exits with code 2.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
