package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The result of {@link Comparison#compare}: per claim, its exact Nash verdict and largest regret
 * (certified) and the target of the exact set it is or approximates; then the targets no claim
 * covers. Immutable.
 *
 * <p>A <em>target</em> is a component of the exact set (two players: index into
 * {@link BimatrixNashSet#components()}) or, for more players, an isolated equilibrium (index into
 * {@link SupportNashSet#isolated()}) or a continuum (index {@code isolated().size() + k} for
 * {@link SupportNashSet#continua()} entry k).
 *
 * @param game the game
 * @param exact the exact Nash set the claims are compared with (with its own certificates)
 * @param tolerance the largest coordinate difference for a claim to approximate a target
 * @param claims one verdict per claim, in input order
 * @param matching backs every match and miss (exact comparison; not certified)
 * @param missed the targets that no claim is in or approximates, in order
 * @param clean true when every claim is exactly Nash, every target is covered and every certificate checked
 * @param certificates the certificates written for the claims, in order
 * @param allChecked false when the checker rejected a claim's certificate
 * @param certificatesRequested whether certificates were requested
 */
public record ComparisonResult(NormalFormGame game, NashSetResult exact, Rational tolerance, List<ClaimVerdict> claims, Citation matching,
        List<Integer> missed, boolean clean, List<CheckedCertificate> certificates, boolean allChecked, boolean certificatesRequested) {

    /** Copies the lists. */
    public ComparisonResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(matching, "matching");
        claims = List.copyOf(claims);
        missed = List.copyOf(missed);
        certificates = List.copyOf(certificates);
    }

    /** How many targets the exact set has. */
    public int targetCount() {
        if (exact.set() instanceof BimatrixNashSet s) {
            return s.components().size();
        }
        SupportNashSet s = (SupportNashSet) exact.set();
        return s.isolated().size() + s.continua().size();
    }

    /**
     * The verdict on one claim: exactly one of {@code invalid} and {@code evaluated} is present.
     *
     * @param claim the claim
     * @param invalid why it is not a mixed profile
     * @param evaluated its exact verdict
     */
    public record ClaimVerdict(ClaimedProfile claim, Optional<InvalidClaim> invalid, Optional<EvaluatedClaim> evaluated) {
        /**
         * @throws IllegalArgumentException unless exactly one of invalid and evaluated is present
         */
        public ClaimVerdict {
            Objects.requireNonNull(claim, "claim");
            if (invalid.isPresent() == evaluated.isPresent()) {
                throw new IllegalArgumentException("a claim is either invalid or evaluated, got both or neither");
            }
        }
    }

    /**
     * A claim that is not a mixed profile.
     *
     * @param problem the first problem found (a negative probability, a sum other than 1)
     * @param citation backs it (exact arithmetic on the input; not certified)
     * @param normalised whether its sums are within the tolerance of 1, so that it was normalised for matching
     * @param approximates the target the normalised claim approximates
     */
    public record InvalidClaim(String problem, Citation citation, boolean normalised, Optional<Integer> approximates) {
        /** Requires the parts. */
        public InvalidClaim {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(approximates, "approximates");
        }
    }

    /**
     * A claim that is a mixed profile.
     *
     * @param nash whether it is exactly a Nash equilibrium
     * @param maxRegret its exact largest regret
     * @param citation the {@code nash} (Nash) or {@code regret} (not Nash) certificate of the claim
     * @param target the target it is (Nash) or approximates within the tolerance (not Nash)
     */
    public record EvaluatedClaim(boolean nash, Rational maxRegret, Citation citation, Optional<Integer> target) {
        /** Requires the parts. */
        public EvaluatedClaim {
            Objects.requireNonNull(maxRegret, "maxRegret");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(target, "target");
        }
    }
}
