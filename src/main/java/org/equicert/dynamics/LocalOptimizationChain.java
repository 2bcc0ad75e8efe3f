package org.equicert.dynamics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The Markov chain of seed 000's policies on pure profiles of a common-payoff game, at a rational
 * base b = e^{α/D}: each round one uniformly random player i re-samples its action uniformly from
 * A_i with probability e^{α(u_min − U(a))} = b^{D(u_min − U(a))}, so
 * t(a → a') = b^{D(u_min − U(a))}/(n|A_i|) for a' differing from a in player i's action only.
 *
 * <p>D is the least positive integer making every D·(U(a) − u_min) an integer, so all transition
 * probabilities are exact rationals. The stationary distribution is the softmax
 * p(a) = b^{D(U(a) − u_min)}/Z (seed 000, Lemma 1).
 */
public final class LocalOptimizationChain {

    /** One nonzero transition between profile indices. */
    public record Transition(int from, int to, Rational probability) {
    }

    private final NormalFormGame game;
    private final Rational uMin;
    private final Rational base;
    private final int scale;

    /**
     * The chain for a common-payoff game.
     *
     * @param uMin a lower bound on the payoffs (the seed's u_min)
     * @param base b = e^{α/D} ≥ 1
     * @throws IllegalArgumentException if the game is not common-payoff, u_min exceeds a payoff, or b &lt; 1
     */
    public LocalOptimizationChain(NormalFormGame game, Rational uMin, Rational base) {
        if (!game.isCommonPayoff()) {
            throw new IllegalArgumentException("the chain of seed 000 needs a common-payoff game; use the individual-utility variant for others");
        }
        if (game.minimumPayoff().compareTo(uMin) < 0) {
            throw new IllegalArgumentException("u_min = " + uMin + " exceeds the smallest payoff " + game.minimumPayoff());
        }
        if (base.compareTo(Rational.ONE) < 0) {
            throw new IllegalArgumentException("base b = e^(alpha/D) must be at least 1 (alpha >= 0), got " + base);
        }
        this.game = game;
        this.uMin = uMin;
        this.base = base;
        this.scale = commonDenominator(game, uMin);
    }

    private static int commonDenominator(NormalFormGame game, Rational uMin) {
        BigInteger lcm = BigInteger.ONE;
        for (int k = 0; k < game.profileCount(); k++) {
            BigInteger d = game.payoff(0, k).subtract(uMin).denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        return lcm.intValueExact();
    }

    /** D: payoffs are measured in units of 1/D so exponents are integers. */
    public int scale() {
        return scale;
    }

    /** u_min. */
    public Rational uMin() {
        return uMin;
    }

    /** b. */
    public Rational base() {
        return base;
    }

    private int exponent(int k) {
        return game.payoff(0, k).subtract(uMin).multiply(scale).numerator().intValueExact();
    }

    /** All nonzero transitions, self-loops included, rows in profile order. */
    public List<Transition> transitions() {
        List<Transition> out = new ArrayList<>();
        int n = game.playerCount();
        for (int k = 0; k < game.profileCount(); k++) {
            Rational switchProbability = base.pow(-exponent(k));
            Rational leave = Rational.ZERO;
            int[] a = game.profile(k);
            List<Transition> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Rational t = switchProbability.divide(Rational.of((long) n * game.actionCount(i)));
                for (int b = 0; b < game.actionCount(i); b++) {
                    if (b == a[i]) {
                        continue;
                    }
                    int[] next = a.clone();
                    next[i] = b;
                    row.add(new Transition(k, game.index(next), t));
                    leave = leave.add(t);
                }
            }
            Rational stay = Rational.ONE.subtract(leave);
            if (!stay.isZero()) {
                out.add(new Transition(k, k, stay));
            }
            out.addAll(row);
        }
        return out;
    }

    /** The softmax p(a) = b^{D(U(a) − u_min)}/Z over profile indices. */
    public Rational[] softmax() {
        Rational[] w = new Rational[game.profileCount()];
        Rational z = Rational.ZERO;
        for (int k = 0; k < w.length; k++) {
            w[k] = base.pow(exponent(k));
            z = z.add(w[k]);
        }
        for (int k = 0; k < w.length; k++) {
            w[k] = w[k].divide(z);
        }
        return w;
    }

    /** E_p[U] under the softmax: the limit of v_t (seed 000, proof of Theorem 1). */
    public Rational expectedUtility() {
        Rational[] p = softmax();
        Rational s = Rational.ZERO;
        for (int k = 0; k < p.length; k++) {
            s = s.add(p[k].multiply(game.payoff(0, k)));
        }
        return s;
    }
}
