package org.equicert.number;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * An exact real algebraic number: the unique root of a square-free rational polynomial in an
 * isolating interval {@code (lo, hi]}. Rational values are held exactly with the defining
 * polynomial {@code x − r} and the degenerate interval {@code [r, r]}.
 *
 * <p>Immutable: refinement returns a new value. Comparison, the sign of a polynomial at the number
 * and decimal expansion are exact (decided by Sturm counts and bisection, never by rounding).
 *
 * <p>Reference: isolating intervals and Sturm's theorem (G. E. Collins and R. Loos, "Real zeros
 * of polynomials", in Computer Algebra, Springer 1982). Cost: a refinement step is one bisection
 * with one Sturm count, O(d) evaluations of the degree-d Sturm sequence; a comparison refines both
 * numbers until their intervals separate (or a gcd shows them equal).
 */
public final class RealAlgebraic implements Comparable<RealAlgebraic> {

    private final UnivariatePolynomial polynomial;
    private final Rational lo;
    private final Rational hi;
    private final Rational rational;

    private RealAlgebraic(UnivariatePolynomial polynomial, Rational lo, Rational hi, Rational rational) {
        this.polynomial = polynomial;
        this.lo = lo;
        this.hi = hi;
        this.rational = rational;
    }

    /** {@return the rational number r} */
    public static RealAlgebraic of(Rational r) {
        return new RealAlgebraic(UnivariatePolynomial.linearWithRoot(r), r, r, r);
    }

    /**
     * The unique root of the square-free part of p in (lo, hi].
     *
     * @throws IllegalArgumentException if (lo, hi] does not hold exactly one root
     */
    public static RealAlgebraic of(UnivariatePolynomial p, Rational lo, Rational hi) {
        UnivariatePolynomial sf = p.squareFreePart();
        int n = RootIsolation.countRoots(sf.sturmSequence(), lo, hi);
        if (n != 1) {
            throw new IllegalArgumentException("(" + lo + ", " + hi + "] holds " + n + " roots of " + p + ", not exactly one");
        }
        return ofIsolated(sf, lo, hi);
    }

    /** From a square-free polynomial and an interval already known to isolate one root. */
    static RealAlgebraic ofIsolated(UnivariatePolynomial squareFree, Rational lo, Rational hi) {
        if (squareFree.signAt(hi) == 0) {
            return of(hi);
        }
        if (squareFree.degree() == 1) {
            Rational r = squareFree.coefficient(0).negate().divide(squareFree.coefficient(1));
            return of(r);
        }
        // Every rational root of a primitive integer polynomial with leading coefficient L is a
        // multiple of 1/L (rational root theorem). Refine below width 1/L: then the interval holds at
        // most one such multiple, and testing it decides rationality exactly.
        UnivariatePolynomial primitive = squareFree.primitive();
        Rational unit = Rational.of(java.math.BigInteger.ONE, primitive.leadingCoefficient().numerator());
        RealAlgebraic r = new RealAlgebraic(squareFree.monic(), lo, hi, null);
        while (r.rational == null && r.hi.subtract(r.lo).compareTo(unit) >= 0) {
            r = r.refine();
        }
        if (r.rational != null) {
            return r;
        }
        Rational candidate = Rational.of(r.lo.divide(unit).floor().add(java.math.BigInteger.ONE)).multiply(unit);
        if (candidate.compareTo(r.hi) <= 0 && squareFree.signAt(candidate) == 0) {
            return of(candidate);
        }
        return new RealAlgebraic(squareFree.monic(), lo, hi, null);
    }

    /** {@return true if the number is known to be rational (always true when it is, for roots found by isolation)} */
    public boolean isRational() {
        return rational != null;
    }

    /**
     * The rational value.
     *
     * @throws ArithmeticException if the number is irrational
     */
    public Rational toRational() {
        if (rational == null) {
            throw new ArithmeticException("irrational algebraic number " + this);
        }
        return rational;
    }

    /** {@return the square-free defining polynomial (monic)} */
    public UnivariatePolynomial polynomial() {
        return polynomial;
    }

    /** {@return the lower end of the isolating interval (exclusive, unless the number is rational)} */
    public Rational lower() {
        return lo;
    }

    /** {@return the upper end of the isolating interval (inclusive)} */
    public Rational upper() {
        return hi;
    }

    /** {@return a value with an isolating interval at most half as wide} */
    public RealAlgebraic refine() {
        if (rational != null) {
            return this;
        }
        Rational mid = lo.midpoint(hi);
        int s = polynomial.signAt(mid);
        if (s == 0) {
            return of(mid);
        }
        int sHi = polynomial.signAt(hi);
        // Single simple root in (lo, hi]; p changes sign across it, and p(hi) != 0.
        if (s == sHi) {
            return new RealAlgebraic(polynomial, lo, mid, null);
        }
        return new RealAlgebraic(polynomial, mid, hi, null);
    }

    /** {@return a value whose isolating interval is narrower than {@code width}} */
    public RealAlgebraic refineTo(Rational width) {
        RealAlgebraic r = this;
        while (r.rational == null && r.hi.subtract(r.lo).compareTo(width) >= 0) {
            r = r.refine();
        }
        return r;
    }

    /** {@return the sign (-1, 0, 1) of q at this number, decided exactly} */
    public int signOf(UnivariatePolynomial q) {
        if (rational != null) {
            return q.signAt(rational);
        }
        if (q.isZero()) {
            return 0;
        }
        UnivariatePolynomial g = polynomial.gcd(q);
        if (g.degree() > 0 && RootIsolation.countRoots(g.sturmSequence(), lo, hi) > 0) {
            return 0;
        }
        RealAlgebraic r = this;
        List<UnivariatePolynomial> qs = q.squareFreePart().sturmSequence();
        while (RootIsolation.countRoots(qs, r.lo, r.hi) > 0 || q.signAt(r.hi) == 0) {
            r = r.refine();
            if (r.rational != null) {
                return q.signAt(r.rational);
            }
        }
        return q.signAt(r.hi);
    }

    @Override
    public int compareTo(RealAlgebraic other) {
        if (rational != null && other.rational != null) {
            return rational.compareTo(other.rational);
        }
        if (rational != null) {
            return -other.signOf(UnivariatePolynomial.linearWithRoot(rational));
        }
        if (other.rational != null) {
            return signOf(UnivariatePolynomial.linearWithRoot(other.rational));
        }
        // Both irrational: equal iff gcd has a root in the intersection of the intervals.
        Rational iLo = lo.max(other.lo);
        Rational iHi = hi.min(other.hi);
        if (iLo.compareTo(iHi) < 0) {
            UnivariatePolynomial g = polynomial.gcd(other.polynomial);
            if (g.degree() > 0 && RootIsolation.countRoots(g.sturmSequence(), iLo, iHi) > 0) {
                return 0;
            }
        }
        RealAlgebraic a = this;
        RealAlgebraic b = other;
        while (true) {
            if (a.hi.compareTo(b.lo) <= 0) {
                return -1;
            }
            if (b.hi.compareTo(a.lo) <= 0) {
                return 1;
            }
            a = a.refine();
            b = b.refine();
            if (a.rational != null || b.rational != null) {
                return a.compareTo(b);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealAlgebraic && compareTo((RealAlgebraic) o) == 0;
    }

    @Override
    public int hashCode() {
        // Equal numbers may carry different polynomials; hash only what equal values share.
        return rational != null ? rational.hashCode() : 17;
    }

    /**
     * The decimal expansion truncated toward zero to {@code digits} places, exact in every printed
     * digit; an ellipsis marks a truncated (irrational or non-terminating) value.
     */
    public String toDecimalString(int digits) {
        BigInteger scale = BigInteger.TEN.pow(digits);
        Rational s = Rational.of(scale);
        if (rational != null) {
            Rational scaled = rational.multiply(s);
            BigInteger t = scaled.signum() < 0 ? scaled.ceil() : scaled.floor();
            return formatScaled(t, scaled.signum() < 0, digits) + (scaled.isInteger() ? "" : "…");
        }
        RealAlgebraic r = this;
        while (true) {
            Rational sl = r.lo.multiply(s);
            Rational sh = r.hi.multiply(s);
            if (sl.signum() >= 0) {
                if (sl.floor().equals(sh.floor()) && !sh.isInteger()) {
                    return formatScaled(sl.floor(), false, digits) + "…";
                }
            } else if (sh.signum() <= 0) {
                if (sl.ceil().equals(sh.ceil()) && !sl.isInteger() && !sh.isInteger()) {
                    return formatScaled(sh.ceil(), true, digits) + "…";
                }
            }
            r = r.refine();
            if (r.rational != null) {
                return r.toDecimalString(digits);
            }
        }
    }

    private static String formatScaled(BigInteger scaled, boolean negative, int digits) {
        String abs = scaled.abs().toString();
        if (digits == 0) {
            return (negative ? "-" : "") + abs;
        }
        while (abs.length() <= digits) {
            abs = "0" + abs;
        }
        String intPart = abs.substring(0, abs.length() - digits);
        String fracPart = abs.substring(abs.length() - digits);
        return (negative ? "-" : "") + intPart + "." + fracPart;
    }

    /**
     * A closed form for quadratic irrationals, e.g. {@code 2 - √2} or {@code (49 + √3193)/2};
     * null for other degrees. Kept for callers of this class; prefer {@link #quadraticForm()}.
     *
     * @return the closed form, or null
     */
    public String closedForm() {
        return quadraticForm().orElse(null);
    }

    /**
     * {@return a closed form for rationals and quadratic irrationals} E.g. {@code 2 - √2} or
     * {@code (49 + √3193)/2}; empty for numbers of higher degree.
     */
    public Optional<String> quadraticForm() {
        if (rational != null) {
            return Optional.of(rational.toString());
        }
        if (polynomial.degree() != 2) {
            return Optional.empty();
        }
        // x^2 + b x + c = 0 (monic): x = (-b ± sqrt(b^2 - 4c)) / 2
        Rational b = polynomial.coefficient(1);
        Rational c = polynomial.coefficient(0);
        Rational disc = b.multiply(b).subtract(c.multiply(4));
        Rational center = b.negate().multiply(Rational.HALF);
        boolean plus = signOf(UnivariatePolynomial.linearWithRoot(center)) > 0;
        // sqrt(disc)/2 = sqrt(disc/4) = (k/m) sqrt(r) with r a square-free integer
        Rational quarter = disc.multiply(Rational.of(1, 4));
        BigInteger num = quarter.numerator().multiply(quarter.denominator());
        BigInteger den = quarter.denominator();
        BigInteger[] split = squareSplit(num);
        Rational coeff = Rational.of(split[0], den);
        String radical = "√" + split[1];
        String term = coeff.equals(Rational.ONE) ? radical : (coeff.isInteger() ? coeff + radical : "(" + coeff + ")" + radical);
        if (center.isZero()) {
            return Optional.of((plus ? "" : "-") + term);
        }
        return Optional.of(center + (plus ? " + " : " - ") + term);
    }

    /** Writes n = k^2 · r with r having no square factor found below a trial bound; returns {k, r}. */
    private static BigInteger[] squareSplit(BigInteger n) {
        BigInteger k = BigInteger.ONE;
        BigInteger r = n;
        for (long f = 2; f < 100_000 && BigInteger.valueOf(f * f).compareTo(r) <= 0; f++) {
            BigInteger ff = BigInteger.valueOf(f * f);
            while (r.mod(ff).signum() == 0) {
                r = r.divide(ff);
                k = k.multiply(BigInteger.valueOf(f));
            }
        }
        return new BigInteger[] {k, r};
    }

    /** A short exact description: the rational, a closed form, or the root of p in (lo, hi]. */
    @Override
    public String toString() {
        return quadraticForm().orElseGet(() -> "root of " + polynomial + " in (" + lo + ", " + hi + "]");
    }
}
