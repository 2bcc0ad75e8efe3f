package org.equicert.cli.batch;

/** The outcome of one game of a batch, as written in its record's {@code status}. */
public enum GameStatus {
    /** The command exited with 0: every claim certified. */
    OK("ok"),
    /** The command exited with 1: a claim did not certify or is false. */
    DISCREPANCY("discrepancy"),
    /** The command exited with 2: the game or its options are wrong. */
    INPUT_ERROR("input-error"),
    /** The game ran past the batch's {@code --timeout} (or the command's own, exit 3). */
    TIMEOUT("timeout"),
    /** The command failed unexpectedly (a bug) or its certificates failed the driver's re-check. */
    ERROR("error");

    private final String label;

    GameStatus(String label) {
        this.label = label;
    }

    /** The word written in records and the summary. */
    public String label() {
        return label;
    }

    /** The status of a command's exit code: 0 ok, 1 discrepancy, 2 input error, 3 timeout, else error. */
    public static GameStatus ofExit(int exit) {
        return switch (exit) {
            case 0 -> OK;
            case 1 -> DISCREPANCY;
            case 2 -> INPUT_ERROR;
            case 3 -> TIMEOUT;
            default -> ERROR;
        };
    }

    /** The status written as {@code label}. */
    public static GameStatus parse(String label) {
        for (GameStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown game status '" + label + "'");
    }
}
