package org.equicert.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.equicert.number.Rational;

/**
 * The pooled two-proportion z-score of two binomial counts, {@code k1} of {@code n1} against
 * {@code k2} of {@code n2}:
 * <pre>
 *   z = (p1 − p2) / √( p̄ (1 − p̄) (1/n1 + 1/n2) ),   p̄ = (k1 + k2) / (n1 + n2),
 * </pre>
 * held exactly as its sign and the rational {@code z²}; the decimal is for display only, and
 * {@link #atLeast} decides |z| ≥ t exactly by comparing {@code z²} with {@code t²}. When
 * p̄ is 0 or 1 both proportions are equal and z is 0.
 *
 * <p>Two-proportion rather than one-sample: both sides are estimates from samples of the same
 * order (the paper's 100 games, ours 100), so testing ours against the paper's proportion as if
 * it were the truth would count the paper's own sampling error as evidence (it roughly halves the
 * variance and inflates |z| by up to √2). Immutable; O(1) rational operations on the counts.
 *
 * @param ours k1, our successes
 * @param ourTrials n1, our trials
 * @param theirs k2, the other sample's successes
 * @param theirTrials n2, the other sample's trials
 */
public record BinomialZ(long ours, long ourTrials, long theirs, long theirTrials) {

    /**
     * @throws IllegalArgumentException naming the first count outside 0 ≤ k ≤ n, 1 ≤ n ≤ 2⁶²
     */
    public BinomialZ {
        check("ours", ours, ourTrials);
        check("theirs", theirs, theirTrials);
    }

    /** The largest number of trials, so that n1 + n2 cannot overflow. */
    public static final long MAX_TRIALS = 1L << 62;

    private static void check(String what, long k, long n) {
        if (n < 1 || n > MAX_TRIALS || k < 0 || k > n) {
            throw new IllegalArgumentException(what + ": a binomial count needs 0 <= k <= n and 1 <= n <= 2^62, got " + k + " of " + n);
        }
    }

    /** p1 = k1/n1, exact. */
    public Rational ourProportion() {
        return Rational.of(ours, ourTrials);
    }

    /** p2 = k2/n2, exact. */
    public Rational theirProportion() {
        return Rational.of(theirs, theirTrials);
    }

    /** The pooled proportion p̄ = (k1 + k2)/(n1 + n2), exact. */
    public Rational pooled() {
        // in BigInteger: n1 + n2 reaches 2^63 at the largest trials, past Long.MAX_VALUE
        return Rational.of(BigInteger.valueOf(ours).add(BigInteger.valueOf(theirs)), BigInteger.valueOf(ourTrials).add(BigInteger.valueOf(theirTrials)));
    }

    /** The sign of z: −1, 0 or 1 (that of p1 − p2). */
    public int signum() {
        return ourProportion().subtract(theirProportion()).signum();
    }

    /** z², exact (0 when p̄ is 0 or 1, where p1 = p2). */
    public Rational zSquared() {
        Rational diff = ourProportion().subtract(theirProportion());
        Rational p = pooled();
        Rational variance = p.multiply(Rational.ONE.subtract(p))
                .multiply(Rational.of(1, ourTrials).add(Rational.of(1, theirTrials)));
        if (variance.isZero()) {
            return Rational.ZERO;
        }
        return diff.multiply(diff).divide(variance);
    }

    /**
     * Whether |z| ≥ {@code threshold}, decided exactly (z² ≥ threshold²).
     *
     * @throws IllegalArgumentException if the threshold is negative
     */
    public boolean atLeast(Rational threshold) {
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("a |z| threshold must be non-negative, got " + threshold);
        }
        return zSquared().compareTo(threshold.multiply(threshold)) >= 0;
    }

    /** z to two decimals, for display only (the square root rounded half-even from 20 digits). */
    public String decimal() {
        Rational z2 = zSquared();
        BigDecimal square = new BigDecimal(z2.numerator()).divide(new BigDecimal(z2.denominator()), new MathContext(40));
        BigDecimal root = square.sqrt(new MathContext(20)).setScale(2, RoundingMode.HALF_EVEN);
        String s = (signum() < 0 ? root.negate() : root).toPlainString();
        return s.equals("-0.00") ? "0.00" : s;
    }

    /**
     * The standard error √(k(n − k)/n³) of a proportion k/n, for error bars only (floating point).
     *
     * @throws IllegalArgumentException if not 0 ≤ k ≤ n, n ≥ 1
     */
    public static double standardError(long k, long n) {
        check("count", k, n);
        double p = (double) k / n;
        return Math.sqrt(p * (1 - p) / n);
    }
}
