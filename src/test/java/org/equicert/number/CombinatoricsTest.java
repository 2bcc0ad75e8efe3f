package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CombinatoricsTest {

    @Test
    void knownValues() {
        assertEquals(BigInteger.valueOf(10), Combinatorics.binomial(5, 2));
        assertEquals(BigInteger.ONE, Combinatorics.binomial(0, 0));
        assertEquals(BigInteger.ZERO, Combinatorics.binomial(3, 4));
        assertEquals(BigInteger.ZERO, Combinatorics.binomial(3, -1));
        assertEquals(new BigInteger("100891344545564193334812497256"), Combinatorics.binomial(100, 50));
        assertEquals(BigInteger.valueOf(60), Combinatorics.multinomial(3, 2, 1));
        assertEquals(BigInteger.ONE, Combinatorics.multinomial());
        assertEquals(BigInteger.valueOf(3), Combinatorics.multinomial(List.of(0, 2, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> Combinatorics.multinomial(2, -1));
        assertThrows(IllegalArgumentException.class, () -> Combinatorics.binomial(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> Combinatorics.kSubsets(2, -1));
    }

    @Test
    void subsetsInLexicographicOrder() {
        List<int[]> all = new ArrayList<>();
        Combinatorics.kSubsets(4, 2).forEach(all::add);
        int[][] expected = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
        assertArrayEquals(expected, all.toArray(new int[0][]));
        List<int[]> empty = new ArrayList<>();
        Combinatorics.kSubsets(3, 0).forEach(empty::add);
        assertEquals(1, empty.size());
        assertEquals(0, empty.get(0).length);
        assertEquals(false, Combinatorics.kSubsets(2, 3).iterator().hasNext());
        assertEquals(false, Combinatorics.kSubsets(0, 1).iterator().hasNext());
    }

    @Property(tries = 200)
    void subsetCountIsBinomialAndSubsetsAreIncreasing(@ForAll @IntRange(min = 0, max = 12) int n,
            @ForAll @IntRange(min = 0, max = 13) int k) {
        long count = 0;
        int[] previous = null;
        for (int[] s : Combinatorics.kSubsets(n, k)) {
            assertEquals(k, s.length);
            for (int i = 0; i < k; i++) {
                assertEquals(true, s[i] >= 0 && s[i] < n && (i == 0 || s[i - 1] < s[i]));
            }
            if (previous != null) {
                assertEquals(true, Arrays.compare(previous, s) < 0);
            }
            previous = s;
            count++;
        }
        assertEquals(Combinatorics.binomial(n, k), BigInteger.valueOf(count));
    }

    @Property(tries = 200)
    void pascalAndMultinomialAsBinomialProduct(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 60) int k) {
        Assume.that(k <= n);
        BigInteger left = k == 0 ? BigInteger.ZERO : Combinatorics.binomial(n - 1, k - 1);
        assertEquals(Combinatorics.binomial(n, k), left.add(Combinatorics.binomial(n - 1, k)));
        assertEquals(Combinatorics.binomial(n, k), Combinatorics.multinomial(k, n - k));
    }
}
