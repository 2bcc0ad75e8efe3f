package org.equicert.game.io;

import java.nio.file.Path;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.input.InputLimits;

/** Reads a game file by its extension: {@code .nfg} (Gambit) or {@code .json} (equicert). */
public final class GameFiles {

    private GameFiles() {
    }

    /**
     * Reads a game within the default {@link InputLimits}.
     *
     * @throws InputFileException if the file is missing, unreadable, malformed or over a limit
     */
    public static NormalFormGame read(Path file) {
        return read(file, InputLimits.DEFAULT);
    }

    /**
     * Reads a game. Cost: linear in the file's size, which is checked before reading.
     *
     * @throws InputFileException if the file is missing, unreadable, malformed or over a limit
     */
    public static NormalFormGame read(Path file, InputLimits limits) {
        return file.toString().endsWith(".json") ? JsonGameFormat.read(file, limits) : NfgReader.read(file, limits);
    }
}
