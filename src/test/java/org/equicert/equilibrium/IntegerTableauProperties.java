package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hybrid 64-bit / BigInteger tableau against a plain BigInteger fraction-free pivot, on pivot
 * sequences whose entries cross the 64-bit boundary in both directions; and its 128-bit helpers
 * against BigInteger on edge-case words.
 */
class IntegerTableauProperties {

    @Provide
    Arbitrary<Long> words() {
        return Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, -1L, 2L, -2L, 3L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
                        1L << 31, (1L << 32) + 1, 1L << 62, -(1L << 62), 0x7FFF_FFFF_FFFF_FFF1L),
                Arbitraries.longs());
    }

    @Property(tries = 2000)
    void productComparisonIsExact(@ForAll("words") long a, @ForAll("words") long b, @ForAll("words") long c, @ForAll("words") long d) {
        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
        assertEquals(expected, WordArithmetic.compareProducts(a, b, c, d));
    }

    @Property(tries = 1000)
    void inverseOfAnOddWordIsItsInverseModuloTwoToTheSixtyFour(@ForAll("words") long w) {
        long odd = w | 1;
        assertEquals(1L, odd * WordArithmetic.inverseOfOdd(odd));
    }

    /**
     * crossQuotient is (x·p − f·y)/d exactly whenever that is an integer strictly inside the long
     * range and d is not Long.MIN_VALUE, and otherwise the marker Long.MIN_VALUE; divisors of every sign, parity and size.
     */
    @Property(tries = 3000)
    void crossQuotientIsExactOrRefuses(@ForAll("words") long x, @ForAll("words") long p, @ForAll("words") long f,
            @ForAll("words") long y, @ForAll("words") long d, @ForAll boolean makeDivisible) {
        Assume.that(d != 0);
        BigInteger dividend = BigInteger.valueOf(x).multiply(BigInteger.valueOf(p)).subtract(BigInteger.valueOf(f).multiply(BigInteger.valueOf(y)));
        BigInteger divisor = BigInteger.valueOf(d);
        if (makeDivisible) {
            // (x/2)·d − 0: divisible by d, with a quotient that fits
            x = x >> 1;
            p = d;
            f = 0;
            dividend = BigInteger.valueOf(x).multiply(divisor);
        }
        long q = WordArithmetic.crossQuotient(x, p, f, y, d);
        BigInteger[] qr = dividend.divideAndRemainder(divisor);
        boolean representable = d != Long.MIN_VALUE && qr[1].signum() == 0 && qr[0].bitLength() <= 63 && !qr[0].equals(BigInteger.valueOf(Long.MIN_VALUE));
        if (representable) {
            assertEquals(qr[0].longValueExact(), q);
        } else {
            assertEquals(Long.MIN_VALUE, q, "not an exact long quotient, yet " + q + " was returned");
        }
    }

    @Example
    void crossQuotientEdgeCases() {
        assertEquals(Long.MAX_VALUE, WordArithmetic.crossQuotient(Long.MAX_VALUE, 1, 0, 0, 1));
        assertEquals(-Long.MAX_VALUE, WordArithmetic.crossQuotient(Long.MAX_VALUE, 1, 0, 0, -1));
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(Long.MIN_VALUE, 1, 0, 0, 1));
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(Long.MIN_VALUE, 1, 0, 0, -1));
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(7, 1, 0, 0, 2));
        // 2^62·4 − 0 = 2^64 over 4 = 2^62: the dividend leaves 64 bits, the quotient does not
        assertEquals(1L << 62, WordArithmetic.crossQuotient(1L << 62, 4, 0, 0, 4));
        assertEquals(-(1L << 62), WordArithmetic.crossQuotient(1L << 62, 4, 0, 0, -4));
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(Long.MIN_VALUE, Long.MIN_VALUE, 0, 0, 1L << 62));
        assertEquals(Long.MAX_VALUE, WordArithmetic.crossQuotient(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, Long.MAX_VALUE));
        assertEquals(-Long.MAX_VALUE, WordArithmetic.crossQuotient(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, -Long.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(Long.MIN_VALUE, 2, 0, 0, Long.MIN_VALUE));
        assertEquals(6, WordArithmetic.crossQuotient(5, 3, 1, 3, 2));
        // regression (found by crossQuotientIsExactOrRefuses): a divisor of Long.MIN_VALUE is refused
        assertEquals(Long.MIN_VALUE, WordArithmetic.crossQuotient(4611686018427387903L, Long.MIN_VALUE, 0, -7049736, Long.MIN_VALUE));
    }

    @Example
    void anEvenWordHasNoInverse() {
        assertThrows(IllegalArgumentException.class, () -> WordArithmetic.inverseOfOdd(6));
    }

    /**
     * A random walk of pivots on positive entries of [M | I | 1], M with entries up to 2^bits; the
     * hybrid tableau must equal the BigInteger reference entry by entry after every pivot.
     */
    @Property(tries = 300)
    void hybridPivotsEqualBigIntegerPivots(@ForAll @IntRange(min = 1, max = 7) int rows, @ForAll @IntRange(min = 1, max = 7) int dimension,
            @ForAll @IntRange(min = 1, max = 70) int bits, @ForAll long seed) {
        Random rnd = new Random(seed);
        int width = dimension + rows + 1;
        BigInteger[][] initial = new BigInteger[rows][width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                initial[r][c] = BigInteger.ZERO;
            }
            for (int c = 0; c < dimension; c++) {
                BigInteger v = new BigInteger(bits, rnd);
                initial[r][c] = rnd.nextInt(4) == 0 ? v.negate() : v;
            }
            initial[r][dimension + r] = BigInteger.ONE;
            initial[r][width - 1] = BigInteger.ONE;
        }
        int[] basis = new int[rows];
        for (int r = 0; r < rows; r++) {
            basis[r] = dimension + r;
        }
        IntegerTableau hybrid = new IntegerTableau(initial, basis);
        BigInteger[][] reference = new BigInteger[rows][];
        for (int r = 0; r < rows; r++) {
            reference[r] = initial[r].clone();
        }
        BigInteger[] determinant = {BigInteger.ONE};
        int pivots = 0;
        for (int step = 0; step < 30; step++) {
            int row = rnd.nextInt(rows);
            int column = rnd.nextInt(width - 1);
            if (reference[row][column].signum() <= 0 || isBasic(hybrid, rows, column)) {
                continue;
            }
            hybrid.pivot(row, column);
            referencePivot(reference, determinant, row, column);
            assertEquals(column, hybrid.basic(row));
            pivots++;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    assertEquals(reference[r][c], hybrid.entry(r, c), "entry (" + r + ", " + c + ") after pivot " + pivots);
                    assertEquals(reference[r][c].signum(), hybrid.signum(r, c));
                }
            }
            assertEquals(determinant[0], hybrid.determinant());
            boolean fits = determinant[0].bitLength() <= 63;
            boolean fitsPairs = WideArithmetic.fits(determinant[0]);
            for (BigInteger[] line : reference) {
                for (BigInteger v : line) {
                    fits &= v.bitLength() <= 63;
                    fitsPairs &= WideArithmetic.fits(v);
                }
            }
            // the tableau is always in the narrowest tier its entries fit: words, pairs of words, BigInteger
            assertEquals(fits, hybrid.isSmall(), "64-bit tier after pivot " + pivots);
            assertEquals(!fits && fitsPairs, hybrid.isWide(), "128-bit tier after pivot " + pivots);
            for (int r = 0; r < rows; r++) {
                for (int s = 0; s < rows; s++) {
                    int expected = reference[r][width - 1].multiply(reference[s][0]).compareTo(reference[s][width - 1].multiply(reference[r][0]));
                    assertEquals(expected, hybrid.compareRatios(r, s, 0, width - 1));
                }
            }
        }
        Assume.that(pivots > 0);
    }

    @Example
    void aNonpositivePivotIsRejected() {
        BigInteger[][] t = {{BigInteger.valueOf(-3), BigInteger.ONE, BigInteger.ONE}};
        IntegerTableau tableau = new IntegerTableau(t, new int[] {1});
        assertThrows(IllegalArgumentException.class, () -> tableau.pivot(0, 0));
        // a basic column cannot enter again
        assertThrows(IllegalArgumentException.class, () -> tableau.pivot(0, 1));
        // the declared basis must be a unit column
        assertThrows(IllegalArgumentException.class, () -> new IntegerTableau(t, new int[] {0}));
    }

    /** Entries of 2^62 and more: the very first pivot leaves 64 bits and a later one comes back. */
    @Example
    void crossesTheWordBoundaryBothWays() {
        BigInteger big = BigInteger.ONE.shiftLeft(62).add(BigInteger.ONE);
        BigInteger[][] t = {
            {big, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE},
            {BigInteger.ONE, big, BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE}};
        IntegerTableau tableau = new IntegerTableau(t, new int[] {2, 3});
        assertTrue(tableau.isSmall());
        tableau.pivot(0, 0);
        // (big·big − 1·1)/1 does not fit in 63 bits, but in 127
        assertFalse(tableau.isSmall());
        assertTrue(tableau.isWide());
        assertEquals(big.multiply(big).subtract(BigInteger.ONE), tableau.entry(1, 1));
        // pivoting back on the slack restores the initial tableau, in words again
        tableau.pivot(0, 2);
        assertTrue(tableau.isSmall());
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(t[r][c], tableau.entry(r, c));
            }
        }
        assertEquals(BigInteger.ONE, tableau.determinant());
    }

    /** Entries near 2^63 and 2^126: the tableau goes from words to pairs to BigInteger and back down. */
    @Example
    void crossesEveryTierBoundaryBothWays() {
        BigInteger word = BigInteger.ONE.shiftLeft(62).add(BigInteger.ONE);
        BigInteger pair = BigInteger.ONE.shiftLeft(125).add(BigInteger.valueOf(3));
        BigInteger[][] t = {
            {word, BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE},
            {BigInteger.ONE, word, BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE},
            {BigInteger.ONE, BigInteger.ONE, pair, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE}};
        IntegerTableau tableau = new IntegerTableau(t, new int[] {3, 4, 5});
        assertFalse(tableau.isSmall());
        assertTrue(tableau.isWide());
        tableau.pivot(2, 0);
        // entry (0, 2) becomes 0·1 − word·pair, beyond 2^127
        assertEquals(word.multiply(pair).negate(), tableau.entry(0, 2));
        assertFalse(tableau.isWide());
        assertFalse(tableau.isSmall());
        tableau.pivot(2, 5);
        // back at the initial basis: the initial tableau again, in pairs of words
        assertTrue(tableau.isWide());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 7; c++) {
                assertEquals(t[r][c], tableau.entry(r, c));
            }
        }
        assertEquals(BigInteger.ONE, tableau.determinant());
        tableau.pivot(0, 0);
        // word·word − 1 leaves 64 bits and stays below 2^127; word·pair does not
        assertFalse(tableau.isWide());
        assertEquals(word.multiply(word).subtract(BigInteger.ONE), tableau.entry(1, 1));
        assertEquals(word.multiply(pair).subtract(BigInteger.ZERO), tableau.entry(2, 2));
        assertEquals(word, tableau.determinant());
        tableau.pivot(0, 3);
        assertTrue(tableau.isWide());
        assertEquals(pair, tableau.entry(2, 2));
    }

    private static boolean isBasic(IntegerTableau tableau, int rows, int column) {
        for (int r = 0; r < rows; r++) {
            if (tableau.basic(r) == column) {
                return true;
            }
        }
        return false;
    }

    private static void referencePivot(BigInteger[][] t, BigInteger[] determinant, int row, int column) {
        BigInteger p = t[row][column];
        for (int r = 0; r < t.length; r++) {
            if (r == row) {
                continue;
            }
            BigInteger f = t[r][column];
            for (int c = 0; c < t[r].length; c++) {
                t[r][c] = t[r][c].multiply(p).subtract(f.multiply(t[row][c])).divide(determinant[0]);
            }
        }
        determinant[0] = p;
    }
}
