package org.equicert.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.number.Rational;

/** Reading and checking option values: numbers within {@link InputLimits}, output directories. */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * The exact rational an option's text denotes.
     *
     * @throws UserException naming the option if the text is not a number or is too large
     */
    static Rational number(String option, String text) {
        try {
            return InputLimits.parseNumber(text);
        } catch (LimitExceededException e) {
            throw new UserException(option + ": " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new UserException(option + ": '" + InputLimits.excerpt(text) + "' is not a number (use an integer, a decimal such as 0.25"
                    + " or a fraction such as 1/4)");
        }
    }

    /**
     * Makes sure {@code dir} is, or can be created as, a writable directory: creates it (and its
     * parents) now, so that a bad {@code --out} fails before any work is done.
     *
     * @throws UserException naming the option and the reason
     */
    static Path writableDirectory(String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(option + " " + dir + ": not a directory (it is a file); give a directory for the output");
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UserException(option + " " + dir + ": " + p + " is not a directory");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new UserException(option + " " + dir + ": cannot create the directory (" + reason(e) + "); give a writable directory");
        }
        if (!Files.isWritable(dir)) {
            throw new UserException(option + " " + dir + ": the directory is not writable");
        }
        return dir;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileSystemException) {
            return "the file system refused to create it";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
