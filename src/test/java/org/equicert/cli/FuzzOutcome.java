package org.equicert.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one fuzz input did to one reader.
 *
 * @param target the reader
 * @param kind accepted, rejected properly, or the kind of failure
 * @param message the reader's message (or the unexpected throwable), empty when accepted
 * @param nanos wall-clock time of the read
 * @param allocatedBytes bytes allocated by the reading thread during the read
 */
record FuzzOutcome(FuzzTarget target, Kind kind, String message, long nanos, long allocatedBytes) {

    /** An input must be read within this time. */
    static final long TIME_BOUND_NANOS = 5_000_000_000L;
    /** An input must be read allocating less than this. */
    static final long ALLOCATION_BOUND_BYTES = 512L * 1024 * 1024;

    /**
     * Checker defects found by the fuzzer and reported, not fixed here (the certificate package is
     * not ours to edit; see src/test/resources/fuzz-regressions/README.md). Each is recognised only
     * in its exact form, so that any other failure still fails the fuzzer.
     */
    enum KnownCheckerDefect {
        /**
         * An internal detail in an otherwise proper MALFORMED verdict: a NullPointerException's text
         * for a missing field (or "null" once the JIT omits it), Jackson's wording for bad JSON, an
         * exception's class name from the checker's catch-alls, or a non-string kind echoed as a
         * Java list.
         */
        MESSAGE_INTERNALS(Pattern.compile(".*(is malformed: (Cannot invoke \"|null( |$))"
                + "|claim data is not valid JSON: .*(StreamReadConstraints|Source: REDACTED)"
                + "|(does not describe a claim|the claim's data cannot be checked) \\((\\w+)(Exception|Error)[:)]"
                + "|unknown claim kind '\\[).*")),
        /**
         * {@code Checker.checkText} throws ArrayIndexOutOfBoundsException from
         * {@code OracleSpoClaim.statement} (via {@code Verdict.about}) when an oracle-spo data line
         * has more players than its point; {@code equicert check} prints the stack trace, exit 1.
         */
        ORACLE_SPO_STATEMENT_CRASH(Pattern.compile(".*ArrayIndexOutOfBoundsException.*OracleSpoClaim\\.statement\\(OracleSpoClaim\\.java.*")),
        /**
         * Checking an ultimatum oracle certificate (unmodified, or with a data-line edit that still
         * renders to the same file) allocates about 2 GB, whatever the verdict, and on a loaded
         * machine can take more than 5 s: the cost of its exact obligations and proof.
         */
        ULTIMATUM_CHECK_COST(Pattern.compile("(ACCEPTED|REJECTED|exit [01]: (VALID|INVALID)).*about: +(oracle-game sha256:[0-9a-f]+, titled \")?Ultimatum Game: .*"));

        private final Pattern form;

        KnownCheckerDefect(Pattern form) {
            this.form = form;
        }
    }

    /** The outcome of an input; only the first two are acceptable. */
    enum Kind {
        /** Read successfully (for certificates: the unmodified file or an exact re-render, checked valid). */
        ACCEPTED,
        /** Rejected with one located line ({@code file:line:column: ...}; for the checker: a verdict naming a line or rule). */
        REJECTED,
        /** An exception or error other than the documented located input error, or an exit code outside 0/1/2. */
        CRASH,
        /** A rejection message without a location, or not on one line. */
        UNLOCATED,
        /** An internal detail (an exception class name, a stack frame) in a message. */
        INTERNALS,
        /** A modified certificate was accepted. */
        FALSE_ACCEPT
    }

    /** True if the input took longer than {@link #TIME_BOUND_NANOS}. */
    boolean hang() {
        return nanos >= TIME_BOUND_NANOS;
    }

    /** True if the input allocated {@link #ALLOCATION_BOUND_BYTES} or more. */
    boolean overAllocated() {
        return allocatedBytes >= ALLOCATION_BOUND_BYTES;
    }

    /** True if the outcome is acceptable: a proper answer within the time and allocation bounds. */
    boolean ok() {
        return (kind == Kind.ACCEPTED || kind == Kind.REJECTED) && !hang() && !overAllocated();
    }

    /** The reported checker defect this outcome shows, if it is one (see {@link KnownCheckerDefect}). */
    Optional<KnownCheckerDefect> knownCheckerDefect() {
        if (target != FuzzTarget.CERTIFICATE && target != FuzzTarget.CERTIFICATE_CLI) {
            return Optional.empty();
        }
        KnownCheckerDefect d = switch (kind) {
            // MESSAGE_INTERNALS and ORACLE_SPO_STATEMENT_CRASH are fixed: they fail the campaign again.
            case ACCEPTED, REJECTED -> hang() || overAllocated() ? KnownCheckerDefect.ULTIMATUM_CHECK_COST : null;
            default -> null;
        };
        return d != null && d.form.matcher(message).matches() ? Optional.of(d) : Optional.empty();
    }

    /** One line describing the outcome, for failure messages and the campaign's report. */
    String describe() {
        return target + " " + kind + " in " + nanos / 1_000_000 + " ms, " + allocatedBytes / (1024 * 1024) + " MB allocated: " + message;
    }
}
