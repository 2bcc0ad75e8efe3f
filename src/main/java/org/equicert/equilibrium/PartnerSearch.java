package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.linalg.FractionFreeElimination;
import org.equicert.linalg.IntegerSolution;
import org.equicert.number.Combinatorics;

/**
 * For a vertex x of the row player's polytope P, the vertices y of Q = {y ≥ 0 : Ay ≤ 1}, y ≠ 0,
 * that complete its labels — its equilibrium partners.
 *
 * <p>The complementary labels C say which rows must be tight ((Ay)_i = 1: the support S of x) and
 * which coordinates vanish (y_j = 0: the columns outside the best responses T to x). When
 * |S| = |T| and A[S][T] is nonsingular, the partner is unique if it exists: one fraction-free solve
 * of a |S|×|S| system and a feasibility check, in 64-bit words with verified exact division
 * ({@link WordArithmetic#crossQuotient}), redone in BigInteger only when a word overflows. Otherwise (degenerate games) all vertices of Q are
 * enumerated once and filtered by label superset. Vertices of Q are identified by their labels.
 *
 * <p>Reference: completely labelled vertex pairs (Avis, Rosenberg, Savani and von Stengel,
 * Econ. Theory 42 (2010), §2). Cost: one fraction-free solve of a |S|×|S| system, O(|S|³)
 * integer operations, plus an O(m·n) feasibility check in the nondegenerate case; otherwise at most
 * {@code FACE_LIMIT} n×n solves, or once all vertices of Q.
 */
final class PartnerSearch {

    private final BigInteger[][] a;
    /** A in 64-bit words, or null when an entry does not fit. */
    private final long[][] words;
    private final int m;
    private final int n;
    private final Map<BitSet, Integer> index = new HashMap<>();
    private final List<LabelledPolytope.Vertex> vertices = new ArrayList<>();
    private List<LabelledPolytope.Vertex> all;

    PartnerSearch(BigInteger[][] a, int m, int n) {
        this.a = a;
        this.m = m;
        this.n = n;
        long[][] w = new long[m][n];
        for (int i = 0; i < m && w != null; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j].bitLength() > 62) {
                    w = null;
                    break;
                }
                w[i][j] = a[i][j].longValue();
            }
        }
        this.words = w;
    }

    /** Indices (into {@link #found()}) of the partners of a vertex of P with the given labels. */
    List<Integer> partners(BitSet xLabels) {
        BitSet c = new BitSet();
        c.set(0, m + n);
        c.andNot(xLabels);
        int[] rows = c.get(0, m).stream().toArray();
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (!c.get(m + j)) {
                free.add(j);
            }
        }
        if (rows.length == free.size() && words != null) {
            long[] solution = solveWords(rows, free);
            if (solution != null && solution[rows.length] != 0) {
                Optional<Boolean> feasible = feasibleWords(solution, free);
                if (feasible.isPresent()) {
                    return feasible.get() ? unique(toSolution(solution), free) : List.of();
                }
            }
        }
        if (rows.length == free.size()) {
            int k = rows.length;
            BigInteger[][] sys = new BigInteger[k][k + 1];
            for (int r = 0; r < k; r++) {
                for (int q = 0; q < k; q++) {
                    sys[r][q] = a[rows[r]][free.get(q)];
                }
                sys[r][k] = BigInteger.ONE;
            }
            Optional<IntegerSolution> solution = FractionFreeElimination.solveSquare(sys);
            if (solution.isPresent()) {
                return unique(solution.get(), free);
            }
        }
        Optional<List<Integer>> face = faceVertices(c);
        if (face.isPresent()) {
            return face.get();
        }
        List<Integer> out = new ArrayList<>();
        for (LabelledPolytope.Vertex y : all()) {
            if (y.hasLabels(c)) {
                out.add(register(y));
            }
        }
        return out;
    }

    /**
     * Solves A[rows][free]·y = 1 by fraction-free Gauss–Jordan elimination in 64-bit words: the
     * numerators of y followed by their common denominator (positive), or a zero denominator when
     * the system is singular, or null when an intermediate value does not fit a word (the caller
     * then solves in BigInteger). Cost O(k³) word operations.
     */
    private long[] solveWords(int[] rows, List<Integer> free) {
        int k = rows.length;
        long[][] t = new long[k][k + 1];
        for (int r = 0; r < k; r++) {
            for (int q = 0; q < k; q++) {
                t[r][q] = words[rows[r]][free.get(q)];
            }
            t[r][k] = 1;
        }
        int[] pivotRow = new int[k];
        boolean[] used = new boolean[k];
        long previous = 1;
        for (int c = 0; c < k; c++) {
            int pr = -1;
            for (int r = 0; r < k; r++) {
                if (!used[r] && t[r][c] != 0) {
                    pr = r;
                    break;
                }
            }
            if (pr < 0) {
                long[] singular = new long[k + 1];
                return singular;
            }
            used[pr] = true;
            pivotRow[c] = pr;
            long p = t[pr][c];
            for (int r = 0; r < k; r++) {
                if (r == pr) {
                    continue;
                }
                long f = t[r][c];
                for (int q = 0; q <= k; q++) {
                    if (q == c) {
                        continue;
                    }
                    long v = WordArithmetic.crossQuotient(t[r][q], p, f, t[pr][q], previous);
                    if (v == Long.MIN_VALUE) {
                        return null;
                    }
                    t[r][q] = v;
                }
                t[r][c] = 0;
            }
            previous = p;
        }
        // every pivot row is now det·e_c with the same det = the last pivot, so y_c = t[pivotRow[c]][k] / det
        long det = previous;
        long[] out = new long[k + 1];
        for (int c = 0; c < k; c++) {
            long v = t[pivotRow[c]][k];
            if (v == Long.MIN_VALUE || det == Long.MIN_VALUE) {
                return null;
            }
            out[c] = det < 0 ? -v : v;
        }
        out[k] = Math.abs(det);
        return out;
    }

    /**
     * Whether y (numerators over the positive last entry) is nonnegative with A·y ≤ 1, in checked
     * 64-bit arithmetic; empty when a sum does not fit a word.
     */
    private Optional<Boolean> feasibleWords(long[] solution, List<Integer> free) {
        int k = free.size();
        long d = solution[k];
        for (int q = 0; q < k; q++) {
            if (solution[q] < 0) {
                return Optional.of(false);
            }
        }
        try {
            for (int i = 0; i < m; i++) {
                long row = 0;
                for (int q = 0; q < k; q++) {
                    row = Math.addExact(row, Math.multiplyExact(words[i][free.get(q)], solution[q]));
                }
                if (row > d) {
                    return Optional.of(false);
                }
            }
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
        return Optional.of(true);
    }

    private static IntegerSolution toSolution(long[] solution) {
        int k = solution.length - 1;
        BigInteger[] numerators = new BigInteger[k];
        for (int q = 0; q < k; q++) {
            numerators[q] = BigInteger.valueOf(solution[q]);
        }
        return new IntegerSolution(numerators, BigInteger.valueOf(solution[k]));
    }

    /** Largest number of extra-constraint choices tried before enumerating all of Q instead. */
    private static final long FACE_LIMIT = 20_000;

    /**
     * The vertices of the face of Q where the labels c are tight, by choosing the missing tight
     * constraints: a maximal independent subset of c is extended by every choice of further
     * constraints to n independent ones. Empty when there are too many choices.
     */
    private Optional<List<Integer>> faceVertices(BitSet c) {
        List<Integer> independent = new ArrayList<>();
        List<BigInteger[]> basisRows = new ArrayList<>();
        for (int label = c.nextSetBit(0); label >= 0; label = c.nextSetBit(label + 1)) {
            basisRows.add(constraint(label));
            if (rank(basisRows) == basisRows.size()) {
                independent.add(label);
            } else {
                basisRows.remove(basisRows.size() - 1);
            }
        }
        int missing = n - independent.size();
        List<Integer> others = new ArrayList<>();
        for (int label = 0; label < m + n; label++) {
            if (!c.get(label)) {
                others.add(label);
            }
        }
        if (Combinatorics.binomial(others.size(), missing).compareTo(BigInteger.valueOf(FACE_LIMIT)) > 0) {
            return Optional.empty();
        }
        List<Integer> out = new ArrayList<>();
        for (int[] choice : Combinatorics.kSubsets(others.size(), missing)) {
            List<Integer> tight = new ArrayList<>(independent);
            for (int k : choice) {
                tight.add(others.get(k));
            }
            BigInteger[][] sys = new BigInteger[n][n + 1];
            for (int r = 0; r < n; r++) {
                BigInteger[] row = constraint(tight.get(r));
                System.arraycopy(row, 0, sys[r], 0, n);
                sys[r][n] = tight.get(r) < m ? BigInteger.ONE : BigInteger.ZERO;
            }
            Optional<IntegerSolution> z = FractionFreeElimination.solveSquare(sys);
            if (z.isPresent()) {
                List<Integer> all = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    all.add(j);
                }
                List<Integer> found = unique(z.get(), all);
                if (!found.isEmpty()) {
                    if (vertices.get(found.get(0)).hasLabels(c) && !out.contains(found.get(0)) && !vertices.get(found.get(0)).isOrigin()) {
                        out.add(found.get(0));
                    }
                }
            }
        }
        return Optional.of(out);
    }

    /** The constraint with this label as a row over y: A_i for row labels, e_j for y_j ≥ 0. */
    private BigInteger[] constraint(int label) {
        if (label < m) {
            return a[label].clone();
        }
        BigInteger[] e = new BigInteger[n];
        Arrays.fill(e, BigInteger.ZERO);
        e[label - m] = BigInteger.ONE;
        return e;
    }

    private static int rank(List<BigInteger[]> rows) {
        return FractionFreeElimination.ofIntegers(rows.toArray(new BigInteger[0][])).rank();
    }

    /** The vertices of Q found so far, in order of registration. */
    List<LabelledPolytope.Vertex> found() {
        return vertices;
    }

    /** The unique candidate y (numerators over the last entry as denominator), if feasible. */
    private List<Integer> unique(IntegerSolution solution, List<Integer> free) {
        int k = free.size();
        BigInteger d = solution.denominator();
        BigInteger[] y = new BigInteger[n];
        Arrays.fill(y, BigInteger.ZERO);
        for (int q = 0; q < k; q++) {
            if (solution.numerator(q).signum() < 0) {
                return List.of();
            }
            y[free.get(q)] = solution.numerator(q);
        }
        BitSet labels = new BitSet();
        for (int i = 0; i < m; i++) {
            BigInteger row = BigInteger.ZERO;
            for (int j : free) {
                row = row.add(a[i][j].multiply(y[j]));
            }
            int cmp = row.compareTo(d);
            if (cmp > 0) {
                return List.of();
            }
            if (cmp == 0) {
                labels.set(i);
            }
        }
        for (int j = 0; j < n; j++) {
            if (y[j].signum() == 0) {
                labels.set(m + j);
            }
        }
        return List.of(register(new LabelledPolytope.Vertex(y, d, labels)));
    }

    private int register(LabelledPolytope.Vertex y) {
        BitSet labels = y.labels();
        Integer k = index.get(labels);
        if (k != null) {
            return k;
        }
        index.put(labels, vertices.size());
        vertices.add(y);
        return vertices.size() - 1;
    }

    private List<LabelledPolytope.Vertex> all() {
        if (all == null) {
            int[] rowLabels = new int[m];
            int[] columnLabels = new int[n];
            for (int i = 0; i < m; i++) {
                rowLabels[i] = i;
            }
            for (int j = 0; j < n; j++) {
                columnLabels[j] = m + j;
            }
            all = new ArrayList<>();
            for (LabelledPolytope.Vertex v : new LabelledPolytope(a, columnLabels, rowLabels).vertices()) {
                if (!v.isOrigin()) {
                    all.add(v);
                }
            }
        }
        return all;
    }
}
