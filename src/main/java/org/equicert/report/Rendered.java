package org.equicert.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A result rendered for people and programs: its text lines (each fact ending with its citation,
 * the last line the fact count) and its JSON tree (the same facts as {@code "statements"}).
 *
 * @param lines the text, one entry per line
 * @param json the JSON tree, serialised with {@link JsonText#render}
 * @param tally how many facts are certified and how many not
 * @param allChecked false when the checker rejected a certificate of the result (exit status 1)
 */
public record Rendered(List<String> lines, Map<String, Object> json, Tally tally, boolean allChecked) {

    /** Copies the lines; the JSON tree is taken as built (renderers build it fresh). */
    public Rendered {
        lines = List.copyOf(lines);
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(tally, "tally");
    }
}
