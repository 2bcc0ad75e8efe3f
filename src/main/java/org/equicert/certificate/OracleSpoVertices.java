package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.number.Rational;

/**
 * The checker's own vertex enumeration for the polytopes of an {@code oracle-spo} claim, written
 * independently of the producer's ({@code oracle.VertexEnumeration}): every choice of inequalities
 * made tight, together with all equalities, whose system has a unique solution that satisfies every
 * row and x ≥ 0 is a vertex (a basic feasible solution).
 *
 * <p>Cost: C(m, d) exact eliminations of an (e + d) × n system, m the number of inequalities
 * (including x ≥ 0), e the number of equalities, d = n − rank(equalities); refused beyond
 * {@link #MAX_SUBSETS} subsets. Reference: Avis and Fukuda (1992), the brute-force baseline of
 * vertex enumeration.
 */
final class OracleSpoVertices {

    /** The most inequality subsets the checker tries for one polytope. */
    static final long MAX_SUBSETS = 2_000_000L;

    private OracleSpoVertices() {
    }

    /**
     * All vertices of {x ≥ 0 : rows} over the given variables (global indices, in order), or empty
     * when more than {@link #MAX_SUBSETS} subsets would have to be tried.
     */
    static Optional<List<Rational[]>> of(List<OracleSpoClaim.Row> rows, List<Integer> vars) {
        int n = vars.size();
        List<Rational[]> eq = new ArrayList<>();
        List<Rational> eqRhs = new ArrayList<>();
        List<Rational[]> ineq = new ArrayList<>();
        List<Rational> ineqRhs = new ArrayList<>();
        for (OracleSpoClaim.Row r : rows) {
            Rational[] a = new Rational[n];
            Arrays.fill(a, Rational.ZERO);
            r.coefficients().forEach((v, c) -> a[vars.indexOf(v)] = c);
            if (r.sense() == OracleSpoClaim.Sense.EQUAL) {
                eq.add(a);
                eqRhs.add(r.rhs());
            } else {
                ineq.add(a);
                ineqRhs.add(r.rhs());
            }
        }
        for (int i = 0; i < n; i++) {
            Rational[] a = new Rational[n];
            Arrays.fill(a, Rational.ZERO);
            a[i] = Rational.ONE;
            ineq.add(a);
            ineqRhs.add(Rational.ZERO);
        }
        int need = n - Ranks.rank(eq);
        List<Rational[]> out = new ArrayList<>();
        int m = ineq.size();
        if (need < 0 || need > m) {
            return Optional.of(out);
        }
        long combos = 1;
        for (int i = 0; i < need; i++) {
            combos = combos * (m - i) / (i + 1);
            if (combos > MAX_SUBSETS) {
                return Optional.empty();
            }
        }
        int[] idx = new int[need];
        for (int i = 0; i < need; i++) {
            idx[i] = i;
        }
        Set<List<Rational>> seen = new HashSet<>();
        while (true) {
            List<Rational[]> sys = new ArrayList<>(eq);
            List<Rational> rhs = new ArrayList<>(eqRhs);
            for (int i : idx) {
                sys.add(ineq.get(i));
                rhs.add(ineqRhs.get(i));
            }
            Rational[] x = Ranks.uniqueSolution(sys, rhs, n);
            if (x != null && satisfies(rows, vars, x) && seen.add(Arrays.asList(x))) {
                out.add(x);
            }
            int i = need - 1;
            while (i >= 0 && idx[i] == m - need + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < need; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return Optional.of(out);
    }

    /** True when x ≥ 0 satisfies every row. */
    static boolean satisfies(List<OracleSpoClaim.Row> rows, List<Integer> vars, Rational[] x) {
        for (Rational v : x) {
            if (v.signum() < 0) {
                return false;
            }
        }
        for (OracleSpoClaim.Row r : rows) {
            Rational s = Rational.ZERO;
            for (var e : r.coefficients().entrySet()) {
                s = s.add(e.getValue().multiply(x[vars.indexOf(e.getKey())]));
            }
            if (!r.sense().holds(s.compareTo(r.rhs()))) {
                return false;
            }
        }
        return true;
    }

    /** True when both lists hold the same points, each without repeats. */
    static boolean sameSet(List<Rational[]> a, List<Rational[]> b) {
        Set<List<Rational>> x = new HashSet<>();
        a.forEach(v -> x.add(Arrays.asList(v)));
        Set<List<Rational>> y = new HashSet<>();
        b.forEach(v -> y.add(Arrays.asList(v)));
        return x.equals(y) && a.size() == x.size() && b.size() == y.size();
    }
}
