package org.equicert.oracle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.linalg.FractionFreeElimination;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;

/**
 * The vertices of a polytope {x ≥ 0 : constraints}: equalities are solved for pivot variables
 * (their reduced row echelon form, {@link FractionFreeElimination}), then every choice of d
 * independent inequalities in the remaining d free variables is solved exactly and kept when
 * feasible. Meant for the small polytopes of oracle games; refuses more than
 * {@link #MAX_SUBSETS} choices.
 *
 * <p>Reference: the brute-force vertex enumeration by basic solutions, whose correctness is the
 * characterisation of vertices as feasible points where d linearly independent constraints are
 * tight (A. Schrijver, <i>Theory of Linear and Integer Programming</i>, 1986, §8.5). Complexity:
 * C(f, d) square solves of O(d³) each plus O(f·d) feasibility checks, f the number of inequalities.
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
        // the equalities in reduced row echelon form; a pivot in the last column means inconsistent
        int[] pivotOf = new int[n];
        Arrays.fill(pivotOf, -1);
        Rational[][] m = new Rational[0][];
        if (!eq.isEmpty()) {
            FractionFreeElimination equalities = FractionFreeElimination.of(RationalMatrix.of(eq.toArray(new Rational[0][])));
            m = equalities.reducedRowEchelon();
            int[] pivots = equalities.pivotColumns();
            for (int r = 0; r < pivots.length; r++) {
                if (pivots[r] == n) {
                    return List.of();
                }
                pivotOf[pivots[r]] = r;
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
        if (Combinatorics.binomial(g.size(), d).compareTo(BigInteger.valueOf(MAX_SUBSETS)) > 0) {
            throw new IllegalStateException("a piece with " + g.size() + " facets in dimension " + d
                    + " is too large for exhaustive vertex enumeration");
        }
        for (int[] idx : Combinatorics.kSubsets(g.size(), d)) {
            Optional<Rational[]> solved = solveSquare(g, idx, d);
            if (solved.isPresent() && satisfies(g, solved.get())) {
                Rational[] t = solved.get();
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
        }
        return out;
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

    /** The unique solution t of the d chosen rows g·t = h; empty when they are dependent. */
    private static Optional<Rational[]> solveSquare(List<Rational[]> g, int[] idx, int d) {
        Rational[][] a = new Rational[d][];
        Rational[] h = new Rational[d];
        for (int i = 0; i < d; i++) {
            Rational[] row = g.get(idx[i]);
            a[i] = Arrays.copyOf(row, d);
            h[i] = row[d];
        }
        return RationalMatrix.of(a).uniqueSolution(h);
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
