package org.equicert.linalg;

import java.util.Arrays;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * An immutable dense matrix of exact rationals. Rank, determinant, null space and solutions come
 * from {@link FractionFreeElimination} (Bareiss 1968), O(n³) integer operations for n × n; the
 * product is the schoolbook O(r·k·c) one.
 */
public final class RationalMatrix {

    private final Rational[][] entries;
    private final int rows;
    private final int columns;

    private RationalMatrix(Rational[][] entries, int rows, int columns) {
        this.entries = entries;
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * A matrix with the given rows (copied).
     *
     * @throws IllegalArgumentException if rows have different lengths
     */
    public static RationalMatrix of(Rational[][] rows) {
        int c = rows.length == 0 ? 0 : rows[0].length;
        Rational[][] copy = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries, expected " + c);
            }
            copy[i] = rows[i].clone();
            for (Rational x : copy[i]) {
                if (x == null) {
                    throw new IllegalArgumentException("null entry in row " + i);
                }
            }
        }
        return new RationalMatrix(copy, rows.length, c);
    }

    /** {@return a matrix of small integers, for tests and examples} */
    public static RationalMatrix ofIntegers(long[][] rows) {
        Rational[][] r = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            r[i] = new Rational[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                r[i][j] = Rational.of(rows[i][j]);
            }
        }
        return of(r);
    }

    /** {@return the rows × columns zero matrix} */
    public static RationalMatrix zero(int rows, int columns) {
        Rational[][] r = new Rational[rows][columns];
        for (Rational[] row : r) {
            Arrays.fill(row, Rational.ZERO);
        }
        return new RationalMatrix(r, rows, columns);
    }

    /** {@return the n × n identity} */
    public static RationalMatrix identity(int n) {
        Rational[][] r = zero(n, n).toArray();
        for (int i = 0; i < n; i++) {
            r[i][i] = Rational.ONE;
        }
        return new RationalMatrix(r, n, n);
    }

    /** {@return number of rows} */
    public int rows() {
        return rows;
    }

    /** {@return number of columns} */
    public int columns() {
        return columns;
    }

    /** {@return the entry at (i, j)} */
    public Rational get(int i, int j) {
        return entries[i][j];
    }

    /** {@return a copy of the entries} */
    public Rational[][] toArray() {
        Rational[][] r = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            r[i] = entries[i].clone();
        }
        return r;
    }

    /** {@return the transpose} */
    public RationalMatrix transpose() {
        Rational[][] t = new Rational[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                t[j][i] = entries[i][j];
            }
        }
        return new RationalMatrix(t, columns, rows);
    }

    /** {@return the product {@code this · other}} */
    public RationalMatrix multiply(RationalMatrix other) {
        if (columns != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + columns + " by " + other.rows + "x" + other.columns);
        }
        Rational[][] r = new Rational[rows][other.columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.columns; j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < columns; k++) {
                    if (!entries[i][k].isZero() && !other.entries[k][j].isZero()) {
                        s = s.add(entries[i][k].multiply(other.entries[k][j]));
                    }
                }
                r[i][j] = s;
            }
        }
        return new RationalMatrix(r, rows, other.columns);
    }

    /** {@return the product {@code this · v}} */
    public Rational[] multiply(Rational[] v) {
        if (v.length != columns) {
            throw new IllegalArgumentException("vector of length " + v.length + " for " + columns + " columns");
        }
        Rational[] r = new Rational[rows];
        for (int i = 0; i < rows; i++) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < columns; k++) {
                if (!entries[i][k].isZero() && !v[k].isZero()) {
                    s = s.add(entries[i][k].multiply(v[k]));
                }
            }
            r[i] = s;
        }
        return r;
    }

    /** {@return the rank, by fraction-free elimination} */
    public int rank() {
        return FractionFreeElimination.of(this).rank();
    }

    /** {@return the determinant, by Bareiss' fraction-free elimination} */
    public Rational determinant() {
        if (rows != columns) {
            throw new IllegalArgumentException("determinant of a non-square " + rows + "x" + columns + " matrix");
        }
        return FractionFreeElimination.of(this).determinant();
    }

    /** {@return a basis of the right null space {x : this·x = 0}} */
    public Rational[][] nullspace() {
        return FractionFreeElimination.of(this).nullspace();
    }

    /**
     * One solution x of {@code this · x = b}, or null if the system is inconsistent (free
     * variables are set to zero). Kept for callers outside the producers; prefer {@link #solution}.
     */
    public Rational[] solve(Rational[] b) {
        return solution(b).orElse(null);
    }

    /**
     * One solution x of {@code this · x = b} (free variables set to zero); empty if the system is
     * inconsistent. By {@link FractionFreeElimination#solution}.
     */
    public Optional<Rational[]> solution(Rational[] b) {
        return FractionFreeElimination.solution(this, b);
    }

    /**
     * The unique solution x of {@code this · x = b}; empty if the system is inconsistent or
     * underdetermined. By {@link FractionFreeElimination#uniqueSolution}.
     */
    public Optional<Rational[]> uniqueSolution(Rational[] b) {
        return FractionFreeElimination.uniqueSolution(this, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalMatrix && Arrays.deepEquals(entries, ((RationalMatrix) o).entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "" : "; ");
            for (int j = 0; j < columns; j++) {
                sb.append(j == 0 ? "" : " ").append(entries[i][j]);
            }
        }
        return sb.append("]").toString();
    }
}
