package org.equicert.poly;

import java.math.BigInteger;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * The matrix parts of Krawczyk's operator for {@link BoxSolver}, in integer arithmetic with the same
 * exact values as rational arithmetic but without a gcd per operation: the approximate inverse Y of
 * J(y), and the sums Σ_c (I − Y·J(X))_{rc}·(X_c − y_c).
 *
 * <p>Y has entries that are multiples of 2^−bits, the interval Jacobian J(X) ends that are multiples
 * of 2^−bits (both as {@link BoxSolver} rounds them), and the box's ends and midpoint are dyadic
 * (bisection from dyadic ends): so every product is an integer over a power of two, held as a
 * {@link BigInteger} numerator over one common power of two, and only the k results are reduced.
 *
 * <p>Cost: the inverse, one fraction-free Gauss–Jordan elimination of O(k³) integer operations
 * (Bareiss–Montante, J. Bareiss, Math. Comp. 22 (1968)); the sums, O(k³) integer operations.
 */
final class KrawczykProducts {

    private KrawczykProducts() {
    }

    /**
     * The inverse of m with each entry rounded down to a multiple of 2^−bits; empty when m is
     * singular. Row r is scaled to integers by the least common multiple s_r of its denominators
     * and [S·m | S] is reduced by fraction-free Gauss–Jordan elimination (pivot row kept, the other
     * rows updated as (p·a_ij − a_ip·a_pj) / previous pivot, an exact division), leaving d·I on the
     * left and d·m⁻¹ on the right.
     */
    static Optional<Rational[][]> inverse(Rational[][] m, int bits) {
        int k = m.length;
        BigInteger[][] a = new BigInteger[k][2 * k];
        for (int r = 0; r < k; r++) {
            BigInteger scale = BigInteger.ONE;
            for (Rational x : m[r]) {
                BigInteger d = x.denominator();
                scale = scale.divide(scale.gcd(d)).multiply(d);
            }
            for (int c = 0; c < k; c++) {
                a[r][c] = m[r][c].numerator().multiply(scale.divide(m[r][c].denominator()));
                a[r][k + c] = c == r ? scale : BigInteger.ZERO;
            }
        }
        BigInteger previous = BigInteger.ONE;
        for (int p = 0; p < k; p++) {
            int pivot = p;
            while (pivot < k && a[pivot][p].signum() == 0) {
                pivot++;
            }
            if (pivot == k) {
                return Optional.empty();
            }
            BigInteger[] swap = a[p];
            a[p] = a[pivot];
            a[pivot] = swap;
            BigInteger pp = a[p][p];
            for (int r = 0; r < k; r++) {
                if (r == p) {
                    continue;
                }
                BigInteger rp = a[r][p];
                for (int c = 0; c < 2 * k; c++) {
                    a[r][c] = pp.multiply(a[r][c]).subtract(rp.multiply(a[p][c])).divide(previous);
                }
            }
            previous = pp;
        }
        // every diagonal entry of the left block is now the last pivot d
        BigInteger d = previous;
        BigInteger denominator = BigInteger.ONE.shiftLeft(bits);
        Rational[][] inverse = new Rational[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                inverse[r][c] = Rational.of(floorDivide(a[r][k + c].shiftLeft(bits), d), denominator);
            }
        }
        return Optional.of(inverse);
    }

    /**
     * Per row r, the interval Σ_c (I − Y·J)_{rc}·(x_c − y_c), computed exactly as interval arithmetic
     * over the rationals would (sums of interval products, each the least and greatest of four end
     * products); empty when some entry is not a dyadic rational (then the caller uses rationals).
     *
     * @param inverse Y, entries multiples of 2^−bits
     * @param jacobian J(X), interval ends multiples of 2^−bits
     * @param x the box
     * @param y a point of the box
     */
    static Optional<RationalInterval[]> contraction(Rational[][] inverse, RationalInterval[][] jacobian, RationalInterval[] x,
            Rational[] y, int bits) {
        int k = x.length;
        int shift = 0;
        for (int c = 0; c < k; c++) {
            for (Rational end : new Rational[] {x[c].lower(), x[c].upper(), y[c]}) {
                int e = twoExponent(end.denominator());
                if (e < 0) {
                    return Optional.empty();
                }
                shift = Math.max(shift, e);
            }
        }
        BigInteger[][] y2 = new BigInteger[k][];
        BigInteger[][] j2 = new BigInteger[k][2 * k];
        for (int r = 0; r < k; r++) {
            y2[r] = new BigInteger[k];
            for (int c = 0; c < k; c++) {
                Optional<BigInteger> yi = scaled(inverse[r][c], bits);
                Optional<BigInteger> lo = scaled(jacobian[r][c].lower(), bits);
                Optional<BigInteger> hi = scaled(jacobian[r][c].upper(), bits);
                if (yi.isEmpty() || lo.isEmpty() || hi.isEmpty()) {
                    return Optional.empty();
                }
                y2[r][c] = yi.get();
                j2[r][2 * c] = lo.get();
                j2[r][2 * c + 1] = hi.get();
            }
        }
        // d_c = x_c − y_c over 2^shift
        BigInteger[] dLow = new BigInteger[k];
        BigInteger[] dHigh = new BigInteger[k];
        for (int c = 0; c < k; c++) {
            BigInteger yc = scaled(y[c], shift).orElseThrow();
            dLow[c] = scaled(x[c].lower(), shift).orElseThrow().subtract(yc);
            dHigh[c] = scaled(x[c].upper(), shift).orElseThrow().subtract(yc);
        }
        BigInteger one = BigInteger.ONE.shiftLeft(2 * bits);
        BigInteger denominator = BigInteger.ONE.shiftLeft(2 * bits + shift);
        RationalInterval[] out = new RationalInterval[k];
        for (int r = 0; r < k; r++) {
            BigInteger accLow = BigInteger.ZERO;
            BigInteger accHigh = BigInteger.ZERO;
            for (int c = 0; c < k; c++) {
                // m = δ_rc − Σ_q Y_rq·J_qc over 2^(2·bits)
                BigInteger sumLow = BigInteger.ZERO;
                BigInteger sumHigh = BigInteger.ZERO;
                for (int q = 0; q < k; q++) {
                    BigInteger yrq = y2[r][q];
                    BigInteger a = yrq.multiply(j2[q][2 * c]);
                    BigInteger b = yrq.multiply(j2[q][2 * c + 1]);
                    boolean ordered = a.compareTo(b) <= 0;
                    sumLow = sumLow.add(ordered ? a : b);
                    sumHigh = sumHigh.add(ordered ? b : a);
                }
                BigInteger mLow = (r == c ? one : BigInteger.ZERO).subtract(sumHigh);
                BigInteger mHigh = (r == c ? one : BigInteger.ZERO).subtract(sumLow);
                BigInteger p1 = mLow.multiply(dLow[c]);
                BigInteger p2 = mLow.multiply(dHigh[c]);
                BigInteger p3 = mHigh.multiply(dLow[c]);
                BigInteger p4 = mHigh.multiply(dHigh[c]);
                accLow = accLow.add(p1.min(p2).min(p3).min(p4));
                accHigh = accHigh.add(p1.max(p2).max(p3).max(p4));
            }
            out[r] = new RationalInterval(Rational.of(accLow, denominator), Rational.of(accHigh, denominator));
        }
        return Optional.of(out);
    }

    /** v·2^bits as an integer, when it is one. */
    private static Optional<BigInteger> scaled(Rational v, int bits) {
        int e = twoExponent(v.denominator());
        if (e < 0 || e > bits) {
            return Optional.empty();
        }
        return Optional.of(v.numerator().shiftLeft(bits - e));
    }

    /** e with d = 2^e, or −1 when d is not a power of two. */
    private static int twoExponent(BigInteger d) {
        return d.bitCount() == 1 ? d.bitLength() - 1 : -1;
    }

    private static BigInteger floorDivide(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
