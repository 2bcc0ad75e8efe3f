package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equicert.number.Rational;

/**
 * All vertices of a polytope {z ∈ ℝ^d : z ≥ 0, M z ≤ 1} with M a positive integer matrix, each
 * vertex with its set of labels (the constraints tight there).
 *
 * <p>Method: depth-first search over the graph of feasible bases, using fraction-free (integer)
 * pivoting so that every tableau entry stays an exact integer. From a basis, every nonbasic
 * variable may enter, and every row attaining the minimum ratio may leave; ties (degenerate
 * vertices) give several neighbouring bases, all of which are visited, because the graph of all
 * feasible bases of a polytope is connected. A pivot is undone by the reverse pivot, so a single
 * tableau is kept: memory is one tableau plus the set of visited bases.
 *
 * <p>Positivity of M makes the polytope bounded and the origin a vertex. Cost: two pivots of
 * O(k·(d+k)) integer operations per feasible basis, k the number of rows of M.
 */
final class LabelledPolytope {

    /**
     * A vertex: its coordinates as integers over a common positive denominator (not reduced; see
     * {@link #point()}) and the labels of the tight constraints.
     */
    record Vertex(BigInteger[] numerators, BigInteger denominator, BitSet labels) {

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
    private final int[] variableLabels;
    private final int[] slackLabels;
    private final BigInteger[][] tableau;
    private final int[] basis;
    private final int rhs;
    private BigInteger determinant = BigInteger.ONE;

    /**
     * @param matrix k × d positive integer matrix M
     * @param variableLabels label of the constraint z_i ≥ 0, for i &lt; d
     * @param slackLabels label of the constraint (Mz)_r ≤ 1, for r &lt; k
     */
    LabelledPolytope(BigInteger[][] matrix, int[] variableLabels, int[] slackLabels) {
        this.rows = matrix.length;
        this.dimension = matrix[0].length;
        this.variableLabels = variableLabels.clone();
        this.slackLabels = slackLabels.clone();
        int columns = dimension + rows;
        this.rhs = columns;
        this.tableau = new BigInteger[rows][columns + 1];
        this.basis = new int[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < dimension; c++) {
                if (matrix[r][c].signum() <= 0) {
                    throw new IllegalArgumentException("polytope matrix must be positive");
                }
                tableau[r][c] = matrix[r][c];
            }
            for (int s = 0; s < rows; s++) {
                tableau[r][dimension + s] = r == s ? BigInteger.ONE : BigInteger.ZERO;
            }
            tableau[r][rhs] = BigInteger.ONE;
            basis[r] = dimension + r;
        }
    }

    /** Every vertex, the origin first, in order of discovery (deterministic). */
    List<Vertex> vertices() {
        Map<BitSet, Vertex> found = new LinkedHashMap<>();
        Set<BitSet> visited = new HashSet<>();
        visited.add(basisKey());
        record(found);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(-1, -1, neighbours()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next < top.moves.size()) {
                int[] move = top.moves.get(top.next++);
                int row = move[0];
                int entering = move[1];
                BitSet key = basisKey();
                key.clear(basis[row]);
                key.set(entering);
                if (!visited.add(key)) {
                    continue;
                }
                int leaving = basis[row];
                pivot(row, entering);
                record(found);
                stack.push(new Frame(row, leaving, neighbours()));
            } else {
                stack.pop();
                if (top.row >= 0) {
                    pivot(top.row, top.restore);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static final class Frame {
        final int row;
        final int restore;
        final List<int[]> moves;
        int next;

        Frame(int row, int restore, List<int[]> moves) {
            this.row = row;
            this.restore = restore;
            this.moves = moves;
        }
    }

    private BitSet basisKey() {
        BitSet key = new BitSet(dimension + rows);
        for (int b : basis) {
            key.set(b);
        }
        return key;
    }

    /** Moves (leaving row, entering column) to every neighbouring feasible basis. */
    private List<int[]> neighbours() {
        boolean[] isBasic = new boolean[dimension + rows];
        for (int b : basis) {
            isBasic[b] = true;
        }
        List<int[]> moves = new ArrayList<>();
        List<Integer> ties = new ArrayList<>();
        for (int c = 0; c < dimension + rows; c++) {
            if (isBasic[c]) {
                continue;
            }
            ties.clear();
            int best = -1;
            for (int r = 0; r < rows; r++) {
                if (tableau[r][c].signum() <= 0) {
                    continue;
                }
                if (best < 0) {
                    best = r;
                    ties.add(r);
                    continue;
                }
                // compare rhs_r / t_rc with rhs_best / t_best,c
                int cmp = tableau[r][rhs].multiply(tableau[best][c]).compareTo(tableau[best][rhs].multiply(tableau[r][c]));
                if (cmp < 0) {
                    best = r;
                    ties.clear();
                    ties.add(r);
                } else if (cmp == 0) {
                    ties.add(r);
                }
            }
            if (best < 0) {
                throw new IllegalStateException("unbounded direction in a bounded polytope");
            }
            for (int r : ties) {
                moves.add(new int[] {r, c});
            }
        }
        return moves;
    }

    private void pivot(int row, int column) {
        BigInteger p = tableau[row][column];
        BigInteger[] pivotRow = tableau[row];
        for (int r = 0; r < rows; r++) {
            if (r == row) {
                continue;
            }
            BigInteger[] t = tableau[r];
            BigInteger f = t[column];
            for (int c = 0; c <= rhs; c++) {
                BigInteger v = t[c].multiply(p);
                if (f.signum() != 0 && pivotRow[c].signum() != 0) {
                    v = v.subtract(f.multiply(pivotRow[c]));
                }
                t[c] = determinant.equals(BigInteger.ONE) ? v : v.divide(determinant);
            }
        }
        determinant = p;
        basis[row] = column;
    }

    private void record(Map<BitSet, Vertex> found) {
        BitSet labels = new BitSet();
        BigInteger[] point = new BigInteger[dimension];
        java.util.Arrays.fill(point, BigInteger.ZERO);
        boolean[] zero = new boolean[dimension + rows];
        java.util.Arrays.fill(zero, true);
        for (int r = 0; r < rows; r++) {
            BigInteger value = tableau[r][rhs];
            if (value.signum() != 0) {
                zero[basis[r]] = false;
                if (basis[r] < dimension) {
                    point[basis[r]] = value;
                }
            }
        }
        for (int v = 0; v < dimension + rows; v++) {
            if (zero[v]) {
                labels.set(v < dimension ? variableLabels[v] : slackLabels[v - dimension]);
            }
        }
        found.putIfAbsent(labels, new Vertex(point, determinant, labels));
    }
}
