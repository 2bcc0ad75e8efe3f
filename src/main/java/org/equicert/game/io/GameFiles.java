package org.equicert.game.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;

/** Reads a game file by its extension: {@code .nfg} (Gambit) or {@code .json} (equicert). */
public final class GameFiles {

    private GameFiles() {
    }

    /**
     * Reads a game.
     *
     * @throws InputFileException if the file is missing, unreadable or malformed
     */
    public static NormalFormGame read(Path file) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(name);
            }
            if (name.endsWith(".json")) {
                return JsonGameFormat.read(file);
            }
            return NfgReader.read(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, 1, 1, "no such file");
        } catch (IOException e) {
            throw new InputFileException(name, 1, 1, "cannot read: " + e.getMessage());
        }
    }
}
