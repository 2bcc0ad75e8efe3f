package org.equicert.certificate;

/**
 * A checker's verdict on a claim.
 *
 * @param accepted true only if every obligation held and the SMT certificate was proved unsat with
 *     a checked proof
 * @param reason why it was accepted or rejected, in words
 * @param smtStatus the embedded solver's answer ("unsat", "sat", …), or "not run"
 * @param proof the proof text when accepted, else empty
 */
public record Verdict(boolean accepted, String reason, String smtStatus, String proof) {

    static Verdict rejected(String reason, String smtStatus) {
        return new Verdict(false, reason, smtStatus, "");
    }
}
