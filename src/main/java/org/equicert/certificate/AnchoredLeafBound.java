package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The checker's anchored test for one leaf of a symmetric bound claim's subdivision tree, for
 * where Bernstein coefficients cannot reach the bound c (a maximum at a vertex with zero gradient
 * along some edges, as in seed 001's Example 5.0.5).
 *
 * <p>EU on the piece is written in local coordinates t at the anchor vertex tuple (one coordinate
 * per non-anchor vertex of each orbit's simplex, 0 ≤ t ≤ 1) as a sparse polynomial. Positive mixed
 * terms are absorbed into squares (t_i·t_j ≤ (t_i² + t_j²)/2; a monomial of degree ≥ 3 is at most a
 * product of two of its factors), negative mixed terms dropped, leaving a constant plus
 * Σ_j (L_j t_j + D_j t_j²), which is ≤ 0 on [0,1]^m when the constant is ≤ 0 and, for every j,
 * L_j ≤ 0 and L_j + D_j ≤ 0. The leaf's quantities are therefore the constant, then L_j and
 * L_j + D_j for each j; each must be ≤ 0. Written for the checker, independently of the producer's
 * {@code symmetric.AnchoredBound}. Cost O(K·T·m) rational operations for K Bernstein coefficients,
 * T monomials of the expanded polynomial and m local coordinates.
 */
final class AnchoredLeafBound {

    private AnchoredLeafBound() {
    }

    /**
     * Appends the leaf's quantities to {@code excess}: the constant term minus c, then per local
     * coordinate L_j and L_j + D_j. The anchor must name one existing vertex per orbit.
     */
    static void quantities(BernsteinDomain d, BernsteinDomain.Piece piece, int[] anchor, Rational c, List<Rational> excess) {
        int[] actions = d.actions;
        int m = 0;
        for (int a : actions) {
            m += a - 1;
        }
        // per orbit and action: the affine image in t (constant, then one coefficient per local coordinate)
        Rational[][][] image = new Rational[actions.length][][];
        int t = 0;
        for (int q = 0; q < actions.length; q++) {
            image[q] = new Rational[actions[q]][m + 1];
            Rational[] w0 = piece.vertices()[q][anchor[q]];
            for (int a = 0; a < actions[q]; a++) {
                Arrays.fill(image[q][a], Rational.ZERO);
                image[q][a][0] = w0[a];
            }
            for (int j = 0; j < actions[q]; j++) {
                if (j == anchor[q]) {
                    continue;
                }
                for (int a = 0; a < actions[q]; a++) {
                    image[q][a][1 + t] = piece.vertices()[q][j][a].subtract(w0[a]);
                }
                t++;
            }
        }
        Map<List<Integer>, Rational> poly = new HashMap<>();
        Integer[] zero = new Integer[m];
        Arrays.fill(zero, 0);
        for (int p = 0; p < d.size(); p++) {
            Map<List<Integer>, Rational> term = new HashMap<>();
            term.put(Arrays.asList(zero.clone()), d.coefficient(p).multiply(Rational.of(d.multinomial(p))));
            int[][] k = d.indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    for (int e = 0; e < k[q][a]; e++) {
                        term = times(term, image[q][a], m);
                    }
                }
            }
            term.forEach((key, v) -> poly.merge(key, v, Rational::add));
        }
        Rational constant = poly.getOrDefault(Arrays.asList(zero.clone()), Rational.ZERO).subtract(c);
        Rational[] linear = new Rational[m];
        Rational[] square = new Rational[m];
        Arrays.fill(linear, Rational.ZERO);
        Arrays.fill(square, Rational.ZERO);
        for (Map.Entry<List<Integer>, Rational> e : poly.entrySet()) {
            List<Integer> ex = e.getKey();
            Rational k = e.getValue();
            int degree = 0;
            int first = -1;
            int second = -1;
            boolean hasSquare = false;
            for (int v = 0; v < m; v++) {
                int x = ex.get(v);
                degree += x;
                hasSquare |= x == 2;
                if (x > 0) {
                    if (first < 0) {
                        first = v;
                    } else if (second < 0) {
                        second = v;
                    }
                }
            }
            if (degree == 0 || k.isZero()) {
                continue;
            }
            if (degree == 1) {
                linear[first] = linear[first].add(k);
            } else if (k.signum() > 0 || (degree == 2 && hasSquare)) {
                if (second < 0) {
                    square[first] = square[first].add(k);
                } else {
                    square[first] = square[first].add(k.multiply(Rational.HALF));
                    square[second] = square[second].add(k.multiply(Rational.HALF));
                }
            }
        }
        excess.add(constant);
        for (int v = 0; v < m; v++) {
            excess.add(linear[v]);
            excess.add(linear[v].add(square[v]));
        }
    }

    private static Map<List<Integer>, Rational> times(Map<List<Integer>, Rational> poly, Rational[] affine, int m) {
        Map<List<Integer>, Rational> out = new HashMap<>();
        for (Map.Entry<List<Integer>, Rational> e : poly.entrySet()) {
            for (int v = 0; v <= m; v++) {
                if (affine[v].isZero()) {
                    continue;
                }
                List<Integer> key = new ArrayList<>(e.getKey());
                if (v > 0) {
                    key.set(v - 1, key.get(v - 1) + 1);
                }
                out.merge(key, e.getValue().multiply(affine[v]), Rational::add);
            }
        }
        out.values().removeIf(Rational::isZero);
        return out;
    }
}
