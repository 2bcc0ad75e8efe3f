package org.equicert.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.certificate.ConcreteDetailedBalanceClaim;
import org.equicert.certificate.DetailedBalanceClaim;
import org.equicert.certificate.SoftmaxExpectationClaim;
import org.equicert.certificate.StationaryClaim;
import org.equicert.dynamics.MarkovChain;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The claims of seed 000's learning chains (detailed-balance, detailed-balance-symbolic,
 * softmax-expectation including Theorem 1's bound, stationary-unique), built from the dynamics
 * engine's results. Each factory converts the game once ({@link PayoffTables#of}, O(players ·
 * profiles)) and, for the stationary claim, copies the chain's transitions (O(transitions)).
 */
public final class ChainClaims {

    private ChainClaims() {
    }

    /** "The softmax satisfies detailed balance for the learning chain, symbolically in α." */
    public static DetailedBalanceClaim detailedBalanceSymbolic(NormalFormGame game, Rational uMin) {
        return new DetailedBalanceClaim(PayoffTables.of(game), uMin);
    }

    /**
     * "{@code distribution} satisfies detailed balance for the common-payoff chain at base b."
     *
     * @param scale the payoffs' common denominator D
     */
    public static ConcreteDetailedBalanceClaim detailedBalance(NormalFormGame game, Rational uMin, Rational base, int scale,
            Rational[] distribution) {
        return new ConcreteDetailedBalanceClaim(PayoffTables.of(game), uMin, base, scale, distribution);
    }

    /**
     * "{@code distribution} is the unique stationary distribution of {@code chain}", the chain being
     * the learning chain of {@code game} at {@code base} (its origin, which the checker rebuilds).
     *
     * @param label the chain's description in the certificate, e.g. {@code "Title, b = 2"}
     * @param individual whether each player uses its own utility (seed 000's extension)
     */
    public static StationaryClaim stationary(String label, NormalFormGame game, MarkovChain chain, Rational[] distribution,
            boolean individual, Rational base) {
        List<StationaryClaim.Transition> transitions = new ArrayList<>(chain.transitionCount());
        for (MarkovChain.Transition t : chain.transitions()) {
            transitions.add(new StationaryClaim.Transition(t.from(), t.to(), t.probability()));
        }
        return new StationaryClaim(label, game.profileCount(), transitions, distribution,
                Optional.of(new StationaryClaim.Origin(PayoffTables.of(game), individual, base)));
    }

    /**
     * Theorem 1's bound "E[U] ≥ u* − ε" for the softmax at base b (seed 000, Theorem 1).
     *
     * @param scale the rational unit D (exponents D·(U − u_min) are integers)
     */
    public static SoftmaxExpectationClaim theoremOne(NormalFormGame game, Rational uMin, Rational base, Rational scale,
            Rational[] distribution, Rational epsilon) {
        return SoftmaxExpectationClaim.theoremOne(PayoffTables.of(game), uMin, base, scale, distribution, epsilon);
    }

    /** As {@link #theoremOne(NormalFormGame, Rational, Rational, Rational, Rational[], Rational)} with an integer scale. */
    public static SoftmaxExpectationClaim theoremOne(NormalFormGame game, Rational uMin, Rational base, int scale,
            Rational[] distribution, Rational epsilon) {
        return SoftmaxExpectationClaim.theoremOne(PayoffTables.of(game), uMin, base, scale, distribution, epsilon);
    }

    /**
     * "E[U] ≥ target" ({@code atLeast}) or "E[U] &lt; target" for the softmax at base b.
     *
     * @param scale the payoffs' common denominator D
     */
    public static SoftmaxExpectationClaim expectation(NormalFormGame game, Rational uMin, Rational base, int scale,
            Rational[] distribution, Rational target, boolean atLeast) {
        return new SoftmaxExpectationClaim(PayoffTables.of(game), uMin, base, scale, distribution, target, atLeast);
    }
}
