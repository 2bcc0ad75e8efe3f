package org.equicert.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The modular LU against the definition: A x ≡ r (mod p) for its solutions, on matrices with
 * residues next to the prime, sizes 1 and 2 (degenerate packing), identity, singular ones, and
 * sizes past the two-thread and column-block thresholds.
 */
class ModularFactorizationTest {

    private static final long P = largestPrimeBelow(ModularFactorization.PRIME_LIMIT);

    private static long largestPrimeBelow(long limit) {
        long c = limit - 1;
        while (!BigInteger.valueOf(c).isProbablePrime(50)) {
            c--;
        }
        return c;
    }

    private static long[][] random(int n, long p, Random r, int density) {
        long[][] a = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int kind = r.nextInt(density);
                a[i][j] = kind == 0 ? p - 1 - r.nextInt(3) : kind == 1 ? r.nextInt(3) : kind == 2 ? Math.floorMod(r.nextLong(), p) : 0;
            }
            a[i][i] = a[i][i] == 0 ? 1 : a[i][i];
        }
        return a;
    }

    private static long[][] copy(long[][] a) {
        long[][] c = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void assertSolves(long[][] a, long p, long[] r) {
        ModularFactorization f = ModularFactorization.of(copy(a), p).orElseThrow();
        long[] x = f.solve(r);
        for (int i = 0; i < a.length; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < a.length; j++) {
                assertTrue(x[j] >= 0 && x[j] < p, "residue " + x[j]);
                s = s.add(BigInteger.valueOf(a[i][j]).multiply(BigInteger.valueOf(x[j])));
            }
            assertEquals(BigInteger.valueOf(r[i]), s.mod(BigInteger.valueOf(p)), "row " + i);
        }
    }

    private static long[] rhs(int n, long p, Random r) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(4) == 0 ? p - 1 : Math.floorMod(r.nextLong(), p);
        }
        return v;
    }

    @Property(tries = 40)
    void solvesSmallSystemsWithEntriesNextToThePrime(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        Random r = new Random(seed);
        long[][] a = random(n, P, r, 4);
        if (ModularFactorization.of(copy(a), P).isPresent()) {
            assertSolves(a, P, rhs(n, P, r));
        }
    }

    @Example
    void oneByOneAndIdentity() {
        assertArrayEquals(new long[] {3}, ModularFactorization.of(new long[][] {{P - 1}}, P).orElseThrow().solve(new long[] {P - 3}));
        long[][] id = new long[5][5];
        for (int i = 0; i < 5; i++) {
            id[i][i] = 1;
        }
        long[] r = {0, 1, P - 1, 7, P - 2};
        assertArrayEquals(r, ModularFactorization.of(id, P).orElseThrow().solve(r));
    }

    @Example
    void singularModuloThePrimeIsEmpty() {
        assertTrue(ModularFactorization.of(new long[][] {{1, 2}, {2, 4}}, P).isEmpty());
        assertTrue(ModularFactorization.of(new long[][] {{0}}, P).isEmpty());
        // nonsingular over the integers, singular modulo 7
        assertTrue(ModularFactorization.of(new long[][] {{3, 1}, {1, 5}}, 7).isEmpty());
    }

    @Example
    void largeSystemsUseTwoThreadsAndColumnBlocks() {
        Random r = new Random(15);
        long[][] a = random(1200, P, r, 12);
        assertSolves(a, P, rhs(1200, P, r));
    }

    @Example
    void refusesModuliOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> ModularFactorization.of(new long[][] {{1}}, ModularFactorization.PRIME_LIMIT));
        assertThrows(IllegalArgumentException.class, () -> ModularFactorization.of(new long[][] {{1}}, 1));
        assertThrows(IllegalArgumentException.class, () -> ModularFactorization.of(new long[][] {{1, 0}}, P));
    }
}
