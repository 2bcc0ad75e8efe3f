package org.equicert.certificate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statement equicert may print as a fact only after a {@link Checker} accepted its certificate.
 *
 * <p>Each kind knows (1) its exact recomputation obligations, re-done in exact arithmetic by the
 * checker's own code, and (2) its SMT-LIB 2.6 encoding in linear real arithmetic: the assertions
 * state the claim's <em>negation</em>, so an {@code unsat} answer proves the claim. Where a natural
 * nonlinear statement exists it is offered too, for external solvers.
 */
public sealed interface Claim permits NashClaim, RegretClaim, DetailedBalanceClaim,
        ConcreteDetailedBalanceClaim, StationaryClaim, SoftmaxExpectationClaim, NashSetClaim,
        SymmetricBoundClaim, SymmetricCountBoundClaim, SymmetricCountRegretClaim, OracleSpoClaim, AlgebraicNashClaim,
        SupportExclusionClaim {

    /** A short kind name, e.g. {@code nash}. */
    String kind();

    /** The claim in words. */
    String statement();

    /** What the claim is about (a game title or chain label). */
    String subject();

    /**
     * The {@link Fingerprint} of the game (or chain) the claim is about, recomputed from the claim's
     * data. By default, that of the data's {@code game} entry; kinds about something else override it.
     */
    default String fingerprint() {
        return Fingerprint.of(ClaimData.game(data()));
    }

    /** Exact recomputation of the claim's obligations; empty when all hold, else what fails. */
    List<String> obligationFailures();

    /** The SMT-LIB commands (logic, definitions, negated claim, check-sat) in QF_LRA. */
    String linearSmtLib();

    /** The natural nonlinear statement (QF_NRA), when there is one; none by default. */
    default Optional<String> nonlinearSmtLib() {
        return Optional.empty();
    }

    /** The claim's data, from which {@link ClaimCodec} rebuilds it. */
    Map<String, Object> data();
}
