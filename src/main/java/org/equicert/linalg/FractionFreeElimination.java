package org.equicert.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;

/**
 * Bareiss' fraction-free Gaussian elimination of a rational matrix: each row is first scaled to
 * integers, then eliminated with exact divisions so intermediate entries stay determinant-sized
 * (polynomial bit growth, unlike naive rational elimination). Gives rank, determinant, a null space
 * basis and solutions of linear systems.
 *
 * <p>Reference: E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
 * elimination", Math. Comp. 22 (1968). Cost O(n^3) operations on integers of O(n log(n·max)) bits.
 */
public final class FractionFreeElimination {

    private final int rows;
    private final int columns;
    /** Integer echelon form (row-permuted); pivot of row r at column pivotColumns[r]. */
    private final BigInteger[][] echelon;
    private final int[] pivotColumns;
    private final int rank;
    /** Product of the row scaling factors and the permutation sign, for the determinant. */
    private final Rational determinantScale;

    private FractionFreeElimination(RationalMatrix m) {
        rows = m.rows();
        columns = m.columns();
        BigInteger[][] a = new BigInteger[rows][columns];
        Rational scale = Rational.ONE;
        for (int i = 0; i < rows; i++) {
            BigInteger lcm = BigInteger.ONE;
            for (int j = 0; j < columns; j++) {
                BigInteger d = m.get(i, j).denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            for (int j = 0; j < columns; j++) {
                Rational x = m.get(i, j);
                a[i][j] = x.numerator().multiply(lcm.divide(x.denominator()));
            }
            scale = scale.divide(Rational.of(lcm));
        }
        int[] pivots = new int[Math.min(rows, columns)];
        int r = 0;
        BigInteger previous = BigInteger.ONE;
        int sign = 1;
        for (int c = 0; c < columns && r < rows; c++) {
            int p = -1;
            for (int i = r; i < rows; i++) {
                if (a[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            if (p != r) {
                BigInteger[] t = a[p];
                a[p] = a[r];
                a[r] = t;
                sign = -sign;
            }
            for (int i = r + 1; i < rows; i++) {
                for (int j = c + 1; j < columns; j++) {
                    a[i][j] = a[r][c].multiply(a[i][j]).subtract(a[i][c].multiply(a[r][j])).divide(previous);
                }
                a[i][c] = BigInteger.ZERO;
            }
            previous = a[r][c];
            pivots[r] = c;
            r++;
        }
        echelon = a;
        rank = r;
        pivotColumns = Arrays.copyOf(pivots, r);
        determinantScale = sign < 0 ? scale.negate() : scale;
    }

    /** Eliminates {@code m}. */
    public static FractionFreeElimination of(RationalMatrix m) {
        return new FractionFreeElimination(m);
    }

    /** The rank. */
    public int rank() {
        return rank;
    }

    /** The determinant of a square matrix: the last Bareiss pivot, unscaled. */
    public Rational determinant() {
        if (rows != columns) {
            throw new IllegalArgumentException("not square");
        }
        if (rank < rows) {
            return Rational.ZERO;
        }
        if (rows == 0) {
            return Rational.ONE;
        }
        return Rational.of(echelon[rows - 1][columns - 1]).multiply(determinantScale);
    }

    /** Reduced row echelon form over Q of the first {@code rank} rows. */
    private Rational[][] reduced() {
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

    /** A basis of the null space, one vector per free column. */
    public Rational[][] nullspace() {
        Rational[][] red = reduced();
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
            for (int i = 0; i < rank; i++) {
                v[pivotColumns[i]] = red[i][free].negate();
            }
            basis.add(v);
        }
        return basis.toArray(new Rational[0][]);
    }

    /** The pivot columns of the echelon form. */
    public int[] pivotColumns() {
        return pivotColumns.clone();
    }

    /**
     * One solution of {@code a · x = b} (free variables zero), or null if the system is
     * inconsistent; by elimination of the augmented matrix [a | b].
     */
    public static Rational[] solve(RationalMatrix a, Rational[] b) {
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
        FractionFreeElimination e = new FractionFreeElimination(RationalMatrix.of(aug));
        Rational[][] red = e.reduced();
        Rational[] x = new Rational[a.columns()];
        Arrays.fill(x, Rational.ZERO);
        for (int i = 0; i < e.rank; i++) {
            int pc = e.pivotColumns[i];
            if (pc == a.columns()) {
                return null;
            }
            x[pc] = red[i][a.columns()];
        }
        return x;
    }
}
