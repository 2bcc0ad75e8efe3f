package org.equicert.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Bareiss' fraction-free Gaussian elimination: the one elimination every producer uses (rank,
 * determinant, null space, reduced row echelon form, solutions of linear systems, and the integer
 * Cramer solution of square integer systems). A rational matrix is first scaled row by row to
 * integers; elimination then divides exactly by the previous pivot, so every intermediate entry is
 * a minor of the input and stays determinant-sized.
 *
 * <p>Reference: E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
 * elimination", Math. Comp. 22 (1968) 565–578. Complexity: O(r·c·min(r, c)) operations on integers
 * of O(n·log(n·max|a|)) bits for an r × c matrix (polynomial bit growth, unlike naive rational
 * elimination); the reduced form and the null space add O(rank²·c) rational operations.
 * The independent checker keeps its own elimination (see {@code certificate}), by design.
 */
public final class FractionFreeElimination {

    private final int rows;
    private final int columns;
    /** Integer echelon form (row-permuted); pivot of row r at column pivotColumns[r]. */
    private final BigInteger[][] echelon;
    private final int[] pivotColumns;
    /** Product of the row scaling factors and the permutation sign, for the determinant. */
    private final Rational determinantScale;

    private FractionFreeElimination(BigInteger[][] integers, int columns, Rational scale) {
        this.rows = integers.length;
        this.columns = columns;
        Forward f = forward(integers, columns, false);
        this.echelon = integers;
        this.pivotColumns = f.pivots();
        this.determinantScale = f.sign() < 0 ? scale.negate() : scale;
    }

    /** Eliminates {@code m}. Cost as in the class comment. */
    public static FractionFreeElimination of(RationalMatrix m) {
        BigInteger[][] a = new BigInteger[m.rows()][];
        Rational scale = Rational.ONE;
        for (int i = 0; i < m.rows(); i++) {
            BigInteger lcm = BigInteger.ONE;
            for (int j = 0; j < m.columns(); j++) {
                BigInteger d = m.get(i, j).denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            a[i] = new BigInteger[m.columns()];
            for (int j = 0; j < m.columns(); j++) {
                Rational x = m.get(i, j);
                a[i][j] = x.numerator().multiply(lcm.divide(x.denominator()));
            }
            scale = scale.divide(Rational.of(lcm));
        }
        return new FractionFreeElimination(a, m.columns(), scale);
    }

    /**
     * Eliminates an integer matrix given by its rows (copied).
     *
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static FractionFreeElimination ofIntegers(BigInteger[][] rows) {
        int c = rows.length == 0 ? 0 : rows[0].length;
        BigInteger[][] a = new BigInteger[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries, expected " + c);
            }
            a[i] = rows[i].clone();
        }
        return new FractionFreeElimination(a, c, Rational.ONE);
    }

    /** {@return the rank} */
    public int rank() {
        return pivotColumns.length;
    }

    /** {@return the pivot columns of the echelon form, increasing; as many as the rank} */
    public int[] pivotColumns() {
        return pivotColumns.clone();
    }

    /** {@return the determinant of a square matrix: the last Bareiss pivot, unscaled} */
    public Rational determinant() {
        if (rows != columns) {
            throw new IllegalArgumentException("determinant of a non-square " + rows + "x" + columns + " matrix");
        }
        if (rank() < rows) {
            return Rational.ZERO;
        }
        if (rows == 0) {
            return Rational.ONE;
        }
        return Rational.of(echelon[rows - 1][columns - 1]).multiply(determinantScale);
    }

    /**
     * The reduced row echelon form over Q of the nonzero rows: {@link #rank()} rows, the pivot of
     * row i at {@code pivotColumns()[i]} equal to one and every other entry of a pivot column zero.
     * It is unique, so it equals what Gauss–Jordan elimination over Q gives.
     */
    public Rational[][] reducedRowEchelon() {
        int rank = rank();
        Rational[][] r = new Rational[rank][columns];
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j < columns; j++) {
                r[i][j] = Rational.of(echelon[i][j]);
            }
        }
        for (int i = rank - 1; i >= 0; i--) {
            int pc = pivotColumns[i];
            Rational inv = r[i][pc].reciprocal();
            for (int j = 0; j < columns; j++) {
                r[i][j] = r[i][j].multiply(inv);
            }
            for (int k = 0; k < i; k++) {
                Rational f = r[k][pc];
                if (!f.isZero()) {
                    for (int j = 0; j < columns; j++) {
                        r[k][j] = r[k][j].subtract(f.multiply(r[i][j]));
                    }
                }
            }
        }
        return r;
    }

    /** {@return a basis of the null space, one vector per free (non-pivot) column} */
    public Rational[][] nullspace() {
        Rational[][] red = reducedRowEchelon();
        boolean[] isPivot = new boolean[columns];
        for (int pc : pivotColumns) {
            isPivot[pc] = true;
        }
        List<Rational[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            Rational[] v = new Rational[columns];
            Arrays.fill(v, Rational.ZERO);
            v[free] = Rational.ONE;
            for (int i = 0; i < red.length; i++) {
                v[pivotColumns[i]] = red[i][free].negate();
            }
            basis.add(v);
        }
        return basis.toArray(new Rational[0][]);
    }

    /**
     * One solution of {@code a · x = b} (free variables zero), by elimination of the augmented
     * matrix [a | b]; empty if the system is inconsistent.
     *
     * @throws IllegalArgumentException if {@code b} does not have one entry per row of {@code a}
     */
    public static Optional<Rational[]> solution(RationalMatrix a, Rational[] b) {
        FractionFreeElimination e = of(augment(a, b));
        Rational[][] red = e.reducedRowEchelon();
        Rational[] x = new Rational[a.columns()];
        Arrays.fill(x, Rational.ZERO);
        for (int i = 0; i < red.length; i++) {
            int pc = e.pivotColumns[i];
            if (pc == a.columns()) {
                return Optional.empty();
            }
            x[pc] = red[i][a.columns()];
        }
        return Optional.of(x);
    }

    /**
     * The unique solution of {@code a · x = b}; empty if the system is inconsistent or has more
     * than one solution (rank of {@code a} below its number of columns). A square system is solved
     * by {@link #solveSquare} after scaling each equation to integers.
     *
     * @throws IllegalArgumentException if {@code b} does not have one entry per row of {@code a}
     */
    public static Optional<Rational[]> uniqueSolution(RationalMatrix a, Rational[] b) {
        RationalMatrix aug = augment(a, b);
        if (a.rows() != a.columns()) {
            FractionFreeElimination e = of(aug);
            int rank = e.rank();
            if (rank != a.columns() || rank > 0 && e.pivotColumns[rank - 1] == a.columns()) {
                return Optional.empty();
            }
            return solution(a, b);
        }
        BigInteger[][] integers = new BigInteger[a.rows()][];
        for (int i = 0; i < a.rows(); i++) {
            BigInteger lcm = BigInteger.ONE;
            for (int j = 0; j <= a.columns(); j++) {
                BigInteger d = aug.get(i, j).denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            integers[i] = new BigInteger[a.columns() + 1];
            for (int j = 0; j <= a.columns(); j++) {
                Rational x = aug.get(i, j);
                integers[i][j] = x.numerator().multiply(lcm.divide(x.denominator()));
            }
        }
        return solveSquare(integers).map(IntegerSolution::toRationals);
    }

    /**
     * The solution of a square integer system given as its k × (k+1) augmented matrix [A | b]
     * (not modified): the integer numerators of Cramer's rule over {@code |det A|}; empty if A is
     * singular. Elimination stops at the first column without a pivot. Cost O(k³) integer
     * operations on determinant-sized integers.
     *
     * @throws IllegalArgumentException if a row does not have k+1 entries
     */
    public static Optional<IntegerSolution> solveSquare(BigInteger[][] augmented) {
        int k = augmented.length;
        BigInteger[][] a = new BigInteger[k][];
        for (int r = 0; r < k; r++) {
            if (augmented[r].length != k + 1) {
                throw new IllegalArgumentException("row " + r + " has " + augmented[r].length + " entries, expected " + (k + 1));
            }
            a[r] = augmented[r].clone();
        }
        if (k == 0) {
            return Optional.of(new IntegerSolution(new BigInteger[0], BigInteger.ONE));
        }
        if (forward(a, k, true).pivots().length < k) {
            return Optional.empty();
        }
        // a is upper triangular with a[k-1][k-1] = ±det A; z_r = N_r / det, by back substitution.
        BigInteger det = a[k - 1][k - 1];
        BigInteger[] z = new BigInteger[k];
        for (int r = k - 1; r >= 0; r--) {
            BigInteger s = a[r][k].multiply(det);
            for (int c = r + 1; c < k; c++) {
                s = s.subtract(a[r][c].multiply(z[c]));
            }
            z[r] = s.divide(a[r][r]);
        }
        if (det.signum() < 0) {
            for (int r = 0; r < k; r++) {
                z[r] = z[r].negate();
            }
            det = det.negate();
        }
        return Optional.of(new IntegerSolution(z, det));
    }

    /** The pivot columns found and the sign of the row permutation. */
    private record Forward(int[] pivots, int sign) {
    }

    /**
     * Bareiss forward elimination of {@code a} in place, pivoting in the first {@code pivotLimit}
     * columns (entries further right are eliminated along). A column without a pivot is skipped,
     * or ends the elimination when {@code stopAtMissingPivot}.
     */
    private static Forward forward(BigInteger[][] a, int pivotLimit, boolean stopAtMissingPivot) {
        int rowCount = a.length;
        int width = rowCount == 0 ? 0 : a[0].length;
        int[] pivots = new int[Math.min(rowCount, pivotLimit)];
        int r = 0;
        int sign = 1;
        BigInteger previous = BigInteger.ONE;
        for (int c = 0; c < pivotLimit && r < rowCount; c++) {
            int p = -1;
            for (int i = r; i < rowCount; i++) {
                if (a[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                if (stopAtMissingPivot) {
                    break;
                }
                continue;
            }
            if (p != r) {
                BigInteger[] t = a[p];
                a[p] = a[r];
                a[r] = t;
                sign = -sign;
            }
            BigInteger pivot = a[r][c];
            for (int i = r + 1; i < rowCount; i++) {
                BigInteger f = a[i][c];
                for (int j = c + 1; j < width; j++) {
                    a[i][j] = pivot.multiply(a[i][j]).subtract(f.multiply(a[r][j])).divide(previous);
                }
                a[i][c] = BigInteger.ZERO;
            }
            previous = pivot;
            pivots[r] = c;
            r++;
        }
        return new Forward(Arrays.copyOf(pivots, r), sign);
    }

    private static RationalMatrix augment(RationalMatrix a, Rational[] b) {
        if (b.length != a.rows()) {
            throw new IllegalArgumentException("right-hand side of length " + b.length + " for " + a.rows() + " rows");
        }
        Rational[][] aug = new Rational[a.rows()][a.columns() + 1];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.columns(); j++) {
                aug[i][j] = a.get(i, j);
            }
            aug[i][a.columns()] = b[i];
        }
        return RationalMatrix.of(aug);
    }
}
