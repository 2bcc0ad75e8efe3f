package org.equicert.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class FractionFreeEliminationTest {

    @Test
    void determinantRankNullspaceAndSolveOnKnownMatrices() {
        RationalMatrix a = RationalMatrix.ofIntegers(new long[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}});
        assertEquals(Rational.of(4), a.determinant());
        RationalMatrix singular = RationalMatrix.ofIntegers(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        assertEquals(Rational.ZERO, singular.determinant());
        assertEquals(2, singular.rank());
        Rational[][] ns = singular.nullspace();
        assertEquals(1, ns.length);
        assertArrayEquals(new Rational[] {Rational.ONE, Rational.of(-2), Rational.ONE}, ns[0]);
        Rational[] x = a.solve(new Rational[] {Rational.ONE, Rational.ZERO, Rational.ONE});
        assertArrayEquals(new Rational[] {Rational.ONE, Rational.ONE, Rational.ONE}, x);
        assertNull(singular.solve(new Rational[] {Rational.ONE, Rational.ZERO, Rational.ZERO}));
        RationalMatrix fractions = RationalMatrix.of(new Rational[][] {{Rational.HALF, Rational.of(1, 3)}, {Rational.of(1, 4), Rational.of(1, 5)}});
        assertEquals(Rational.of(1, 10).subtract(Rational.of(1, 12)), fractions.determinant());
        RationalMatrix swap = RationalMatrix.ofIntegers(new long[][] {{0, 1}, {1, 0}});
        assertEquals(Rational.MINUS_ONE, swap.determinant());
    }

    @Provide
    Arbitrary<long[][]> matrices() {
        return Arbitraries.integers().between(1, 5).flatMap(n -> Arbitraries.integers().between(1, 5).flatMap(m ->
                Arbitraries.longs().between(-4, 4).array(long[].class).ofSize(m).array(long[][].class).ofSize(n)));
    }

    @Property(tries = 150)
    void nullspaceVectorsAreAnnihilatedAndRankNullityHolds(@ForAll("matrices") long[][] rows) {
        RationalMatrix a = RationalMatrix.ofIntegers(rows);
        Rational[][] ns = a.nullspace();
        assertEquals(a.columns(), a.rank() + ns.length);
        for (Rational[] v : ns) {
            for (Rational x : a.multiply(v)) {
                assertEquals(Rational.ZERO, x);
            }
        }
        assertEquals(a.rank(), a.transpose().rank());
    }

    @Property(tries = 100)
    void determinantIsMultiplicative(@ForAll("matrices") long[][] rows) {
        int n = Math.min(rows.length, rows[0].length);
        long[][] sq = new long[n][n];
        long[][] other = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sq[i][j] = rows[i][j];
                other[i][j] = rows[n - 1 - i][n - 1 - j] + (i == j ? 1 : 0);
            }
        }
        RationalMatrix a = RationalMatrix.ofIntegers(sq);
        RationalMatrix b = RationalMatrix.ofIntegers(other);
        assertEquals(a.determinant().multiply(b.determinant()), a.multiply(b).determinant());
    }
}
