package org.equicert.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;

class IntegerSolveProperties {

    @Provide
    Arbitrary<long[][]> augmented() {
        Arbitrary<Long> entries = Arbitraries.oneOf(Arbitraries.longs().between(-3, 3),
                Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        return Arbitraries.integers().between(0, 5).flatMap(k ->
                entries.array(long[].class).ofSize(k + 1).array(long[][].class).ofSize(k));
    }

    private static BigInteger[][] big(long[][] rows) {
        BigInteger[][] a = new BigInteger[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            a[i] = new BigInteger[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                a[i][j] = BigInteger.valueOf(rows[i][j]);
            }
        }
        return a;
    }

    @Property(tries = 300)
    void cramerSolutionSolvesTheSystemOverAbsoluteDeterminant(@ForAll("augmented") long[][] rows) {
        BigInteger[][] aug = big(rows);
        int k = rows.length;
        Rational[][] square = new Rational[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                square[i][j] = Rational.of(aug[i][j]);
            }
        }
        Rational det = RationalMatrix.of(square).determinant();
        Optional<IntegerSolution> z = FractionFreeElimination.solveSquare(aug);
        assertEquals(!det.isZero(), z.isPresent());
        if (z.isPresent()) {
            assertEquals(det.abs(), Rational.of(z.get().denominator()));
            for (int i = 0; i < k; i++) {
                BigInteger s = BigInteger.ZERO;
                for (int j = 0; j < k; j++) {
                    s = s.add(aug[i][j].multiply(z.get().numerator(j)));
                }
                assertEquals(aug[i][k].multiply(z.get().denominator()), s);
            }
            Rational[] b = new Rational[k];
            for (int i = 0; i < k; i++) {
                b[i] = Rational.of(aug[i][k]);
            }
            assertArrayEquals(z.get().toRationals(), RationalMatrix.of(square).uniqueSolution(b).orElseThrow());
        }
        assertArrayEquals(big(rows), aug, "the input is not modified");
    }

    @Example
    void singularAndInconsistentSystems() {
        BigInteger[][] singular = big(new long[][] {{1, 2, 3}, {2, 4, 6}});
        assertTrue(FractionFreeElimination.solveSquare(singular).isEmpty());
        RationalMatrix a = RationalMatrix.ofIntegers(new long[][] {{1, 1}, {1, 1}, {1, 0}});
        assertTrue(a.uniqueSolution(new Rational[] {Rational.ONE, Rational.of(2), Rational.ZERO}).isEmpty());
        assertArrayEquals(new Rational[] {Rational.ZERO, Rational.ONE},
                a.uniqueSolution(new Rational[] {Rational.ONE, Rational.ONE, Rational.ZERO}).orElseThrow());
        RationalMatrix wide = RationalMatrix.ofIntegers(new long[][] {{1, 1}});
        assertTrue(wide.uniqueSolution(new Rational[] {Rational.ONE}).isEmpty());
        assertArrayEquals(new Rational[] {Rational.ONE, Rational.ZERO}, wide.solution(new Rational[] {Rational.ONE}).orElseThrow());
        IntegerSolution half = FractionFreeElimination.solveSquare(big(new long[][] {{-2, 1}})).orElseThrow();
        assertEquals(BigInteger.TWO, half.denominator());
        assertArrayEquals(new BigInteger[] {BigInteger.valueOf(-1)}, half.numerators());
    }
}
