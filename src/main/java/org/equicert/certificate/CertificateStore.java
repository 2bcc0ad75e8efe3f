package org.equicert.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes certificates under {@code certificates/} and the proofs SMTInterpol produced under
 * {@code proofs/} of a root directory. Only accepted verdicts are stored.
 */
public final class CertificateStore {

    private final Path certificates;
    private final Path proofs;
    private final String toolVersion;

    /** A store rooted at {@code root} (certificates/ and proofs/ below it). */
    public CertificateStore(Path root, String toolVersion) {
        this.certificates = root.resolve("certificates");
        this.proofs = root.resolve("proofs");
        this.toolVersion = toolVersion;
    }

    /** Paths written for one certificate. */
    public record Written(Path certificate, Path nonlinear, Path proof) {
    }

    /**
     * Stores an accepted claim's certificate, its nonlinear statement (if any) and its proof.
     *
     * @throws IllegalArgumentException if the verdict was not an acceptance
     */
    public Written store(String name, Claim claim, Verdict verdict) {
        if (!verdict.accepted()) {
            throw new IllegalArgumentException("refusing to store a certificate that did not check: " + verdict.reason());
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Files.createDirectories(certificates);
            Files.createDirectories(proofs);
            String text = CertificateFile.render(claim, toolVersion);
            Path cert = certificates.resolve(safe + ".smt2");
            writeAtomically(cert, text);
            Path nra = null;
            String nonlinear = CertificateFile.renderNonlinear(claim, toolVersion);
            if (nonlinear != null) {
                nra = certificates.resolve(safe + ".nra.smt2");
                writeAtomically(nra, nonlinear);
            }
            Path proof = proofs.resolve(safe + ".proof");
            writeAtomically(proof, "; SMTInterpol proof of unsat for certificates/" + safe + ".smt2\n"
                    + "; certificate sha256: " + CertificateFile.sha256(text) + "\n"
                    + verdict.proof() + "\n");
            return new Written(cert, nra, proof);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file under a temporary name in the same directory, then renames it into place, so an
     * interrupted run never leaves a half-written certificate or proof under its final name.
     */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
