package org.equicert.cli.batch;

import java.io.Serializable;
import java.util.List;

/**
 * One game done: its record line (compact JSON, no timings, certificate paths relative to the
 * batch's output directory) and the files its command wrote, as bytes, so that a Spark executor
 * can hand them to the driver and a local run writes them the same way.
 *
 * @param index the game's position in the input order
 * @param id the game's id
 * @param status the game's status
 * @param record the JSON Lines record, one line
 * @param files the files written, paths relative to {@code OUT/certificates/ID/}, sorted
 * @param measurements the job's run-dependent measurements ({@link GameJob.Outcome#measurements}), one
 *     line of JSON, or empty; stored beside the records, never in them
 */
public record FinishedGame(int index, String id, GameStatus status, String record, List<GameFile> files, String measurements)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Copies the file list; the record and the measurements must be one line each. */
    public FinishedGame {
        if (record.indexOf('\n') >= 0 || measurements.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a record and its measurements must be one line each, got " + record.length() + " and "
                    + measurements.length() + " characters with a line break");
        }
        files = List.copyOf(files);
    }

    /** A finished game without measurements. */
    public FinishedGame(int index, String id, GameStatus status, String record, List<GameFile> files) {
        this(index, id, status, record, files, "");
    }

    /**
     * A file written by a game's command.
     *
     * @param path relative to the game's certificate directory, with {@code /} separators
     * @param bytes its content
     */
    public record GameFile(String path, byte[] bytes) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies the bytes; the path must stay inside the game's directory. */
        public GameFile {
            if (path.isEmpty() || path.startsWith("/") || path.contains("..")) {
                throw new IllegalArgumentException("a game file path must be relative and inside its directory, got '" + path + "'");
            }
            bytes = bytes.clone();
        }

        /** A copy of the content. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
