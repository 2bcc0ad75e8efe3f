package org.equicert.oracle;

/** A strategy expression that does not parse; {@link #offset()} is 0-based in the expression text. */
public final class ExprSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /** An error at {@code offset}. */
    public ExprSyntaxException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Where in the expression text (0-based). */
    public int offset() {
        return offset;
    }
}
