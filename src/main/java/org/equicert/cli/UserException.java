package org.equicert.cli;

/** A mistake in how the command was used; printed as one line, exit code 2. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A user mistake with a message that says how to fix it. */
    public UserException(String message) {
        super(message);
    }
}
