package org.equicert.linalg;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An LU factorisation PA = LU of a dense square matrix modulo a prime p &lt; 2^25, with row
 * pivoting, in 64-bit integer arithmetic.
 *
 * <p>Residues are below 2^25, so a product of two is below 2^50 and 4,096 of them add up to less
 * than 2^62: the elimination adds products into unreduced {@code long} accumulators and reduces
 * an entry only when it becomes part of a pivot row or column, or after every 4,096 pivots — no
 * division in the inner loops, which the JIT vectorises. Pivots are taken in panels of 32 columns
 * (trailing rows are updated once per panel, so each row is read from memory once per panel, not
 * once per pivot). The factors are kept negated as {@code long}s, −L and −U each packed into one
 * array in the order the substitutions read them: a solve streams n² entries from memory without a
 * jump between rows, and {@code long × long} products vectorise where {@code int × long} ones do
 * not (n = 6,561: 20 ms per solve, against 29 ms with {@code int[]} rows).
 *
 * <p>Complexity: n³/3 multiply-adds to factor, n² per solve; 8n² bytes. Used by {@link DixonSolver}.
 */
final class ModularFactorization {

    /** Exclusive upper bound on the prime. */
    static final long PRIME_LIMIT = 1L << 25;
    /** Products of residues that may be added before an accumulator must be reduced. */
    private static final int CHUNK = 4096;
    private static final int PANEL = 32;

    private final long p;
    private final int n;
    /** Rows i = 0, 1, … (pivoted order) of −L mod p below the diagonal, packed: −l_it at i(i−1)/2 + t. */
    private final long[] lower;
    /** Rows i = n−1, n−2, … of −U mod p above the diagonal, packed in the order the back substitution reads them. */
    private final long[] upper;
    private final int[] permutation;
    private final long[] inverseDiagonal;

    private ModularFactorization(long p, int n, long[] lower, long[] upper, int[] permutation, long[] inverseDiagonal) {
        this.p = p;
        this.n = n;
        this.lower = lower;
        this.upper = upper;
        this.permutation = permutation;
        this.inverseDiagonal = inverseDiagonal;
    }

    /** The prime. */
    long prime() {
        return p;
    }

    /**
     * Factors {@code a}, whose entries must already be residues in [0, p); the array is consumed
     * (overwritten). Empty if the matrix is singular modulo p.
     *
     * @throws IllegalArgumentException if p is not below {@link #PRIME_LIMIT} or a is not square
     */
    static Optional<ModularFactorization> of(long[][] a, long p) {
        if (p < 2 || p >= PRIME_LIMIT) {
            throw new IllegalArgumentException("modulus " + p + " outside 2..2^25");
        }
        int n = a.length;
        if ((long) n * (n - 1) / 2 > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a " + n + "x" + n + " matrix is too large to factor densely (at most 65,536 rows)");
        }
        for (long[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("a " + n + "-row matrix with a row of " + row.length + " entries is not square");
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long[] inverse = new long[n];
        int sinceReduction = 0;
        for (int k0 = 0; k0 < n; k0 += PANEL) {
            int k1 = Math.min(n, k0 + PANEL);
            if (sinceReduction + PANEL > CHUNK) {
                for (int i = k0; i < n; i++) {
                    for (int j = k0; j < n; j++) {
                        a[i][j] %= p;
                    }
                }
                sinceReduction = 0;
            }
            sinceReduction += k1 - k0;
            for (int k = k0; k < k1; k++) {
                int pivot = -1;
                for (int i = k; i < n; i++) {
                    a[i][k] %= p;
                    if (pivot < 0 && a[i][k] != 0) {
                        pivot = i;
                    }
                }
                if (pivot < 0) {
                    return Optional.empty();
                }
                long[] swap = a[k];
                a[k] = a[pivot];
                a[pivot] = swap;
                int s = perm[k];
                perm[k] = perm[pivot];
                perm[pivot] = s;
                long[] rk = a[k];
                // the pivot row's trailing part has not yet seen this panel's earlier pivots
                for (int t = k0; t < k; t++) {
                    long m = (p - rk[t]) % p;
                    if (m != 0) {
                        long[] rt = a[t];
                        for (int j = k1; j < n; j++) {
                            rk[j] += m * rt[j];
                        }
                    }
                }
                for (int j = k + 1; j < n; j++) {
                    rk[j] %= p;
                }
                long inv = BigInteger.valueOf(rk[k]).modInverse(BigInteger.valueOf(p)).longValue();
                inverse[k] = inv;
                for (int i = k + 1; i < n; i++) {
                    long[] ri = a[i];
                    long l = ri[k] * inv % p;
                    ri[k] = l;
                    if (l != 0) {
                        long m = p - l;
                        for (int j = k + 1; j < k1; j++) {
                            ri[j] += m * rk[j];
                        }
                    }
                }
            }
            for (int i = k1; i < n; i++) {
                long[] ri = a[i];
                for (int t = k0; t < k1; t++) {
                    long l = ri[t];
                    if (l != 0) {
                        long m = p - l;
                        long[] rt = a[t];
                        for (int j = k1; j < n; j++) {
                            ri[j] += m * rt[j];
                        }
                    }
                }
            }
        }
        // pack −L below and −U above the diagonal, each in the order the solves read them
        long half = (long) n * (n - 1) / 2;
        long[] lower = new long[(int) half];
        long[] upper = new long[(int) half];
        for (int i = 0; i < n; i++) {
            long[] ri = a[i];
            int lo = (int) ((long) i * (i - 1) / 2);
            for (int j = 0; j < i; j++) {
                lower[lo + j] = (p - ri[j] % p) % p;
            }
            int up = (int) ((long) (n - 1 - i) * (n - 2 - i) / 2) - (i + 1);
            for (int j = i + 1; j < n; j++) {
                upper[up + j] = (p - ri[j] % p) % p;
            }
            a[i] = null;
        }
        return Optional.of(new ModularFactorization(p, n, lower, upper, perm, inverse));
    }

    /**
     * The solution x of A x ≡ r (mod p), residues in [0, p).
     *
     * @param r residues in [0, p), in the rows' original order
     */
    long[] solve(long[] r) {
        long[] y = new long[n];
        int offset = 0;
        for (int i = 0; i < n; i++) {
            long acc = r[permutation[i]];
            for (int t0 = 0; t0 < i; t0 += CHUNK) {
                acc = (acc + dot(lower, offset, y, t0, Math.min(i, t0 + CHUNK))) % p;
            }
            y[i] = acc;
            offset += i;
        }
        offset = 0;
        for (int i = n - 1; i >= 0; i--) {
            long acc = y[i];
            for (int j0 = i + 1; j0 < n; j0 += CHUNK) {
                acc = (acc + dot(upper, offset - (i + 1), y, j0, Math.min(n, j0 + CHUNK))) % p;
            }
            y[i] = acc * inverseDiagonal[i] % p;
            offset += n - 1 - i;
        }
        return y;
    }

    /** Σ f[t + shift]·y[t] over [from, to), at most {@link #CHUNK} terms below 2^50 each (a vectorised loop). */
    private static long dot(long[] f, int shift, long[] y, int from, int to) {
        long s = 0;
        for (int t = from; t < to; t++) {
            s += f[t + shift] * y[t];
        }
        return s;
    }
}
