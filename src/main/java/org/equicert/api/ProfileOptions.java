package org.equicert.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Options of the profile-certification job ({@link ProfileCertification#certify}). Immutable; start
 * from {@link #defaults()}.
 *
 * @param certificates where certificates and proofs are written; empty to certify nothing
 * @param baseName base name of the certificate files ({@code NAME-regret}, {@code NAME-nash},
 *     {@code NAME-epsilon-nash}, {@code NAME-repair-nash}, {@code NAME-nash-set})
 * @param epsilon also decide, and certify, whether the profile is an ε-Nash equilibrium
 */
public record ProfileOptions(Optional<Path> certificates, String baseName, Optional<Rational> epsilon) {

    /**
     * @throws IllegalArgumentException if the base name is not a plain file name or ε is negative
     */
    public ProfileOptions {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(epsilon, "epsilon");
        baseName = NashOptions.checkBaseName(baseName);
        if (epsilon.isPresent() && epsilon.get().signum() < 0) {
            throw new IllegalArgumentException("epsilon must not be negative, got " + epsilon.get());
        }
    }

    /** No certificates, base name {@code profile}, no ε. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(Optional.empty(), "profile", Optional.empty());
    }

    /** These options with certificates written below {@code root}. */
    public ProfileOptions withCertificates(Path root) {
        return new ProfileOptions(Optional.of(root), baseName, epsilon);
    }

    /** These options with another base name. */
    public ProfileOptions withBaseName(String name) {
        return new ProfileOptions(certificates, name, epsilon);
    }

    /** These options also deciding ε-Nash for {@code eps}. */
    public ProfileOptions withEpsilon(Rational eps) {
        return new ProfileOptions(certificates, baseName, Optional.of(eps));
    }

    /** The certifier these options ask for. */
    Certifier certifier() {
        return certificates.map(Certifier::into).orElseGet(Certifier::disabled);
    }
}
