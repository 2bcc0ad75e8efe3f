package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.cli.Main;
import org.junit.jupiter.api.Test;

/** Every certificate kept in the repository is re-checked, and has its proof saved beside it. */
class StoredCertificatesTest {

    @Test
    void everyStoredCertificateChecksAndHasItsProof() throws Exception {
        List<Path> files = ExternalSolverTest.certificates();
        assertFalse(files.isEmpty());
        Checker checker = new Checker(Main.VERSION);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Verdict v = checker.checkText(text);
            assertTrue(v.accepted(), f + ": " + v.reason());
            if (f.toString().endsWith(".nra.smt2")) {
                continue;
            }
            String stem = f.getFileName().toString().replaceFirst("\\.smt2$", "");
            Path proof = Path.of("proofs", stem + ".proof");
            assertTrue(Files.exists(proof), "missing proof " + proof);
            String proofText = Files.readString(proof, StandardCharsets.UTF_8);
            assertTrue(proofText.contains("certificate sha256: " + CertificateFile.sha256(text)), proof + " is not the proof of the current " + f);
            assertEquals("unsat", v.smtStatus());
        }
    }
}
