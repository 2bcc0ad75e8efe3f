package org.equicert.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What backs one stated fact of a result: a certificate checked in this run, an exact computation
 * from an object such a certificate states, or the reason no certificate states it.
 *
 * <p>Immutable. The text renderer ends a fact's line with {@link #text()}; the JSON renderer
 * records {@link #isCertified()}, the certificate and {@link #reason()}.
 *
 * @param status how the fact is backed
 * @param certificate the certificate's path (CERTIFIED, DERIVED), else empty
 * @param detail the certified object (DERIVED) or the reason (NOT_CERTIFIED, NOT_REQUESTED,
 *     REJECTED), else empty
 */
public record Citation(Status status, Optional<String> certificate, Optional<String> detail) {

    /** The marker of a fact stated by a certificate of this run. */
    public static final String CERTIFIED_MARK = "[certified: ";
    /** The marker of a fact computed exactly from a certified object. */
    public static final String DERIVED_MARK = "[from certified ";
    /** The marker of a fact no certificate states. */
    public static final String NOT_CERTIFIED_MARK = "(not certified";
    /** The marker of a fact whose certificate the checker rejected. */
    public static final String REJECTED_MARK = "[NOT CERTIFIED: ";

    /** How a fact is backed. */
    public enum Status {
        /** A certificate of this run states it. */
        CERTIFIED,
        /** Computed exactly from an object a certificate of this run states. */
        DERIVED,
        /** No certificate states it, for a stated reason. */
        NOT_CERTIFIED,
        /** No certificate states it because none were requested. */
        NOT_REQUESTED,
        /** Its certificate was rejected by the checker. */
        REJECTED
    }

    /**
     * Validates the combination of status, certificate and detail.
     *
     * @throws IllegalArgumentException if a citing status lacks a certificate, a non-citing one
     *     has one, or a status other than CERTIFIED lacks a non-blank detail
     */
    public Citation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(detail, "detail");
        boolean cites = status == Status.CERTIFIED || status == Status.DERIVED;
        if (cites != certificate.isPresent()) {
            throw new IllegalArgumentException("a " + status + " citation " + (cites ? "needs" : "has no") + " certificate, got " + certificate);
        }
        if (status != Status.CERTIFIED && detail.map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("a " + status + " citation needs a reason or object, got " + detail);
        }
    }

    /** Stated by the certificate at {@code path}. */
    public static Citation certified(String path) {
        return new Citation(Status.CERTIFIED, Optional.of(path), Optional.empty());
    }

    /** Not stated by any certificate, for {@code reason}. */
    public static Citation notCertified(String reason) {
        return new Citation(Status.NOT_CERTIFIED, Optional.empty(), Optional.of(reason));
    }

    /** Not certified because certificates were not requested; {@code reason} goes to the JSON only. */
    public static Citation notRequested(String reason) {
        return new Citation(Status.NOT_REQUESTED, Optional.empty(), Optional.of(reason));
    }

    /** The checker rejected the certificate, for {@code reason}. */
    public static Citation rejected(String reason) {
        return new Citation(Status.REJECTED, Optional.empty(), Optional.of(reason));
    }

    /**
     * The citation of a fact computed exactly from {@code object}, which this citation backs: a
     * certificate makes it "[from certified OBJECT: PATH]"; otherwise the fact is not certified
     * either (a rejected certificate leaves it "not certified: the certificate of OBJECT was rejected").
     */
    public Citation from(String object) {
        return switch (status) {
            case CERTIFIED, DERIVED -> new Citation(Status.DERIVED, certificate, Optional.of(object));
            case REJECTED -> notCertified("the certificate of " + object + " was rejected");
            case NOT_CERTIFIED, NOT_REQUESTED -> this;
        };
    }

    /** True for CERTIFIED and DERIVED. */
    public boolean isCertified() {
        return status == Status.CERTIFIED || status == Status.DERIVED;
    }

    /** The text ending a fact's line, e.g. {@code [certified: certificates/x.smt2]}. */
    public String text() {
        return switch (status) {
            case CERTIFIED -> CERTIFIED_MARK + certificate.orElseThrow() + "]";
            case DERIVED -> DERIVED_MARK + detail.orElseThrow() + ": " + certificate.orElseThrow() + "]";
            case NOT_CERTIFIED -> NOT_CERTIFIED_MARK + ": " + detail.orElseThrow() + ")";
            case NOT_REQUESTED -> NOT_CERTIFIED_MARK + ")";
            case REJECTED -> REJECTED_MARK + detail.orElseThrow() + "]";
        };
    }

    /** The reason a fact is not certified, for the JSON; empty when it is certified. */
    public Optional<String> reason() {
        return switch (status) {
            case CERTIFIED, DERIVED -> Optional.empty();
            case REJECTED -> Optional.of("the checker rejected its certificate: " + detail.orElseThrow());
            case NOT_CERTIFIED, NOT_REQUESTED -> detail;
        };
    }
}
