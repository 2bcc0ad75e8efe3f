package org.equicert.certificate;

import java.util.List;
import org.equicert.number.Rational;

/** The checker's own rank computation (plain Gaussian elimination over the rationals). */
final class Ranks {

    private Ranks() {
    }

    /** The rank of the matrix whose rows are given (rows are not modified). */
    static int rank(List<Rational[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Rational[][] a = new Rational[rows.size()][];
        for (int r = 0; r < a.length; r++) {
            a[r] = rows.get(r).clone();
        }
        int columns = a[0].length;
        int rank = 0;
        for (int c = 0; c < columns && rank < a.length; c++) {
            int pivot = -1;
            for (int r = rank; r < a.length; r++) {
                if (!a[r][c].isZero()) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Rational[] t = a[pivot];
            a[pivot] = a[rank];
            a[rank] = t;
            for (int r = rank + 1; r < a.length; r++) {
                if (a[r][c].isZero()) {
                    continue;
                }
                Rational f = a[r][c].divide(a[rank][c]);
                for (int q = c; q < columns; q++) {
                    a[r][q] = a[r][q].subtract(f.multiply(a[rank][q]));
                }
            }
            rank++;
        }
        return rank;
    }

    /** The unique solution of the square-or-tall system rows·x = rhs (rows have n columns), or null. */
    static Rational[] uniqueSolution(List<Rational[]> rows, List<Rational> rhs, int n) {
        int m = rows.size();
        Rational[][] a = new Rational[m][n + 1];
        for (int r = 0; r < m; r++) {
            System.arraycopy(rows.get(r), 0, a[r], 0, n);
            a[r][n] = rhs.get(r);
        }
        int rank = 0;
        int[] pivotColumn = new int[n];
        for (int c = 0; c < n && rank < m; c++) {
            int pivot = -1;
            for (int r = rank; r < m; r++) {
                if (!a[r][c].isZero()) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                return null;
            }
            Rational[] t = a[pivot];
            a[pivot] = a[rank];
            a[rank] = t;
            for (int r = 0; r < m; r++) {
                if (r == rank || a[r][c].isZero()) {
                    continue;
                }
                Rational f = a[r][c].divide(a[rank][c]);
                for (int q = c; q <= n; q++) {
                    a[r][q] = a[r][q].subtract(f.multiply(a[rank][q]));
                }
            }
            pivotColumn[rank] = c;
            rank++;
        }
        if (rank < n) {
            return null;
        }
        for (int r = n; r < m; r++) {
            if (!a[r][n].isZero()) {
                return null;
            }
        }
        Rational[] x = new Rational[n];
        for (int r = 0; r < n; r++) {
            x[pivotColumn[r]] = a[r][n].divide(a[r][pivotColumn[r]]);
        }
        return x;
    }
}
