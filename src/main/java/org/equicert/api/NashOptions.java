package org.equicert.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the Nash-set job ({@link NashSets#solve}). Immutable; start from {@link #defaults()}
 * and change one option at a time with the {@code with…} methods.
 *
 * @param certificates where certificates ({@code certificates/}) and proofs ({@code proofs/}) are
 *     written; empty to certify nothing (every fact then says "not certified")
 * @param baseName the base name of the certificate files, e.g. {@code coordination} gives
 *     {@code coordination-eq1.smt2} and {@code coordination-nash-set.smt2}
 * @param maxBoxes box budget per polynomial support system (more than two players), at least 1
 * @param progress where progress messages go
 * @param searchLimit for more than two players, the time after which no new support profile is
 *     examined (those left are listed as not examined and the set is reported incomplete); empty for
 *     no limit
 */
public record NashOptions(Optional<Path> certificates, String baseName, int maxBoxes, Progress progress, Optional<Duration> searchLimit) {

    /** The default box budget per polynomial support system. */
    public static final int DEFAULT_MAX_BOXES = 20_000;

    /**
     * @throws IllegalArgumentException if the base name is blank or contains a path separator, or
     *     {@code maxBoxes} is below 1, or the search limit is negative
     */
    public NashOptions {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(searchLimit, "searchLimit");
        if (searchLimit.isPresent() && searchLimit.get().isNegative()) {
            throw new IllegalArgumentException("the search limit must not be negative, got " + searchLimit.get());
        }
        baseName = checkBaseName(baseName);
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("maxBoxes must be at least 1, got " + maxBoxes);
        }
    }

    /** No certificates, base name {@code game}, {@value #DEFAULT_MAX_BOXES} boxes, silent. */
    public static NashOptions defaults() {
        return new NashOptions(Optional.empty(), "game", DEFAULT_MAX_BOXES, Progress.SILENT, Optional.empty());
    }

    /** Options without a search limit (the form before {@link #searchLimit()} existed). */
    public NashOptions(Optional<Path> certificates, String baseName, int maxBoxes, Progress progress) {
        this(certificates, baseName, maxBoxes, progress, Optional.empty());
    }

    /** These options with certificates written below {@code root}. */
    public NashOptions withCertificates(Path root) {
        return new NashOptions(Optional.of(root), baseName, maxBoxes, progress, searchLimit);
    }

    /** These options without certificates. */
    public NashOptions withoutCertificates() {
        return new NashOptions(Optional.empty(), baseName, maxBoxes, progress, searchLimit);
    }

    /** These options with another base name for the certificate files. */
    public NashOptions withBaseName(String name) {
        return new NashOptions(certificates, name, maxBoxes, progress, searchLimit);
    }

    /** These options with another box budget. */
    public NashOptions withMaxBoxes(int boxes) {
        return new NashOptions(certificates, baseName, boxes, progress, searchLimit);
    }

    /** These options reporting progress to {@code sink}. */
    public NashOptions withProgress(Progress sink) {
        return new NashOptions(certificates, baseName, maxBoxes, sink, searchLimit);
    }

    /**
     * These options with a time limit on the support enumeration (more than two players): after
     * {@code limit} no new support profile is examined; the rest are listed as not examined.
     */
    public NashOptions withSearchLimit(Duration limit) {
        return new NashOptions(certificates, baseName, maxBoxes, progress, Optional.of(limit));
    }

    /** The certifier these options ask for: into {@link #certificates()}, or disabled. */
    Certifier certifier() {
        return certificates.map(Certifier::into).orElseGet(Certifier::disabled);
    }

    /** Validates a base name of certificate files (shared by the options of the profile jobs). */
    static String checkBaseName(String name) {
        Objects.requireNonNull(name, "baseName");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a certificate base name must be a non-blank file name without '/' or '\\', got '" + name + "'");
        }
        return name;
    }
}
