package org.equicert.poly;

import java.util.Arrays;
import org.equicert.number.Rational;
import org.equicert.number.UnivariatePolynomial;

/**
 * An immutable polynomial in Q[x][y]: a polynomial in y whose coefficients are univariate rational
 * polynomials in x. Gives what the planar decomposition ({@link PlanarDecomposition}) needs: the
 * content and primitive part in y, exact division, the greatest common divisor (primitive
 * pseudo-remainder sequence) and resultants in y (fraction-free Bareiss elimination of the
 * Sylvester matrix over Q[x]).
 *
 * <p>Reference: G. E. Collins, "Subresultants and reduced polynomial remainder sequences", J. ACM 14
 * (1967); S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in Real Algebraic Geometry</i>, 2nd ed.
 * 2006, §4.2 (resultants) and §8.3 (Bareiss). Cost, for degree m in y and d in x: a pseudo-remainder
 * O(m²) products in Q[x]; a gcd O(m) pseudo-remainders; a resultant O((m + n)³) products and exact
 * divisions in Q[x].
 */
final class BivariatePolynomial {

    /** The zero polynomial. */
    static final BivariatePolynomial ZERO = new BivariatePolynomial(new UnivariatePolynomial[0]);

    /** Coefficients of y^0 … y^m, the last nonzero. */
    private final UnivariatePolynomial[] coefficients;

    private BivariatePolynomial(UnivariatePolynomial[] coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        this.coefficients = Arrays.copyOf(coefficients, n);
    }

    /** {@return the polynomial with these coefficients of y^0, y^1, …} */
    static BivariatePolynomial of(UnivariatePolynomial... coefficients) {
        return new BivariatePolynomial(coefficients.clone());
    }

    /**
     * The polynomial f in which only x_x and x_y occur, as a polynomial in y over Q[x].
     *
     * @throws IllegalArgumentException if another variable occurs in f
     */
    static BivariatePolynomial of(MultivariatePolynomial f, int x, int y) {
        int m = Math.max(0, f.degreeIn(y));
        UnivariatePolynomial[] c = new UnivariatePolynomial[m + 1];
        for (int j = 0; j <= m; j++) {
            c[j] = f.coefficient(y, j).toUnivariate(x);
        }
        return new BivariatePolynomial(c);
    }

    /** {@return the polynomial y − c} */
    static BivariatePolynomial yMinus(Rational c) {
        return of(UnivariatePolynomial.constant(c.negate()), UnivariatePolynomial.ONE);
    }

    /** {@return the degree in y; −1 for zero} */
    int degree() {
        return coefficients.length - 1;
    }

    boolean isZero() {
        return coefficients.length == 0;
    }

    /** {@return the coefficient of y^j} */
    UnivariatePolynomial coefficient(int j) {
        return j < coefficients.length ? coefficients[j] : UnivariatePolynomial.ZERO;
    }

    /** {@return the leading coefficient in y, a polynomial in x} */
    UnivariatePolynomial leading() {
        return coefficients[coefficients.length - 1];
    }

    /** {@return the polynomial in x at y = c} */
    UnivariatePolynomial atY(Rational c) {
        UnivariatePolynomial s = UnivariatePolynomial.ZERO;
        for (int j = coefficients.length - 1; j >= 0; j--) {
            s = s.scale(c).add(coefficients[j]);
        }
        return s;
    }

    /** {@return the polynomial in y at x = r} */
    UnivariatePolynomial atX(Rational r) {
        Rational[] c = new Rational[Math.max(1, coefficients.length)];
        Arrays.fill(c, Rational.ZERO);
        for (int j = 0; j < coefficients.length; j++) {
            c[j] = coefficients[j].evaluate(r);
        }
        return UnivariatePolynomial.of(c);
    }

    /** {@return the gcd in Q[x] of the coefficients, monic (zero for zero)} */
    UnivariatePolynomial content() {
        UnivariatePolynomial g = UnivariatePolynomial.ZERO;
        for (UnivariatePolynomial c : coefficients) {
            g = g.gcd(c);
            if (g.degree() == 0) {
                return UnivariatePolynomial.ONE;
            }
        }
        return g;
    }

    /** {@return this divided by its content, scaled so that the leading coefficient is primitive and positive} */
    BivariatePolynomial primitivePart() {
        if (isZero()) {
            return this;
        }
        UnivariatePolynomial g = content();
        UnivariatePolynomial[] c = new UnivariatePolynomial[coefficients.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = exactQuotient(coefficients[j], g);
        }
        BivariatePolynomial p = new BivariatePolynomial(c);
        UnivariatePolynomial lead = p.leading();
        Rational scale = lead.primitive().leadingCoefficient().divide(lead.leadingCoefficient());
        return p.scale(scale);
    }

    BivariatePolynomial scale(Rational s) {
        UnivariatePolynomial[] c = new UnivariatePolynomial[coefficients.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = coefficients[j].scale(s);
        }
        return new BivariatePolynomial(c);
    }

    BivariatePolynomial scale(UnivariatePolynomial s) {
        UnivariatePolynomial[] c = new UnivariatePolynomial[coefficients.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = coefficients[j].multiply(s);
        }
        return new BivariatePolynomial(c);
    }

    BivariatePolynomial subtract(BivariatePolynomial o) {
        UnivariatePolynomial[] c = new UnivariatePolynomial[Math.max(coefficients.length, o.coefficients.length)];
        for (int j = 0; j < c.length; j++) {
            c[j] = coefficient(j).subtract(o.coefficient(j));
        }
        return new BivariatePolynomial(c);
    }

    BivariatePolynomial multiply(BivariatePolynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        UnivariatePolynomial[] c = new UnivariatePolynomial[coefficients.length + o.coefficients.length - 1];
        Arrays.fill(c, UnivariatePolynomial.ZERO);
        for (int i = 0; i < coefficients.length; i++) {
            for (int j = 0; j < o.coefficients.length; j++) {
                c[i + j] = c[i + j].add(coefficients[i].multiply(o.coefficients[j]));
            }
        }
        return new BivariatePolynomial(c);
    }

    /** {@return the partial derivative in y} */
    BivariatePolynomial derivative() {
        if (coefficients.length <= 1) {
            return ZERO;
        }
        UnivariatePolynomial[] c = new UnivariatePolynomial[coefficients.length - 1];
        for (int j = 1; j < coefficients.length; j++) {
            c[j - 1] = coefficients[j].scale(Rational.of(j));
        }
        return new BivariatePolynomial(c);
    }

    /** {@return lc(g)^(deg f − deg g + 1)·f mod g in y (the pseudo-remainder)} */
    BivariatePolynomial pseudoRemainder(BivariatePolynomial g) {
        BivariatePolynomial r = this;
        UnivariatePolynomial lead = g.leading();
        int dg = g.degree();
        while (!r.isZero() && r.degree() >= dg) {
            int shift = r.degree() - dg;
            UnivariatePolynomial[] t = new UnivariatePolynomial[shift + 1];
            Arrays.fill(t, UnivariatePolynomial.ZERO);
            t[shift] = r.leading();
            r = r.scale(lead).subtract(g.multiply(new BivariatePolynomial(t)));
        }
        return r;
    }

    /** {@return the greatest common divisor in Q[x][y], primitive in y (a nonzero constant when coprime)} */
    BivariatePolynomial gcd(BivariatePolynomial o) {
        UnivariatePolynomial c = content().gcd(o.content());
        BivariatePolynomial a = primitivePart();
        BivariatePolynomial b = o.primitivePart();
        if (a.degree() < b.degree()) {
            BivariatePolynomial t = a;
            a = b;
            b = t;
        }
        while (!b.isZero() && b.degree() > 0) {
            BivariatePolynomial r = a.pseudoRemainder(b);
            a = b;
            b = r.isZero() ? r : r.primitivePart();
        }
        BivariatePolynomial g = b.isZero() ? a : of(UnivariatePolynomial.ONE);
        return g.primitivePart().scale(c);
    }

    /**
     * The exact quotient this / g in Q[x][y].
     *
     * @throws ArithmeticException if g does not divide this
     */
    BivariatePolynomial divide(BivariatePolynomial g) {
        BivariatePolynomial r = this;
        int dg = g.degree();
        UnivariatePolynomial[] q = new UnivariatePolynomial[Math.max(1, degree() - dg + 1)];
        Arrays.fill(q, UnivariatePolynomial.ZERO);
        while (!r.isZero() && r.degree() >= dg) {
            int shift = r.degree() - dg;
            UnivariatePolynomial t = exactQuotient(r.leading(), g.leading());
            q[shift] = t;
            UnivariatePolynomial[] m = new UnivariatePolynomial[shift + 1];
            Arrays.fill(m, UnivariatePolynomial.ZERO);
            m[shift] = t;
            r = r.subtract(g.multiply(new BivariatePolynomial(m)));
        }
        if (!r.isZero()) {
            throw new ArithmeticException(g + " does not divide " + this);
        }
        return new BivariatePolynomial(q);
    }

    /** {@return the square-free part in y of a primitive polynomial: this / gcd(this, ∂this/∂y), primitive} */
    BivariatePolynomial squareFreePart() {
        if (degree() <= 0) {
            return this;
        }
        BivariatePolynomial g = gcd(derivative());
        return g.degree() <= 0 ? primitivePart() : divide(g).primitivePart();
    }

    /**
     * Res_y(this, g), a polynomial in x: the determinant of the Sylvester matrix, by fraction-free
     * (Bareiss) elimination over Q[x]. Zero iff the two have a common factor of positive degree in y.
     */
    UnivariatePolynomial resultant(BivariatePolynomial g) {
        int m = degree();
        int n = g.degree();
        if (m <= 0 || n <= 0) {
            throw new IllegalArgumentException("both polynomials must involve y: " + this + ", " + g);
        }
        int size = m + n;
        UnivariatePolynomial[][] s = new UnivariatePolynomial[size][size];
        for (UnivariatePolynomial[] row : s) {
            Arrays.fill(row, UnivariatePolynomial.ZERO);
        }
        for (int r = 0; r < n; r++) {
            for (int j = 0; j <= m; j++) {
                s[r][r + j] = coefficient(m - j);
            }
        }
        for (int r = 0; r < m; r++) {
            for (int j = 0; j <= n; j++) {
                s[n + r][r + j] = g.coefficient(n - j);
            }
        }
        return determinant(s);
    }

    /** Bareiss's fraction-free determinant over Q[x]. */
    static UnivariatePolynomial determinant(UnivariatePolynomial[][] a) {
        int n = a.length;
        UnivariatePolynomial[][] m = new UnivariatePolynomial[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        UnivariatePolynomial previous = UnivariatePolynomial.ONE;
        boolean negate = false;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            while (pivot < n && m[pivot][k].isZero()) {
                pivot++;
            }
            if (pivot == n) {
                return UnivariatePolynomial.ZERO;
            }
            if (pivot != k) {
                UnivariatePolynomial[] t = m[pivot];
                m[pivot] = m[k];
                m[k] = t;
                negate = !negate;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    m[i][j] = exactQuotient(m[i][j].multiply(m[k][k]).subtract(m[i][k].multiply(m[k][j])), previous);
                }
                m[i][k] = UnivariatePolynomial.ZERO;
            }
            previous = m[k][k];
        }
        UnivariatePolynomial d = m[n - 1][n - 1];
        return negate ? d.scale(Rational.MINUS_ONE) : d;
    }

    static UnivariatePolynomial exactQuotient(UnivariatePolynomial a, UnivariatePolynomial b) {
        UnivariatePolynomial[] qr = a.divideAndRemainder(b);
        if (!qr[1].isZero()) {
            throw new ArithmeticException(b + " does not divide " + a);
        }
        return qr[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BivariatePolynomial && Arrays.equals(coefficients, ((BivariatePolynomial) o).coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** Coefficients of y^0, y^1, … as polynomials in x. */
    @Override
    public String toString() {
        return Arrays.toString(coefficients);
    }
}
