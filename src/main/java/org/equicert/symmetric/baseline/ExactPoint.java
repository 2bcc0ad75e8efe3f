package org.equicert.symmetric.baseline;

import java.math.BigDecimal;
import org.equicert.number.Rational;

/**
 * The exact rational value of a baseline's floating-point strategy, renormalised exactly to sum 1.
 * Cost: O(m) exact conversions (each double is a dyadic rational) and one exact sum.
 */
public final class ExactPoint {

    private ExactPoint() {
    }

    /** {@return the strategy as exact rationals summing to 1}: each double is read exactly (a dyadic rational), negatives are clamped to 0. */
    public static Rational[] of(double[] s) {
        Rational[] r = new Rational[s.length];
        Rational total = Rational.ZERO;
        for (int a = 0; a < s.length; a++) {
            r[a] = s[a] > 0 ? Rational.of(new BigDecimal(s[a])) : Rational.ZERO;
            total = total.add(r[a]);
        }
        for (int a = 0; a < s.length; a++) {
            r[a] = r[a].divide(total);
        }
        return r;
    }
}
