package org.equicert.input;

/**
 * An input is larger than a documented {@link InputLimits limit}. The message names the limit and,
 * where one exists, the option that raises it; it carries no location (readers that know one wrap
 * it into an {@link InputFileException}).
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A limit was exceeded; {@code message} says which and how to raise it. */
    public LimitExceededException(String message) {
        super(message);
    }
}
