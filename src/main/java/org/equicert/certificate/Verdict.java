package org.equicert.certificate;

/**
 * A checker's verdict on a claim or a certificate file.
 *
 * @param status accepted, rejected (the claim is false or the file is not its exact certificate),
 *     or malformed (the file cannot be read as a certificate at all)
 * @param reason why, in words, naming the rule that decided
 * @param smtStatus the embedded solver's answer ("unsat", "sat", …), or "not run"
 * @param proof the proof text when accepted, else empty
 * @param statement the claim in words when one was rebuilt, else empty
 * @param subject what the claim is about (title or label) when one was rebuilt, else empty
 * @param fingerprint the fingerprint of the game or chain the claim is about, else empty
 */
public record Verdict(Status status, String reason, String smtStatus, String proof, String statement, String subject,
        String fingerprint) {

    /** The three outcomes of a check. */
    public enum Status {
        /** Every obligation held and the SMT certificate was proved unsat with a checked proof. */
        ACCEPTED,
        /** The claim is false, or the file is not exactly the certificate of its stated claim. */
        REJECTED,
        /** The file cannot be read as a certificate (bad data, unreadable). */
        MALFORMED
    }

    /** Null-free. */
    public Verdict {
        reason = reason == null ? "" : reason;
        smtStatus = smtStatus == null ? "not run" : smtStatus;
        proof = proof == null ? "" : proof;
        statement = statement == null ? "" : statement;
        subject = subject == null ? "" : subject;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /** True only for {@link Status#ACCEPTED}. */
    public boolean accepted() {
        return status == Status.ACCEPTED;
    }

    static Verdict rejected(String reason, String smtStatus) {
        return new Verdict(Status.REJECTED, reason, smtStatus, "", "", "", "");
    }

    static Verdict malformed(String reason) {
        return new Verdict(Status.MALFORMED, reason, "not run", "", "", "", "");
    }

    /** The same verdict, saying which claim it is about. */
    Verdict about(String claimStatement, String claimSubject, String claimFingerprint) {
        return new Verdict(status, reason, smtStatus, proof, claimStatement, claimSubject, claimFingerprint);
    }
}
