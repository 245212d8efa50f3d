package org.cyberselfplay.agents;

/** A policy spec that names nothing usable (unknown name, bad noise level, unreadable file). */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
