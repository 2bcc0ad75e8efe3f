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
 * <p>Method: depth-first search over the graph of feasible bases, using fraction-free (integer)
 * pivoting so that every tableau entry stays an exact integer ({@link IntegerTableau}: 64-bit
 * words with exact overflow detection, BigInteger beyond). From a basis, every nonbasic variable
 * may enter, and every row attaining the minimum ratio may leave; ties (degenerate vertices) give
 * several neighbouring bases, all of which are visited, because the graph of all feasible bases
 * of a polytope is connected. A pivot is undone by the reverse pivot, so a single tableau is kept.
 *
 * <p>Vertices are streamed ({@link #forEachVertex}), not kept. Memory: the tableau, one packed
 * bit set per visited feasible basis ({@link BitSetHashSet}), one per degenerate vertex (a
 * nondegenerate vertex has a single basis, so it needs no key of its own), and four ints per
 * level of the depth-first stack; about 16–40 bytes per basis for up to 64 variables.
 *
 * <p>Positivity of M makes the polytope bounded and the origin a vertex. Cost: two pivots of
 * O(k·(d+k)) integer operations per feasible basis, k the number of rows of M, plus one
 * O(k) ratio test per move tried.
 *
 * <p>Reference: connectedness of the graph of feasible bases and vertex enumeration by pivoting
 * (D. Avis and K. Fukuda, "A pivoting algorithm for convex hulls and vertex enumeration of
 * arrangements and polyhedra", Discrete Comput. Geom. 8 (1992) 295–313); labels as in Avis,
 * Rosenberg, Savani and von Stengel, Econ. Theory 42 (2010).
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
        BigInteger[][] initial = new BigInteger[rows][variables + 1];
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
        this.tableau = new IntegerTableau(initial, basis);
    }

    /** Every vertex, the origin first, in order of discovery (deterministic). */
    List<Vertex> vertices() {
        List<Vertex> out = new ArrayList<>();
        forEachVertex(out::add);
        return out;
    }

    /**
     * Calls the action once for every vertex, the origin first, in order of discovery
     * (deterministic; the same order as {@link #vertices()}). The polytope may be enumerated again.
     */
    void forEachVertex(Consumer<Vertex> action) {
        BitSetHashSet visitedBases = new BitSetHashSet(variables);
        BitSetHashSet degenerateVertices = new BitSetHashSet(labelCount);
        long[] key = new long[(variables + 63) >>> 6];
        basisKey(key, -1, -1);
        visitedBases.add(key);
        emit(action, degenerateVertices);
        // the depth-first stack: the pivot that led to each level and the next move to try there
        int[] stackRow = new int[64];
        int[] stackRestore = new int[64];
        int[] stackColumn = new int[64];
        int[] stackTie = new int[64];
        int[] ties = new int[rows];
        int depth = 1;
        stackRow[0] = -1;
        stackRestore[0] = -1;
        while (depth > 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("vertex enumeration stopped: the thread was interrupted (--timeout)");
            }
            int top = depth - 1;
            int row = -1;
            int entering = -1;
            int tie = stackTie[top];
            for (int c = stackColumn[top]; c < variables; c++, tie = 0) {
                if (isBasic[c]) {
                    continue;
                }
                int count = minimumRatioRows(c, ties);
                if (tie < count) {
                    row = ties[tie];
                    entering = c;
                    stackColumn[top] = c;
                    stackTie[top] = tie + 1;
                    break;
                }
            }
            if (row < 0) {
                depth--;
                if (stackRow[top] >= 0) {
                    pivot(stackRow[top], stackRestore[top]);
                }
                continue;
            }
            basisKey(key, row, entering);
            if (!visitedBases.add(key)) {
                continue;
            }
            int leaving = basis[row];
            pivot(row, entering);
            emit(action, degenerateVertices);
            if (depth == stackRow.length) {
                int larger = depth * 2;
                stackRow = Arrays.copyOf(stackRow, larger);
                stackRestore = Arrays.copyOf(stackRestore, larger);
                stackColumn = Arrays.copyOf(stackColumn, larger);
                stackTie = Arrays.copyOf(stackTie, larger);
            }
            stackRow[depth] = row;
            stackRestore[depth] = leaving;
            stackColumn[depth] = 0;
            stackTie[depth] = 0;
            depth++;
        }
    }

    /** The words of the current basis, with the variable of row {@code row} replaced by {@code entering} if row ≥ 0. */
    private void basisKey(long[] key, int row, int entering) {
        Arrays.fill(key, 0);
        for (int r = 0; r < rows; r++) {
            int v = r == row ? entering : basis[r];
            key[v >>> 6] |= 1L << v;
        }
    }

    /**
     * The rows attaining the minimum ratio rhs_r / t_rc over t_rc &gt; 0, in increasing order, into
     * {@code out}; returns their number.
     */
    private int minimumRatioRows(int column, int[] out) {
        int count = 0;
        int best = -1;
        for (int r = 0; r < rows; r++) {
            if (tableau.signum(r, column) <= 0) {
                continue;
            }
            if (best < 0) {
                best = r;
                out[count++] = r;
                continue;
            }
            int cmp = tableau.compareRatios(r, best, column, rhs);
            if (cmp < 0) {
                best = r;
                count = 0;
                out[count++] = r;
            } else if (cmp == 0) {
                out[count++] = r;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("unbounded direction in a bounded polytope");
        }
        return count;
    }

    private void pivot(int row, int column) {
        tableau.pivot(row, column);
        isBasic[basis[row]] = false;
        isBasic[column] = true;
        basis[row] = column;
    }

    /** Reports the current vertex unless it is degenerate and was reported before. */
    private void emit(Consumer<Vertex> action, BitSetHashSet degenerateVertices) {
        BitSet labels = new BitSet(labelCount);
        BigInteger[] point = new BigInteger[dimension];
        Arrays.fill(point, BigInteger.ZERO);
        boolean[] zero = new boolean[variables];
        Arrays.fill(zero, true);
        boolean degenerate = false;
        for (int r = 0; r < rows; r++) {
            if (tableau.signum(r, rhs) != 0) {
                zero[basis[r]] = false;
                if (basis[r] < dimension) {
                    point[basis[r]] = tableau.entry(r, rhs);
                }
            } else {
                degenerate = true;
            }
        }
        for (int v = 0; v < variables; v++) {
            if (zero[v]) {
                labels.set(v < dimension ? variableLabels[v] : slackLabels[v - dimension]);
            }
        }
        if (degenerate && !degenerateVertices.add(Arrays.copyOf(labels.toLongArray(), (labelCount + 63) >>> 6))) {
            return;
        }
        action.accept(new Vertex(point, tableau.determinant(), labels));
    }
}
