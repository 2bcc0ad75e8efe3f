package org.equicert.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Options of the comparison job ({@link Comparison#compare}). Immutable; start from {@link #defaults()}.
 *
 * @param certificates where certificates and proofs are written; empty to certify nothing
 * @param baseName base name of the certificate files: {@code NAME-claimK-nash} or
 *     {@code NAME-claimK-regret} per claim, {@code NAME-exact-…} for the exact set
 * @param tolerance largest coordinate difference for a claim to count as approximating an
 *     equilibrium; not negative
 * @param maxBoxes box budget per polynomial support system (more than two players), at least 1
 * @param progress where progress messages go
 */
public record CompareOptions(Optional<Path> certificates, String baseName, Rational tolerance, int maxBoxes, Progress progress) {

    /** The default tolerance, 10^-6. */
    public static final Rational DEFAULT_TOLERANCE = Rational.of(1, 1_000_000);

    /**
     * @throws IllegalArgumentException if the base name is not a plain file name, the tolerance is
     *     negative or {@code maxBoxes} is below 1
     */
    public CompareOptions {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(progress, "progress");
        baseName = NashOptions.checkBaseName(baseName);
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("the tolerance must not be negative, got " + tolerance);
        }
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("maxBoxes must be at least 1, got " + maxBoxes);
        }
    }

    /** No certificates, base name {@code claims}, tolerance 10^-6, the default box budget, silent. */
    public static CompareOptions defaults() {
        return new CompareOptions(Optional.empty(), "claims", DEFAULT_TOLERANCE, NashOptions.DEFAULT_MAX_BOXES, Progress.SILENT);
    }

    /** These options with certificates written below {@code root}. */
    public CompareOptions withCertificates(Path root) {
        return new CompareOptions(Optional.of(root), baseName, tolerance, maxBoxes, progress);
    }

    /** These options with another base name. */
    public CompareOptions withBaseName(String name) {
        return new CompareOptions(certificates, name, tolerance, maxBoxes, progress);
    }

    /** These options with another tolerance. */
    public CompareOptions withTolerance(Rational t) {
        return new CompareOptions(certificates, baseName, t, maxBoxes, progress);
    }

    /** These options with another box budget. */
    public CompareOptions withMaxBoxes(int boxes) {
        return new CompareOptions(certificates, baseName, tolerance, boxes, progress);
    }

    /** These options reporting progress to {@code sink}. */
    public CompareOptions withProgress(Progress sink) {
        return new CompareOptions(certificates, baseName, tolerance, maxBoxes, sink);
    }

    /** The options of the exact Nash set the claims are compared with. */
    NashOptions nashOptions() {
        return new NashOptions(certificates, baseName + "-exact", maxBoxes, progress);
    }

    /** The certifier these options ask for. */
    Certifier certifier() {
        return certificates.map(Certifier::into).orElseGet(Certifier::disabled);
    }
}
