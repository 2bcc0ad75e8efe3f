package org.equicert.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/**
 * The Nash equilibria of a game of three or more players found by support enumeration: isolated
 * equilibria (exact, or in an isolating box), continua, their components, and the support profiles
 * that could not be decided (listed, never dropped). Supports are 0-based action indices per player.
 *
 * @param supportProfiles how many support profiles were enumerated
 * @param isolated equilibria isolated within their support profile
 * @param enumeration backs the counts (support enumeration has no completeness certificate)
 * @param continua support profiles whose equilibria form a set of positive dimension
 * @param components the pieces whose closures meet, merged
 * @param merged backs the components (not certified)
 * @param unresolved support profiles left undecided
 * @param coverage what backs the exclusion of the other support profiles, and the completeness
 */
public record SupportNashSet(long supportProfiles, List<Isolated> isolated, Citation enumeration, List<Continuum> continua,
        List<Component> components, Citation merged, List<Unresolved> unresolved, Coverage coverage) implements NashSet {

    /** Copies the lists. */
    public SupportNashSet {
        isolated = List.copyOf(isolated);
        continua = List.copyOf(continua);
        components = List.copyOf(components);
        unresolved = List.copyOf(unresolved);
        Objects.requireNonNull(enumeration, "enumeration");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** True when every support profile was decided. */
    public boolean complete() {
        return unresolved.isEmpty();
    }

    @Override
    public List<NashEquilibrium> exactEquilibria() {
        return isolated.stream().flatMap(x -> x.exact().stream()).toList();
    }

    /**
     * When every support profile was decided: the statement and what backs it (certified only when
     * every excluded profile has a checked exclusion certificate and every profile holding an
     * equilibrium is pure with its equilibrium certified); else empty.
     */
    @Override
    public Optional<Completeness> completeness() {
        return complete() ? Optional.of(coverage.completeness()) : Optional.empty();
    }

    /**
     * How the support profiles without a listed equilibrium were excluded, and what that certifies.
     *
     * @param excluded the support profiles shown to hold no equilibrium
     * @param linear how many of them carry Farkas multipliers (the {@code nash-support-exclusion} claim)
     * @param joint how many of those {@code linear} ones carry multipliers of the joint (correlated)
     *     relaxation rather than of one player's
     * @param linearCitation the certificate of those {@code linear} exclusions (or why there is none)
     * @param algebraic how many were excluded by exact algebra on the support system only (both linear
     *     relaxations feasible, so neither has multipliers)
     * @param algebraicCitation why those are not certified
     * @param pureEquilibria 0-based indices into {@link SupportNashSet#isolated()} of the equilibria
     *     with pure supports (a pure support profile holds exactly one profile)
     * @param mixedSupports how many support profiles with a mixed support hold a listed equilibrium or continuum
     * @param mixedCitation why the equilibria within mixed support profiles are not certified complete
     * @param completeness the statement that every support profile was decided, and what backs it
     */
    public record Coverage(long excluded, long linear, long joint, Citation linearCitation, long algebraic, Citation algebraicCitation,
            List<Integer> pureEquilibria, long mixedSupports, Citation mixedCitation, Completeness completeness) {

        /** Copies the list; requires the citations. */
        public Coverage {
            pureEquilibria = List.copyOf(pureEquilibria);
            Objects.requireNonNull(linearCitation, "linearCitation");
            Objects.requireNonNull(algebraicCitation, "algebraicCitation");
            Objects.requireNonNull(mixedCitation, "mixedCitation");
            Objects.requireNonNull(completeness, "completeness");
            if (linear + algebraic != excluded || linear < 0 || algebraic < 0) {
                throw new IllegalArgumentException("excluded " + excluded + " is not linear " + linear + " + algebraic " + algebraic);
            }
            if (joint < 0 || joint > linear) {
                throw new IllegalArgumentException("joint " + joint + " is not within 0.." + linear + " (linear)");
            }
        }
    }

    /**
     * An equilibrium isolated within its support profile: exact when rational, otherwise an
     * isolating box. Exactly one of {@code exact} and {@code box} is present.
     *
     * @param supports each player's support
     * @param exact the exact equilibrium with its certificate
     * @param box the isolating box
     */
    public record Isolated(List<List<Integer>> supports, Optional<NashEquilibrium> exact, Optional<IsolatingBox> box) {

        /**
         * Deep copy of the supports.
         *
         * @throws IllegalArgumentException unless exactly one of exact and box is present
         */
        public Isolated {
            supports = supports.stream().map(List::copyOf).toList();
            if (exact.isPresent() == box.isPresent()) {
                throw new IllegalArgumentException("an isolated equilibrium is exact or boxed, got exact " + exact.isPresent()
                        + " and box " + box.isPresent());
            }
        }
    }

    /**
     * A box proven by Krawczyk's test to hold exactly one solution of its support system, and a
     * rational point of it certified ε-Nash.
     *
     * @param probabilities per player and action, an interval holding the probability
     * @param payoffs per player, an interval holding the expected payoff
     * @param isolation backs the box (not certified: Krawczyk's test, no certificate)
     * @param midpoint the box's midpoint, normalised to a mixed profile
     * @param epsilon the midpoint's exact largest regret
     * @param midpointCitation the certificate that the midpoint is an ε-Nash equilibrium
     */
    public record IsolatingBox(List<List<RationalInterval>> probabilities, List<RationalInterval> payoffs, Citation isolation,
            MixedProfile midpoint, Rational epsilon, Citation midpointCitation) {

        /** Deep copies of the intervals. */
        public IsolatingBox {
            probabilities = probabilities.stream().map(List::copyOf).toList();
            payoffs = List.copyOf(payoffs);
            Objects.requireNonNull(isolation, "isolation");
            Objects.requireNonNull(midpoint, "midpoint");
            Objects.requireNonNull(epsilon, "epsilon");
            Objects.requireNonNull(midpointCitation, "midpointCitation");
        }
    }

    /**
     * A set of equilibria of positive dimension with exactly these supports. Exactly one of
     * {@code witness} and {@code algebraicWitness} is present: the latter when the set holds no
     * rational point that was found.
     *
     * @param supports each player's support
     * @param dimension the set's dimension
     * @param dimensionCitation backs the dimension (not certified)
     * @param witness one exact rational equilibrium in it, with its certificate
     * @param algebraicWitness otherwise one exact equilibrium in it with probabilities in Q(θ), with its certificate
     * @param description its exact description (parametrisation or conditions)
     * @param descriptionCitation backs the description (not certified)
     */
    public record Continuum(List<List<Integer>> supports, int dimension, Citation dimensionCitation, Optional<NashEquilibrium> witness,
            Optional<AlgebraicWitness> algebraicWitness, String description, Citation descriptionCitation) {

        /**
         * Deep copy of the supports.
         *
         * @throws IllegalArgumentException unless exactly one witness is present
         */
        public Continuum {
            supports = supports.stream().map(List::copyOf).toList();
            Objects.requireNonNull(dimensionCitation, "dimensionCitation");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(descriptionCitation, "descriptionCitation");
            if (witness.isPresent() == algebraicWitness.isPresent()) {
                throw new IllegalArgumentException("a continuum has a rational or an algebraic witness, got rational " + witness.isPresent()
                        + " and algebraic " + algebraicWitness.isPresent());
            }
        }

        /** A continuum with a rational witness. */
        public Continuum(List<List<Integer>> supports, int dimension, Citation dimensionCitation, NashEquilibrium witness, String description,
                Citation descriptionCitation) {
            this(supports, dimension, dimensionCitation, Optional.of(witness), Optional.empty(), description, descriptionCitation);
        }
    }

    /**
     * An exact equilibrium whose probabilities lie in Q(θ) for one real algebraic number θ (a point
     * of a continuum without rational points).
     *
     * @param probabilities per player and action, the probability as a real algebraic number
     * @param theta the primitive element θ
     * @param inTheta per player and action, the probability as a polynomial in θ (what the certificate states)
     * @param citation the {@code algebraic-nash} certificate that the profile is a Nash equilibrium, or why there is none
     */
    public record AlgebraicWitness(List<List<RealAlgebraic>> probabilities, RealAlgebraic theta, List<List<UnivariatePolynomial>> inTheta,
            Citation citation) {

        /** Deep copies. */
        public AlgebraicWitness {
            probabilities = probabilities.stream().map(List::copyOf).toList();
            inTheta = inTheta.stream().map(List::copyOf).toList();
            Objects.requireNonNull(theta, "theta");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * A connected component: isolated equilibria and continua whose closures meet, transitively.
     *
     * @param isolated 0-based indices into {@link SupportNashSet#isolated()}
     * @param continua 0-based indices into {@link SupportNashSet#continua()}
     * @param dimension the largest dimension of its parts
     * @param separated proven not to meet another component's closure
     */
    public record Component(List<Integer> isolated, List<Integer> continua, int dimension, boolean separated) {

        /** Copies the lists. */
        public Component {
            isolated = List.copyOf(isolated);
            continua = List.copyOf(continua);
        }

        /** A single equilibrium, isolated in the whole Nash set (proven). */
        public boolean isIsolatedEquilibrium() {
            return dimension == 0 && isolated.size() == 1 && continua.isEmpty() && separated;
        }
    }

    /**
     * A support profile left undecided.
     *
     * @param supports each player's support
     * @param reason why
     */
    public record Unresolved(List<List<Integer>> supports, String reason) {

        /** Deep copy of the supports. */
        public Unresolved {
            supports = supports.stream().map(List::copyOf).toList();
            Objects.requireNonNull(reason, "reason");
        }
    }
}
