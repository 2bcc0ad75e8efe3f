package org.equicert.game;

import org.equicert.number.Rational;

/**
 * Exact expected utilities and regrets of mixed profiles in a {@link NormalFormGame}, by summation
 * over pure profiles (cost O(players · profiles) per call, skipping zero-probability branches).
 *
 * <p>Reference: expected utility of mixed profiles (M. J. Osborne and A. Rubinstein, <i>A Course
 * in Game Theory</i>, 1994, §3.1).
 */
public final class ExpectedUtility {

    private final NormalFormGame game;

    /** Expected utilities in {@code game}. */
    public ExpectedUtility(NormalFormGame game) {
        this.game = game;
    }

    /** {@return player i's expected payoff under the profile} */
    public Rational payoff(int player, MixedProfile profile) {
        check(profile);
        Rational sum = Rational.ZERO;
        int[] pure = new int[game.playerCount()];
        for (int idx = 0; idx < game.profileCount(); idx++) {
            decode(idx, pure);
            Rational w = weight(profile, pure, -1);
            if (!w.isZero()) {
                sum = sum.add(w.multiply(game.payoff(player, idx)));
            }
        }
        return sum;
    }

    /** {@return player i's expected payoff for playing action a while the others follow the profile} */
    public Rational actionPayoff(int player, int action, MixedProfile profile) {
        check(profile);
        Rational sum = Rational.ZERO;
        int[] pure = new int[game.playerCount()];
        for (int idx = 0; idx < game.profileCount(); idx++) {
            decode(idx, pure);
            if (pure[player] != action) {
                continue;
            }
            Rational w = weight(profile, pure, player);
            if (!w.isZero()) {
                sum = sum.add(w.multiply(game.payoff(player, idx)));
            }
        }
        return sum;
    }

    /** For each action of player i, its payoff against the others' strategies. */
    public Rational[] actionPayoffs(int player, MixedProfile profile) {
        Rational[] r = new Rational[game.actionCount(player)];
        for (int a = 0; a < r.length; a++) {
            r[a] = actionPayoff(player, a, profile);
        }
        return r;
    }

    /**
     * Regret of each pure action of player i: its payoff minus the player's expected payoff
     * (positive means the action is a profitable deviation).
     */
    public Rational[] regrets(int player, MixedProfile profile) {
        Rational[] payoffs = actionPayoffs(player, profile);
        Rational eu = Rational.ZERO;
        for (int a = 0; a < payoffs.length; a++) {
            eu = eu.add(profile.probability(player, a).multiply(payoffs[a]));
        }
        for (int a = 0; a < payoffs.length; a++) {
            payoffs[a] = payoffs[a].subtract(eu);
        }
        return payoffs;
    }

    /** {@return the largest regret of player i (0 at a best response; never negative)} */
    public Rational maxRegret(int player, MixedProfile profile) {
        Rational m = Rational.ZERO;
        for (Rational r : regrets(player, profile)) {
            m = m.max(r);
        }
        return m;
    }

    /** {@return the largest regret over all players: the smallest ε for which the profile is an ε-Nash equilibrium} */
    public Rational maxRegret(MixedProfile profile) {
        Rational m = Rational.ZERO;
        for (int i = 0; i < game.playerCount(); i++) {
            m = m.max(maxRegret(i, profile));
        }
        return m;
    }

    /** {@return true if no player has a profitable pure (hence mixed) deviation} */
    public boolean isNash(MixedProfile profile) {
        return maxRegret(profile).isZero();
    }

    private void decode(int idx, int[] pure) {
        for (int i = 0; i < pure.length; i++) {
            int k = game.actionCount(i);
            pure[i] = idx % k;
            idx /= k;
        }
    }

    private static Rational weight(MixedProfile profile, int[] pure, int skip) {
        Rational w = Rational.ONE;
        for (int j = 0; j < pure.length && !w.isZero(); j++) {
            if (j != skip) {
                w = w.multiply(profile.probability(j, pure[j]));
            }
        }
        return w;
    }

    private void check(MixedProfile profile) {
        if (profile.playerCount() != game.playerCount()) {
            throw new IllegalArgumentException("profile for " + profile.playerCount() + " players in a " + game.playerCount() + "-player game");
        }
        for (int i = 0; i < game.playerCount(); i++) {
            if (profile.strategy(i).length != game.actionCount(i)) {
                throw new IllegalArgumentException("player " + (i + 1) + "'s strategy has " + profile.strategy(i).length
                        + " entries, but the player has " + game.actionCount(i) + " actions");
            }
        }
    }
}
