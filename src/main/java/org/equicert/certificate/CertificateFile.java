package org.equicert.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The standalone {@code .smt2} text of a certificate: a comment header (the claim in words, its
 * subject, the tool version and the claim's data as one JSON line), {@code (set-info :status unsat)}
 * and the claim's linear SMT-LIB encoding. Any SMT-LIB 2.6 solver can check it from the file
 * alone; equicert's checker additionally rebuilds the claim from the data line, re-does its exact
 * obligations and requires the file's SMT-LIB to be exactly the encoding of that claim.
 */
public final class CertificateFile {

    /** The prefix of the data line. */
    static final String DATA_PREFIX = "; data: ";

    private CertificateFile() {
    }

    /** The linear certificate text. */
    public static String render(Claim claim, String toolVersion) {
        return header(claim, toolVersion, "QF_LRA, checked by equicert's embedded SMTInterpol with proof checking")
                + "(set-info :status unsat)\n" + claim.linearSmtLib();
    }

    /** The nonlinear (QF_NRA) statement, for external solvers, or null if the claim has none. */
    public static String renderNonlinear(Claim claim, String toolVersion) {
        return claim.nonlinearSmtLib()
                .map(body -> header(claim, toolVersion, "QF_NRA, the natural statement for external solvers (z3, cvc5)")
                        + "(set-info :status unsat)\n" + body)
                .orElse(null);
    }

    private static String header(Claim claim, String toolVersion, String logicNote) {
        return "; equicert certificate (" + logicNote + ")\n"
                + "; The assertions state the NEGATION of the claim: an unsat answer proves it.\n"
                + "; claim: " + oneLine(claim.statement()) + "\n"
                + "; kind: " + claim.kind() + "\n"
                + "; subject: " + oneLine(claim.subject()) + "\n"
                + "; tool: equicert " + toolVersion + "\n"
                + DATA_PREFIX + ClaimCodec.toJson(claim) + "\n";
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** The tool version recorded in a certificate text, or null. */
    static String toolVersion(String text) {
        for (String line : text.split("\n", 12)) {
            if (line.startsWith("; tool: equicert ")) {
                return line.substring("; tool: equicert ".length()).strip();
            }
        }
        return null;
    }

    /** The data line's JSON, or null if absent. */
    static String dataJson(String text) {
        for (String line : text.split("\n", 12)) {
            if (line.startsWith(DATA_PREFIX)) {
                return line.substring(DATA_PREFIX.length());
            }
        }
        return null;
    }

    /** SHA-256 of a text, in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
