package org.equicert.cli;

import org.equicert.input.InputFileException;

/** A mistake in how the command was used; printed as one line, exit code 2. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A user mistake with a message that says how to fix it. */
    public UserException(String message) {
        super(InputFileException.oneLine(message));
    }
}
