package org.equicert.number;

import java.math.BigInteger;

/**
 * Functions of a {@link Rational} built on its field operations: integer powers by repeated
 * squaring (Knuth, TAOCP Vol. 2, §4.6.3, O(log |e|) multiplications, with the result's size
 * bounded before computing it) and rounding to the integers below and above (one division with
 * remainder).
 */
final class RationalFunctions {

    private RationalFunctions() {
    }

    /** See {@link Rational#pow}. */
    static Rational pow(Rational x, int exponent) {
        if (exponent < 0) {
            // -Integer.MIN_VALUE overflows: take the magnitude as a long.
            return powNonNegative(x.reciprocal(), -(long) exponent);
        }
        return powNonNegative(x, exponent);
    }

    private static Rational powNonNegative(Rational x, long exponent) {
        if (exponent == 0 || x.equals(Rational.ONE)) {
            return Rational.ONE;
        }
        if (x.isZero()) {
            return Rational.ZERO;
        }
        if (x.equals(Rational.MINUS_ONE)) {
            return (exponent & 1) == 0 ? Rational.ONE : Rational.MINUS_ONE;
        }
        // |numerator| or denominator is at least 2, so one of them grows to at least
        // (bitLength - 1) * exponent bits; refuse at once what BigInteger cannot hold.
        long bits = Math.max(x.numerator().abs().bitLength(), x.denominator().bitLength()) - 1L;
        if (bits * exponent >= Integer.MAX_VALUE) {
            throw new ArithmeticException("overflow: (" + x + ")^" + exponent + " needs at least "
                    + bits * exponent + " bits, beyond BigInteger's range");
        }
        Rational result = Rational.ONE;
        Rational base = x;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.multiply(base);
            }
            e >>= 1;
            if (e > 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    /** The largest integer not greater than x. */
    static BigInteger floor(Rational x) {
        BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        return x.signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The smallest integer not less than x. */
    static BigInteger ceil(Rational x) {
        BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        return x.signum() > 0 && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
}
