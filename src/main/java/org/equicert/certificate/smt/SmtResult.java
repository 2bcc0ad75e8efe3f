package org.equicert.certificate.smt;

/**
 * What the embedded solver said about an SMT-LIB script.
 *
 * @param status "unsat", "sat", "unknown" or "error"
 * @param proofChecked true if an unsat answer came with a proof that SMTInterpol's minimal proof
 *     checker accepted
 * @param proof the proof term as text (empty unless unsat)
 * @param message details (the error text for "error")
 */
public record SmtResult(String status, boolean proofChecked, String proof, String message) {

    /** True for a proof-checked unsat answer. */
    public boolean provedUnsat() {
        return "unsat".equals(status) && proofChecked;
    }
}
