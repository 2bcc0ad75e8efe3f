package org.equicert.certificate;

import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The checker's own minimal univariate polynomial with exact rational coefficients, written for the
 * {@code algebraic-nash} obligations independently of the solver's polynomial code.
 *
 * <p>Immutable; coefficients are stored constant term first with no trailing zero, so the zero
 * polynomial has no coefficient and degree −1, and {@code equals} is plain array equality.
 */
final class RationalPolynomial {

    static final RationalPolynomial ZERO = new RationalPolynomial(new Rational[0]);
    static final RationalPolynomial ONE = new RationalPolynomial(new Rational[] {Rational.ONE});

    private final Rational[] c;

    private RationalPolynomial(Rational[] trimmed) {
        this.c = trimmed;
    }

    /** The polynomial Σ coefficients[k]·x^k (trailing zeros dropped). */
    static RationalPolynomial of(Rational... coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        Rational[] t = Arrays.copyOf(coefficients, n);
        for (Rational r : t) {
            if (r == null) {
                throw new IllegalArgumentException("a polynomial coefficient is missing");
            }
        }
        return new RationalPolynomial(t);
    }

    /** The polynomial with the given coefficients, constant term first. */
    static RationalPolynomial of(List<Rational> coefficients) {
        return of(coefficients.toArray(new Rational[0]));
    }

    /** The constant r. */
    static RationalPolynomial constant(Rational r) {
        return of(r);
    }

    /** Degree; −1 for the zero polynomial. */
    int degree() {
        return c.length - 1;
    }

    boolean isZero() {
        return c.length == 0;
    }

    /** Coefficient of x^k (zero beyond the degree). */
    Rational coefficient(int k) {
        return k < c.length ? c[k] : Rational.ZERO;
    }

    Rational leadingCoefficient() {
        if (c.length == 0) {
            throw new ArithmeticException("the zero polynomial has no leading coefficient");
        }
        return c[c.length - 1];
    }

    /** The value at x, by Horner's rule: O(degree) operations. */
    Rational evaluate(Rational x) {
        Rational v = Rational.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v.multiply(x).add(c[k]);
        }
        return v;
    }

    RationalPolynomial add(RationalPolynomial o) {
        Rational[] r = new Rational[Math.max(c.length, o.c.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = coefficient(k).add(o.coefficient(k));
        }
        return of(r);
    }

    RationalPolynomial subtract(RationalPolynomial o) {
        return add(o.negate());
    }

    RationalPolynomial negate() {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = c[k].negate();
        }
        return new RationalPolynomial(r);
    }

    RationalPolynomial scale(Rational s) {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = c[k].multiply(s);
        }
        return of(r);
    }

    /** The product; O(deg·deg') operations. */
    RationalPolynomial multiply(RationalPolynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length + o.c.length - 1];
        Arrays.fill(r, Rational.ZERO);
        for (int i = 0; i < c.length; i++) {
            if (c[i].isZero()) {
                continue;
            }
            for (int j = 0; j < o.c.length; j++) {
                r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
            }
        }
        return of(r);
    }

    /** The formal derivative. */
    RationalPolynomial derivative() {
        if (c.length <= 1) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            r[k - 1] = c[k].multiply(k);
        }
        return of(r);
    }

    /**
     * Euclidean division: {quotient, remainder} with this = quotient·divisor + remainder and
     * deg remainder &lt; deg divisor. O(deg·deg divisor) operations.
     *
     * @throws ArithmeticException if the divisor is zero
     */
    RationalPolynomial[] divideAndRemainder(RationalPolynomial divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        int d = divisor.degree();
        Rational lead = divisor.leadingCoefficient();
        Rational[] rem = c.clone();
        int qLength = Math.max(0, c.length - d);
        Rational[] quo = new Rational[qLength];
        Arrays.fill(quo, Rational.ZERO);
        for (int k = c.length - 1; k >= d; k--) {
            Rational f = rem[k].divide(lead);
            quo[k - d] = f;
            if (f.isZero()) {
                continue;
            }
            for (int j = 0; j <= d; j++) {
                rem[k - d + j] = rem[k - d + j].subtract(f.multiply(divisor.c[j]));
            }
        }
        return new RationalPolynomial[] {of(quo), of(Arrays.copyOf(rem, Math.min(rem.length, d)))};
    }

    /** The remainder of the division by the divisor. */
    RationalPolynomial remainder(RationalPolynomial divisor) {
        return divideAndRemainder(divisor)[1];
    }

    /** The coefficients, constant term first (a copy). */
    Rational[] coefficients() {
        return c.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalPolynomial && Arrays.equals(c, ((RationalPolynomial) o).c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** Readable form in the variable θ, highest power first, e.g. {@code θ^2 - 4θ + 2}. */
    @Override
    public String toString() {
        return toString("θ");
    }

    String toString(String variable) {
        if (c.length == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k].isZero()) {
                continue;
            }
            Rational a = c[k];
            if (sb.length() > 0) {
                sb.append(a.signum() < 0 ? " - " : " + ");
                a = a.abs();
            } else if (a.signum() < 0 && k > 0) {
                sb.append("-");
                a = a.abs();
            }
            boolean unit = a.equals(Rational.ONE) && k > 0;
            if (!unit) {
                sb.append(a.isInteger() || k == 0 ? a.toString() : "(" + a + ")");
            }
            if (k > 0) {
                sb.append(variable).append(k > 1 ? "^" + k : "");
            }
        }
        return sb.toString();
    }
}
