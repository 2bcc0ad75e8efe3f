package org.equicert.bridge;

import org.equicert.certificate.NashClaim;
import org.equicert.certificate.RegretClaim;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The claims about one profile of a game: exact Nash, ε-Nash and the exact regrets per action.
 *
 * <p>Cost: building the checker's payoff table, O(n·|A|) for a game of n players and |A| pure
 * profiles; {@link #regret} adds the regrets, O(n·|A|·max actions).
 */
public final class ProfileClaims {

    private ProfileClaims() {
    }

    /** The claim that {@code profile} is an exact Nash equilibrium of {@code game}. */
    public static NashClaim nash(NormalFormGame game, Rational[][] profile) {
        return NashClaim.nash(PayoffTables.of(game), profile);
    }

    /** The claim that {@code profile} is an exact Nash equilibrium of {@code game}. */
    public static NashClaim nash(NormalFormGame game, MixedProfile profile) {
        return nash(game, profile.toArray());
    }

    /**
     * The claim that no player gains more than {@code epsilon} by deviating from {@code profile}.
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative
     */
    public static NashClaim epsilonNash(NormalFormGame game, Rational[][] profile, Rational epsilon) {
        if (epsilon.signum() < 0) {
            throw new IllegalArgumentException("epsilon must not be negative, got " + epsilon);
        }
        return new NashClaim(PayoffTables.of(game), profile, epsilon);
    }

    /**
     * The claim stating each player's exact regret per action at {@code profile} (computed here).
     *
     * @param profile a mixed profile (each strategy a probability distribution)
     */
    public static RegretClaim regret(NormalFormGame game, Rational[][] profile) {
        MixedProfile mp = MixedProfile.of(profile);
        ExpectedUtility eu = new ExpectedUtility(game);
        Rational[][] regrets = new Rational[game.playerCount()][];
        for (int i = 0; i < regrets.length; i++) {
            regrets[i] = eu.regrets(i, mp);
        }
        return regret(game, profile, regrets);
    }

    /** The claim stating the given regrets per player and action at {@code profile}. */
    public static RegretClaim regret(NormalFormGame game, Rational[][] profile, Rational[][] regrets) {
        return new RegretClaim(PayoffTables.of(game), profile, regrets);
    }
}
