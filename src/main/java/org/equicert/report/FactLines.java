package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicert.api.Citation;

/**
 * The printed statements of one rendered result, so that no fact goes out unchecked.
 *
 * <p>Every line is either <em>context</em> — a heading, the echo of the input, a description of the
 * method or of what could not be decided, the summary line — or a <em>fact</em> about the game,
 * which ends with exactly one {@link Citation#text() citation}. The JSON carries the same: a
 * {@code "statements"} array with {@code "certified"} (and the certificate or the reason) per fact,
 * and {@code "facts": {"certified": N, "notCertified": M}}. A rendering ends with the line
 * {@code facts: N certified, M not certified}.
 *
 * <p>A renderer creates one over its line list, prints headings with {@link #context}, facts with
 * {@link #fact}, and calls {@link #finish} last. Mutable builder; one instance per rendering.
 */
public final class FactLines {

    /** The note printed once when certificates were not requested. */
    public static final String NOT_REQUESTED_NOTE = "(certificates not requested: --no-certify)";

    private final List<String> lines;
    private final boolean requested;
    private final List<Object> statements = new ArrayList<>();
    private int certified;
    private int notCertified;

    /**
     * Facts printed into {@code lines} (appended to).
     *
     * @param requested whether certificates were requested for the rendered result
     */
    public FactLines(List<String> lines, boolean requested) {
        this.lines = Objects.requireNonNull(lines, "lines");
        this.requested = requested;
    }

    /** True when certificates were requested for the rendered result. */
    public boolean requested() {
        return requested;
    }

    /** Prints {@link #NOT_REQUESTED_NOTE} as context when certificates were not requested. */
    public void noteIfNotRequested() {
        if (!requested) {
            context(NOT_REQUESTED_NOTE);
        }
    }

    /** A line that states no fact about the game: a heading, the echo of the input, a status. */
    public void context(String line) {
        lines.add(line);
    }

    /** A fact whose JSON statement is its line without surrounding blanks. */
    public void fact(String line, Citation citation) {
        fact(line, line.strip(), citation);
    }

    /** A fact: the line ends with the citation, the JSON records {@code statement} with it. */
    public void fact(String line, String statement, Citation citation) {
        lines.add(line + "  " + citation.text());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("statement", statement);
        j.put("certified", citation.isCertified());
        if (citation.isCertified()) {
            j.put("certificate", citation.certificate().orElseThrow());
            if (citation.status() == Citation.Status.DERIVED) {
                j.put("from", citation.detail().orElseThrow());
            }
            certified++;
        } else {
            j.put("reason", citation.reason().orElseThrow());
            notCertified++;
        }
        statements.add(j);
    }

    /** The facts recorded so far. */
    public Tally tally() {
        return new Tally(certified, notCertified);
    }

    /**
     * Ends the rendering: prints the summary line and puts {@code "certificates"} (when any),
     * {@code "statements"} and {@code "facts"} into {@code json}.
     *
     * @param certificates the paths of the certificates the result's job wrote, in order
     */
    public void finish(Map<String, Object> json, List<String> certificates) {
        Tally t = tally();
        lines.add(t.line());
        if (!certificates.isEmpty()) {
            json.put("certificates", List.copyOf(certificates));
        }
        json.put("statements", List.copyOf(statements));
        json.put("facts", t.json());
    }
}
