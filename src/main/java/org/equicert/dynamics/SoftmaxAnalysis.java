package org.equicert.dynamics;

import java.math.BigInteger;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Enclosures;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Seed 000's quantities for a common-payoff game: the limit lim v_t = E_p[U] under the softmax,
 * v_t for finite t, the probability of optimal profiles, Theorem 1's α for a given ε, the
 * <em>minimal</em> α reaching u* − ε, and the α → ∞ limit.
 *
 * <p>Theorem 1 sets α = (n log|A| + log(u* − u_min) − log ε)/(u* − u'), i.e.
 * e^{α(u* − u')} = R := |A|^n (u* − u_min)/ε (with |A|^n the number of profiles). With payoffs in
 * units of 1/D and b = e^{α/D}, the theorem's base satisfies b^m = R for m = D(u* − u'), so a
 * rational b_lo with b_lo^m ≤ R is below it — a purely rational fact. Since E_α[U] is
 * non-decreasing in α (dE/dα = Var_α(U) ≥ 0), E at b_lo ≥ u* − ε proves the theorem's bound.
 */
public final class SoftmaxAnalysis {

    private final NormalFormGame game;
    private final Rational uMin;
    private final int scale;
    private final Rational best;
    private final Rational secondBest;

    /**
     * Analysis of a common-payoff game.
     *
     * @throws IllegalArgumentException if the game is not common-payoff
     */
    public SoftmaxAnalysis(NormalFormGame game) {
        this.game = game;
        LearningChain probe = LearningChain.common(game, Rational.ONE);
        this.uMin = probe.uMin(0);
        this.scale = probe.scale();
        Rational b = null;
        for (int k = 0; k < game.profileCount(); k++) {
            b = b == null ? game.payoff(0, k) : b.max(game.payoff(0, k));
        }
        this.best = b;
        Rational s = null;
        for (int k = 0; k < game.profileCount(); k++) {
            Rational u = game.payoff(0, k);
            if (u.compareTo(best) < 0) {
                s = s == null ? u : s.max(u);
            }
        }
        this.secondBest = s;
    }

    /** u*. */
    public Rational optimum() {
        return best;
    }

    /** u', the second-highest payoff, or null if every profile is optimal. */
    public Rational secondBest() {
        return secondBest;
    }

    /** u_min. */
    public Rational uMin() {
        return uMin;
    }

    /** D. */
    public int scale() {
        return scale;
    }

    /** The softmax at base b. */
    public Rational[] softmax(Rational base) {
        return LearningChain.common(game, base).softmax();
    }

    /** E_p[U] for a distribution over profiles. */
    public Rational expectedUtility(Rational[] distribution) {
        Rational s = Rational.ZERO;
        for (int k = 0; k < distribution.length; k++) {
            if (!distribution[k].isZero()) {
                s = s.add(distribution[k].multiply(game.payoff(0, k)));
            }
        }
        return s;
    }

    /** lim v_t = E_p[U] at base b. */
    public Rational limitValue(Rational base) {
        return expectedUtility(softmax(base));
    }

    /** The probability of the optimal profiles under a distribution. */
    public Rational optimalProbability(Rational[] distribution) {
        Rational s = Rational.ZERO;
        for (int k = 0; k < distribution.length; k++) {
            if (game.payoff(0, k).equals(best)) {
                s = s.add(distribution[k]);
            }
        }
        return s;
    }

    /** v_t = E[U(A^t)] under the generative model (uniform first round), exactly; t ≥ 1. */
    public Rational value(Rational base, int t) {
        if (t < 1) {
            throw new IllegalArgumentException("rounds start at t = 1, got " + t);
        }
        LearningChain lc = LearningChain.common(game, base);
        MarkovChain chain = lc.chain();
        Rational[] mu = lc.initialDistribution();
        for (int r = 1; r < t; r++) {
            mu = chain.step(mu);
        }
        return expectedUtility(mu);
    }

    /** The α → ∞ limit: the uniform distribution over optimal profiles, whose value is u*. */
    public Rational[] limitDistribution() {
        Rational[] p = new Rational[game.profileCount()];
        int count = 0;
        for (int k = 0; k < p.length; k++) {
            if (game.payoff(0, k).equals(best)) {
                count++;
            }
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = game.payoff(0, k).equals(best) ? Rational.of(1, count) : Rational.ZERO;
        }
        return p;
    }

    /** R = |A|^n (u* − u_min)/ε, with e^{α_thm (u* − u')} = R. */
    public Rational theoremRatio(Rational epsilon) {
        checkEpsilon(epsilon);
        return Rational.of(game.profileCount()).multiply(best.subtract(uMin)).divide(epsilon);
    }

    /** m = D(u* − u'), the exponent with b_thm^m = R. */
    public int theoremExponent() {
        if (secondBest == null) {
            throw new IllegalStateException("every profile is optimal; Theorem 1 holds for every alpha");
        }
        return best.subtract(secondBest).multiply(scale).numerator().intValueExact();
    }

    /** A rigorous enclosure of Theorem 1's α = ln R / (u* − u'). */
    public RationalInterval theoremAlpha(Rational epsilon, int digits) {
        RationalInterval ln = Enclosures.log(theoremRatio(epsilon), digits + 2);
        Rational gap = best.subtract(secondBest);
        return new RationalInterval(ln.lower().divide(gap), ln.upper().divide(gap));
    }

    /**
     * Theorem 1's base as an exact rational, when there is one.
     *
     * @param base c = e^{α_thm/scale}
     * @param scale the rational unit: exponents scale·(U − u_min) are integers
     */
    public record ExactBase(Rational base, Rational scale) {
    }

    /**
     * Theorem 1's own base, exactly, when it is rational. Let g be the gcd of the integer exponents
     * D(U(a) − u_min); then c = e^{gα/D} turns every weight into c^{D(U − u_min)/g}, and Theorem 1's
     * α gives c^{m/g} = R with m = D(u* − u'). When R is a perfect (m/g)-th power of a rational
     * (always when m = g, as in seed 000, where e^{5α} = 400), c is that root and E[U] at Theorem 1's
     * α is an exact rational. Cost: one gcd pass over the profiles and one integer root.
     */
    public Optional<ExactBase> exactTheoremBase(Rational epsilon) {
        Rational r = theoremRatio(epsilon);
        int m = theoremExponent();
        BigInteger g = BigInteger.ZERO;
        for (int k = 0; k < game.profileCount(); k++) {
            g = g.gcd(game.payoff(0, k).subtract(uMin).multiply(scale).numerator());
        }
        int root = m / g.intValueExact();
        BigInteger[] num = integerRoot(r.numerator(), root);
        BigInteger[] den = integerRoot(r.denominator(), root);
        if (num == null || den == null) {
            return Optional.empty();
        }
        return Optional.of(new ExactBase(Rational.of(num[0], den[0]), Rational.of(BigInteger.valueOf(scale), g)));
    }

    /** {r} with r^k = n exactly, or null; n ≥ 0, k ≥ 1 (bisection on the bit length). */
    private static BigInteger[] integerRoot(BigInteger n, int k) {
        if (k == 1) {
            return new BigInteger[] {n};
        }
        BigInteger lo = BigInteger.ZERO;
        BigInteger hi = BigInteger.ONE.shiftLeft(n.bitLength() / k + 1);
        while (lo.compareTo(hi) < 0) {
            BigInteger mid = lo.add(hi).add(BigInteger.ONE).shiftRight(1);
            if (mid.pow(k).compareTo(n) <= 0) {
                lo = mid;
            } else {
                hi = mid.subtract(BigInteger.ONE);
            }
        }
        return lo.pow(k).equals(n) ? new BigInteger[] {lo} : null;
    }

    /** The softmax π(a) ∝ c^{scale·(U(a) − u_min)} at a base c with a rational scale. */
    public Rational[] softmax(ExactBase at) {
        Rational[] w = new Rational[game.profileCount()];
        Rational z = Rational.ZERO;
        for (int k = 0; k < w.length; k++) {
            w[k] = at.base().pow(game.payoff(0, k).subtract(uMin).multiply(at.scale()).numerator().intValueExact());
            z = z.add(w[k]);
        }
        for (int k = 0; k < w.length; k++) {
            w[k] = w[k].divide(z);
        }
        return w;
    }

    /**
     * A rational b_lo ≥ 1 with b_lo^m ≤ R, within 10^−digits below the theorem's base R^{1/m}
     * (largest multiple of 10^−digits with that property).
     */
    public Rational theoremBaseLowerBound(Rational epsilon, int digits) {
        Rational r = theoremRatio(epsilon);
        int m = theoremExponent();
        BigInteger unit = BigInteger.TEN.pow(digits);
        Rational one = Rational.ONE;
        if (r.compareTo(one) <= 0) {
            return one;
        }
        // integer bisection on k with (k / 10^digits)^m <= R
        BigInteger lo = unit;
        BigInteger hi = unit;
        while (Rational.of(hi, unit).pow(m).compareTo(r) <= 0) {
            hi = hi.shiftLeft(1);
        }
        while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
            BigInteger mid = lo.add(hi).shiftRight(1);
            if (Rational.of(mid, unit).pow(m).compareTo(r) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Rational.of(lo, unit);
    }

    /**
     * The minimal α with E_α[U] ≥ target, as bases: b_lo &lt; b_hi with E(b_lo) &lt; target ≤ E(b_hi)
     * and D(ln b_hi − ln b_lo) below 10^−digits (by exact bisection; E is monotone in b). Returns
     * {1, 1} when already E(1) ≥ target (α = 0 suffices).
     */
    public Rational[] minimalBase(Rational target, int digits) {
        if (target.compareTo(best) > 0) {
            throw new IllegalArgumentException("target " + target + " exceeds the optimum " + best);
        }
        if (target.equals(best) && secondBest != null) {
            throw new IllegalArgumentException("E[U] reaches u* = " + best + " only as alpha -> infinity; use epsilon > 0");
        }
        if (limitValue(Rational.ONE).compareTo(target) >= 0) {
            return new Rational[] {Rational.ONE, Rational.ONE};
        }
        Rational lo = Rational.ONE;
        Rational hi = Rational.TWO;
        while (limitValue(hi).compareTo(target) < 0) {
            lo = hi;
            hi = hi.multiply(Rational.TWO);
        }
        // relative width (hi - lo)/lo < 10^-digits / (2D) gives D ln(hi/lo) < 10^-digits
        Rational tolerance = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(digits).multiply(BigInteger.valueOf(2L * scale)));
        while (hi.subtract(lo).divide(lo).compareTo(tolerance) >= 0) {
            Rational mid = roundedMidpoint(lo, hi);
            if (limitValue(mid).compareTo(target) >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new Rational[] {lo, hi};
    }

    /** A midpoint with a short dyadic-decimal denominator, strictly inside (lo, hi). */
    private static Rational roundedMidpoint(Rational lo, Rational hi) {
        Rational mid = lo.midpoint(hi);
        Rational width = hi.subtract(lo);
        BigInteger unit = BigInteger.ONE;
        while (Rational.of(BigInteger.ONE, unit).compareTo(width.multiply(Rational.of(1, 8))) > 0) {
            unit = unit.shiftLeft(1);
        }
        Rational rounded = Rational.of(mid.multiply(Rational.of(unit)).floor(), unit);
        return rounded.compareTo(lo) > 0 && rounded.compareTo(hi) < 0 ? rounded : mid;
    }

    /** α = D ln b as an enclosure. */
    public RationalInterval alphaOfBase(Rational base, int digits) {
        RationalInterval ln = Enclosures.log(base, digits + 2);
        Rational d = Rational.of(scale);
        return new RationalInterval(ln.lower().multiply(d), ln.upper().multiply(d));
    }

    private static void checkEpsilon(Rational epsilon) {
        if (epsilon.signum() <= 0) {
            throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
        }
    }
}
