package org.equicert.number;

import java.math.BigInteger;

/**
 * Reference for algebraic-number tests: the real number a + b√n (rational a and b, integer n ≥ 2),
 * with signs decided exactly by squaring: sign(u + v√n) is sign(u) when u and v agree in sign, and
 * sign(u) · sign(u² − v²n) when they differ. No floating point and no code of the number package
 * beyond {@link Rational}'s value accessors.
 *
 * @param a the rational part
 * @param b the coefficient of the root
 * @param n the radicand, at least 2
 */
record QuadraticSurd(ReferenceRational a, ReferenceRational b, BigInteger n) {

    static QuadraticSurd of(Rational a, Rational b, long n) {
        return new QuadraticSurd(ReferenceRational.of(a), ReferenceRational.of(b), BigInteger.valueOf(n));
    }

    /** True if n is a perfect square (then the value is rational). */
    boolean radicandIsSquare() {
        BigInteger r = n.sqrt();
        return r.multiply(r).equals(n);
    }

    /** sign(u + v√n). */
    static int sign(ReferenceRational u, ReferenceRational v, BigInteger n) {
        int su = u.signum();
        int sv = v.signum();
        if (sv == 0) {
            return su;
        }
        if (su == 0 || su == sv) {
            return su == 0 ? sv : su;
        }
        ReferenceRational d = u.multiply(u).subtract(v.multiply(v).multiply(ReferenceRational.of(n, BigInteger.ONE)));
        return su * d.signum();
    }

    /** sign(u + v√n + w√m), by sign(A + B) = sign(A)·sign(A² − B²) for A = u + v√n, B = w√m of opposite signs. */
    static int sign(ReferenceRational u, ReferenceRational v, BigInteger n, ReferenceRational w, BigInteger m) {
        int sa = sign(u, v, n);
        int sb = w.signum();
        if (sb == 0) {
            return sa;
        }
        if (sa == 0 || sa == sb) {
            return sa == 0 ? sb : sa;
        }
        ReferenceRational nn = ReferenceRational.of(n, BigInteger.ONE);
        ReferenceRational mm = ReferenceRational.of(m, BigInteger.ONE);
        // A² − B² = (u² + v²n − w²m) + 2uv√n
        ReferenceRational rational = u.multiply(u).add(v.multiply(v).multiply(nn)).subtract(w.multiply(w).multiply(mm));
        ReferenceRational surd = u.multiply(v).multiply(ReferenceRational.of(2));
        return sa * sign(rational, surd, n);
    }

    /** sign(this − other). */
    int compareTo(QuadraticSurd other) {
        return sign(a.subtract(other.a), b, n, other.b.negate(), other.n);
    }

    /** sign(this − r). */
    int compareTo(ReferenceRational r) {
        return sign(a.subtract(r), b, n);
    }

    /** sign(q(this)) for q = c0 + c1 x + c2 x²: q(a + b√n) = c0 + c1 a + c2 (a² + b² n) + (c1 b + 2 c2 a b) √n. */
    int signOf(ReferenceRational c0, ReferenceRational c1, ReferenceRational c2) {
        ReferenceRational nn = ReferenceRational.of(n, BigInteger.ONE);
        ReferenceRational rational = c0.add(c1.multiply(a)).add(c2.multiply(a.multiply(a).add(b.multiply(b).multiply(nn))));
        ReferenceRational surd = c1.multiply(b).add(c2.multiply(a).multiply(b).multiply(ReferenceRational.of(2)));
        return sign(rational, surd, n);
    }

    /** The conjugate a − b√n. */
    QuadraticSurd conjugate() {
        return new QuadraticSurd(a, b.negate(), n);
    }

    /** The monic x² − 2a x + (a² − b²n), whose roots are a ± b√n. */
    UnivariatePolynomial minimalPolynomial() {
        ReferenceRational c0 = a.multiply(a).subtract(b.multiply(b).multiply(ReferenceRational.of(n, BigInteger.ONE)));
        return UnivariatePolynomial.of(rational(c0), rational(a.multiply(ReferenceRational.of(-2))), Rational.ONE);
    }

    static Rational rational(ReferenceRational r) {
        return Rational.of(r.num(), r.den());
    }

    /**
     * Rationals lo < this < hi with hi − lo = 2^−steps times an integer bracket, by exact bisection
     * on the reference sign.
     */
    ReferenceRational[] bracket(int steps) {
        ReferenceRational bound = ReferenceRational.of(a.abs().add(b.abs().multiply(ReferenceRational.of(n, BigInteger.ONE))).ceil()
                .add(BigInteger.ONE), BigInteger.ONE);
        ReferenceRational lo = bound.negate();
        ReferenceRational hi = bound;
        ReferenceRational half = ReferenceRational.of(BigInteger.ONE, BigInteger.TWO);
        for (int i = 0; i < steps; i++) {
            ReferenceRational mid = lo.add(hi).multiply(half);
            if (compareTo(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new ReferenceRational[] {lo, hi};
    }

    @Override
    public String toString() {
        return a + " + (" + b + ")√" + n;
    }
}
