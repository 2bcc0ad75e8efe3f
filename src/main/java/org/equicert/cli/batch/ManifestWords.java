package org.equicert.cli.batch;

import java.util.ArrayList;
import java.util.List;
import org.equicert.input.InputFileException;

/**
 * Splits a manifest line into words as a shell does: blanks separate words, single quotes keep
 * everything literally, double quotes keep blanks, a backslash outside single quotes escapes the
 * next character, and an unquoted {@code #} at the start of a word starts a comment.
 */
final class ManifestWords {

    /**
     * A word and the 1-based column where it starts.
     *
     * @param text the word without its quotes
     * @param column 1-based column of its first character
     */
    record Word(String text, int column) {
    }

    private ManifestWords() {
    }

    /**
     * The words of one line; cost linear in its length.
     *
     * @throws InputFileException at the opening quote of an unterminated quoted word
     */
    static List<Word> split(String source, int lineNumber, String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new Word(cur.toString(), start + 1));
                    cur.setLength(0);
                    start = -1;
                }
                i++;
                continue;
            }
            if (c == '#' && start < 0) {
                break;
            }
            if (start < 0) {
                start = i;
            }
            if (c == '\'' || c == '"') {
                int close = i + 1;
                while (close < line.length() && line.charAt(close) != c) {
                    if (c == '"' && line.charAt(close) == '\\' && close + 1 < line.length()) {
                        cur.append(line.charAt(close + 1));
                        close += 2;
                        continue;
                    }
                    cur.append(line.charAt(close));
                    close++;
                }
                if (close >= line.length()) {
                    throw new InputFileException(source, lineNumber, i + 1, "unterminated " + (c == '\'' ? "single" : "double")
                            + " quote; close it with " + c);
                }
                i = close + 1;
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new InputFileException(source, lineNumber, i + 1, "a backslash at the end of the line escapes nothing");
                }
                cur.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            cur.append(c);
            i++;
        }
        if (start >= 0) {
            words.add(new Word(cur.toString(), start + 1));
        }
        return words;
    }
}
