package org.equicert.dynamics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The Markov chain of seed 000's policies on pure profiles, at a rational base b = e^{α/D}.
 *
 * <p>Each round one uniformly random player i re-samples its action uniformly from A_i with
 * probability e^{α(u_min − U(a))}; otherwise everyone keeps its action. So for a' differing from a
 * in player i's action only, t(a → a') = e^{α(u_min − U(a))}/(n|A_i|) = b^{D(u_min − U(a))}/(n|A_i|).
 * In the <em>common-payoff</em> variant U is the shared payoff and u_min its minimum; in the
 * <em>individual</em> variant (the seed's extension to general games) player i uses its own payoff
 * U_i and its own minimum u_min,i.
 *
 * <p>D is the least positive integer making every D·(U_i(a) − u_min,i) an integer, so all
 * probabilities are exact rationals.
 */
public final class LearningChain {

    private final NormalFormGame game;
    private final boolean individual;
    private final Rational base;
    private final Rational[] uMin;
    private final int scale;

    private LearningChain(NormalFormGame game, boolean individual, Rational base) {
        if (base.compareTo(Rational.ONE) < 0) {
            throw new IllegalArgumentException("the base b = e^(alpha/D) must be at least 1 (alpha >= 0), got " + base);
        }
        this.game = game;
        this.individual = individual;
        this.base = base;
        this.uMin = new Rational[game.playerCount()];
        BigInteger lcm = BigInteger.ONE;
        for (int i = 0; i < game.playerCount(); i++) {
            Rational m = null;
            for (int k = 0; k < game.profileCount(); k++) {
                m = m == null ? game.payoff(i, k) : m.min(game.payoff(i, k));
            }
            uMin[i] = m;
            for (int k = 0; k < game.profileCount(); k++) {
                BigInteger d = game.payoff(i, k).subtract(m).denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
        }
        this.scale = lcm.intValueExact();
    }

    /**
     * The common-payoff chain (seed 000), u_min = the smallest payoff.
     *
     * @throws IllegalArgumentException if the game is not common-payoff
     */
    public static LearningChain common(NormalFormGame game, Rational base) {
        if (!game.isCommonPayoff()) {
            throw new IllegalArgumentException("the common-payoff chain needs a common-payoff game; use --individual for general games");
        }
        return new LearningChain(game, false, base);
    }

    /** The individual-utility chain (seed 000's extension to non-common-payoff games). */
    public static LearningChain individual(NormalFormGame game, Rational base) {
        return new LearningChain(game, true, base);
    }

    /** The game. */
    public NormalFormGame game() {
        return game;
    }

    /** True for the individual-utility variant. */
    public boolean isIndividual() {
        return individual;
    }

    /** D. */
    public int scale() {
        return scale;
    }

    /** b. */
    public Rational base() {
        return base;
    }

    /** u_min (of player 0's payoff in the common variant). */
    public Rational uMin(int player) {
        return uMin[individual ? player : 0];
    }

    /** The integer exponent D·(U_i(a) − u_min,i) of the player that re-samples. */
    private int exponent(int player, int profile) {
        int p = individual ? player : 0;
        return game.payoff(p, profile).subtract(uMin[p]).multiply(scale).numerator().intValueExact();
    }

    /** The exact chain on profile indices. */
    public MarkovChain chain() {
        List<MarkovChain.Transition> out = new ArrayList<>();
        int n = game.playerCount();
        for (int k = 0; k < game.profileCount(); k++) {
            Rational leave = Rational.ZERO;
            int[] a = game.profile(k);
            for (int i = 0; i < n; i++) {
                Rational t = base.pow(-exponent(i, k)).divide(Rational.of((long) n * game.actionCount(i)));
                for (int b = 0; b < game.actionCount(i); b++) {
                    if (b != a[i]) {
                        out.add(new MarkovChain.Transition(k, k + (b - a[i]) * game.stride(i), t));
                        leave = leave.add(t);
                    }
                }
            }
            Rational stay = Rational.ONE.subtract(leave);
            if (stay.signum() > 0) {
                out.add(new MarkovChain.Transition(k, k, stay));
            }
        }
        return MarkovChain.of(game.profileCount(), out);
    }

    /**
     * The softmax p(a) = b^{D(U(a) − u_min)}/Z: the unique stationary distribution of the
     * common-payoff chain (seed 000, Lemma 1), in time linear in the number of profiles.
     *
     * @throws IllegalStateException for the individual variant (use {@link StationaryAnalysis})
     */
    public Rational[] softmax() {
        if (individual) {
            throw new IllegalStateException("the softmax is the stationary distribution of the common-payoff chain only");
        }
        int[] e = new int[game.profileCount()];
        int max = 0;
        for (int k = 0; k < e.length; k++) {
            e[k] = exponent(0, k);
            max = Math.max(max, e[k]);
        }
        SoftmaxWeights weights = new SoftmaxWeights(base, max);
        BigInteger z = BigInteger.ZERO;
        for (int k = 0; k < e.length; k++) {
            z = z.add(weights.weight(e[k]));
        }
        Rational[] p = new Rational[e.length];
        for (int k = 0; k < e.length; k++) {
            p[k] = Rational.of(weights.weight(e[k]), z);
        }
        return p;
    }

    /** The generative model's first round: every player uniform, so every profile equally likely. */
    public Rational[] initialDistribution() {
        Rational[] mu = new Rational[game.profileCount()];
        java.util.Arrays.fill(mu, Rational.of(1, game.profileCount()));
        return mu;
    }
}
