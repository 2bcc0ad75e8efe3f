package org.equicert.input;

/**
 * A user's input file is malformed. The message has the form {@code file:line:column: what is
 * wrong}, suitable to print as is (no stack trace).
 */
public class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file (or other source) the mistake is in. */
    private final String source;
    /** The 1-based line of the mistake. */
    private final int line;
    /** The 1-based column of the mistake. */
    private final int column;
    /** What is wrong, in words. */
    private final String problem;

    /** An error at line:column (1-based) of source. */
    public InputFileException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + oneLine(problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = oneLine(problem);
    }

    /**
     * The text on one line: control characters (such as a newline quoted from the input) are
     * written as escapes ({@code \n}, {@code \u0000}), and more than 1,000 characters are cut.
     */
    public static String oneLine(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < 1000; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= 1000 ? sb.substring(0, 1000) + "…" : sb.toString();
    }

    /** {@return the file name or other source label} */
    public String source() {
        return source;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
