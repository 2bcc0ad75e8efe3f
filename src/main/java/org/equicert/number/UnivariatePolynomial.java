package org.equicert.number;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable univariate polynomial with rational coefficients, stored densely from the constant
 * term up, with no trailing zero coefficients (the zero polynomial has no coefficients and degree
 * -1).
 *
 * <p>It lives in {@code number} because it is the defining data of a {@link RealAlgebraic}; the
 * Euclidean algorithms (gcd, square-free part, Sturm sequences) are the classical ones over a
 * field.
 *
 * <p>Reference: D. E. Knuth, <i>The Art of Computer Programming</i> Vol. 2, §4.6.1 (Euclid's
 * algorithm over a field); square-free part p / gcd(p, p′). Cost: gcd and remainder sequences
 * O(d²) rational operations for degree d (with coefficient growth).
 */
public final class UnivariatePolynomial {

    /** The zero polynomial. */
    public static final UnivariatePolynomial ZERO = new UnivariatePolynomial(new Rational[0]);
    /** The constant polynomial 1. */
    public static final UnivariatePolynomial ONE = new UnivariatePolynomial(new Rational[] {Rational.ONE});
    /** The polynomial x. */
    public static final UnivariatePolynomial X =
            new UnivariatePolynomial(new Rational[] {Rational.ZERO, Rational.ONE});

    private final Rational[] coefficients;

    private UnivariatePolynomial(Rational[] trimmed) {
        this.coefficients = trimmed;
    }

    /** {@return the polynomial Σ coefficients[i]·x^i} */
    public static UnivariatePolynomial of(Rational... coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        return new UnivariatePolynomial(Arrays.copyOf(coefficients, n));
    }

    /** {@return the polynomial Σ coefficients[i]·x^i with integer coefficients} */
    public static UnivariatePolynomial ofIntegers(long... coefficients) {
        Rational[] c = new Rational[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Rational.of(coefficients[i]);
        }
        return of(c);
    }

    /** {@return the constant polynomial c} */
    public static UnivariatePolynomial constant(Rational c) {
        return of(c);
    }

    /** {@return the linear polynomial x − r, whose only root is r} */
    public static UnivariatePolynomial linearWithRoot(Rational r) {
        return of(r.negate(), Rational.ONE);
    }

    /** {@return the degree; -1 for the zero polynomial} */
    public int degree() {
        return coefficients.length - 1;
    }

    /** {@return true for the zero polynomial} */
    public boolean isZero() {
        return coefficients.length == 0;
    }

    /** {@return the coefficient of x^i (zero beyond the degree)} */
    public Rational coefficient(int i) {
        return i < coefficients.length ? coefficients[i] : Rational.ZERO;
    }

    /** {@return the leading coefficient (zero for the zero polynomial)} */
    public Rational leadingCoefficient() {
        return isZero() ? Rational.ZERO : coefficients[coefficients.length - 1];
    }

    /** {@return the value at x, by Horner's rule} */
    public Rational evaluate(Rational x) {
        Rational r = Rational.ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            r = r.multiply(x).add(coefficients[i]);
        }
        return r;
    }

    /** {@return the sign (-1, 0, 1) of the value at x} */
    public int signAt(Rational x) {
        return evaluate(x).signum();
    }

    /** {@return {@code this + other}} */
    public UnivariatePolynomial add(UnivariatePolynomial other) {
        int n = Math.max(coefficients.length, other.coefficients.length);
        Rational[] c = new Rational[n];
        for (int i = 0; i < n; i++) {
            c[i] = coefficient(i).add(other.coefficient(i));
        }
        return of(c);
    }

    /** {@return {@code this - other}} */
    public UnivariatePolynomial subtract(UnivariatePolynomial other) {
        return add(other.scale(Rational.MINUS_ONE));
    }

    /** {@return {@code c · this}} */
    public UnivariatePolynomial scale(Rational c) {
        Rational[] r = new Rational[coefficients.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = coefficients[i].multiply(c);
        }
        return of(r);
    }

    /** {@return {@code this · other}} */
    public UnivariatePolynomial multiply(UnivariatePolynomial other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        Rational[] c = new Rational[coefficients.length + other.coefficients.length - 1];
        Arrays.fill(c, Rational.ZERO);
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i].isZero()) {
                continue;
            }
            for (int j = 0; j < other.coefficients.length; j++) {
                c[i + j] = c[i + j].add(coefficients[i].multiply(other.coefficients[j]));
            }
        }
        return of(c);
    }

    /** {@return {@code this^k}} */
    public UnivariatePolynomial pow(int k) {
        UnivariatePolynomial r = ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /** {@return the composition {@code this(inner(x))}} */
    public UnivariatePolynomial compose(UnivariatePolynomial inner) {
        UnivariatePolynomial r = ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            r = r.multiply(inner).add(constant(coefficients[i]));
        }
        return r;
    }

    /** {@return the formal derivative} */
    public UnivariatePolynomial derivative() {
        if (coefficients.length <= 1) {
            return ZERO;
        }
        Rational[] c = new Rational[coefficients.length - 1];
        for (int i = 1; i < coefficients.length; i++) {
            c[i - 1] = coefficients[i].multiply(i);
        }
        return of(c);
    }

    /**
     * Quotient and remainder of Euclidean division: {@code this = q·divisor + r}, deg r &lt; deg divisor.
     *
     * @throws ArithmeticException if the divisor is zero
     */
    public UnivariatePolynomial[] divideAndRemainder(UnivariatePolynomial divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("polynomial division by zero");
        }
        Rational[] rem = coefficients.clone();
        int dd = divisor.degree();
        Rational lead = divisor.leadingCoefficient();
        int qn = Math.max(0, degree() - dd + 1);
        Rational[] quot = new Rational[qn];
        Arrays.fill(quot, Rational.ZERO);
        for (int k = degree() - dd; k >= 0; k--) {
            Rational f = rem[k + dd].divide(lead);
            quot[k] = f;
            if (f.isZero()) {
                continue;
            }
            for (int j = 0; j <= dd; j++) {
                rem[k + j] = rem[k + j].subtract(f.multiply(divisor.coefficients[j]));
            }
        }
        return new UnivariatePolynomial[] {of(quot), of(Arrays.copyOf(rem, Math.max(0, Math.min(rem.length, dd))))};
    }

    /** {@return the remainder of Euclidean division by {@code divisor}} */
    public UnivariatePolynomial remainder(UnivariatePolynomial divisor) {
        return divideAndRemainder(divisor)[1];
    }

    /** {@return this polynomial scaled so its leading coefficient is 1 (zero stays zero)} */
    public UnivariatePolynomial monic() {
        return isZero() ? this : scale(leadingCoefficient().reciprocal());
    }

    /**
     * The primitive integer polynomial with positive leading coefficient that is a positive
     * rational multiple of this one (same roots, same signs).
     */
    public UnivariatePolynomial primitive() {
        if (isZero()) {
            return this;
        }
        BigInteger lcm = BigInteger.ONE;
        for (Rational c : coefficients) {
            BigInteger d = c.denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        BigInteger g = BigInteger.ZERO;
        for (Rational c : coefficients) {
            g = g.gcd(c.numerator().multiply(lcm.divide(c.denominator())));
        }
        Rational factor = Rational.of(lcm, g);
        if (leadingCoefficient().signum() < 0) {
            factor = factor.negate();
        }
        return scale(factor);
    }

    /** {@return the monic greatest common divisor (zero only if both are zero)} */
    public UnivariatePolynomial gcd(UnivariatePolynomial other) {
        UnivariatePolynomial a = this;
        UnivariatePolynomial b = other;
        while (!b.isZero()) {
            UnivariatePolynomial r = a.remainder(b);
            a = b;
            b = r.isZero() ? r : r.primitive();
        }
        return a.monic();
    }

    /** {@return the square-free part {@code p / gcd(p, p')}, monic; same distinct roots as this} */
    public UnivariatePolynomial squareFreePart() {
        if (degree() <= 0) {
            return isZero() ? this : ONE;
        }
        UnivariatePolynomial g = gcd(derivative());
        return divideAndRemainder(g)[0].monic();
    }

    /** {@return true if this polynomial has no repeated complex root} */
    public boolean isSquareFree() {
        return degree() <= 0 || gcd(derivative()).degree() == 0;
    }

    /**
     * The Sturm sequence p, p', −rem(p, p'), … of this polynomial (each term made primitive with
     * positive content so signs are preserved).
     */
    public List<UnivariatePolynomial> sturmSequence() {
        List<UnivariatePolynomial> seq = new ArrayList<>();
        if (isZero()) {
            return seq;
        }
        UnivariatePolynomial a = this;
        UnivariatePolynomial b = derivative();
        seq.add(a);
        while (!b.isZero()) {
            seq.add(b);
            UnivariatePolynomial r = a.remainder(b).scale(Rational.MINUS_ONE);
            a = b;
            b = r.isZero() ? r : positiveContent(r);
        }
        return seq;
    }

    private static UnivariatePolynomial positiveContent(UnivariatePolynomial r) {
        UnivariatePolynomial p = r.primitive();
        // primitive() forces a positive leading coefficient; restore the sign of r.
        return r.leadingCoefficient().signum() < 0 ? p.scale(Rational.MINUS_ONE) : p;
    }

    /**
     * A bound B with every real root in (−B, B): Cauchy's bound 1 + max |a_i / a_n|, rounded up.
     */
    public Rational rootBound() {
        Rational lead = leadingCoefficient().abs();
        Rational max = Rational.ZERO;
        for (int i = 0; i < degree(); i++) {
            max = max.max(coefficients[i].abs().divide(lead));
        }
        return Rational.of(max.ceil().add(BigInteger.TWO));
    }

    /** {@return the coefficients from the constant term up (a copy)} */
    public Rational[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnivariatePolynomial && Arrays.equals(coefficients, ((UnivariatePolynomial) o).coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** Renders as e.g. {@code x^2 - 4*x + 2}, in the variable {@code x}. */
    @Override
    public String toString() {
        return toString("x");
    }

    /** Renders in the named variable, highest degree first. */
    public String toString(String variable) {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            Rational c = coefficients[i];
            if (c.isZero()) {
                continue;
            }
            boolean first = sb.length() == 0;
            if (!first) {
                sb.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                sb.append("-");
            }
            Rational a = c.abs();
            if (i == 0) {
                sb.append(a);
            } else {
                if (!a.equals(Rational.ONE)) {
                    sb.append(a.isInteger() ? a.toString() : "(" + a + ")").append("*");
                }
                sb.append(variable);
                if (i > 1) {
                    sb.append("^").append(i);
                }
            }
        }
        return sb.toString();
    }
}
