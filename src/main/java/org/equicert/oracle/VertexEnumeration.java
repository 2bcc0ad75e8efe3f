package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;

/**
 * The vertices of a polytope {x ≥ 0 : constraints}: equalities are solved for pivot variables
 * (Gauss–Jordan), then every choice of d independent inequalities in the remaining d free
 * variables is solved exactly and kept when feasible. Meant for the small polytopes of oracle
 * games; refuses more than {@link #MAX_SUBSETS} choices.
 */
final class VertexEnumeration {

    /** The largest number of inequality subsets tried. */
    static final long MAX_SUBSETS = 3_000_000L;

    private VertexEnumeration() {
    }

    /** The distinct vertices, in order of discovery; empty when infeasible. */
    static List<Rational[]> vertices(int n, List<Constraint> constraints) {
        List<Rational[]> eq = new ArrayList<>();
        List<Rational[]> le = new ArrayList<>(); // rows a|b meaning a·x ≤ b
        for (Constraint c : constraints) {
            Rational[] row = Arrays.copyOf(c.a(), n + 1);
            row[n] = c.b();
            switch (c.sense()) {
                case EQ -> eq.add(row);
                case LE -> le.add(row);
                case GE -> le.add(negate(row));
            }
        }
        for (int i = 0; i < n; i++) {
            Rational[] row = new Rational[n + 1];
            Arrays.fill(row, Rational.ZERO);
            row[i] = Rational.MINUS_ONE;
            le.add(row);
        }
        // Gauss–Jordan on the equalities
        Rational[][] m = eq.toArray(new Rational[0][]);
        int[] pivotOf = new int[n];
        Arrays.fill(pivotOf, -1);
        int rank = 0;
        for (int col = 0; col < n && rank < m.length; col++) {
            int r = -1;
            for (int i = rank; i < m.length; i++) {
                if (!m[i][col].isZero()) {
                    r = i;
                    break;
                }
            }
            if (r < 0) {
                continue;
            }
            Rational[] t = m[r];
            m[r] = m[rank];
            m[rank] = t;
            Rational inv = m[rank][col].reciprocal();
            for (int j = 0; j <= n; j++) {
                m[rank][j] = m[rank][j].multiply(inv);
            }
            for (int i = 0; i < m.length; i++) {
                if (i != rank && !m[i][col].isZero()) {
                    Rational f = m[i][col];
                    for (int j = 0; j <= n; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[rank][j]));
                    }
                }
            }
            pivotOf[col] = rank;
            rank++;
        }
        for (int i = rank; i < m.length; i++) {
            if (!m[i][n].isZero()) {
                return List.of();
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (pivotOf[j] < 0) {
                free.add(j);
            }
        }
        int d = free.size();
        // x_j = base_j + Σ_k lin[j][k] t_k
        Rational[] base = new Rational[n];
        Rational[][] lin = new Rational[n][d];
        for (int j = 0; j < n; j++) {
            Arrays.fill(lin[j], Rational.ZERO);
            if (pivotOf[j] >= 0) {
                Rational[] row = m[pivotOf[j]];
                base[j] = row[n];
                for (int k = 0; k < d; k++) {
                    lin[j][k] = row[free.get(k)].negate();
                }
            } else {
                base[j] = Rational.ZERO;
                lin[j][free.indexOf(j)] = Rational.ONE;
            }
        }
        List<Rational[]> g = new ArrayList<>(); // g·t ≤ h as g|h
        Set<List<Rational>> seen = new LinkedHashSet<>();
        for (Rational[] row : le) {
            Rational[] gr = new Rational[d + 1];
            Arrays.fill(gr, Rational.ZERO);
            Rational h = row[n];
            for (int j = 0; j < n; j++) {
                if (row[j].isZero()) {
                    continue;
                }
                h = h.subtract(row[j].multiply(base[j]));
                for (int k = 0; k < d; k++) {
                    gr[k] = gr[k].add(row[j].multiply(lin[j][k]));
                }
            }
            gr[d] = h;
            boolean zero = true;
            for (int k = 0; k < d; k++) {
                zero &= gr[k].isZero();
            }
            if (zero) {
                if (h.signum() < 0) {
                    return List.of();
                }
                continue;
            }
            if (seen.add(Arrays.asList(gr))) {
                g.add(gr);
            }
        }
        List<Rational[]> out = new ArrayList<>();
        Set<List<Rational>> found = new LinkedHashSet<>();
        if (d == 0) {
            if (satisfies(g, new Rational[0])) {
                out.add(base.clone());
            }
            return out;
        }
        if (choose(g.size(), d) > MAX_SUBSETS) {
            throw new IllegalStateException("a piece with " + g.size() + " facets in dimension " + d
                    + " is too large for exhaustive vertex enumeration");
        }
        int[] idx = new int[d];
        for (int i = 0; i < d; i++) {
            idx[i] = i;
        }
        while (idx.length <= g.size()) {
            Rational[] t = solveSquare(g, idx, d);
            if (t != null && satisfies(g, t)) {
                Rational[] x = new Rational[n];
                for (int j = 0; j < n; j++) {
                    Rational s = base[j];
                    for (int k = 0; k < d; k++) {
                        s = s.add(lin[j][k].multiply(t[k]));
                    }
                    x[j] = s;
                }
                if (found.add(Arrays.asList(x))) {
                    out.add(x);
                }
            }
            int i = d - 1;
            while (i >= 0 && idx[i] == g.size() - d + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < d; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return out;
    }

    private static long choose(int m, int k) {
        long r = 1;
        for (int i = 0; i < k; i++) {
            r = r * (m - i) / (i + 1);
            if (r > MAX_SUBSETS * 10) {
                return r;
            }
        }
        return r;
    }

    private static Rational[] negate(Rational[] row) {
        Rational[] r = new Rational[row.length];
        for (int i = 0; i < row.length; i++) {
            r[i] = row[i].negate();
        }
        return r;
    }

    private static boolean satisfies(List<Rational[]> g, Rational[] t) {
        int d = t.length;
        for (Rational[] row : g) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < d; k++) {
                s = s.add(row[k].multiply(t[k]));
            }
            if (s.compareTo(row[d]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Rational[] solveSquare(List<Rational[]> g, int[] idx, int d) {
        Rational[][] a = new Rational[d][];
        for (int i = 0; i < d; i++) {
            a[i] = g.get(idx[i]).clone();
        }
        for (int col = 0; col < d; col++) {
            int r = -1;
            for (int i = col; i < d; i++) {
                if (!a[i][col].isZero()) {
                    r = i;
                    break;
                }
            }
            if (r < 0) {
                return null;
            }
            Rational[] t = a[r];
            a[r] = a[col];
            a[col] = t;
            Rational inv = a[col][col].reciprocal();
            for (int j = col; j <= d; j++) {
                a[col][j] = a[col][j].multiply(inv);
            }
            for (int i = 0; i < d; i++) {
                if (i != col && !a[i][col].isZero()) {
                    Rational f = a[i][col];
                    for (int j = col; j <= d; j++) {
                        a[i][j] = a[i][j].subtract(f.multiply(a[col][j]));
                    }
                }
            }
        }
        Rational[] t = new Rational[d];
        for (int i = 0; i < d; i++) {
            t[i] = a[i][d];
        }
        return t;
    }

    /** The dimension of the convex hull of the points. */
    static int dimension(List<Rational[]> points) {
        if (points.size() <= 1) {
            return 0;
        }
        Rational[] p0 = points.get(0);
        List<Rational[]> rows = new ArrayList<>();
        for (int k = 1; k < points.size(); k++) {
            Rational[] r = new Rational[p0.length];
            for (int j = 0; j < p0.length; j++) {
                r[j] = points.get(k)[j].subtract(p0[j]);
            }
            rows.add(r);
        }
        return RationalMatrix.of(rows.toArray(new Rational[0][])).rank();
    }
}
