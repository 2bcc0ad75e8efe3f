package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** {@link BinomialZ}: z² exact on hand-computed cells, the |z| ≥ 3 flag decided exactly, and the test's algebra on edge-biased counts. */
class BinomialZTest {

    /** Table 3a style: 47 of 100 against the paper's 0.44 of 100. */
    @Test
    void fortySevenAgainstFortyFourOfAHundred() {
        // p̄ = 91/200, p1 − p2 = 3/100, variance = (91/200)(109/200)(1/100 + 1/100) = 9919/2000000
        // z² = (9/10000) / (9919/2000000) = 1800/9919
        BinomialZ z = new BinomialZ(47, 100, 44, 100);
        assertEquals(Rational.of(91, 200), z.pooled());
        assertEquals(Rational.of(1800, 9919), z.zSquared());
        assertEquals(1, z.signum());
        assertEquals("0.43", z.decimal());
        assertFalse(z.atLeast(Rational.ONE));
    }

    /** Table 4 style over runs: 880 of 1000 against 0.92: z² = 80/9, just below the threshold 3 (z = −2.98). */
    @Test
    void justBelowThreeIsNotFlagged() {
        // p̄ = 9/10, p1 − p2 = −1/25, variance = (9/10)(1/10)(2/1000) = 9/50000, z² = (1/625)/(9/50000) = 80/9
        BinomialZ z = new BinomialZ(880, 1000, 920, 1000);
        assertEquals(Rational.of(80, 9), z.zSquared());
        assertEquals(-1, z.signum());
        assertEquals("-2.98", z.decimal());
        assertFalse(z.atLeast(Rational.of(3)));
        assertTrue(z.atLeast(Rational.of(298, 100)));
    }

    /** 16 of 50 against 4 of 50: z² = 100·144/(20·80) = 9 exactly, so |z| ≥ 3 holds with equality. */
    @Test
    void exactlyThreeIsFlagged() {
        BinomialZ z = new BinomialZ(16, 50, 4, 50);
        assertEquals(Rational.of(9), z.zSquared());
        assertEquals("3.00", z.decimal());
        assertTrue(z.atLeast(Rational.of(3)));
        assertFalse(z.atLeast(Rational.of(3001, 1000)));
    }

    /** Different sample sizes: 30 of 100 against 600 of 1000. */
    @Test
    void unequalSampleSizes() {
        // p̄ = 63/110, variance = (63/110)(47/110)(1/100 + 1/1000) = 2961/1100000, z² = (9/100)/(2961/1100000) = 11000/329
        BinomialZ z = new BinomialZ(30, 100, 600, 1000);
        assertEquals(Rational.of(63, 110), z.pooled());
        assertEquals(Rational.of(11000, 329), z.zSquared());
        assertEquals(-1, z.signum());
        assertEquals("-5.78", z.decimal());
        assertTrue(z.atLeast(Rational.of(3)));
    }

    /** A pooled proportion of 0 or 1 (Table 3b's zeros against zeros; all runs succeed on both sides) has z = 0. */
    @Test
    void degeneratePooledProportionGivesZero() {
        assertEquals(Rational.ZERO, new BinomialZ(0, 100, 0, 100).zSquared());
        assertEquals("0.00", new BinomialZ(0, 100, 0, 100).decimal());
        assertEquals(Rational.ZERO, new BinomialZ(1000, 1000, 100, 100).zSquared());
        assertFalse(new BinomialZ(7, 7, 1, 1).atLeast(Rational.of(1, 1_000_000)));
    }

    @Test
    void badCountsNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(101, 100, 0, 100));
        assertTrue(e.getMessage().contains("101 of 100"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(0, 100, -1, 100));
        assertTrue(e.getMessage().startsWith("theirs") && e.getMessage().contains("-1 of 100"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(0, 0, 0, 1));
        assertTrue(e.getMessage().contains("0 of 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(0, Long.MAX_VALUE, 0, 1));
        assertTrue(e.getMessage().contains(Long.toString(Long.MAX_VALUE)), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(Long.MIN_VALUE, 1, 0, 1));
        assertTrue(e.getMessage().contains(Long.toString(Long.MIN_VALUE)), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinomialZ(1, 2, 1, 2).atLeast(Rational.MINUS_ONE));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void standardErrorOfAProportion() {
        assertEquals(0.05, BinomialZ.standardError(50, 100), 1e-15);
        assertEquals(0.0, BinomialZ.standardError(0, 100));
        assertEquals(0.0, BinomialZ.standardError(100, 100));
        assertThrows(IllegalArgumentException.class, () -> BinomialZ.standardError(3, 2));
    }

    /** Counts with trials biased to 1, 2, 100, 1000 and 2^62, successes to 0, 1, n − 1 and n. */
    @Provide
    Arbitrary<long[]> counts() {
        Arbitrary<Long> trials = Arbitraries.oneOf(Arbitraries.of(1L, 2L, 100L, 1000L, BinomialZ.MAX_TRIALS), Arbitraries.longs().between(1, 10_000));
        Arbitrary<long[]> one = trials.flatMap(n -> Arbitraries.oneOf(Arbitraries.of(0L, 1L, n - 1, n).filter(k -> k >= 0 && k <= n),
                Arbitraries.longs().between(0, n)).map(k -> new long[] {k, n}));
        return Combinators.combine(one, one).as((a, b) -> new long[] {a[0], a[1], b[0], b[1]});
    }

    /** Swapping the samples keeps z² and flips the sign. */
    @Property(tries = 300)
    void swappingTheSamplesNegatesZ(@ForAll("counts") long[] c) {
        BinomialZ z = new BinomialZ(c[0], c[1], c[2], c[3]);
        BinomialZ w = new BinomialZ(c[2], c[3], c[0], c[1]);
        assertEquals(z.zSquared(), w.zSquared());
        assertEquals(z.signum(), -w.signum());
    }

    /** Multiplying every count by c multiplies z² by c: the evidence grows with the sample. */
    @Property(tries = 300)
    void scalingTheSamplesScalesZSquared(@ForAll("counts") long[] c, @ForAll("scale") long scale) {
        Assume.that(Math.max(c[1], c[3]) <= BinomialZ.MAX_TRIALS / scale);
        BinomialZ z = new BinomialZ(c[0], c[1], c[2], c[3]);
        BinomialZ big = new BinomialZ(c[0] * scale, c[1] * scale, c[2] * scale, c[3] * scale);
        assertEquals(z.zSquared().multiply(scale), big.zSquared());
    }

    @Provide
    Arbitrary<Long> scale() {
        return Arbitraries.oneOf(Arbitraries.of(1L, 2L, 10L), Arbitraries.longs().between(1, 1000));
    }

    /** Equal proportions give z = 0, and a nonzero difference a positive z² (the pooled variance is then positive). */
    @Property(tries = 300)
    void zIsZeroExactlyWhenTheProportionsAgree(@ForAll("counts") long[] c) {
        BinomialZ z = new BinomialZ(c[0], c[1], c[2], c[3]);
        boolean equal = z.ourProportion().equals(z.theirProportion());
        assertEquals(equal, z.zSquared().isZero());
        assertEquals(equal, z.signum() == 0);
    }

    /** The displayed decimal agrees with the exact flag: |z| ≥ 3 exactly implies the display reads at least 3.00 in size. */
    @Property(tries = 300)
    void theDecimalAgreesWithTheExactFlag(@ForAll("counts") long[] c) {
        BinomialZ z = new BinomialZ(c[0], c[1], c[2], c[3]);
        double shown = Math.abs(Double.parseDouble(z.decimal()));
        if (z.atLeast(Rational.of(3))) {
            assertTrue(shown >= 3.0, z.decimal());
        } else {
            assertTrue(shown <= 3.0, z.decimal());
        }
    }

    /** Regression: the largest trials with one success each side is not flagged (z = 0). */
    @Example
    void largestTrials() {
        BinomialZ z = new BinomialZ(1, BinomialZ.MAX_TRIALS, 1, BinomialZ.MAX_TRIALS);
        assertEquals(Rational.ZERO, z.zSquared());
    }

    /**
     * Regression (found by {@link #theDecimalAgreesWithTheExactFlag}): n1 + n2 = 2^63 overflowed a
     * long in the pooled proportion, giving a negative z². All successes against none: p̄ = 1/2,
     * z² = 1 / ((1/4)(2/2^62)) = 2^63.
     */
    @Example
    void largestTrialsDoNotOverflowThePooledProportion() {
        BinomialZ z = new BinomialZ(BinomialZ.MAX_TRIALS, BinomialZ.MAX_TRIALS, 0, BinomialZ.MAX_TRIALS);
        assertEquals(Rational.HALF, z.pooled());
        assertEquals(Rational.of(java.math.BigInteger.TWO.pow(63)), z.zSquared());
        assertTrue(z.atLeast(Rational.of(3)));
        assertEquals("3037000499.98", z.decimal());
    }
}
