package org.equicert.certificate;

import java.util.List;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.certificate.smt.SmtResult;
import org.equicert.number.Rational;

/**
 * The small trusted checker. For a claim it (1) re-does the exact obligations with its own code,
 * (2) runs the certificate text in a fresh embedded SMTInterpol with proof production and proof
 * checking, requiring {@code unsat} with a checked proof, and (3) on every run checks a known-false
 * canary claim first, failing loudly if the canary would pass. It imports no solver code.
 */
public final class Checker {

    /** The tool version written into and expected in certificates. */
    private final String toolVersion;

    /** A checker for certificates written by the given tool version. */
    public Checker(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * A known-false claim: in the 2x2 coordination game (both 1 on the diagonal, 0 off it), the
     * mis-coordinated profile (first action, second action) is not a Nash equilibrium.
     */
    static NashClaim canary() {
        Rational one = Rational.ONE;
        Rational zero = Rational.ZERO;
        PayoffTable t = new PayoffTable("canary: 2x2 coordination", new int[] {2, 2},
                new Rational[][] {{one, zero, zero, one}, {one, zero, zero, one}});
        return NashClaim.nash(t, new Rational[][] {{one, zero}, {zero, one}});
    }

    private void runCanary() {
        NashClaim c = canary();
        if (c.obligationFailures().isEmpty()) {
            throw new IllegalStateException("checker canary passed the exact obligations: the checker is broken");
        }
        SmtResult r = EmbeddedSmtInterpol.run(CertificateFile.render(c, toolVersion));
        if (!"sat".equals(r.status())) {
            throw new IllegalStateException("checker canary was not refuted by SMTInterpol (answer: " + r.status() + " "
                    + r.message() + "): the SMT check is broken");
        }
    }

    /** Checks a claim: obligations, then its certificate in SMTInterpol with a checked proof. */
    public Verdict check(Claim claim) {
        runCanary();
        List<String> failures = claim.obligationFailures();
        if (!failures.isEmpty()) {
            return Verdict.rejected("exact recomputation refutes the claim: " + String.join("; ", failures), "not run");
        }
        return runSmt(CertificateFile.render(claim, toolVersion));
    }

    /**
     * Checks a certificate file's text: rebuilds the claim from its data line, re-does the
     * obligations, requires the file to be exactly the claim's certificate, and runs it.
     */
    public Verdict checkText(String text) {
        runCanary();
        String json = CertificateFile.dataJson(text);
        if (json == null) {
            return checkForeign(text);
        }
        Claim claim;
        try {
            claim = ClaimCodec.fromJson(json);
        } catch (IllegalArgumentException e) {
            return Verdict.rejected("the data line does not describe a claim: " + e.getMessage(), "not run");
        }
        String version = CertificateFile.toolVersion(text);
        String expected = CertificateFile.render(claim, version == null ? toolVersion : version);
        String nonlinear = CertificateFile.renderNonlinear(claim, version == null ? toolVersion : version);
        if (text.equals(nonlinear)) {
            List<String> failures = claim.obligationFailures();
            if (!failures.isEmpty()) {
                return Verdict.rejected("exact recomputation refutes the claim: " + String.join("; ", failures), "not run");
            }
            Verdict v = runSmt(expected);
            return v.accepted()
                    ? new Verdict(true, "nonlinear (QF_NRA) statement for external solvers; its claim was proved through the "
                            + "equivalent linear certificate: " + v.reason(), v.smtStatus(), v.proof())
                    : v;
        }
        if (!expected.equals(text)) {
            return Verdict.rejected("the file's SMT-LIB is not the certificate of its stated claim (was it edited?)"
                    + firstDifference(expected, text), "not run");
        }
        List<String> failures = claim.obligationFailures();
        if (!failures.isEmpty()) {
            return Verdict.rejected("exact recomputation refutes the claim: " + String.join("; ", failures), "not run");
        }
        return runSmt(text);
    }

    /** A plain SMT-LIB file without an equicert claim: only the solver's verdict on its status. */
    private Verdict checkForeign(String text) {
        SmtResult r = EmbeddedSmtInterpol.run(text);
        if (r.provedUnsat()) {
            return new Verdict(true, "unsat with a checked proof (no equicert claim line: only the SMT-LIB was checked)", "unsat", r.proof());
        }
        return Verdict.rejected("not proved: SMTInterpol answered " + r.status() + (r.message().isEmpty() ? "" : " (" + r.message() + ")"), r.status());
    }

    private static Verdict runSmt(String text) {
        SmtResult r = EmbeddedSmtInterpol.run(text);
        if (r.provedUnsat()) {
            return new Verdict(true, "exact obligations hold and SMTInterpol proved the negation unsat; the proof checked", "unsat", r.proof());
        }
        if ("sat".equals(r.status())) {
            return Verdict.rejected("SMTInterpol found a model of the negation: the claim is false", "sat");
        }
        return Verdict.rejected("not proved: SMTInterpol answered " + r.status() + (r.message().isEmpty() ? "" : " (" + r.message() + ")"), r.status());
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "; first difference at line " + (i + 1);
            }
        }
        return "; the files differ in length";
    }
}
