package org.equicert.symmetric;

import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * Seed 001, App. D: how Theorem 4.0.2 degrades. Proposition D.0.2: in any ε-perturbation of the
 * payoffs, a locally optimal P-invariant profile s* is 2ε-Nash. Theorem D.0.3: a profile s with
 * total variation distance δ from s* (largest over players) is (4δ·max|u|)-Nash. Both bounds are
 * computed exactly, beside the exact largest regret they bound. Cost: one exact expected-payoff
 * evaluation per player and action (O(P·n) each for P pure profiles of n players).
 */
public final class PerturbationBounds {

    /**
     * @param distance δ, the largest per-player total variation distance
     * @param bound 4δ·max|u|
     * @param maxRegret the exact largest regret of s
     */
    public record StrategyBound(Rational distance, Rational bound, Rational maxRegret) {

        /** Whether the theorem's bound holds (it must, when s* is a local symmetric optimum). */
        public boolean holds() {
            return maxRegret.compareTo(bound) <= 0;
        }
    }

    private PerturbationBounds() {
    }

    /** Theorem D.0.3 for s near the optimum s*. */
    public static StrategyBound strategy(NormalFormGame game, MixedProfile optimum, MixedProfile s) {
        return strategy(game, optimum, s, new ExpectedUtility(game).maxRegret(s));
    }

    /**
     * Theorem D.0.3 for s near the optimum s*, with s's exact largest regret computed by the caller
     * (e.g. from the orbit payoff table when s is P-invariant, without a pass over all profiles).
     */
    public static StrategyBound strategy(NormalFormGame game, MixedProfile optimum, MixedProfile s, Rational maxRegret) {
        Rational delta = Rational.ZERO;
        for (int i = 0; i < game.playerCount(); i++) {
            Rational tv = Rational.ZERO;
            for (int a = 0; a < game.actionCount(i); a++) {
                tv = tv.add(s.probability(i, a).subtract(optimum.probability(i, a)).abs());
            }
            delta = delta.max(tv.multiply(Rational.HALF));
        }
        Rational maxAbs = game.maximumPayoff().abs().max(game.minimumPayoff().abs());
        return new StrategyBound(delta, delta.multiply(Rational.of(4)).multiply(maxAbs), maxRegret);
    }

    /** Proposition D.0.2: the largest regret of s* in the perturbed game, to compare with 2ε. */
    public static Rational payoffRegret(NormalFormGame perturbed, MixedProfile optimum) {
        return new ExpectedUtility(perturbed).maxRegret(optimum);
    }
}
