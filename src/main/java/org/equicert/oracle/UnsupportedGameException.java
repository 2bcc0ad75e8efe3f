package org.equicert.oracle;

/** A well-formed oracle game outside what the exact engine handles; the message says why. */
public final class UnsupportedGameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message for the user. */
    public UnsupportedGameException(String message) {
        super(message);
    }
}
