package org.equicert.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicert.certificate.CertificateStore;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Claim;
import org.equicert.certificate.Verdict;

/**
 * The printed statements of a report, so that no fact goes out unchecked (issue 12, item 6).
 *
 * <p>Every line a report prints is either <em>context</em> — a heading, the echo of the input, a
 * description of the method or of what could not be decided, the summary line — or a <em>fact</em>
 * about the game, which ends with exactly one citation:
 * <ul>
 * <li>{@code [certified: PATH]} — a certificate written and checked in this run states it;</li>
 * <li>{@code [from certified X: PATH]} — it is computed exactly and immediately (a sum, a ranking,
 *     an evaluation) from the object X that the certificate states;</li>
 * <li>{@code (not certified: reason)} — computed (exactly, or as an enclosure, or from theory) but
 *     no certificate states it; when certificates were not requested at all the report says so
 *     once at the top and the line ends with {@code (not certified)};</li>
 * <li>{@code [NOT CERTIFIED: reason]} — the checker rejected its certificate (exit code 1).</li>
 * </ul>
 * The JSON carries the same: a {@code "statements"} array with {@code "certified"} (and the
 * certificate or the reason) per fact, and {@code "facts": {"certified": N, "notCertified": M}}.
 * A report ends with the line {@code facts: N certified, M not certified}; {@link Tally} sums those
 * over several reports.
 *
 * <p>Adopting it in a report: create one over the report's line list and store, print headings with
 * {@link #context}, facts with {@link #fact}, get citations from {@link #certify}, and call
 * {@link #finish} last. Not thread-safe; one instance per report.
 */
final class Facts {

    /** The marker of a fact stated by a certificate of this run. */
    static final String CERTIFIED = "[certified: ";
    /** The marker of a fact computed exactly from a certified object. */
    static final String DERIVED = "[from certified ";
    /** The marker of a fact no certificate states. */
    static final String NOT_CERTIFIED = "(not certified";
    /** The marker of a fact whose certificate the checker rejected. */
    static final String REJECTED = "[NOT CERTIFIED: ";
    /** The note printed once when certificates were not requested. */
    static final String NOT_REQUESTED_NOTE = "(certificates not requested: --no-certify)";

    /** How a fact is backed. */
    enum Status {
        /** A certificate of this run states it. */
        CERTIFIED,
        /** Computed exactly from an object a certificate of this run states. */
        DERIVED,
        /** No certificate states it, for a reason printed on its line. */
        NOT_CERTIFIED,
        /** No certificate states it because none were requested (the reason is printed once). */
        NOT_REQUESTED,
        /** Its certificate was rejected by the checker. */
        REJECTED
    }

    /**
     * What backs one fact.
     *
     * @param status how it is backed
     * @param certificate the certificate's path (CERTIFIED, DERIVED), else null
     * @param detail the certified object (DERIVED) or the reason (otherwise), else null
     */
    record Citation(Status status, String certificate, String detail) {

        Citation {
            Objects.requireNonNull(status, "status");
            boolean cites = status == Status.CERTIFIED || status == Status.DERIVED;
            if (cites != (certificate != null)) {
                throw new IllegalArgumentException("a " + status + " citation " + (cites ? "needs" : "has no") + " certificate, got " + certificate);
            }
            if (status != Status.CERTIFIED && (detail == null || detail.isBlank())) {
                throw new IllegalArgumentException("a " + status + " citation needs a reason or object, got " + detail);
            }
        }

        /** Stated by the certificate at {@code path}. */
        static Citation certified(String path) {
            return new Citation(Status.CERTIFIED, path, null);
        }

        /** Not stated by any certificate, for {@code reason}. */
        static Citation notCertified(String reason) {
            return new Citation(Status.NOT_CERTIFIED, null, reason);
        }

        /** Not certified because certificates were not requested; {@code reason} goes to the JSON only. */
        static Citation notRequested(String reason) {
            return new Citation(Status.NOT_REQUESTED, null, reason);
        }

        /** The checker rejected the certificate, for {@code reason}. */
        static Citation rejected(String reason) {
            return new Citation(Status.REJECTED, null, reason);
        }

        /**
         * The citation of a fact computed exactly from {@code object}, which this citation backs: a
         * certificate makes it "[from certified OBJECT: PATH]"; otherwise the fact is not certified
         * either (a rejected certificate leaves it "not certified: the certificate of OBJECT was rejected").
         */
        Citation from(String object) {
            return switch (status) {
                case CERTIFIED, DERIVED -> new Citation(Status.DERIVED, certificate, object);
                case REJECTED -> notCertified("the certificate of " + object + " was rejected");
                case NOT_CERTIFIED, NOT_REQUESTED -> this;
            };
        }

        /** True for CERTIFIED and DERIVED. */
        boolean isCertified() {
            return status == Status.CERTIFIED || status == Status.DERIVED;
        }

        /** The text ending a fact's line. */
        String text() {
            return switch (status) {
                case CERTIFIED -> CERTIFIED + certificate + "]";
                case DERIVED -> DERIVED + detail + ": " + certificate + "]";
                case NOT_CERTIFIED -> NOT_CERTIFIED + ": " + detail + ")";
                case NOT_REQUESTED -> NOT_CERTIFIED + ")";
                case REJECTED -> REJECTED + detail + "]";
            };
        }

        /** The reason a fact is not certified, for the JSON; null when it is. */
        String reason() {
            return switch (status) {
                case CERTIFIED, DERIVED -> null;
                case REJECTED -> "the checker rejected its certificate: " + detail;
                case NOT_CERTIFIED, NOT_REQUESTED -> detail;
            };
        }
    }

    /**
     * Counts of facts, summable over reports (e.g. by {@code equicert examples}).
     *
     * @param certified facts citing a certificate (directly or as derived from one)
     * @param notCertified all other facts
     */
    record Tally(int certified, int notCertified) {

        /** No facts. */
        static final Tally NONE = new Tally(0, 0);

        Tally {
            if (certified < 0 || notCertified < 0) {
                throw new IllegalArgumentException("fact counts must not be negative, got " + certified + ", " + notCertified);
            }
        }

        /** The sum of two tallies. */
        Tally plus(Tally other) {
            return new Tally(certified + other.certified, notCertified + other.notCertified);
        }

        /** The sum of many tallies; O(k). */
        static Tally sum(Collection<Tally> tallies) {
            Tally t = NONE;
            for (Tally x : tallies) {
                t = t.plus(x);
            }
            return t;
        }

        /** The summary line, e.g. {@code facts: 7 certified, 2 not certified}. */
        String line() {
            return "facts: " + certified + " certified, " + notCertified + " not certified";
        }

        /** The JSON object {@code {"certified": N, "notCertified": M}}. */
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("certified", certified);
            m.put("notCertified", notCertified);
            return m;
        }
    }

    private final List<String> lines;
    private final CertificateStore store;
    private final List<Object> statements = new ArrayList<>();
    private final List<String> certificates = new ArrayList<>();
    private Checker checker;
    private int certified;
    private int notCertified;
    private boolean allChecked = true;

    /**
     * Facts printed into {@code lines} (the report's own list, appended to).
     *
     * @param store where certificates go, or null when they were not requested ({@link #certify}
     *     then returns NOT_REQUESTED citations)
     */
    Facts(List<String> lines, CertificateStore store) {
        this.lines = Objects.requireNonNull(lines, "lines");
        this.store = store;
    }

    /** True when certificates are written (a store was given). */
    boolean requested() {
        return store != null;
    }

    /** Prints {@link #NOT_REQUESTED_NOTE} as context when certificates were not requested. */
    void noteIfNotRequested() {
        if (store == null) {
            context(NOT_REQUESTED_NOTE);
        }
    }

    /** A line that states no fact about the game: a heading, the echo of the input, a status. */
    void context(String line) {
        lines.add(line);
    }

    /** A fact whose JSON statement is its line without surrounding blanks. */
    void fact(String line, Citation citation) {
        fact(line, line.strip(), citation);
    }

    /** A fact: the line ends with the citation, the JSON records {@code statement} with it. */
    void fact(String line, String statement, Citation citation) {
        lines.add(line + "  " + citation.text());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("statement", statement);
        j.put("certified", citation.isCertified());
        if (citation.isCertified()) {
            j.put("certificate", citation.certificate());
            if (citation.status() == Status.DERIVED) {
                j.put("from", citation.detail());
            }
            certified++;
        } else {
            j.put("reason", citation.reason());
            notCertified++;
        }
        statements.add(j);
    }

    /**
     * Checks {@code claim} with the independent checker and, when it is accepted, writes its
     * certificate and proof as {@code name}. Cost: that of the check.
     *
     * @return CERTIFIED with the certificate's path; REJECTED with the checker's reason (and
     *     {@link #allChecked()} becomes false); NOT_REQUESTED without a store
     */
    Citation certify(String name, Claim claim) {
        if (store == null) {
            return Citation.notRequested("--no-certify");
        }
        if (checker == null) {
            checker = new Checker(Main.VERSION);
        }
        Verdict v = checker.check(claim);
        if (!v.accepted()) {
            allChecked = false;
            return Citation.rejected(v.reason());
        }
        String path = store.store(name, claim, v).certificate().toString();
        certificates.add(path);
        return Citation.certified(path);
    }

    /** False once the checker rejected a claim of this report. */
    boolean allChecked() {
        return allChecked;
    }

    /** The facts recorded so far. */
    Tally tally() {
        return new Tally(certified, notCertified);
    }

    /** The certificates written so far, in order. */
    List<String> certificates() {
        return List.copyOf(certificates);
    }

    /**
     * Ends the report: prints the summary line and puts {@code "certificates"} (when any),
     * {@code "statements"} and {@code "facts"} into {@code json}.
     */
    void finish(Map<String, Object> json) {
        Tally t = tally();
        lines.add(t.line());
        if (!certificates.isEmpty()) {
            json.put("certificates", List.copyOf(certificates));
        }
        json.put("statements", List.copyOf(statements));
        json.put("facts", t.json());
    }
}
