package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A simplex tableau of integers under fraction-free (Edmonds–Bareiss) pivoting, held in 64-bit
 * words while its entries fit, in pairs of words (128 bits) while they fit those, and in
 * {@link BigInteger}s otherwise.
 *
 * <p>Invariant: for the current basis with matrix B, the tableau is det(B)·B⁻¹·[M | I | 1] with
 * det(B) &gt; 0 (every pivot element is positive), so every entry is an exact integer, a minor of
 * the initial tableau. Rows beyond the basis (an objective row c) have no basic column; they are
 * pivoted like the others and hold det(B)·(c − c_B·B⁻¹·[M | I | 1]), the scaled reduced costs,
 * again minors of the initial tableau bordered by c.
 *
 * <p>Hybrid arithmetic in three tiers (as in lrs: 64-bit, 128-bit, then multiple precision). A
 * pivot runs in {@code long} words with exact 128-bit intermediate products and an exact, verified
 * division (see {@link #pivotSmall}) into a second buffer; if a result does not fit in a word, the
 * untouched tableau is widened to pairs of words and the pivot is redone there with exact 256-bit
 * intermediate products and a verified division modulo 2¹²⁸ ({@link #pivotWide},
 * {@link WideArithmetic}); if a result's magnitude reaches 2¹²⁷ as well, the pivot is redone in
 * BigInteger. After a pivot whose results all fit a narrower tier, the tableau returns to it.
 * Whatever the tier, every entry is the same exact integer; only the representation differs.
 *
 * <p>Cost of a pivot: O(rows·(columns − rows)) word operations in the two word tiers (basic
 * columns are unit vectors times det and are not computed; a 128-bit entry is a constant number of
 * word products, a BigInteger one about 25 word pivots' worth), and as many BigInteger operations
 * otherwise; no allocation in the word tiers beyond three words per pivot.
 *
 * <p>Reference: J. Edmonds, "Systems of distinct representatives and linear algebra", J. Res.
 * NBS 71B (1967) 241–245 (integer pivoting); D. Avis, "lrs: a revised implementation of the reverse
 * search vertex enumeration algorithm", in Polytopes — Combinatorics and Computation (2000).
 */
final class IntegerTableau {

    private static final int SMALL_BITS = 63;

    private final int rows;
    private final int basisRows;
    private final int width;
    private final int[] basis;
    private final int[] rowOfBasic;
    private final int[] active;
    private long[][] small;
    private final long[][] words;
    private long[][] scratch;
    private final BigInteger[][] bigs;
    private long smallDeterminant = 1;
    /** The 128-bit tier: entry (r, c) is the pair (wide[r][2c], wide[r][2c + 1]); null when not in use. */
    private long[][] wide;
    private long[][] wideRows;
    private long[][] wideScratch;
    private long wideDeterminantHigh;
    private long wideDeterminantLow;
    /** Scratch words of the 128-bit tier: two 256-bit products (the second reused for the check) and a quotient. */
    private final long[] work = new long[10];
    private BigInteger[][] big;
    private BigInteger bigDeterminant;

    /**
     * @param initial rows × width integer matrix (copied)
     * @param basis for each of the first {@code basis.length} rows r, a column of the initial matrix
     *     equal to the unit vector e_r; the remaining rows (such as an objective row) have no basic
     *     column and must be zero in the basis columns
     * @throws IllegalArgumentException if a basis column is not the unit vector it should be, or
     *     there are more basis columns than rows
     */
    IntegerTableau(BigInteger[][] initial, int[] basis) {
        this.rows = initial.length;
        this.width = initial[0].length;
        this.basisRows = basis.length;
        if (basisRows > rows || basisRows == 0) {
            throw new IllegalArgumentException("basis of " + basis.length + " columns for " + rows + " rows");
        }
        this.basis = basis.clone();
        this.rowOfBasic = new int[width];
        Arrays.fill(rowOfBasic, -1);
        for (int r = 0; r < basisRows; r++) {
            int c = basis[r];
            if (c < 0 || c >= width || rowOfBasic[c] >= 0) {
                throw new IllegalArgumentException("basis column " + c + " of row " + r + " is out of range or repeated");
            }
            rowOfBasic[c] = r;
            for (int q = 0; q < rows; q++) {
                if (!initial[q][c].equals(q == r ? BigInteger.ONE : BigInteger.ZERO)) {
                    throw new IllegalArgumentException("basis column " + c + " is not the unit vector e_" + r);
                }
            }
        }
        this.active = new int[width - basisRows];
        this.bigs = new BigInteger[rows][];
        for (int r = 0; r < rows; r++) {
            if (initial[r].length != width) {
                throw new IllegalArgumentException("ragged tableau: row " + r + " has " + initial[r].length + " entries, not " + width);
            }
            bigs[r] = initial[r].clone();
        }
        big = bigs;
        bigDeterminant = BigInteger.ONE;
        this.words = new long[rows][width];
        this.scratch = new long[rows][width];
        toWordsIfFits();
    }

    /** Whether the entries are currently held in 64-bit words (for tests and diagnostics). */
    boolean isSmall() {
        return small != null;
    }

    /** Whether the entries are currently held in pairs of words, the 128-bit tier (for tests and diagnostics). */
    boolean isWide() {
        return wide != null;
    }

    /** The sign of entry (r, c). */
    int signum(int r, int c) {
        if (small != null) {
            return Long.signum(small[r][c]);
        }
        if (wide != null) {
            long[] t = wide[r];
            long high = t[2 * c];
            return high != 0 ? Long.signum(high) : t[2 * c + 1] != 0 ? 1 : 0;
        }
        return big[r][c].signum();
    }

    /** Entry (r, c). */
    BigInteger entry(int r, int c) {
        if (small != null) {
            return BigInteger.valueOf(small[r][c]);
        }
        if (wide != null) {
            return WideArithmetic.toBigInteger(wide[r][2 * c], wide[r][2 * c + 1]);
        }
        return big[r][c];
    }

    /** The positive common denominator det(B) of the current basis. */
    BigInteger determinant() {
        if (small != null) {
            return BigInteger.valueOf(smallDeterminant);
        }
        if (wide != null) {
            return WideArithmetic.toBigInteger(wideDeterminantHigh, wideDeterminantLow);
        }
        return bigDeterminant;
    }

    /**
     * Compares t[r][rhs]·t[s][c] with t[s][rhs]·t[r][c], exactly: for positive t[r][c] and
     * t[s][c] its sign is that of ratio_r − ratio_s in the minimum-ratio test on column c.
     */
    int compareRatios(int r, int s, int c, int rhs) {
        if (small != null) {
            long[] tr = small[r];
            long[] ts = small[s];
            return WordArithmetic.compareProducts(tr[rhs], ts[c], ts[rhs], tr[c]);
        }
        if (wide != null) {
            long[] tr = wide[r];
            long[] ts = wide[s];
            return WideArithmetic.compareProducts(tr[2 * rhs], tr[2 * rhs + 1], ts[2 * c], ts[2 * c + 1],
                    ts[2 * rhs], ts[2 * rhs + 1], tr[2 * c], tr[2 * c + 1], work);
        }
        return big[r][rhs].multiply(big[s][c]).compareTo(big[s][rhs].multiply(big[r][c]));
    }

    /**
     * Compares t[r][c]·t[s][d] with t[s][c]·t[r][d], exactly (128-bit products in word mode): the
     * sign of the 2 × 2 minor of rows r, s and columns c, d.
     */
    int compareMinor(int r, int s, int c, int d) {
        return compareRatios(r, s, d, c);
    }

    /** The column basic in row r (r below the number of basis rows). */
    int basic(int r) {
        return basis[r];
    }

    /**
     * Pivots on (row, column): column enters the basis, the column basic in row leaves. Only the
     * nonbasic columns are computed; basic columns are det·e_r by the invariant and are written
     * directly.
     *
     * @throws IllegalArgumentException if the column is basic or the pivot entry is not positive
     */
    void pivot(int row, int column) {
        if (rowOfBasic[column] >= 0) {
            throw new IllegalArgumentException("column " + column + " is already basic");
        }
        if (row < 0 || row >= basisRows) {
            throw new IllegalArgumentException("row " + row + " has no basic column to leave");
        }
        if (signum(row, column) <= 0) {
            throw new IllegalArgumentException("pivot entry (" + row + ", " + column + ") is not positive");
        }
        int leaving = basis[row];
        int count = 0;
        for (int c = 0; c < width; c++) {
            if ((rowOfBasic[c] < 0 && c != column) || c == leaving) {
                active[count++] = c;
            }
        }
        pivotHybrid(row, column);
        rowOfBasic[leaving] = -1;
        rowOfBasic[column] = row;
        basis[row] = column;
    }

    private void pivotHybrid(int row, int column) {
        if (small != null) {
            if (pivotSmall(row, column)) {
                return;
            }
            smallToWide();
        }
        if (wide != null) {
            if (pivotWide(row, column)) {
                return;
            }
            wideToBig();
        }
        pivotBig(row, column);
        toWordsIfFits();
    }

    /**
     * The pivot in 64-bit words into the scratch rows; false, leaving the tableau untouched, when an
     * entry does not fit. Each new entry (t·p − f·q)/det is formed as an exact 128-bit difference and
     * divided exactly: since det divides it, the quotient is the low word shifted past det's
     * trailing zeros times the inverse of det's odd part modulo 2⁶⁴, and it is the true quotient
     * exactly when multiplying it back by det gives the 128-bit dividend.
     */
    private boolean pivotSmall(int row, int column) {
        long[] pivotRow = small[row];
        long p = pivotRow[column];
        long d = smallDeterminant;
        int shift = Long.numberOfTrailingZeros(d);
        long inverse = WordArithmetic.inverseOfOdd(d >>> shift);
        for (int r = 0; r < rows; r++) {
            if (r == row) {
                continue;
            }
            long[] t = small[r];
            long[] out = scratch[r];
            long f = t[column];
            for (int a = 0; a < active.length; a++) {
                int c = active[a];
                long x = t[c];
                long high = Math.multiplyHigh(x, p);
                long low = x * p;
                long y = pivotRow[c];
                if (f != 0 && y != 0) {
                    long subtrahendHigh = Math.multiplyHigh(f, y);
                    long subtrahendLow = f * y;
                    high = high - subtrahendHigh - (Long.compareUnsigned(low, subtrahendLow) < 0 ? 1 : 0);
                    low = low - subtrahendLow;
                }
                long shifted = shift == 0 ? low : (low >>> shift) | (high << (64 - shift));
                long q = shifted * inverse;
                if (q * d != low || Math.multiplyHigh(q, d) != high) {
                    return false;
                }
                out[c] = q;
            }
            for (int b = 0; b < basisRows; b++) {
                out[b == row ? column : basis[b]] = b == r ? p : 0;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (r != row) {
                long[] tmp = small[r];
                small[r] = scratch[r];
                scratch[r] = tmp;
            }
        }
        smallDeterminant = p;
        return true;
    }

    /**
     * The pivot in pairs of words (the 128-bit tier) into the scratch rows; false, leaving the
     * tableau untouched, when an entry's magnitude reaches 2¹²⁷. Each new entry (t·p − f·q)/det is
     * formed as an exact 256-bit difference and divided exactly by det as in {@link #pivotSmall},
     * modulo 2¹²⁸ ({@link WideArithmetic#divideExact}), verified by multiplying back. When every
     * entry of the result fits in a word, the tableau returns to 64-bit words.
     */
    private boolean pivotWide(int row, int column) {
        long[] pivotRow = wide[row];
        long ph = pivotRow[2 * column];
        long pl = pivotRow[2 * column + 1];
        long dh = wideDeterminantHigh;
        long dl = wideDeterminantLow;
        long[] divisor = WideArithmetic.divisor(dh, dl);
        int shift = (int) divisor[0];
        long ih = divisor[1];
        long il = divisor[2];
        long[] w = work;
        boolean words = WideArithmetic.fitsWord(ph, pl);
        for (int c = 0; words && c < width; c++) {
            words = WideArithmetic.fitsWord(pivotRow[2 * c], pivotRow[2 * c + 1]);
        }
        for (int r = 0; r < rows; r++) {
            if (r == row) {
                continue;
            }
            long[] t = wide[r];
            long[] out = wideScratch[r];
            long fh = t[2 * column];
            long fl = t[2 * column + 1];
            for (int a = 0; a < active.length; a++) {
                int c = 2 * active[a];
                if (!WideArithmetic.crossQuotient(t[c], t[c + 1], ph, pl, fh, fl, pivotRow[c], pivotRow[c + 1], dh, dl, shift, ih, il, w)) {
                    return false;
                }
                out[c] = w[8];
                out[c + 1] = w[9];
                words &= WideArithmetic.fitsWord(w[8], w[9]);
            }
            for (int b = 0; b < basisRows; b++) {
                int c = 2 * (b == row ? column : basis[b]);
                out[c] = b == r ? ph : 0;
                out[c + 1] = b == r ? pl : 0;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (r != row) {
                long[] tmp = wide[r];
                wide[r] = wideScratch[r];
                wideScratch[r] = tmp;
            }
        }
        wideDeterminantHigh = ph;
        wideDeterminantLow = pl;
        if (words) {
            wideToSmall();
        }
        return true;
    }

    private void pivotBig(int row, int column) {
        BigInteger[] pivotRow = big[row];
        BigInteger p = pivotRow[column];
        boolean unit = bigDeterminant.equals(BigInteger.ONE);
        for (int r = 0; r < rows; r++) {
            if (r == row) {
                continue;
            }
            BigInteger[] t = big[r];
            BigInteger f = t[column];
            for (int a = 0; a < active.length; a++) {
                int c = active[a];
                BigInteger v = t[c].multiply(p);
                if (f.signum() != 0 && pivotRow[c].signum() != 0) {
                    v = v.subtract(f.multiply(pivotRow[c]));
                }
                t[c] = unit ? v : v.divide(bigDeterminant);
            }
            for (int b = 0; b < basisRows; b++) {
                t[b == row ? column : basis[b]] = b == r ? p : BigInteger.ZERO;
            }
        }
        bigDeterminant = p;
    }

    private void allocateWide() {
        if (wideRows == null) {
            wideRows = new long[rows][2 * width];
            wideScratch = new long[rows][2 * width];
        }
        wide = wideRows;
    }

    private void smallToWide() {
        allocateWide();
        for (int r = 0; r < rows; r++) {
            long[] from = small[r];
            long[] to = wide[r];
            for (int c = 0; c < width; c++) {
                to[2 * c] = from[c] >> 63;
                to[2 * c + 1] = from[c];
            }
        }
        wideDeterminantHigh = 0;
        wideDeterminantLow = smallDeterminant;
        small = null;
    }

    private void wideToSmall() {
        small = words;
        for (int r = 0; r < rows; r++) {
            long[] from = wide[r];
            long[] to = small[r];
            for (int c = 0; c < width; c++) {
                to[c] = from[2 * c + 1];
            }
        }
        smallDeterminant = wideDeterminantLow;
        wide = null;
    }

    private void wideToBig() {
        big = bigs;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                big[r][c] = WideArithmetic.toBigInteger(wide[r][2 * c], wide[r][2 * c + 1]);
            }
        }
        bigDeterminant = WideArithmetic.toBigInteger(wideDeterminantHigh, wideDeterminantLow);
        wide = null;
    }

    /** After a BigInteger pivot: back to 64-bit words, or else pairs of words, when every entry fits. */
    private void toWordsIfFits() {
        int bits = bigDeterminant.bitLength();
        boolean inPairs = WideArithmetic.fits(bigDeterminant);
        for (BigInteger[] row : big) {
            for (BigInteger v : row) {
                bits = Math.max(bits, v.bitLength());
                inPairs &= WideArithmetic.fits(v);
            }
        }
        if (bits <= SMALL_BITS) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    words[r][c] = big[r][c].longValue();
                }
            }
            small = words;
            smallDeterminant = bigDeterminant.longValue();
        } else if (inPairs) {
            allocateWide();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    wide[r][2 * c] = WideArithmetic.highWord(big[r][c]);
                    wide[r][2 * c + 1] = big[r][c].longValue();
                }
            }
            wideDeterminantHigh = WideArithmetic.highWord(bigDeterminant);
            wideDeterminantLow = bigDeterminant.longValue();
        } else {
            return;
        }
        big = null;
        bigDeterminant = null;
    }
}
