package org.equicert.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The standalone {@code .smt2} text of a certificate. Its first eight lines are, in this order:
 *
 * <ol>
 *   <li>{@code ; equicert certificate (LOGIC NOTE)}</li>
 *   <li>{@code ; The assertions state the NEGATION of the claim: an unsat answer proves it.}</li>
 *   <li>{@code ; claim: } the claim in words</li>
 *   <li>{@code ; kind: } the claim kind</li>
 *   <li>{@code ; subject: } the title of the game or the chain's label</li>
 *   <li>{@code ; fingerprint: } the {@link Fingerprint} of the game or chain the claim is about</li>
 *   <li>{@code ; tool: equicert VERSION}</li>
 *   <li>{@code ; data: } the claim's data as one JSON line</li>
 * </ol>
 *
 * then {@code (set-info :status unsat)} and the claim's SMT-LIB encoding. Any SMT-LIB 2.6 solver
 * can check it from the file alone. equicert's checker reads the data line only at line 8, rebuilds
 * the claim from it, and accepts the file only if it is byte for byte what this class renders for
 * that claim (linear or nonlinear statement).
 */
public final class CertificateFile {

    /** The first characters of every equicert certificate. */
    static final String MAGIC = "; equicert certificate (";
    /** The prefix of the data line. */
    static final String DATA_PREFIX = "; data: ";
    /** The prefix of the tool line. */
    static final String TOOL_PREFIX = "; tool: equicert ";
    /** The 1-based line of the tool line. */
    static final int TOOL_LINE = 7;
    /** The 1-based line of the data line. */
    static final int DATA_LINE = 8;

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
        return MAGIC + logicNote + ")\n"
                + "; The assertions state the NEGATION of the claim: an unsat answer proves it.\n"
                + "; claim: " + oneLine(claim.statement()) + "\n"
                + "; kind: " + claim.kind() + "\n"
                + "; subject: " + oneLine(claim.subject()) + "\n"
                + "; fingerprint: " + claim.fingerprint() + "\n"
                + TOOL_PREFIX + oneLine(toolVersion) + "\n"
                + DATA_PREFIX + ClaimCodec.toJson(claim) + "\n";
    }

    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString();
    }

    /**
     * The two header fields the checker reads, at their fixed lines.
     *
     * @param toolVersion the version on line 7
     * @param dataJson the JSON on line 8
     */
    record Header(String toolVersion, String dataJson) {
    }

    /**
     * The header of a text in equicert's layout, or empty if the text is not laid out as an
     * equicert certificate (line 1 is not the equicert line, line 7 not the tool line, or line 8
     * not the data line). Nothing is searched for: each field is read only at its line.
     */
    static Optional<Header> header(String text) {
        String[] lines = text.split("\n", DATA_LINE + 1);
        if (lines.length <= DATA_LINE || !lines[0].startsWith(MAGIC) || !lines[TOOL_LINE - 1].startsWith(TOOL_PREFIX)
                || !lines[DATA_LINE - 1].startsWith(DATA_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(new Header(lines[TOOL_LINE - 1].substring(TOOL_PREFIX.length()),
                lines[DATA_LINE - 1].substring(DATA_PREFIX.length())));
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
