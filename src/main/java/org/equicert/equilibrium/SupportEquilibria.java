package org.equicert.equilibrium;

import java.util.List;
import java.util.Optional;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.AlgebraicPoint;
import org.equicert.poly.MultivariatePolynomial;

/**
 * The Nash equilibria of an n-player game found by support enumeration ({@link SupportEnumeration}).
 *
 * @param isolated equilibria that are isolated within their support profile: exact when rational,
 *     otherwise an isolating box proven to hold exactly one solution of the support system
 * @param continua support profiles whose equilibria form a set of positive dimension
 * @param unresolved support profiles the method could not decide (reported, never dropped)
 * @param components the connected components of the set found: pieces whose closures meet, merged
 * @param excluded the support profiles shown to hold no equilibrium, each with the Farkas multipliers
 *     of the linear test that excluded it ({@link SupportRelaxation} or {@link CorrelatedRelaxation})
 *     when one did
 */
public record SupportEquilibria(List<Isolated> isolated, List<Continuum> continua, List<Unresolved> unresolved,
        List<Component> components, List<Excluded> excluded) {

    /** Immutable copies. */
    public SupportEquilibria {
        isolated = List.copyOf(isolated);
        continua = List.copyOf(continua);
        unresolved = List.copyOf(unresolved);
        components = List.copyOf(components);
        excluded = List.copyOf(excluded);
    }

    /** A result that records no excluded support profiles. */
    public SupportEquilibria(List<Isolated> isolated, List<Continuum> continua, List<Unresolved> unresolved, List<Component> components) {
        this(isolated, continua, unresolved, components, List.of());
    }

    /** {@return true when every support profile was decided} */
    public boolean complete() {
        return unresolved.isEmpty();
    }

    /**
     * One isolated equilibrium.
     *
     * @param supports each player's support (0-based actions)
     * @param exact the profile when its probabilities are rational
     * @param box otherwise, per player and action, an interval holding the probability (exact
     *     intervals are points)
     * @param payoffs each player's expected payoff, as an interval (a point when exact)
     */
    public record Isolated(int[][] supports, Optional<MixedProfile> exact, RationalInterval[][] box, RationalInterval[] payoffs) {
        /** Defensive copies. */
        public Isolated {
            supports = deepCopy(supports);
            box = deepCopy(box);
            payoffs = payoffs.clone();
        }

        /** {@return the supports (a copy)} */
        @Override
        public int[][] supports() {
            return deepCopy(supports);
        }

        /** {@return the box (a copy)} */
        @Override
        public RationalInterval[][] box() {
            return deepCopy(box);
        }

        /** {@return the payoffs (a copy)} */
        @Override
        public RationalInterval[] payoffs() {
            return payoffs.clone();
        }
    }

    /**
     * A set of equilibria of positive dimension, all with exactly these supports. It has a rational
     * witness, or, when the set holds no rational point that was found (a segment at an irrational
     * probability, an arc of a conic over Q(√d)), an algebraic one; exactly one of the two is present.
     *
     * @param supports each player's support
     * @param dimension the dimension of the set
     * @param witness one exact rational equilibrium in it
     * @param algebraicWitness otherwise one exact equilibrium in it with probabilities in Q(θ)
     * @param description its exact description (parametrisation or conditions)
     * @param boundary exact equilibria known to lie in its closure but not in it (ends of a curve)
     * @param closure the closure as a polyhedron, when the set is a relatively open polyhedron
     */
    public record Continuum(int[][] supports, int dimension, Optional<MixedProfile> witness, Optional<AlgebraicProfile> algebraicWitness,
            String description, List<MixedProfile> boundary, Optional<Polyhedron> closure) {
        /**
         * Defensive copies.
         *
         * @throws IllegalArgumentException unless exactly one witness is present
         */
        public Continuum {
            supports = deepCopy(supports);
            boundary = List.copyOf(boundary);
            if (witness.isPresent() == algebraicWitness.isPresent()) {
                throw new IllegalArgumentException("a continuum has a rational or an algebraic witness, got rational " + witness.isPresent()
                        + " and algebraic " + algebraicWitness.isPresent());
            }
        }

        /** A continuum with a rational witness. */
        public Continuum(int[][] supports, int dimension, MixedProfile witness, String description, List<MixedProfile> boundary,
                Optional<Polyhedron> closure) {
            this(supports, dimension, Optional.of(witness), Optional.empty(), description, boundary, closure);
        }

        /** {@return the supports (a copy)} */
        @Override
        public int[][] supports() {
            return deepCopy(supports);
        }
    }

    /**
     * A mixed profile whose probabilities lie in Q(θ) for one real algebraic number θ.
     *
     * @param theta the primitive element θ
     * @param probabilities per player and action, the probability as a polynomial in θ (reduced
     *     modulo θ's defining polynomial)
     */
    public record AlgebraicProfile(RealAlgebraic theta, List<List<UnivariatePolynomial>> probabilities) {
        /** Deep copy. */
        public AlgebraicProfile {
            probabilities = probabilities.stream().map(List::copyOf).toList();
        }

        /** {@return the probability of player i's action a as a real algebraic number} */
        public RealAlgebraic probability(int i, int a) {
            return AlgebraicPoint.value(theta, probabilities.get(i).get(a));
        }

        /** {@return the probabilities as polynomials in θ, an array per player} */
        public UnivariatePolynomial[][] toArray() {
            return probabilities.stream().map(row -> row.toArray(UnivariatePolynomial[]::new)).toArray(UnivariatePolynomial[][]::new);
        }
    }

    /**
     * A closed polyhedron over all probabilities (player-major order, player i's action a at
     * Σ_{j&lt;i}|A_j| + a): linear polynomials that vanish and that are non-negative on it.
     *
     * @param variables the number of probabilities
     * @param equalities polynomials equal to zero
     * @param nonnegative polynomials at least zero
     */
    public record Polyhedron(int variables, List<MultivariatePolynomial> equalities, List<MultivariatePolynomial> nonnegative) {
        /** Immutable copies. */
        public Polyhedron {
            equalities = List.copyOf(equalities);
            nonnegative = List.copyOf(nonnegative);
        }
    }

    /**
     * A connected component of the Nash set found: isolated equilibria and continua whose closures
     * meet, transitively.
     *
     * @param isolated indices into {@link #isolated()}
     * @param continua indices into {@link #continua()}
     * @param dimension the largest dimension of its parts
     * @param separated true when it is proven not to meet any other component's closure; false when
     *     some adjacency could not be decided (then the component may be part of a larger one)
     */
    public record Component(List<Integer> isolated, List<Integer> continua, int dimension, boolean separated) {
        /** Immutable copies. */
        public Component {
            isolated = List.copyOf(isolated);
            continua = List.copyOf(continua);
        }

        /** {@return a single equilibrium, isolated in the whole Nash set (proven)} */
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
    public record Unresolved(int[][] supports, String reason) {
        /** Defensive copy. */
        public Unresolved {
            supports = deepCopy(supports);
        }

        /** {@return the supports (a copy)} */
        @Override
        public int[][] supports() {
            return deepCopy(supports);
        }
    }

    /**
     * Farkas multipliers of a linear relaxation of a support profile's conditions, a certificate
     * that the profile holds no equilibrium: one player's ({@link SupportRelaxation.Exclusion}, which
     * includes conditional dominance) or every player's jointly ({@link CorrelatedRelaxation.Exclusion}).
     */
    public sealed interface LinearExclusion permits SupportRelaxation.Exclusion, CorrelatedRelaxation.Exclusion {
    }

    /**
     * A support profile that holds no equilibrium.
     *
     * @param supports each player's support
     * @param farkas the multipliers of the linear test that excluded it (a linear certificate);
     *     empty when the profile was excluded by exact algebra on the support system only, after
     *     both linear relaxations were found feasible
     */
    public record Excluded(int[][] supports, Optional<LinearExclusion> farkas) {
        /** Defensive copy. */
        public Excluded {
            supports = deepCopy(supports);
        }

        /** {@return the supports (a copy)} */
        @Override
        public int[][] supports() {
            return deepCopy(supports);
        }
    }

    private static int[][] deepCopy(int[][] rows) {
        int[][] out = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    private static RationalInterval[][] deepCopy(RationalInterval[][] rows) {
        RationalInterval[][] out = new RationalInterval[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    /** The exact payoffs of an exact equilibrium, from its intervals. */
    static Rational[] points(RationalInterval[] payoffs) {
        Rational[] out = new Rational[payoffs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = payoffs[i].lower();
        }
        return out;
    }
}
