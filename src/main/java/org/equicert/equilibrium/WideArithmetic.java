package org.equicert.equilibrium;

import java.math.BigInteger;

/**
 * Exact 128-bit and 256-bit integer arithmetic on pairs and quadruples of {@code long} words, for
 * the middle tier of {@link IntegerTableau}'s hybrid arithmetic (64-bit words, then 128-bit, then
 * {@link BigInteger}, as lrs does).
 *
 * <p>A 128-bit value is a pair (high, low) in two's complement: high·2⁶⁴ + unsigned(low). The
 * tableau keeps only values of magnitude below 2¹²⁷, so negation never overflows. A 256-bit
 * magnitude is four words, most significant first, in a caller's scratch array (no allocation).
 * Every operation is a constant number of word operations.
 */
final class WideArithmetic {

    /** The largest magnitude held in two words is 2¹²⁷ − 1. */
    static final int BITS = 127;

    private WideArithmetic() {
    }

    /** The high word of the unsigned 128-bit product of two words ({@code Math.unsignedMultiplyHigh} of Java 18). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** Whether the pair (high, low) is a value that also fits in one word (high is low's sign extension). */
    static boolean fitsWord(long high, long low) {
        return high == low >> 63;
    }

    /**
     * The unsigned 256-bit product of two magnitudes below 2¹²⁸, (ah, al) · (bh, bl), written as
     * four words, most significant first, to out[at … at + 3]. Four word products at most, fewer
     * when a high word is zero.
     */
    static void multiplyMagnitudes(long ah, long al, long bh, long bl, long[] out, int at) {
        long w0 = al * bl;
        long w1 = unsignedMultiplyHigh(al, bl);
        long w2 = 0;
        long w3 = 0;
        if (bh != 0) {
            long low = al * bh;
            long sum = w1 + low;
            w2 = unsignedMultiplyHigh(al, bh) + (Long.compareUnsigned(sum, w1) < 0 ? 1 : 0);
            w1 = sum;
        }
        if (ah != 0) {
            long low = ah * bl;
            long sum = w1 + low;
            long carry = Long.compareUnsigned(sum, w1) < 0 ? 1 : 0;
            w1 = sum;
            long high = unsignedMultiplyHigh(ah, bl);
            long sum2 = w2 + high;
            long carry2 = Long.compareUnsigned(sum2, w2) < 0 ? 1 : 0;
            long sum3 = sum2 + carry;
            carry2 += Long.compareUnsigned(sum3, sum2) < 0 ? 1 : 0;
            w2 = sum3;
            w3 = carry2;
            if (bh != 0) {
                long lowHigh = ah * bh;
                long sum4 = w2 + lowHigh;
                w3 += (Long.compareUnsigned(sum4, w2) < 0 ? 1 : 0) + unsignedMultiplyHigh(ah, bh);
                w2 = sum4;
            }
        }
        out[at] = w3;
        out[at + 1] = w2;
        out[at + 2] = w1;
        out[at + 3] = w0;
    }

    /**
     * The signed 256-bit product of two 128-bit values of magnitude below 2¹²⁷, in two's complement,
     * most significant word first, to out[at … at + 3].
     */
    static void multiplySigned(long ah, long al, long bh, long bl, long[] out, int at) {
        boolean negative = (ah < 0) != (bh < 0);
        if (ah < 0) {
            al = -al;
            ah = ~ah + (al == 0 ? 1 : 0);
        }
        if (bh < 0) {
            bl = -bl;
            bh = ~bh + (bl == 0 ? 1 : 0);
        }
        multiplyMagnitudes(ah, al, bh, bl, out, at);
        if (negative) {
            negate(out, at);
        }
    }

    /** Negates the 256-bit two's complement value in out[at … at + 3]. */
    static void negate(long[] out, int at) {
        long carry = 1;
        for (int k = at + 3; k >= at; k--) {
            long v = ~out[k] + carry;
            carry = carry == 1 && v == 0 ? 1 : 0;
            out[k] = v;
        }
    }

    /** Sets a[at …] to a − b[bt …], both 256-bit two's complement (the result must fit in 256 bits). */
    static void subtract(long[] a, int at, long[] b, int bt) {
        long borrow = 0;
        for (int k = 3; k >= 0; k--) {
            long x = a[at + k];
            long y = b[bt + k];
            long d = x - y - borrow;
            borrow = Long.compareUnsigned(x, y) < 0 || (borrow == 1 && x == y) ? 1 : 0;
            a[at + k] = d;
        }
    }

    /** Compares two 256-bit two's complement values a[at …] and b[bt …]. */
    static int compareSigned(long[] a, int at, long[] b, int bt) {
        if (a[at] != b[bt]) {
            return a[at] < b[bt] ? -1 : 1;
        }
        for (int k = 1; k < 4; k++) {
            int c = Long.compareUnsigned(a[at + k], b[bt + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Compares a·b with c·d exactly, for 128-bit values of magnitude below 2¹²⁷; uses
     * scratch[0 … 7].
     */
    static int compareProducts(long ah, long al, long bh, long bl, long ch, long cl, long dh, long dl, long[] scratch) {
        multiplySigned(ah, al, bh, bl, scratch, 0);
        multiplySigned(ch, cl, dh, dl, scratch, 4);
        return compareSigned(scratch, 0, scratch, 4);
    }

    /**
     * The high word of the inverse modulo 2¹²⁸ of an odd 128-bit value (high, low) whose inverse
     * modulo 2⁶⁴ is {@code lowInverse}: one Newton step x·(2 − v·x) from x = lowInverse, whose low
     * word stays lowInverse.
     */
    static long inverseHigh(long high, long low, long lowInverse) {
        long error = unsignedMultiplyHigh(low, lowInverse) + high * lowInverse;
        return -lowInverse * error;
    }

    /**
     * The quotient of the 256-bit magnitude in scratch[0 … 3] by a positive divisor d = (dh, dl)
     * below 2¹²⁷, when it is exact and below 2¹²⁷: written as (high, low) to scratch[8], scratch[9],
     * and true; false otherwise. The divisor is given by its trailing-zero count {@code shift} and
     * the inverse (ih, il) of its odd part d >> shift modulo 2¹²⁸: the candidate quotient is
     * (n >> shift)·inverse modulo 2¹²⁸, and it is returned only after multiplying it back by d gives
     * n exactly (in scratch[4 … 7]).
     */
    static boolean divideExact(long[] scratch, long dh, long dl, int shift, long ih, long il) {
        long w3 = scratch[0];
        long w2 = scratch[1];
        long w1 = scratch[2];
        long w0 = scratch[3];
        long low;
        long high;
        if (shift == 0) {
            low = w0;
            high = w1;
        } else if (shift < 64) {
            low = (w0 >>> shift) | (w1 << (64 - shift));
            high = (w1 >>> shift) | (w2 << (64 - shift));
        } else if (shift == 64) {
            low = w1;
            high = w2;
        } else {
            int s = shift - 64;
            low = (w1 >>> s) | (w2 << (64 - s));
            high = (w2 >>> s) | (w3 << (64 - s));
        }
        long ql = low * il;
        long qh = unsignedMultiplyHigh(low, il) + low * ih + high * il;
        if (qh < 0) {
            return false;
        }
        multiplyMagnitudes(qh, ql, dh, dl, scratch, 4);
        if (scratch[4] != w3 || scratch[5] != w2 || scratch[6] != w1 || scratch[7] != w0) {
            return false;
        }
        scratch[8] = qh;
        scratch[9] = ql;
        return true;
    }

    /**
     * Division by a positive d = (dh, dl) below 2¹²⁷, prepared once per pivot: {trailing zeros of d,
     * high word, low word of the inverse of d's odd part modulo 2¹²⁸}.
     */
    static long[] divisor(long dh, long dl) {
        int shift = dl != 0 ? Long.numberOfTrailingZeros(dl) : 64 + Long.numberOfTrailingZeros(dh);
        long oddHigh;
        long oddLow;
        if (shift == 0) {
            oddHigh = dh;
            oddLow = dl;
        } else if (shift < 64) {
            oddLow = (dl >>> shift) | (dh << (64 - shift));
            oddHigh = dh >>> shift;
        } else {
            oddLow = dh >>> (shift - 64);
            oddHigh = 0;
        }
        long il = WordArithmetic.inverseOfOdd(oddLow);
        return new long[] {shift, inverseHigh(oddHigh, oddLow, il), il};
    }

    /**
     * The fraction-free cross quotient (x·p − f·y)/d of 128-bit values of magnitude below 2¹²⁷, d
     * positive and prepared by {@link #divisor}: written as (high, low) to scratch[8], scratch[9],
     * and true, when it is exact and of magnitude below 2¹²⁷; false otherwise. The dividend is an
     * exact 256-bit difference; uses scratch[0 … 9].
     */
    static boolean crossQuotient(long xh, long xl, long ph, long pl, long fh, long fl, long yh, long yl,
            long dh, long dl, int shift, long ih, long il, long[] scratch) {
        multiplySigned(xh, xl, ph, pl, scratch, 0);
        if ((fh | fl) != 0 && (yh | yl) != 0) {
            multiplySigned(fh, fl, yh, yl, scratch, 4);
            subtract(scratch, 0, scratch, 4);
        }
        boolean negative = scratch[0] < 0;
        if (negative) {
            negate(scratch, 0);
        }
        if (!divideExact(scratch, dh, dl, shift, ih, il)) {
            return false;
        }
        if (negative) {
            long low = -scratch[9];
            scratch[8] = ~scratch[8] + (low == 0 ? 1 : 0);
            scratch[9] = low;
        }
        return true;
    }

    /** The value of the pair (high, low) as a BigInteger. */

    static BigInteger toBigInteger(long high, long low) {
        if (fitsWord(high, low)) {
            return BigInteger.valueOf(low);
        }
        BigInteger lowPart = BigInteger.valueOf(low >>> 1).shiftLeft(1).add(BigInteger.valueOf(low & 1));
        return BigInteger.valueOf(high).shiftLeft(64).add(lowPart);
    }

    /** Whether v has magnitude below 2¹²⁷, so it is held exactly by a pair of words. */
    static boolean fits(BigInteger v) {
        return v.bitLength() < BITS + 1 && !(v.signum() < 0 && v.bitLength() == BITS && v.getLowestSetBit() == BITS);
    }

    /** The high word of v, which {@link #fits} two words; its low word is {@code v.longValue()}. */
    static long highWord(BigInteger v) {
        return v.shiftRight(64).longValue();
    }
}
