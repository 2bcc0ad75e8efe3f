package org.equicert.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user's input file as UTF-8 text within the file-size limit, with located errors. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The file's text. Cost: linear in the file's size, which is checked before reading.
     *
     * @throws InputFileException (at 1:1, or at the first bad byte) if the file is missing, not a
     *     regular file, larger than {@code limits.maxFileBytes()}, unreadable or not UTF-8
     */
    public static String read(Path file, InputLimits limits) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new InputFileException(name, 1, 1, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new InputFileException(name, 1, 1, "not a regular file (a directory or device?)");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new InputFileException(name, 1, 1, "file too large: " + size + " bytes (limit " + limits.maxFileBytes()
                        + " bytes; raise it with --max-file-size BYTES)");
            }
            return decode(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, 1, 1, "no such file");
        } catch (IOException e) {
            throw new InputFileException(name, 1, 1, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Decodes UTF-8 (a leading byte-order mark is kept for the readers to skip).
     *
     * @throws InputFileException at the line and column of the first invalid byte sequence
     */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(ByteBuffer.wrap(bytes), out, true);
        if (r.isError()) {
            String before = out.flip().toString();
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new InputFileException(source, line, col, "invalid UTF-8 byte sequence (is this a binary file?); save the file as UTF-8 text");
        }
        d.flush(out);
        return out.flip().toString();
    }
}
