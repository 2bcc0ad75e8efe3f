package org.equicert.number;

import java.math.BigInteger;

/**
 * The obviously-correct reference for differential tests of {@link Rational}: a numerator and a
 * denominator as {@link BigInteger}s, normalised on construction (gcd removed, sign in the
 * numerator, zero as 0/1), with every operation written from the textbook formula and no fast path.
 *
 * @param num the numerator, carrying the sign
 * @param den the denominator, positive and coprime to {@code num}
 */
record ReferenceRational(BigInteger num, BigInteger den) {

    static final ReferenceRational ZERO = of(BigInteger.ZERO, BigInteger.ONE);
    static final ReferenceRational ONE = of(BigInteger.ONE, BigInteger.ONE);

    /** Normalises; the record's canonical constructor is only reached through here. */
    ReferenceRational {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        num = num.divide(g);
        den = den.divide(g);
    }

    static ReferenceRational of(BigInteger n, BigInteger d) {
        return new ReferenceRational(n, d);
    }

    static ReferenceRational of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    static ReferenceRational of(Rational r) {
        return of(r.numerator(), r.denominator());
    }

    ReferenceRational add(ReferenceRational o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    ReferenceRational subtract(ReferenceRational o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    ReferenceRational multiply(ReferenceRational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    ReferenceRational divide(ReferenceRational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    ReferenceRational negate() {
        return of(num.negate(), den);
    }

    ReferenceRational abs() {
        return of(num.abs(), den);
    }

    /** Plain repeated multiplication, |e| times. */
    ReferenceRational pow(int e) {
        ReferenceRational base = e < 0 ? ONE.divide(this) : this;
        ReferenceRational r = ONE;
        for (int i = 0; i < Math.abs(e); i++) {
            r = r.multiply(base);
        }
        return r;
    }

    int signum() {
        return num.signum();
    }

    int compareTo(ReferenceRational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** Floor by truncated division of a shifted numerator: (num - (den - 1)) / den for negatives. */
    BigInteger floor() {
        return num.signum() >= 0 ? num.divide(den) : num.subtract(den).add(BigInteger.ONE).divide(den);
    }

    BigInteger ceil() {
        return negate().floor().negate();
    }

    /**
     * The value times 10^digits rounded by the given rule (FLOOR, CEILING or HALF_EVEN), written
     * with a decimal point: integer arithmetic only.
     */
    String decimal(int digits, java.math.RoundingMode mode) {
        ReferenceRational scaled = multiply(of(BigInteger.TEN.pow(digits), BigInteger.ONE));
        BigInteger fl = scaled.floor();
        ReferenceRational frac = scaled.subtract(of(fl, BigInteger.ONE));
        BigInteger q;
        switch (mode) {
            case FLOOR:
                q = fl;
                break;
            case CEILING:
                q = frac.signum() == 0 ? fl : fl.add(BigInteger.ONE);
                break;
            case HALF_EVEN:
                int c = frac.compareTo(of(BigInteger.ONE, BigInteger.TWO));
                q = c < 0 || (c == 0 && !fl.testBit(0)) ? fl : fl.add(BigInteger.ONE);
                break;
            default:
                throw new IllegalArgumentException("unsupported rounding mode " + mode);
        }
        String abs = q.abs().toString();
        if (digits == 0) {
            return (q.signum() < 0 ? "-" : "") + abs;
        }
        StringBuilder padded = new StringBuilder(abs);
        while (padded.length() <= digits) {
            padded.insert(0, '0');
        }
        int point = padded.length() - digits;
        // A value that rounds to zero prints unsigned (a decimal has no negative zero).
        return (q.signum() < 0 ? "-" : "") + padded.substring(0, point) + "." + padded.substring(point);
    }

    /** True if the denominator has no prime factor other than 2 and 5. */
    boolean terminates() {
        BigInteger d = den.shiftRight(den.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
