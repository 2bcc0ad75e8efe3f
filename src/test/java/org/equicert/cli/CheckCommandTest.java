package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equicert check} as a user runs it: per-file verdicts in words, binding, exit codes. */
class CheckCommandTest {

    static final String HIGH_HIGH = "certificates/seed000-high-high-nash.smt2";
    static final String TAXIS = "certificates/seed001-taxis-identical-symmetric-nash.smt2";

    @Test
    void eachFileIsReportedWithItsClaimAndFingerprint() {
        CliTest.Run r = CliTest.run("check", HIGH_HIGH);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("VALID      " + HIGH_HIGH), r.out());
        assertTrue(r.out().contains("  claim:   the profile 1,0;1,0 is a Nash equilibrium"), r.out());
        assertTrue(r.out().matches("(?s).*  about:   game sha256:[0-9a-f]{64}, titled \"Seed 000 coordination game .*\".*"), r.out());
    }

    @Test
    void bindingToAGameRejectsCertificatesOfAnyOtherGame() {
        CliTest.Run ok = CliTest.run("check", "--game", "examples/coordination.nfg", HIGH_HIGH);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        CliTest.Run other = CliTest.run("check", "--game", "examples/coordination.nfg", HIGH_HIGH, TAXIS);
        assertEquals(1, other.code(), other.out());
        assertTrue(other.out().contains("INVALID    " + TAXIS), other.out());
        assertTrue(other.out().contains("rule 'binding': the certificate is about game sha256:"), other.out());
        assertTrue(other.out().contains("1 of 2 certificates valid, 1 invalid"), other.out());
    }

    @Test
    void anOracleCertificateIsBoundToItsOracleGame() {
        CliTest.Run ok = CliTest.run("check", "--oracle", "examples/oracle/chicken-threshold.json",
                "certificates/seed002-chicken-threshold-spo-1.smt2");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("about:   oracle-game sha256:"), ok.out());
        CliTest.Run other = CliTest.run("check", "--oracle", "examples/oracle/pd-copy-jailer.json",
                "certificates/seed002-chicken-threshold-spo-1.smt2");
        assertEquals(1, other.code(), other.out());
    }

    @Test
    void malformedAndForeignFilesAreReportedPerFileAndTheOthersStillChecked(@TempDir Path dir) throws Exception {
        Path foreign = dir.resolve("foreign.smt2");
        Files.writeString(foreign, "(set-logic QF_LRA)\n(assert false)\n(check-sat)\n");
        Path binary = dir.resolve("binary.smt2");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path badData = dir.resolve("bad-data.smt2");
        String honest = Files.readString(Path.of(HIGH_HIGH));
        Files.writeString(badData, honest.replaceFirst("; data: \\{", "; data: {\"kind\":\"nash\","));
        CliTest.Run r = CliTest.run("check", foreign.toString(), binary.toString(), badData.toString(),
                dir.resolve("missing.smt2").toString(), HIGH_HIGH);
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("INVALID    " + foreign), r.out());
        assertTrue(r.out().contains("not an equicert certificate"), r.out());
        assertTrue(r.out().contains("MALFORMED  " + binary + ": not UTF-8 text"), r.out());
        assertTrue(r.out().contains("MALFORMED  " + badData), r.out());
        assertTrue(r.out().contains("MALFORMED  " + dir.resolve("missing.smt2") + ": no such file"), r.out());
        assertTrue(r.out().contains("VALID      " + HIGH_HIGH), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r.out() + r.err());
    }
}
