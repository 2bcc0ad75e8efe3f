package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.concurrent.CancellationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.equicert.number.Rational;

/**
 * All vertices of a polytope {z ∈ ℝ^d : z ≥ 0, M z ≤ 1} with M a positive integer matrix, each
 * vertex with its set of labels (the constraints tight there).
 *
 * <p>Method: reverse search (Avis and Fukuda 1992) over the lexicographically feasible bases, as
 * lrs does. The right-hand side of constraint r is perturbed to 1 + ε^(r+1); the perturbed
 * polytope is simple, its vertices are the bases B whose rows of [B⁻¹1 | B⁻¹] are
 * lexicographically positive, and the leaving row of every pivot is the unique lexicographic
 * minimum ratio. The origin (all slacks basic) is the unique optimum of min Σ z_i; the parent of
 * any other basis is the simplex pivot of Bland's rule (smallest entering index with negative
 * reduced cost, lexicographic leaving row). The tree of parent links is walked depth first from
 * the origin: a pivot (r, s) from B is a child exactly when s has positive reduced cost and, in the
 * basis it leads to, the variable leaving at r would be Bland's entering choice — tested on B's
 * tableau by 2 × 2 minors, without pivoting. No visited basis is stored; the tableau
 * ({@link IntegerTableau}: 64-bit words with exact overflow detection, BigInteger beyond, with the
 * objective as an extra row) and the path from the root (two ints per level) are the whole state.
 *
 * <p>A degenerate vertex has several lexicographically feasible bases; it is reported at exactly
 * one, its lexicographically least basis when slacks are ordered before the z variables: no row
 * with a zero right-hand side has a nonzero entry in a nonbasic column ordered before its basic
 * variable. The bases of a vertex containing its positive variables are the bases of a matroid,
 * so this local test picks its unique least basis, and every degenerate row of that basis has a
 * slack basic, so the basis is lexicographically feasible and the search reaches it.
 *
 * <p>Positivity of M makes the polytope bounded and the origin a vertex. Cost per feasible basis:
 * O(d) ratio tests of O(k) 128-bit products and O(d²) minors for the child tests, and two pivots
 * of O(k·(d+k)) per child; memory O(k·(d+k)) words plus the depth of the tree, independent of
 * the number of vertices.
 *
 * <p>Reference: D. Avis and K. Fukuda, "A pivoting algorithm for convex hulls and vertex
 * enumeration of arrangements and polyhedra", Discrete Comput. Geom. 8 (1992) 295–313; D. Avis,
 * "lrs: a revised implementation of the reverse search vertex enumeration algorithm", in
 * Polytopes — Combinatorics and Computation (2000) 177–198; labels as in Avis, Rosenberg, Savani
 * and von Stengel, Econ. Theory 42 (2010).
 */
final class LabelledPolytope {

    /**
     * A vertex: its coordinates as integers over a common positive denominator (not reduced; see
     * {@link #point()}) and the labels of the tight constraints.
     */
    record Vertex(BigInteger[] numerators, BigInteger denominator, BitSet labels) {

        /** Defensive copies. */
        Vertex {
            numerators = numerators.clone();
            labels = (BitSet) labels.clone();
        }

        @Override
        public BigInteger[] numerators() {
            return numerators.clone();
        }

        @Override
        public BitSet labels() {
            return (BitSet) labels.clone();
        }

        /** Whether every label of {@code required} is a label of this vertex. */
        boolean hasLabels(BitSet required) {
            BitSet missing = (BitSet) required.clone();
            missing.andNot(labels);
            return missing.isEmpty();
        }

        /** The exact coordinates. */
        Rational[] point() {
            Rational[] p = new Rational[numerators.length];
            for (int k = 0; k < p.length; k++) {
                p[k] = Rational.of(numerators[k], denominator);
            }
            return p;
        }

        /** Whether this is the origin. */
        boolean isOrigin() {
            for (BigInteger v : numerators) {
                if (v.signum() != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final int dimension;
    private final int rows;
    private final int variables;
    private final int[] variableLabels;
    private final int[] slackLabels;
    private final int labelCount;
    private final IntegerTableau tableau;
    private final int[] basis;
    private final boolean[] isBasic;
    private final int rhs;
    private final int objective;

    /**
     * @param matrix k × d positive integer matrix M
     * @param variableLabels label (≥ 0) of the constraint z_i ≥ 0, for i &lt; d
     * @param slackLabels label (≥ 0) of the constraint (Mz)_r ≤ 1, for r &lt; k
     * @throws IllegalArgumentException if M has a nonpositive entry or a label array has the wrong length
     */
    LabelledPolytope(BigInteger[][] matrix, int[] variableLabels, int[] slackLabels) {
        this.rows = matrix.length;
        this.dimension = matrix[0].length;
        if (variableLabels.length != dimension || slackLabels.length != rows) {
            throw new IllegalArgumentException("labels for " + variableLabels.length + " variables and " + slackLabels.length
                    + " constraints, but the matrix is " + rows + " × " + dimension);
        }
        this.variables = dimension + rows;
        this.variableLabels = variableLabels.clone();
        this.slackLabels = slackLabels.clone();
        int largest = 0;
        for (int l : variableLabels) {
            largest = Math.max(largest, l);
        }
        for (int l : slackLabels) {
            largest = Math.max(largest, l);
        }
        this.labelCount = largest + 1;
        this.rhs = variables;
        this.objective = rows;
        BigInteger[][] initial = new BigInteger[rows + 1][variables + 1];
        this.basis = new int[rows];
        this.isBasic = new boolean[variables];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < dimension; c++) {
                if (matrix[r][c].signum() <= 0) {
                    throw new IllegalArgumentException("polytope matrix must be positive; entry (" + r + ", " + c + ") is " + matrix[r][c]);
                }
                initial[r][c] = matrix[r][c];
            }
            for (int s = 0; s < rows; s++) {
                initial[r][dimension + s] = r == s ? BigInteger.ONE : BigInteger.ZERO;
            }
            initial[r][rhs] = BigInteger.ONE;
            basis[r] = dimension + r;
            isBasic[dimension + r] = true;
        }
        // the objective min Σ z_i: reduced cost 1 for each z variable, 0 for the slacks
        for (int c = 0; c <= variables; c++) {
            initial[objective][c] = c < dimension ? BigInteger.ONE : BigInteger.ZERO;
        }
        this.tableau = new IntegerTableau(initial, basis);
    }

    /** Every vertex, the origin first, in order of discovery (deterministic). */
    List<Vertex> vertices() {
        List<Vertex> out = new ArrayList<>();
        forEachVertex(out::add);
        return out;
    }

    /**
     * Calls the action once for every vertex, the origin first, in the depth-first order of the
     * reverse-search tree (deterministic; the same order as {@link #vertices()}). The polytope may
     * be enumerated again: the walk ends at the origin basis it started from.
     */
    void forEachVertex(Consumer<Vertex> action) {
        emit(action);
        // the path from the root: the row of each pivot taken and the variable that left there
        int[] pathRow = new int[64];
        int[] pathLeft = new int[64];
        int depth = 0;
        int next = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("vertex enumeration stopped: the thread was interrupted (--timeout)");
            }
            int entering = -1;
            int row = -1;
            for (int s = next; s < variables; s++) {
                if (isBasic[s] || tableau.signum(objective, s) <= 0) {
                    continue;
                }
                int r = leavingRow(s);
                if (isChild(r, s)) {
                    entering = s;
                    row = r;
                    break;
                }
            }
            if (entering >= 0) {
                if (depth == pathRow.length) {
                    pathRow = Arrays.copyOf(pathRow, 2 * depth);
                    pathLeft = Arrays.copyOf(pathLeft, 2 * depth);
                }
                pathRow[depth] = row;
                pathLeft[depth] = basis[row];
                depth++;
                pivot(row, entering);
                if (isLexMin()) {
                    emit(action);
                }
                next = 0;
            } else if (depth == 0) {
                return;
            } else {
                depth--;
                int back = pathRow[depth];
                int entered = basis[back];
                pivot(back, pathLeft[depth]);
                next = entered + 1;
            }
        }
    }

    /**
     * The leaving row for entering column s: the lexicographic minimum of (rhs_r, t_r[slack 0],
     * …, t_r[slack k−1]) / t_rs over t_rs &gt; 0; unique because the slack columns hold det·B⁻¹.
     */
    private int leavingRow(int s) {
        int best = -1;
        for (int r = 0; r < rows; r++) {
            if (tableau.signum(r, s) <= 0) {
                continue;
            }
            if (best < 0 || lexicographicRatio(r, best, s) < 0) {
                best = r;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("unbounded direction in a bounded polytope");
        }
        return best;
    }

    /** The sign of ratio_r − ratio_q in the lexicographic ratio test on column s. */
    private int lexicographicRatio(int r, int q, int s) {
        int c = tableau.compareRatios(r, q, s, rhs);
        for (int slack = 0; c == 0 && slack < rows; slack++) {
            c = tableau.compareRatios(r, q, s, dimension + slack);
        }
        if (c == 0) {
            throw new IllegalStateException("rows " + r + " and " + q + " of B⁻¹ are proportional");
        }
        return c;
    }

    /**
     * Whether the pivot (r, s), s with positive reduced cost, leads to a child: in the new basis the
     * variable v leaving at r has negative reduced cost, so it is Bland's choice when no nonbasic
     * variable j &lt; v has negative reduced cost there, i.e. z_j·t_rs − z_s·t_rj ≥ 0.
     */
    private boolean isChild(int r, int s) {
        int leaving = basis[r];
        for (int j = 0; j < leaving; j++) {
            if (j != s && !isBasic[j] && tableau.compareMinor(objective, r, j, s) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the current basis is the least basis of its vertex (slacks ordered first): no row
     * with a zero right-hand side has a nonzero entry in a nonbasic column ordered before its
     * basic variable.
     */
    private boolean isLexMin() {
        for (int r = 0; r < rows; r++) {
            if (tableau.signum(r, rhs) != 0) {
                continue;
            }
            int order = order(basis[r]);
            for (int j = 0; j < variables; j++) {
                if (!isBasic[j] && order(j) < order && tableau.signum(r, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The position of variable v when the slacks come first. */
    private int order(int v) {
        return v >= dimension ? v - dimension : v + rows;
    }

    private void pivot(int row, int column) {
        tableau.pivot(row, column);
        isBasic[basis[row]] = false;
        isBasic[column] = true;
        basis[row] = column;
    }

    /** Reports the current vertex. */
    private void emit(Consumer<Vertex> action) {
        BitSet labels = new BitSet(labelCount);
        BigInteger[] point = new BigInteger[dimension];
        Arrays.fill(point, BigInteger.ZERO);
        boolean[] zero = new boolean[variables];
        Arrays.fill(zero, true);
        for (int r = 0; r < rows; r++) {
            if (tableau.signum(r, rhs) != 0) {
                zero[basis[r]] = false;
                if (basis[r] < dimension) {
                    point[basis[r]] = tableau.entry(r, rhs);
                }
            }
        }
        for (int v = 0; v < variables; v++) {
            if (zero[v]) {
                labels.set(v < dimension ? variableLabels[v] : slackLabels[v - dimension]);
            }
        }
        action.accept(new Vertex(point, tableau.determinant(), labels));
    }
}
