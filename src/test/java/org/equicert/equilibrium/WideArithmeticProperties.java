package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The 128-bit middle tier's word arithmetic against BigInteger, on values biased to the tier
 * boundaries: 0, ±1, ±2⁶³ and its neighbours (Long.MIN_VALUE), ±2⁶⁴, ±(2¹²⁷ − 1), and random
 * values of every bit length up to 127.
 */
class WideArithmeticProperties {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(127);

    /** Values of magnitude below 2¹²⁷, edge cases first. */
    @Provide
    Arbitrary<BigInteger> wide() {
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        BigInteger max = LIMIT.subtract(BigInteger.ONE);
        Arbitrary<BigInteger> edges = Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
                two63, two63.negate(), two63.subtract(BigInteger.ONE), two63.add(BigInteger.ONE), two63.negate().subtract(BigInteger.ONE),
                TWO_64, TWO_64.negate(), TWO_64.subtract(BigInteger.ONE), TWO_64.add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(126), BigInteger.ONE.shiftLeft(126).negate(), max, max.negate(), max.subtract(BigInteger.ONE),
                BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(Long.MAX_VALUE)));
        Arbitrary<BigInteger> random = Arbitraries.integers().between(1, 127).flatMap(bits ->
                Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(bits - 1), BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE))
                        .flatMap(v -> Arbitraries.of(v, v.negate())));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, edges), net.jqwik.api.Tuple.of(2, random));
    }

    private static long high(BigInteger v) {
        return WideArithmetic.highWord(v);
    }

    private static long low(BigInteger v) {
        return v.longValue();
    }

    /** The 256-bit two's complement value in a[at …]. */
    private static BigInteger value256(long[] a, int at) {
        BigInteger v = BigInteger.ZERO;
        for (int k = 0; k < 4; k++) {
            v = v.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(a[at + k])));
        }
        return a[at] < 0 ? v.subtract(BigInteger.ONE.shiftLeft(256)) : v;
    }

    private static void store256(BigInteger v, long[] a, int at) {
        for (int k = 3; k >= 0; k--) {
            a[at + k] = v.longValue();
            v = v.shiftRight(64);
        }
    }

    @Property(tries = 2000)
    void pairsRoundTrip(@ForAll("wide") BigInteger v) {
        assertTrue(WideArithmetic.fits(v));
        assertEquals(v, WideArithmetic.toBigInteger(high(v), low(v)));
        assertEquals(v.bitLength() <= 63, WideArithmetic.fitsWord(high(v), low(v)));
    }

    @Property(tries = 2000)
    void unsignedHighWordIsExact(@ForAll long a, @ForAll long b) {
        BigInteger ua = new BigInteger(Long.toUnsignedString(a));
        BigInteger ub = new BigInteger(Long.toUnsignedString(b));
        assertEquals(ua.multiply(ub).shiftRight(64).longValue(), WideArithmetic.unsignedMultiplyHigh(a, b));
    }

    @Property(tries = 3000)
    void signedProductsAreExact(@ForAll("wide") BigInteger a, @ForAll("wide") BigInteger b) {
        long[] out = new long[5];
        WideArithmetic.multiplySigned(high(a), low(a), high(b), low(b), out, 1);
        assertEquals(a.multiply(b), value256(out, 1));
        WideArithmetic.multiplyMagnitudes(high(a.abs()), low(a.abs()), high(b.abs()), low(b.abs()), out, 0);
        assertEquals(a.abs().multiply(b.abs()), value256(out, 0));
    }

    @Property(tries = 3000)
    void differencesNegationsAndComparisonsAreExact(@ForAll("wide") BigInteger a, @ForAll("wide") BigInteger b,
            @ForAll("wide") BigInteger c, @ForAll("wide") BigInteger d) {
        long[] scratch = new long[10];
        int expected = a.multiply(b).compareTo(c.multiply(d));
        assertEquals(expected, WideArithmetic.compareProducts(high(a), low(a), high(b), low(b), high(c), low(c), high(d), low(d), scratch));
        long[] x = new long[8];
        store256(a.multiply(b), x, 0);
        store256(c.multiply(d), x, 4);
        WideArithmetic.subtract(x, 0, x, 4);
        assertEquals(a.multiply(b).subtract(c.multiply(d)), value256(x, 0));
        WideArithmetic.negate(x, 0);
        assertEquals(c.multiply(d).subtract(a.multiply(b)), value256(x, 0));
    }

    @Property(tries = 2000)
    void inverseModuloTwoToTheHundredTwentyEight(@ForAll("wide") BigInteger v) {
        BigInteger odd = v.abs().setBit(0);
        long il = WordArithmetic.inverseOfOdd(odd.longValue());
        long ih = WideArithmetic.inverseHigh(high(odd), low(odd), il);
        BigInteger inverse = WideArithmetic.toBigInteger(ih, il).mod(BigInteger.ONE.shiftLeft(128));
        assertEquals(BigInteger.ONE, odd.multiply(inverse).mod(BigInteger.ONE.shiftLeft(128)));
    }

    /**
     * divideExact returns n / d exactly when d divides n and the quotient is below 2¹²⁷, and
     * refuses otherwise; n is made divisible (n = q·d) half the time, with divisors of every parity.
     */
    @Property(tries = 4000)
    void exactDivisionIsExactOrRefuses(@ForAll("wide") BigInteger a, @ForAll("wide") BigInteger b, @ForAll("wide") BigInteger divisor,
            @ForAll boolean makeDivisible) {
        BigInteger d = divisor.abs();
        Assume.that(d.signum() > 0);
        BigInteger n = makeDivisible ? a.abs().multiply(d) : a.abs().multiply(b.abs());
        boolean representable = n.mod(d).signum() == 0 && n.divide(d).compareTo(LIMIT) < 0;
        long[] scratch = new long[10];
        store256(n, scratch, 0);
        assertEquals(representable, divide(scratch, d));
        if (representable) {
            assertEquals(n.divide(d), WideArithmetic.toBigInteger(scratch[8], scratch[9]));
        }
    }

    private static boolean divide(long[] scratch, BigInteger d) {
        int shift = d.getLowestSetBit();
        BigInteger odd = d.shiftRight(shift);
        long il = WordArithmetic.inverseOfOdd(odd.longValue());
        long ih = WideArithmetic.inverseHigh(high(odd), low(odd), il);
        return WideArithmetic.divideExact(scratch, high(d), low(d), shift, ih, il);
    }

    @Example
    void divisionAtTheBoundaries() {
        long[] scratch = new long[10];
        BigInteger max = LIMIT.subtract(BigInteger.ONE);
        // (2^127 − 1)·(2^127 − 1) / (2^127 − 1): the largest quotient the tier holds
        store256(max.multiply(max), scratch, 0);
        assertTrue(divide(scratch, max));
        assertEquals(max, WideArithmetic.toBigInteger(scratch[8], scratch[9]));
        // 2^127 itself is refused, whatever the divisor's power of two
        store256(LIMIT.shiftLeft(100), scratch, 0);
        assertFalse(divide(scratch, BigInteger.ONE.shiftLeft(100)));
        store256(LIMIT.multiply(BigInteger.valueOf(3)), scratch, 0);
        assertFalse(divide(scratch, BigInteger.valueOf(3)));
        // a quotient true modulo 2^128 but not exact: 2^128 + 6 over 2
        store256(BigInteger.ONE.shiftLeft(200).add(BigInteger.valueOf(6)), scratch, 0);
        assertFalse(divide(scratch, BigInteger.TWO));
        // an even divisor of 64 and more trailing zeros
        BigInteger d = BigInteger.valueOf(Long.MIN_VALUE).negate().shiftLeft(1).multiply(BigInteger.valueOf(5));
        store256(d.multiply(BigInteger.valueOf(Long.MAX_VALUE)), scratch, 0);
        assertTrue(divide(scratch, d));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), WideArithmetic.toBigInteger(scratch[8], scratch[9]));
        // −2^127 does not fit the tier
        assertFalse(WideArithmetic.fits(LIMIT.negate()));
        assertTrue(WideArithmetic.fits(LIMIT.negate().add(BigInteger.ONE)));
        assertFalse(WideArithmetic.fits(LIMIT));
    }
}
