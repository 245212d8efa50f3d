package org.cyberselfplay.agents.neural;

import java.nio.file.Path;
import org.cyberselfplay.agents.PolicyException;

/** A checkpoint that cannot be written or used; the message names the file and the problem. */
public final class CheckpointException extends PolicyException {
    private static final long serialVersionUID = 1L;

    public CheckpointException(Path file, String problem) {
        super("checkpoint " + file + ": " + problem);
    }

    public CheckpointException(Path file, String problem, Throwable cause) {
        super("checkpoint " + file + ": " + problem, cause);
    }
}
