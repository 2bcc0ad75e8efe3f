package org.equicert.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.certificate.smt.SmtResult;

/**
 * The small trusted checker. It imports no solver code. For a claim it (1) re-does the exact
 * obligations with its own code, (2) runs the claim's certificate in a fresh embedded SMTInterpol
 * with proof production and proof checking, requiring {@code unsat} with a checked proof.
 *
 * <p>For a certificate <em>file</em> it is the specification of the format: the file must be laid
 * out as {@link CertificateFile} describes (else "not an equicert certificate"), its data line must
 * rebuild a claim (else the file is malformed), and the file must be byte for byte the linear or
 * nonlinear certificate the checker itself renders for that claim; its SMT-LIB must also pass
 * {@link SmtScript}'s structural rule. Plain SMT-LIB without a claim is never accepted.
 *
 * <p>Before its first check, every checker runs one known-false <em>canary</em> of every claim kind
 * (a resource of this package) and fails loudly if the exact obligations or SMTInterpol would
 * accept any of them.
 */
public final class Checker {

    /** The resource holding one known-false claim per kind, one JSON data line each. */
    static final String CANARIES = "canaries.jsonl";

    /** All claim kinds; each must have a canary. */
    static final List<String> KINDS = List.of("nash", "epsilon-nash", "regret", "detailed-balance-symbolic", "detailed-balance",
            "softmax-expectation", "theorem1", "symmetric-bound", "symmetric-count-bound", "oracle-spo", "nash-set", "stationary-unique",
            "algebraic-nash", "symmetric-count-regret", "nash-support-exclusion");

    private static volatile boolean canariesPassed;

    /** The tool version written into and expected in certificates. */
    private final String toolVersion;

    /** A checker for certificates written by the given tool version. */
    public Checker(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * A known-false claim and the layers that must refute it: {@code both} (the exact obligations
     * fail and SMTInterpol finds a model of the negation), {@code obligations} (a falsehood only the
     * replayed obligations can see, such as a non-optimal point inside the equilibrium set) or
     * {@code smt} (one only the SMT part can see, such as an equilibrium missing from a list).
     */
    record Canary(String expect, Claim claim) {
    }

    /** The known-false claims of the resource, in its order. */
    @SuppressWarnings("unchecked")
    static List<Canary> canaries() {
        List<Canary> canaries = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = Checker.class.getResourceAsStream(CANARIES)) {
            if (in == null) {
                throw new IllegalStateException("checker canaries missing: resource " + CANARIES + " not found");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    Map<String, Object> m = mapper.readValue(line, Map.class);
                    canaries.add(new Canary((String) m.get("expect"), ClaimCodec.fromJson(mapper.writeValueAsString(m.get("claim")))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return canaries;
    }

    /**
     * Runs every canary once per JVM; every claim kind must be covered.
     *
     * @throws IllegalStateException if a layer accepts a canary it must refute: the checker is broken
     */
    static void runCanaries() {
        if (canariesPassed) {
            return;
        }
        synchronized (Checker.class) {
            if (canariesPassed) {
                return;
            }
            List<String> covered = new ArrayList<>();
            for (Canary canary : canaries()) {
                Claim c = canary.claim();
                if (!canary.expect().equals("smt") && c.obligationFailures().isEmpty()) {
                    throw new IllegalStateException("checker canary of kind " + c.kind() + " passed the exact obligations: the checker is broken");
                }
                if (!canary.expect().equals("obligations")) {
                    SmtResult r = EmbeddedSmtInterpol.run(CertificateFile.render(c, "canary"));
                    if (!"sat".equals(r.status())) {
                        throw new IllegalStateException("checker canary of kind " + c.kind() + " was not refuted by SMTInterpol (answer: "
                                + r.status() + " " + r.message() + "): the SMT check is broken");
                    }
                }
                covered.add(c.kind());
            }
            for (String kind : KINDS) {
                if (!covered.contains(kind)) {
                    throw new IllegalStateException("no checker canary for claim kind " + kind);
                }
            }
            canariesPassed = true;
        }
    }

    /** Checks a claim: obligations, then its certificate in SMTInterpol with a checked proof. */
    public Verdict check(Claim claim) {
        runCanaries();
        String fingerprint = claim.fingerprint();
        List<String> failures = claim.obligationFailures();
        if (!failures.isEmpty()) {
            return Verdict.rejected("exact recomputation refutes the claim: " + String.join("; ", failures), "not run")
                    .about(claim.statement(), claim.subject(), fingerprint);
        }
        return runSmt(CertificateFile.render(claim, toolVersion)).about(claim.statement(), claim.subject(), fingerprint);
    }

    /**
     * Checks a certificate file's text: reads the header at its fixed lines, rebuilds the claim from
     * the data line, requires the file to be exactly the claim's certificate, re-does the
     * obligations, and runs it. Never throws for any input text.
     */
    public Verdict checkText(String text) {
        runCanaries();
        Optional<CertificateFile.Header> header = CertificateFile.header(text);
        if (header.isEmpty()) {
            return Verdict.rejected("not an equicert certificate: line 1 must start with '" + CertificateFile.MAGIC.strip()
                    + "', line " + CertificateFile.TOOL_LINE + " with '" + CertificateFile.TOOL_PREFIX.strip() + "' and line "
                    + CertificateFile.DATA_LINE + " with '" + CertificateFile.DATA_PREFIX.strip()
                    + "' (plain SMT-LIB is never accepted as a certificate)", "not run");
        }
        if (!header.get().toolVersion().equals(toolVersion)) {
            String version = header.get().toolVersion();
            String shown = version.matches("[0-9A-Za-z.+-]{1,40}") ? "equicert " + version : "an unreadable equicert version";
            return Verdict.rejected("rule 'version': the file says it was written by " + shown
                    + "; this checker accepts exactly the certificates of equicert " + toolVersion
                    + " (check it with that version, or regenerate it)", "not run");
        }
        Claim claim;
        String statement;
        String subject;
        String fingerprint;
        try {
            claim = ClaimCodec.fromJson(header.get().dataJson());
            statement = claim.statement();
            subject = claim.subject();
            fingerprint = claim.fingerprint();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Verdict.malformed("line " + CertificateFile.DATA_LINE + ": the data line does not describe a claim: "
                    + ClaimCodec.describe(e));
        }
        try {
            return checkRebuilt(text, claim, header.get().toolVersion()).about(statement, subject, fingerprint);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Verdict.malformed("line " + CertificateFile.DATA_LINE + ": the claim's data cannot be checked: " + ClaimCodec.describe(e))
                    .about(statement, subject, fingerprint);
        }
    }

    private Verdict checkRebuilt(String text, Claim claim, String version) {
        String linear = CertificateFile.render(claim, version);
        String nonlinear = CertificateFile.renderNonlinear(claim, version);
        boolean isNonlinear = text.equals(nonlinear);
        if (!isNonlinear && !text.equals(linear)) {
            return Verdict.rejected("rule 'exact encoding': the file is not the certificate of the claim on its data line (was it edited?)"
                    + firstDifference(linear, text), "not run");
        }
        List<String> script = SmtScript.violations(text);
        if (!script.isEmpty()) {
            return Verdict.rejected("rule 'script shape': " + String.join("; ", script), "not run");
        }
        List<String> failures = claim.obligationFailures();
        if (!failures.isEmpty()) {
            return Verdict.rejected("rule 'exact obligations': exact recomputation refutes the claim: " + String.join("; ", failures),
                    "not run");
        }
        Verdict v = runSmt(linear);
        if (isNonlinear && v.accepted()) {
            return new Verdict(Verdict.Status.ACCEPTED, "nonlinear (QF_NRA) statement for external solvers; its claim was proved "
                    + "through the equivalent linear certificate: " + v.reason(), v.smtStatus(), v.proof(), "", "", "");
        }
        return v;
    }

    private static Verdict runSmt(String text) {
        List<String> script = SmtScript.violations(text);
        if (!script.isEmpty()) {
            return Verdict.rejected("rule 'script shape': " + String.join("; ", script), "not run");
        }
        SmtResult r = EmbeddedSmtInterpol.run(text);
        if (r.provedUnsat()) {
            return new Verdict(Verdict.Status.ACCEPTED, "exact obligations hold and SMTInterpol proved the negation unsat; the proof checked",
                    "unsat", r.proof(), "", "", "");
        }
        if ("sat".equals(r.status())) {
            return Verdict.rejected("rule 'SMT proof': SMTInterpol found a model of the negation: the claim is false", "sat");
        }
        return Verdict.rejected("rule 'SMT proof': not proved: SMTInterpol answered " + r.status()
                + (r.message().isEmpty() ? "" : " (" + r.message() + ")"), r.status());
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
