package org.equicert.equilibrium;

import java.math.BigInteger;

/** Fraction-free (Bareiss) solution of square integer systems. */
final class IntegerSystems {

    private IntegerSystems() {
    }

    /**
     * Solves M z = b for a k × (k+1) augmented integer matrix [M | b] (overwritten).
     *
     * @return k numerators followed by a positive common denominator, or null if M is singular
     */
    static BigInteger[] solve(BigInteger[][] aug) {
        long[][] small = toLongs(aug);
        if (small != null) {
            try {
                return solveSmall(small);
            } catch (ArithmeticException overflow) {
                // fall through to big integers
            }
        }
        return solveBig(aug);
    }

    private static long[][] toLongs(BigInteger[][] aug) {
        long[][] out = new long[aug.length][];
        for (int r = 0; r < aug.length; r++) {
            out[r] = new long[aug[r].length];
            for (int c = 0; c < aug[r].length; c++) {
                if (aug[r][c].bitLength() > 62) {
                    return null;
                }
                out[r][c] = aug[r][c].longValue();
            }
        }
        return out;
    }

    /** The same elimination in overflow-checked long arithmetic; throws ArithmeticException on overflow. */
    private static BigInteger[] solveSmall(long[][] aug) {
        int k = aug.length;
        long previous = 1;
        for (int col = 0; col < k; col++) {
            int pivot = -1;
            for (int r = col; r < k; r++) {
                if (aug[r][col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                return null;
            }
            long[] tmp = aug[pivot];
            aug[pivot] = aug[col];
            aug[col] = tmp;
            long p = aug[col][col];
            for (int r = col + 1; r < k; r++) {
                long f = aug[r][col];
                for (int c = col + 1; c <= k; c++) {
                    aug[r][c] = Math.subtractExact(Math.multiplyExact(aug[r][c], p), Math.multiplyExact(f, aug[col][c])) / previous;
                }
                aug[r][col] = 0;
            }
            previous = p;
        }
        long det = aug[k - 1][k - 1];
        long[] z = new long[k + 1];
        for (int r = k - 1; r >= 0; r--) {
            long s = Math.multiplyExact(aug[r][k], det);
            for (int c = r + 1; c < k; c++) {
                s = Math.subtractExact(s, Math.multiplyExact(aug[r][c], z[c]));
            }
            z[r] = s / aug[r][r];
        }
        z[k] = det;
        BigInteger[] out = new BigInteger[k + 1];
        for (int r = 0; r <= k; r++) {
            out[r] = BigInteger.valueOf(det < 0 ? Math.negateExact(z[r]) : z[r]);
        }
        return out;
    }

    private static BigInteger[] solveBig(BigInteger[][] aug) {
        int k = aug.length;
        BigInteger previous = BigInteger.ONE;
        for (int col = 0; col < k; col++) {
            int pivot = -1;
            for (int r = col; r < k; r++) {
                if (aug[r][col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                return null;
            }
            BigInteger[] tmp = aug[pivot];
            aug[pivot] = aug[col];
            aug[col] = tmp;
            BigInteger p = aug[col][col];
            for (int r = col + 1; r < k; r++) {
                BigInteger f = aug[r][col];
                for (int c = col + 1; c <= k; c++) {
                    aug[r][c] = aug[r][c].multiply(p).subtract(f.multiply(aug[col][c])).divide(previous);
                }
                aug[r][col] = BigInteger.ZERO;
            }
            previous = p;
        }
        // aug is upper triangular; det = aug[k-1][k-1] (up to sign). Back-substitute with denominator det.
        BigInteger det = aug[k - 1][k - 1];
        BigInteger[] z = new BigInteger[k + 1];
        for (int r = k - 1; r >= 0; r--) {
            // aug[r][r] z_r = aug[r][k]·det/det ... work with numerators over det: z_r = N_r / det
            BigInteger s = aug[r][k].multiply(det);
            for (int c = r + 1; c < k; c++) {
                s = s.subtract(aug[r][c].multiply(z[c]));
            }
            z[r] = s.divide(aug[r][r]);
        }
        z[k] = det;
        if (det.signum() < 0) {
            for (int r = 0; r <= k; r++) {
                z[r] = z[r].negate();
            }
        }
        return z;
    }
}
