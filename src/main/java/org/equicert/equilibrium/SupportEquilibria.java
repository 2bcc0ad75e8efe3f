package org.equicert.equilibrium;

import java.util.List;
import java.util.Optional;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * The Nash equilibria of an n-player game found by support enumeration ({@link SupportEnumeration}).
 *
 * @param isolated equilibria that are isolated within their support profile: exact when rational,
 *     otherwise an isolating box proven to hold exactly one solution of the support system
 * @param continua support profiles whose equilibria form a set of positive dimension
 * @param unresolved support profiles the method could not decide (reported, never dropped)
 */
public record SupportEquilibria(List<Isolated> isolated, List<Continuum> continua, List<Unresolved> unresolved) {

    /** True when every support profile was decided. */
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
    }

    /**
     * A set of equilibria of positive dimension, all with exactly these supports.
     *
     * @param supports each player's support
     * @param dimension the dimension of the set
     * @param witness one exact equilibrium in it
     */
    public record Continuum(int[][] supports, int dimension, MixedProfile witness) {
    }

    /**
     * A support profile left undecided.
     *
     * @param supports each player's support
     * @param reason why
     */
    public record Unresolved(int[][] supports, String reason) {
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
