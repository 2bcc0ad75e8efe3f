package org.equicert.symmetric;

import java.util.Map;
import org.equicert.number.Rational;
import org.equicert.poly.MultivariatePolynomial;

/**
 * A bound EU ≤ c on a piece, anchored at one of its vertex tuples, for where Bernstein coefficients
 * cannot reach c: a maximum at a vertex with zero gradient along some edges (degenerate optima such
 * as Example 5.0.5 of seed 001).
 *
 * <p>In local coordinates t (one per non-anchor vertex of each orbit's simplex, 0 ≤ t ≤ 1), EU − c
 * is a polynomial. Positive mixed terms are absorbed into squares (t_i t_j ≤ (t_i² + t_j²)/2; a
 * monomial of degree ≥ 3 is at most a product of two of its factors, all factors lying in [0, 1]),
 * negative mixed terms dropped. What is left is a constant plus Σ_j (L_j t_j + D_j t_j²), which is
 * ≤ 0 on [0,1]^m when the constant is ≤ 0 and, for every j, L_j ≤ 0 and L_j + D_j ≤ 0.
 * Cost: one composition of EU with the piece's affine map (polynomial in m local coordinates), then
 * one pass over its terms.
 */
final class AnchoredBound {

    private AnchoredBound() {
    }

    /**
     * Whether EU ≤ c on the piece, by the anchored test at the vertex tuple {@code anchor} (per
     * orbit, the index of the anchor vertex).
     */
    static boolean holds(SymmetricUtility u, MultivariatePolynomial homogeneous, Rational[][][] vertices, int[] anchor, Rational c) {
        int orbits = vertices.length;
        int m = 0;
        for (int q = 0; q < orbits; q++) {
            m += vertices[q].length - 1;
        }
        if (m == 0) {
            return false;
        }
        MultivariatePolynomial[] images = new MultivariatePolynomial[homogeneous.variables()];
        int t = 0;
        for (int q = 0; q < orbits; q++) {
            Rational[] w0 = vertices[q][anchor[q]];
            MultivariatePolynomial[] coord = new MultivariatePolynomial[w0.length];
            for (int a = 0; a < w0.length; a++) {
                coord[a] = MultivariatePolynomial.constant(m, w0[a]);
            }
            for (int j = 0; j < vertices[q].length; j++) {
                if (j == anchor[q]) {
                    continue;
                }
                for (int a = 0; a < w0.length; a++) {
                    Rational d = vertices[q][j][a].subtract(w0[a]);
                    if (!d.isZero()) {
                        coord[a] = coord[a].add(MultivariatePolynomial.variable(m, t).scale(d));
                    }
                }
                t++;
            }
            for (int a = 0; a < w0.length; a++) {
                images[u.offset(q) + a] = coord[a];
            }
        }
        MultivariatePolynomial g = SymmetricUtility.compose(homogeneous, images).subtract(MultivariatePolynomial.constant(m, c));
        Rational constant = Rational.ZERO;
        Rational[] linear = new Rational[m];
        Rational[] square = new Rational[m];
        java.util.Arrays.fill(linear, Rational.ZERO);
        java.util.Arrays.fill(square, Rational.ZERO);
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> term : g.terms().entrySet()) {
            int[] e = term.getKey().exponents();
            Rational k = term.getValue();
            int degree = term.getKey().degree();
            if (degree == 0) {
                constant = constant.add(k);
                continue;
            }
            if (degree == 1) {
                for (int v = 0; v < m; v++) {
                    if (e[v] == 1) {
                        linear[v] = linear[v].add(k);
                    }
                }
                continue;
            }
            if (k.signum() <= 0 && !(degree == 2 && isSquare(e))) {
                continue;
            }
            int first = -1;
            int second = -1;
            for (int v = 0; v < m; v++) {
                if (e[v] > 0) {
                    if (first < 0) {
                        first = v;
                    } else if (second < 0) {
                        second = v;
                    }
                }
            }
            if (second < 0) {
                square[first] = square[first].add(k);
            } else {
                Rational half = k.multiply(Rational.HALF);
                square[first] = square[first].add(half);
                square[second] = square[second].add(half);
            }
        }
        if (constant.signum() > 0) {
            return false;
        }
        for (int v = 0; v < m; v++) {
            if (linear[v].signum() > 0 || linear[v].add(square[v]).signum() > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSquare(int[] e) {
        for (int x : e) {
            if (x == 2) {
                return true;
            }
        }
        return false;
    }
}
