package org.equicert.input;


/** A JSON input error located at a line and column. */
public final class JsonInputException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /** An error at line:column of source. */
    public JsonInputException(String source, int line, int column, String message) {
        super(source, line, column, message);
    }
}
