package org.equicert.linalg;

import java.math.BigInteger;
import java.util.Arrays;
import org.equicert.number.Rational;

/**
 * The unique solution of a nonsingular square integer system {@code A z = b}, written as integer
 * numerators over one positive common denominator: {@code z_i = numerators[i] / denominator}. The
 * denominator is {@code |det A|} (not reduced), the numerators are {@code ±(adj A · b)_i}, as
 * Cramer's rule gives them.
 *
 * @param numerators the numerators, one per unknown (copied in and out)
 * @param denominator the common denominator, positive
 */
public record IntegerSolution(BigInteger[] numerators, BigInteger denominator) {

    /**
     * @throws IllegalArgumentException if the denominator is not positive
     */
    public IntegerSolution {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator + " is not positive");
        }
        numerators = numerators.clone();
    }

    /** {@return the numerators (a copy)} */
    @Override
    public BigInteger[] numerators() {
        return numerators.clone();
    }

    /** {@return the numerator of unknown {@code i}, without copying the whole array} */
    public BigInteger numerator(int i) {
        return numerators[i];
    }

    /** {@return the number of unknowns} */
    public int size() {
        return numerators.length;
    }

    /** {@return the solution as reduced rationals} */
    public Rational[] toRationals() {
        Rational[] z = new Rational[numerators.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = Rational.of(numerators[i], denominator);
        }
        return z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerSolution s && denominator.equals(s.denominator) && Arrays.equals(numerators, s.numerators);
    }

    /** The hash code (a copy). */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(numerators) + denominator.hashCode();
    }

    /** The to string (a copy). */
    @Override
    public String toString() {
        return Arrays.toString(numerators) + " / " + denominator;
    }
}
