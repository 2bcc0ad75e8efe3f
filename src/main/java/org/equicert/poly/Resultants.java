package org.equicert.poly;

import org.equicert.number.Rational;
import org.equicert.number.UnivariatePolynomial;

/**
 * Sylvester resultants of bivariate polynomials: Res_y(f, g) is a polynomial in x that vanishes at
 * the x-coordinate of every common zero of f and g (Cox, Little and O'Shea, Ideals, Varieties and
 * Algorithms, ch. 3 §6). Cost: a Laplace expansion of the (d_f + d_g)-square Sylvester matrix,
 * O((d_f + d_g)!) polynomial products; meant for small degrees.
 */
public final class Resultants {

    private Resultants() {
    }

    /**
     * Res_y(f, g) for polynomials in which only x_x and x_y occur, as a polynomial in x_x.
     *
     * @throws IllegalArgumentException if the Sylvester matrix would exceed 8 rows
     */
    public static UnivariatePolynomial resultant(MultivariatePolynomial f, MultivariatePolynomial g, int x, int y) {
        int m = f.degreeIn(y);
        int n = g.degreeIn(y);
        if (m <= 0 || n <= 0) {
            throw new IllegalArgumentException("both polynomials must involve x" + y + ": " + f + ", " + g);
        }
        if (m + n > 8) {
            throw new IllegalArgumentException("Sylvester matrix of size " + (m + n) + " is too large");
        }
        int size = m + n;
        UnivariatePolynomial[][] s = new UnivariatePolynomial[size][size];
        for (UnivariatePolynomial[] row : s) {
            java.util.Arrays.fill(row, UnivariatePolynomial.ZERO);
        }
        for (int r = 0; r < n; r++) {
            for (int j = 0; j <= m; j++) {
                s[r][r + j] = f.coefficient(y, m - j).toUnivariate(x);
            }
        }
        for (int r = 0; r < m; r++) {
            for (int j = 0; j <= n; j++) {
                s[n + r][r + j] = g.coefficient(y, n - j).toUnivariate(x);
            }
        }
        return determinant(s, 0, new boolean[size]);
    }

    private static UnivariatePolynomial determinant(UnivariatePolynomial[][] s, int row, boolean[] used) {
        if (row == s.length) {
            return UnivariatePolynomial.ONE;
        }
        UnivariatePolynomial total = UnivariatePolynomial.ZERO;
        int sign = 1;
        for (int c = 0; c < s.length; c++) {
            if (used[c]) {
                continue;
            }
            if (!s[row][c].isZero()) {
                used[c] = true;
                UnivariatePolynomial minor = determinant(s, row + 1, used);
                used[c] = false;
                total = total.add(s[row][c].multiply(minor).scale(Rational.of(sign)));
            }
            sign = -sign;
        }
        return total;
    }
}
