package org.equicert.equilibrium;

/**
 * Exact 64-bit word arithmetic with 128-bit intermediates, for the word tier of
 * {@link IntegerTableau} and the word-size solves of {@link PartnerSearch}: product comparison,
 * the fraction-free cross quotient (x·p − f·y)/d with overflow detection, and inverses modulo 2⁶⁴.
 * Every operation is a constant number of word operations.
 */
final class WordArithmetic {

    private WordArithmetic() {
    }

    /** Compares a·b with c·d as exact 128-bit products. */
    static int compareProducts(long a, long b, long c, long d) {
        long highLeft = Math.multiplyHigh(a, b);
        long highRight = Math.multiplyHigh(c, d);
        if (highLeft != highRight) {
            return highLeft < highRight ? -1 : 1;
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * (x·p − f·y) / d for a nonzero d known to divide it exactly, in 64-bit words with an exact
     * 128-bit dividend; {@link Long#MIN_VALUE} when the quotient is not a {@code long} greater
     * than {@code Long.MIN_VALUE}, the division is not exact, or d is {@code Long.MIN_VALUE} (the
     * caller then redoes the step in BigInteger). The quotient is verified by multiplying it back.
     */
    static long crossQuotient(long x, long p, long f, long y, long d) {
        long high = Math.multiplyHigh(x, p);
        long low = x * p;
        long subtrahendHigh = Math.multiplyHigh(f, y);
        long subtrahendLow = f * y;
        high = high - subtrahendHigh - (Long.compareUnsigned(low, subtrahendLow) < 0 ? 1 : 0);
        low = low - subtrahendLow;
        if (d == 1) {
            return high == low >> 63 && low != Long.MIN_VALUE ? low : Long.MIN_VALUE;
        }
        if (d == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long divisor = Math.abs(d);
        int shift = Long.numberOfTrailingZeros(divisor);
        long shifted = shift == 0 ? low : (low >>> shift) | (high << (64 - shift));
        long q = shifted * inverseOfOdd(divisor >>> shift);
        if (q == Long.MIN_VALUE || q * divisor != low || Math.multiplyHigh(q, divisor) != high) {
            return Long.MIN_VALUE;
        }
        return d < 0 ? -q : q;
    }

    /** The inverse of an odd number modulo 2⁶⁴ (Newton's iteration, doubling the correct bits from 3). */
    static long inverseOfOdd(long odd) {
        if ((odd & 1) == 0) {
            throw new IllegalArgumentException(odd + " is even; it has no inverse modulo 2^64");
        }
        long x = odd;
        for (int k = 0; k < 5; k++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
