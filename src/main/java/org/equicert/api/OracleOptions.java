package org.equicert.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.equicert.input.InputLimits;

/**
 * Options of the oracle-game job ({@link OracleGames#solve}). Immutable; start from
 * {@link #defaults()} and change one option at a time with the {@code with…} methods.
 *
 * @param certificates where certificates ({@code certificates/}) and proofs ({@code proofs/}) are
 *     written; empty to certify nothing (every fact then says "not certified")
 * @param baseName the base name of the certificate files: {@code pd-copy} gives
 *     {@code pd-copy-spo-1.smt2}, one per stratified Pareto optimum
 * @param limits the input limits for reading a game file
 * @param progress where progress messages go
 */
public record OracleOptions(Optional<Path> certificates, String baseName, InputLimits limits, Progress progress) {

    /**
     * @throws IllegalArgumentException if the base name is blank or contains a path separator
     */
    public OracleOptions {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(progress, "progress");
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("a certificate base name must be a non-blank file name without '/' or '\\', got '"
                    + baseName + "'");
        }
    }

    /** No certificates, base name {@code game}, default input limits, silent. */
    public static OracleOptions defaults() {
        return new OracleOptions(Optional.empty(), "game", InputLimits.DEFAULT, Progress.SILENT);
    }

    /** These options with certificates written below {@code root}. */
    public OracleOptions withCertificates(Path root) {
        return new OracleOptions(Optional.of(root), baseName, limits, progress);
    }

    /** These options without certificates. */
    public OracleOptions withoutCertificates() {
        return new OracleOptions(Optional.empty(), baseName, limits, progress);
    }

    /** These options with another base name for the certificate files. */
    public OracleOptions withBaseName(String name) {
        return new OracleOptions(certificates, name, limits, progress);
    }

    /** These options reading game files within {@code inputLimits}. */
    public OracleOptions withLimits(InputLimits inputLimits) {
        return new OracleOptions(certificates, baseName, inputLimits, progress);
    }

    /** These options reporting progress to {@code sink}. */
    public OracleOptions withProgress(Progress sink) {
        return new OracleOptions(certificates, baseName, limits, sink);
    }

    /** The certifier these options ask for: into {@link #certificates()}, or disabled. */
    Certifier certifier() {
        return certificates.map(Certifier::into).orElseGet(Certifier::disabled);
    }
}
