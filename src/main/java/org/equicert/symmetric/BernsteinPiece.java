package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The Bernstein coefficients of a {@link SymmetricUtility} on a sub-domain: a product of
 * sub-simplices, one per orbit, each given by its vertices. The largest coefficient bounds EU on the
 * piece from above; the corner coefficients are EU's exact values at the piece's vertex tuples.
 *
 * <p>Subdivision bisects one edge (v_i, v_j) of one orbit's simplex at its midpoint. On every line
 * of coefficients along that edge (all other indices fixed) this is univariate de Casteljau at 1/2
 * (Farouki, "The Bernstein polynomial basis: a centennial retrospective", CAGD 29 (2012), §4).
 * Cost of a split: O(K·d) rational operations for K coefficients and orbit degree d.
 */
final class BernsteinPiece {

    private final SymmetricUtility utility;
    private final Rational[][][] vertices;
    private final Rational[] coefficients;

    BernsteinPiece(SymmetricUtility utility, Rational[][][] vertices, Rational[] coefficients) {
        this.utility = utility;
        this.vertices = vertices;
        this.coefficients = coefficients;
    }

    /** The whole domain: each orbit's simplex with the unit vectors as vertices. */
    static BernsteinPiece root(SymmetricUtility u) {
        int o = u.orbits().size();
        Rational[][][] v = new Rational[o][][];
        for (int q = 0; q < o; q++) {
            int a = u.actions(q);
            v[q] = new Rational[a][a];
            for (int r = 0; r < a; r++) {
                for (int c = 0; c < a; c++) {
                    v[q][r][c] = r == c ? Rational.ONE : Rational.ZERO;
                }
            }
        }
        return new BernsteinPiece(u, v, u.coefficients());
    }

    Rational[] coefficients() {
        return coefficients;
    }

    Rational[][][] vertices() {
        return vertices;
    }

    /** The largest coefficient: an upper bound of EU on the piece. */
    Rational upperBound() {
        Rational m = coefficients[0];
        for (Rational c : coefficients) {
            m = m.max(c);
        }
        return m;
    }

    /** The longest edge over all orbits (max-norm): {orbit, i, j}, or null if every simplex is a point. */
    int[] longestEdge() {
        int[] best = null;
        Rational bestLength = Rational.ZERO;
        for (int q = 0; q < vertices.length; q++) {
            for (int i = 0; i < vertices[q].length; i++) {
                for (int j = i + 1; j < vertices[q].length; j++) {
                    Rational len = Rational.ZERO;
                    for (int a = 0; a < vertices[q][i].length; a++) {
                        len = len.max(vertices[q][i][a].subtract(vertices[q][j][a]).abs());
                    }
                    if (len.compareTo(bestLength) > 0) {
                        bestLength = len;
                        best = new int[] {q, i, j};
                    }
                }
            }
        }
        return best;
    }

    /** Length of the longest edge. */
    Rational diameter() {
        int[] e = longestEdge();
        if (e == null) {
            return Rational.ZERO;
        }
        Rational len = Rational.ZERO;
        for (int a = 0; a < vertices[e[0]][e[1]].length; a++) {
            len = len.max(vertices[e[0]][e[1]][a].subtract(vertices[e[0]][e[2]][a]).abs());
        }
        return len;
    }

    /** The two halves after bisecting edge (i, j) of orbit q: first the half keeping v_i. */
    BernsteinPiece[] split(int q, int i, int j) {
        int[][] lines = utility.lines(q, i, j, () -> lines(q, i, j));
        Rational[] left = new Rational[coefficients.length];
        Rational[] right = new Rational[coefficients.length];
        for (int[] line : lines) {
            int r = line.length - 1;
            Rational[] beta = new Rational[line.length];
            for (int t = 0; t <= r; t++) {
                beta[t] = coefficients[line[t]];
            }
            // left half [v_i, m]: L_t = beta^t_0; right half [m, v_j]: R_t = beta^{r-t}_t
            left[line[0]] = beta[0];
            right[line[r]] = beta[r];
            for (int level = 1; level <= r; level++) {
                for (int t = 0; t + level <= r; t++) {
                    beta[t] = beta[t].add(beta[t + 1]).multiply(Rational.HALF);
                }
                left[line[level]] = beta[0];
                right[line[r - level]] = beta[r - level];
            }
        }
        Rational[] mid = new Rational[vertices[q][i].length];
        for (int a = 0; a < mid.length; a++) {
            mid[a] = vertices[q][i][a].add(vertices[q][j][a]).multiply(Rational.HALF);
        }
        Rational[][][] lv = copy(vertices);
        lv[q][j] = mid;
        Rational[][][] rv = copy(vertices);
        rv[q][i] = mid.clone();
        return new BernsteinPiece[] {new BernsteinPiece(utility, lv, left), new BernsteinPiece(utility, rv, right)};
    }

    private int[][] lines(int q, int i, int j) {
        List<int[]> out = new ArrayList<>();
        for (int p = 0; p < utility.size(); p++) {
            int[][] k = utility.index(p);
            if (k[q][j] != 0) {
                continue;
            }
            int r = k[q][i];
            int[] line = new int[r + 1];
            for (int t = 0; t <= r; t++) {
                int[][] kk = new int[k.length][];
                for (int s = 0; s < k.length; s++) {
                    kk[s] = k[s].clone();
                }
                kk[q][i] = r - t;
                kk[q][j] = t;
                line[t] = utility.position(kk);
            }
            out.add(line);
        }
        return out.toArray(new int[0][]);
    }

    private static Rational[][][] copy(Rational[][][] v) {
        Rational[][][] c = new Rational[v.length][][];
        for (int q = 0; q < v.length; q++) {
            c[q] = new Rational[v[q].length][];
            for (int r = 0; r < v[q].length; r++) {
                c[q][r] = v[q][r].clone();
            }
        }
        return c;
    }

    /** The centroid of the piece (per orbit, the average of its vertices). */
    Rational[][] centroid() {
        Rational[][] c = new Rational[vertices.length][];
        for (int q = 0; q < vertices.length; q++) {
            int a = vertices[q][0].length;
            c[q] = new Rational[a];
            for (int x = 0; x < a; x++) {
                Rational s = Rational.ZERO;
                for (Rational[] v : vertices[q]) {
                    s = s.add(v[x]);
                }
                c[q][x] = s.divide(Rational.of(vertices[q].length));
            }
        }
        return c;
    }
}
