package org.equicert.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Rigorous rational enclosures of e^x and ln x for rational x.
 *
 * <p>Method: Apfloat evaluates the function to {@code digits + 20} significant digits; the
 * result is widened by a relative margin of 10^−digits, far larger than Apfloat's documented
 * error of a few units in the last computed digit. The enclosure is then <em>verified</em> by exact
 * rational arithmetic (Taylor partial sums with a bounded tail for e^x, and the monotone relation
 * ln b ∈ [l, u] ⇔ e^l ≤ b ≤ e^u for ln), so correctness does not rest on Apfloat.
 *
 * <p>Reference: rigorous enclosures by Taylor series with a bounded remainder (R. E. Moore,
 * <i>Interval Analysis</i>, 1966, Ch. 3). Cost: Apfloat at d + 20 digits plus O(d) exact Taylor
 * terms for the verification.
 */
public final class Enclosures {

    private Enclosures() {
    }

    /** {@return an interval of width at most about 10^−digits·e^x holding e^x} */
    public static RationalInterval exp(Rational x, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be positive, got " + digits);
        }
        long prec = digits + 20L;
        Apfloat value = ApfloatMath.exp(toApfloat(x, prec));
        Rational center = fromApfloat(value);
        Rational margin = center.abs().multiply(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(digits)));
        RationalInterval candidate = new RationalInterval(center.subtract(margin), center.add(margin));
        if (!verifyExp(x, candidate)) {
            throw new ArithmeticException("could not verify the enclosure of exp(" + x + ")");
        }
        return candidate;
    }

    /**
     * An interval of width at most about 10^−digits holding ln b.
     *
     * @throws IllegalArgumentException if b is not positive
     */
    public static RationalInterval log(Rational b, int digits) {
        if (b.signum() <= 0) {
            throw new IllegalArgumentException("log of a non-positive number " + b);
        }
        if (b.equals(Rational.ONE)) {
            return RationalInterval.point(Rational.ZERO);
        }
        long prec = digits + 20L + Math.max(0, b.numerator().bitLength() / 3);
        Apfloat value = ApfloatMath.log(toApfloat(b, prec));
        Rational center = fromApfloat(value);
        Rational margin = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(digits));
        Rational lo = center.subtract(margin);
        Rational hi = center.add(margin);
        // ln b in [lo, hi]  <=>  e^lo <= b <= e^hi
        RationalInterval eLo = exp(lo, digits + 5);
        RationalInterval eHi = exp(hi, digits + 5);
        if (eLo.upper().compareTo(b) > 0 || eHi.lower().compareTo(b) < 0) {
            throw new ArithmeticException("could not verify the enclosure of ln(" + b + ")");
        }
        return new RationalInterval(lo, hi);
    }

    /**
     * Exact check that e^x lies in the candidate interval, by Taylor bounds on e^y for |y| ≤ 1/2
     * after writing x = k·y with k a power of two (e^x = (e^y)^k, monotone for positive ends).
     */
    static boolean verifyExp(Rational x, RationalInterval candidate) {
        int halvings = 0;
        Rational y = x;
        while (y.abs().compareTo(Rational.HALF) > 0) {
            y = y.multiply(Rational.HALF);
            halvings++;
        }
        RationalInterval ey = taylorExp(y, candidate.width().isZero() ? 60 : termsFor(candidate, halvings));
        RationalInterval ex = ey;
        for (int i = 0; i < halvings; i++) {
            ex = new RationalInterval(ex.lower().multiply(ex.lower()), ex.upper().multiply(ex.upper()));
            ex = roundOutward(ex, candidate.width());
        }
        return candidate.lower().compareTo(ex.lower()) <= 0 && ex.upper().compareTo(candidate.upper()) <= 0;
    }

    private static int termsFor(RationalInterval candidate, int halvings) {
        int digits = Math.max(10, candidate.width().denominator().bitLength() / 3 + 10);
        return digits + 4 * halvings + 10;
    }

    /** Keeps the verification's rationals small: widen outward to a dyadic grid finer than the target width. */
    private static RationalInterval roundOutward(RationalInterval i, Rational targetWidth) {
        int bits = targetWidth.isZero() ? 200 : targetWidth.denominator().bitLength() - targetWidth.numerator().bitLength() + 40;
        bits = Math.max(bits, 64);
        Rational scale = Rational.of(BigInteger.ONE.shiftLeft(bits));
        Rational lo = Rational.of(i.lower().multiply(scale).floor()).divide(scale);
        Rational hi = Rational.of(i.upper().multiply(scale).ceil()).divide(scale);
        return new RationalInterval(lo, hi);
    }

    /** e^y for |y| ≤ 1/2: partial sum S_N and tail ≤ |y|^(N+1)/(N+1)! · 2. */
    private static RationalInterval taylorExp(Rational y, int terms) {
        Rational sum = Rational.ZERO;
        Rational term = Rational.ONE;
        for (int k = 0; k <= terms; k++) {
            sum = sum.add(term);
            term = term.multiply(y).divide(Rational.of(k + 1));
        }
        Rational tail = term.abs().multiply(Rational.TWO);
        return new RationalInterval(sum.subtract(tail), sum.add(tail));
    }

    private static Apfloat toApfloat(Rational x, long precision) {
        Apfloat n = new Apfloat(x.numerator(), precision);
        Apfloat d = new Apfloat(x.denominator(), precision);
        return n.divide(d);
    }

    private static Rational fromApfloat(Apfloat a) {
        return Rational.of(new BigDecimal(a.toString(true)));
    }
}
