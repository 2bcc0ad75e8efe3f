package org.equicert.cli.batch;

import java.io.Serializable;
import java.util.List;

/**
 * One game of a batch: its position in the input order, its id (the directory name of its
 * certificates under {@code OUT/certificates/}), the game file as the user spelled it (relative
 * paths resolve against the working directory) and the single-game command's extra options.
 *
 * @param index position in the input order, from 0
 * @param id unique within the batch; letters, digits, {@code .}, {@code _} and {@code -} only
 * @param game the game file
 * @param options the command's options for this game (from a manifest line and {@code --args})
 */
public record GameSpec(int index, String id, String game, List<String> options) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Validates and copies. */
    public GameSpec {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, got " + index);
        }
        if (!id.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("game id must be letters, digits, '.', '_' or '-' and not start with '.', got '" + id + "'");
        }
        if (game.isEmpty()) {
            throw new IllegalArgumentException("game path must not be empty");
        }
        options = List.copyOf(options);
    }
}
