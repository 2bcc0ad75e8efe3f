package org.equicert.linalg;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.equicert.number.Rational;

/**
 * An immutable square-or-rectangular matrix over ℚ stored by rows, keeping only nonzero entries
 * (compressed sparse rows). Built row by row with {@link Builder}; duplicate entries are summed and
 * zeros dropped, so each row lists distinct columns in increasing order.
 *
 * <p>Besides access, it offers the two sparse passes the exact solvers need: each row scaled to
 * integers ({@link #integerRow}), and the exact residual test {@link #isSolution} — one pass over
 * the nonzeros, with each row brought to a common denominator so that no gcd is taken per entry.
 */
public final class SparseRationalMatrix {

    private final int rows;
    private final int columns;
    private final int[][] columnIndex;
    private final Rational[][] values;

    private SparseRationalMatrix(int rows, int columns, int[][] columnIndex, Rational[][] values) {
        this.rows = rows;
        this.columns = columns;
        this.columnIndex = columnIndex;
        this.values = values;
    }

    /** Collects entries row by row; entries of a row may come in any order. */
    public static final class Builder {
        private final int rows;
        private final int columns;
        private final Map<Integer, Map<Integer, Rational>> entries = new TreeMap<>();

        private Builder(int rows, int columns) {
            if (rows < 0 || columns < 0) {
                throw new IllegalArgumentException("matrix dimensions " + rows + "x" + columns + " must be non-negative");
            }
            this.rows = rows;
            this.columns = columns;
        }

        /**
         * Adds {@code value} to entry (i, j).
         *
         * @throws IllegalArgumentException if (i, j) lies outside the matrix
         */
        public Builder add(int i, int j, Rational value) {
            if (i < 0 || i >= rows || j < 0 || j >= columns) {
                throw new IllegalArgumentException("entry (" + i + ", " + j + ") outside a " + rows + "x" + columns + " matrix");
            }
            entries.computeIfAbsent(i, k -> new TreeMap<>()).merge(j, value, Rational::add);
            return this;
        }

        /** The matrix; zero entries are dropped. */
        public SparseRationalMatrix build() {
            int[][] index = new int[rows][];
            Rational[][] vals = new Rational[rows][];
            for (int i = 0; i < rows; i++) {
                Map<Integer, Rational> row = entries.getOrDefault(i, Map.of());
                int[] c = row.entrySet().stream().filter(e -> !e.getValue().isZero()).mapToInt(Map.Entry::getKey).toArray();
                Rational[] v = new Rational[c.length];
                for (int k = 0; k < c.length; k++) {
                    v[k] = row.get(c[k]);
                }
                index[i] = c;
                vals[i] = v;
            }
            return new SparseRationalMatrix(rows, columns, index, vals);
        }
    }

    /** A builder for a {@code rows}×{@code columns} matrix. */
    public static Builder builder(int rows, int columns) {
        return new Builder(rows, columns);
    }

    /** The sparse form of a dense matrix. */
    public static SparseRationalMatrix of(Rational[][] dense) {
        int columns = dense.length == 0 ? 0 : dense[0].length;
        Builder b = builder(dense.length, columns);
        for (int i = 0; i < dense.length; i++) {
            if (dense[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + dense[i].length + " entries, row 0 has " + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!dense[i][j].isZero()) {
                    b.add(i, j, dense[i][j]);
                }
            }
        }
        return b.build();
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int columns() {
        return columns;
    }

    /** Number of nonzero entries. */
    public long nonZeros() {
        long c = 0;
        for (int[] r : columnIndex) {
            c += r.length;
        }
        return c;
    }

    /** The columns of row i's nonzero entries, increasing. */
    public int[] rowColumns(int i) {
        return columnIndex[i].clone();
    }

    /** The values of row i's nonzero entries, in the order of {@link #rowColumns}. */
    public Rational[] rowValues(int i) {
        return values[i].clone();
    }

    /** Entry (i, j), zero when not stored; O(log(row length)). */
    public Rational get(int i, int j) {
        int k = Arrays.binarySearch(columnIndex[i], j);
        return k >= 0 ? values[i][k] : Rational.ZERO;
    }

    /** The dense form. */
    public RationalMatrix toDense() {
        Rational[][] d = new Rational[rows][columns];
        for (int i = 0; i < rows; i++) {
            Arrays.fill(d[i], Rational.ZERO);
            for (int k = 0; k < columnIndex[i].length; k++) {
                d[i][columnIndex[i][k]] = values[i][k];
            }
        }
        return RationalMatrix.of(d);
    }

    /**
     * Row i and right-hand side b_i multiplied by the least common multiple s of their
     * denominators: returns the integer row values (order of {@link #rowColumns}) followed by s·b_i
     * as the last element.
     */
    BigInteger[] integerRow(int i, Rational bi) {
        BigInteger s = bi.denominator();
        for (Rational v : values[i]) {
            s = lcm(s, v.denominator());
        }
        BigInteger[] r = new BigInteger[values[i].length + 1];
        for (int k = 0; k < values[i].length; k++) {
            r[k] = values[i][k].numerator().multiply(s.divide(values[i][k].denominator()));
        }
        r[values[i].length] = bi.numerator().multiply(s.divide(bi.denominator()));
        return r;
    }

    /**
     * True iff {@code this · (y / d) = b} exactly, for integers y and d &gt; 0: row by row,
     * Σ_j s·a_ij·y_j = d·s·b_i with s the row's denominator lcm. One pass over the nonzeros,
     * O(nnz · M(size of y)) bit operations.
     */
    public boolean isSolution(BigInteger[] y, BigInteger d, Rational[] b) {
        if (y.length != columns || b.length != rows || d.signum() <= 0) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " system, " + y.length + " unknowns, "
                    + b.length + " right-hand sides, denominator " + d);
        }
        for (int i = 0; i < rows; i++) {
            BigInteger[] r = integerRow(i, b[i]);
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k < columnIndex[i].length; k++) {
                sum = sum.add(r[k].multiply(y[columnIndex[i][k]]));
            }
            if (!sum.equals(r[r.length - 1].multiply(d))) {
                return false;
            }
        }
        return true;
    }

    static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
