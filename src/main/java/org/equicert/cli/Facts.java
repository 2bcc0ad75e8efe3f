package org.equicert.cli;

import java.util.List;
import java.util.Map;
import org.equicert.api.Certifier;
import org.equicert.api.CheckedCertificate;
import org.equicert.api.Citation;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Claim;
import org.equicert.report.FactLines;
import org.equicert.report.Tally;

/**
 * A report's fact lines together with its certifier: the pair a command that both computes and
 * prints still uses. New code computes through {@link org.equicert.api} with a {@link Certifier}
 * and renders with {@link FactLines}; this class only joins the two. Not thread-safe.
 */
final class Facts {

    /** The marker of a fact stated by a certificate of this run. */
    static final String CERTIFIED = Citation.CERTIFIED_MARK;
    /** The marker of a fact computed exactly from a certified object. */
    static final String DERIVED = Citation.DERIVED_MARK;
    /** The marker of a fact no certificate states. */
    static final String NOT_CERTIFIED = Citation.NOT_CERTIFIED_MARK;
    /** The marker of a fact whose certificate the checker rejected. */
    static final String REJECTED = Citation.REJECTED_MARK;
    /** The note printed once when certificates were not requested. */
    static final String NOT_REQUESTED_NOTE = FactLines.NOT_REQUESTED_NOTE;

    private final FactLines lines;
    private final Certifier certifier;

    /**
     * Facts printed into {@code lines} (the report's own list, appended to).
     *
     * @param store where certificates go, or null when they were not requested ({@link #certify}
     *     then returns NOT_REQUESTED citations)
     */
    Facts(List<String> lines, CertificateStore store) {
        this.certifier = store == null ? Certifier.disabled() : Certifier.into(store);
        this.lines = new FactLines(lines, certifier.requested());
    }

    /** True when certificates are written (a store was given). */
    boolean requested() {
        return certifier.requested();
    }

    /** Prints the not-requested note as context when certificates were not requested. */
    void noteIfNotRequested() {
        lines.noteIfNotRequested();
    }

    /** A line that states no fact about the game. */
    void context(String line) {
        lines.context(line);
    }

    /** A fact whose JSON statement is its line without surrounding blanks. */
    void fact(String line, Citation citation) {
        lines.fact(line, citation);
    }

    /** A fact: the line ends with the citation, the JSON records {@code statement} with it. */
    void fact(String line, String statement, Citation citation) {
        lines.fact(line, statement, citation);
    }

    /** Checks and stores {@code claim} as {@code name}; see {@link Certifier#certify}. */
    Citation certify(String name, Claim claim) {
        return certifier.certify(name, claim);
    }

    /** False once the checker rejected a claim of this report. */
    boolean allChecked() {
        return certifier.allChecked();
    }

    /** The facts recorded so far. */
    Tally tally() {
        return lines.tally();
    }

    /** The certificates written so far, in order. */
    List<String> certificates() {
        return certifier.certificates().stream().map(c -> c.path().toString()).toList();
    }

    /** Ends the report: the summary line, and the certificates, statements and facts in {@code json}. */
    void finish(Map<String, Object> json) {
        lines.finish(json, certificates());
    }

    /** The certificates written so far. */
    List<CheckedCertificate> checked() {
        return certifier.certificates();
    }
}
