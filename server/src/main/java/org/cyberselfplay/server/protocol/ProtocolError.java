package org.cyberselfplay.server.protocol;

import java.util.List;

/**
 * A request the server refuses, with the OpenEnv error code that tells the client why. Thrown by the
 * readers and the game session; the WebSocket front end turns it into an error frame and keeps the
 * connection open, the HTTP front end into a 4xx reply. No stack trace is captured: these are expected.
 */
public final class ProtocolError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The OpenEnv error codes. */
    public enum Code {
        /** The frame is not JSON. */
        INVALID_JSON,
        /** The message's {@code type} is not one of reset, step, state, close, mcp. */
        UNKNOWN_TYPE,
        /** A field has the wrong type or a value outside what is accepted; {@link #errors()} lists each one. */
        VALIDATION_ERROR,
        /** A well-formed request the game cannot carry out now (out of turn, illegal now, episode over, no reset yet). */
        EXECUTION_ERROR,
        /** The server already holds its maximum number of sessions. */
        CAPACITY_REACHED,
        /** The environment or the opponent could not be built (for example an invalid scenario file). */
        FACTORY_ERROR,
        /** The session itself ended (reaped after being idle, or shutting down). */
        SESSION_ERROR
    }

    private final Code code;
    private final transient List<FieldError> errors;

    /** An error without field details. */
    public ProtocolError(Code code, String message) {
        this(code, message, List.of());
    }

    /** An error with field details (used with {@link Code#VALIDATION_ERROR}). */
    public ProtocolError(Code code, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** A validation error whose message joins the field messages. */
    public static ProtocolError validation(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder("Invalid request: ");
        for (int i = 0; i < errors.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(errors.get(i).describe());
        }
        return new ProtocolError(Code.VALIDATION_ERROR, sb.toString(), errors);
    }

    /** A validation error about one field. */
    public static ProtocolError validation(FieldError error) {
        return validation(List.of(error));
    }

    /** An execution error carrying the env's (or the server's) one-sentence reason. */
    public static ProtocolError execution(String message) {
        return new ProtocolError(Code.EXECUTION_ERROR, message);
    }

    public Code code() {
        return code;
    }

    /** The field errors of a validation error (empty otherwise; unmodifiable). */
    public List<FieldError> errors() {
        return errors;
    }
}
