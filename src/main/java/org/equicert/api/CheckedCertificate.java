package org.equicert.api;

import java.nio.file.Path;
import java.util.Objects;
import org.equicert.certificate.Claim;
import org.equicert.certificate.Verdict;

/**
 * A certificate that the independent checker accepted in this run and that was written to disk.
 *
 * @param name the name it was stored under (e.g. {@code coordination-eq2})
 * @param path the certificate file ({@code certificates/NAME.smt2} below the store's root)
 * @param claim the claim it states
 * @param verdict the checker's acceptance, with the claim in words
 */
public record CheckedCertificate(String name, Path path, Claim claim, Verdict verdict) {

    /**
     * @throws IllegalArgumentException if the verdict is not an acceptance
     */
    public CheckedCertificate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        if (!verdict.accepted()) {
            throw new IllegalArgumentException("a checked certificate needs an accepting verdict, got " + verdict.reason());
        }
    }
}
