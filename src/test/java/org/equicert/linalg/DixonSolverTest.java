package org.equicert.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;

class DixonSolverTest {

    /** The first prime the solver tries: the largest prime below 2^25. */
    private static long firstPrime() {
        long c = (1L << 25) - 1;
        while (!BigInteger.valueOf(c).isProbablePrime(50)) {
            c--;
        }
        return c;
    }

    private static Rational[] column(long... values) {
        Rational[] r = new Rational[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Rational.of(values[i]);
        }
        return r;
    }

    @Example
    void oneByOneSystems() {
        SparseRationalMatrix a = SparseRationalMatrix.of(new Rational[][] {{Rational.of(3)}});
        assertArrayEquals(new Rational[] {Rational.of(7, 3)}, DixonSolver.solve(a, column(7)).orElseThrow());
        SparseRationalMatrix min = SparseRationalMatrix.of(new Rational[][] {{Rational.of(Long.MIN_VALUE)}});
        assertArrayEquals(new Rational[] {Rational.of(BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE))},
                DixonSolver.solve(min, column(Long.MAX_VALUE)).orElseThrow());
        SparseRationalMatrix zero = SparseRationalMatrix.of(new Rational[][] {{Rational.ZERO}});
        assertEquals(Optional.empty(), DixonSolver.solve(zero, column(1)));
    }

    @Example
    void identityReturnsTheRightHandSide() {
        int n = 40;
        Rational[][] id = new Rational[n][n];
        Rational[] b = new Rational[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(id[i], Rational.ZERO);
            id[i][i] = Rational.ONE;
            b[i] = Rational.of(i - 20L, 2L * i + 1);
        }
        assertArrayEquals(b, DixonSolver.solve(SparseRationalMatrix.of(id), b).orElseThrow());
    }

    @Example
    void aMatrixSingularModuloTheFirstPrimeIsSolvedWithTheNext() {
        long p = firstPrime();
        SparseRationalMatrix a = SparseRationalMatrix.of(new Rational[][] {{Rational.of(p), Rational.ONE}, {Rational.ZERO, Rational.ONE}});
        DixonSolver.Result r = DixonSolver.solveWithStatistics(a, column(1, 1)).orElseThrow();
        assertArrayEquals(new Rational[] {Rational.ZERO, Rational.ONE}, r.solution());
        assertEquals(2, r.primesTried());
        assertTrue(r.prime() < p);
    }

    @Example
    void singularSystemsHaveNoUniqueSolution() {
        SparseRationalMatrix a = SparseRationalMatrix.of(new Rational[][] {
            {Rational.ONE, Rational.of(2), Rational.of(3)}, {Rational.of(4), Rational.of(5), Rational.of(6)}, {Rational.of(7), Rational.of(8), Rational.of(9)}});
        assertEquals(Optional.empty(), DixonSolver.solve(a, column(1, 0, 0)));
        assertEquals(Optional.empty(), DixonSolver.solve(a, column(1, 2, 3)));
    }

    @Example
    void hugeEntriesTakeTheBigIntegerResidualPath() {
        Rational big = Rational.of(BigInteger.TWO.pow(200).add(BigInteger.ONE), BigInteger.valueOf(3).pow(90));
        SparseRationalMatrix a = SparseRationalMatrix.of(new Rational[][] {
            {big, Rational.ONE}, {Rational.of(Long.MIN_VALUE), Rational.of(Long.MAX_VALUE)}});
        Rational[] b = {Rational.of(1, 7), Rational.of(-5)};
        assertArrayEquals(a.toDense().solve(b), DixonSolver.solve(a, b).orElseThrow());
    }

    /** Beyond one 32-column panel, with a sparse random pattern and a dense row (like Σπ = 1). */
    @Example
    void sparseSystemAcrossPanelsAgreesWithDenseElimination() {
        int n = 70;
        Random random = new Random(15);
        SparseRationalMatrix.Builder builder = SparseRationalMatrix.builder(n, n);
        for (int i = 0; i < n; i++) {
            builder.add(i, i, Rational.of(-1 - random.nextInt(5)));
            for (int k = 0; k < 4; k++) {
                builder.add(i, random.nextInt(n), Rational.of(random.nextInt(9) - 4, 1 + random.nextInt(64)));
            }
            builder.add(n - 1, i, Rational.ONE);
        }
        SparseRationalMatrix a = builder.build();
        Rational[] b = new Rational[n];
        java.util.Arrays.fill(b, Rational.ZERO);
        b[n - 1] = Rational.ONE;
        Optional<Rational[]> x = DixonSolver.solve(a, b);
        Rational[] dense = a.toDense().rank() == n ? a.toDense().solve(b) : null;
        assertEquals(dense == null, x.isEmpty());
        if (dense != null) {
            assertArrayEquals(dense, x.get());
        }
    }

    @Provide
    Arbitrary<Rational> entries() {
        Arbitrary<Rational> edge = Arbitraries.of(Rational.ZERO, Rational.ONE, Rational.MINUS_ONE, Rational.of(Long.MAX_VALUE),
                Rational.of(Long.MIN_VALUE), Rational.of(1, Long.MAX_VALUE), Rational.of(firstPrime()), Rational.of(2 * firstPrime()));
        Arbitrary<Rational> small = Combinators.combine(Arbitraries.longs().between(-9, 9), Arbitraries.longs().between(1, 12))
                .as(Rational::of);
        Arbitrary<Rational> large = Combinators.combine(Arbitraries.longs(), Arbitraries.longs().between(1, Long.MAX_VALUE))
                .as(Rational::of);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Rational.ZERO)),
                net.jqwik.api.Tuple.of(3, edge),
                net.jqwik.api.Tuple.of(4, small),
                net.jqwik.api.Tuple.of(1, large));
    }

    @Provide
    Arbitrary<Rational[][]> systems() {
        return Arbitraries.integers().between(1, 9).flatMap(n ->
                entries().array(Rational[].class).ofSize(n + 1).array(Rational[][].class).ofSize(n));
    }

    /** Rows of n + 1 entries: the last one is the right-hand side. */
    @Property(tries = 300)
    void agreesWithDenseFractionFreeElimination(@ForAll("systems") Rational[][] augmented) {
        int n = augmented.length;
        Rational[][] rows = new Rational[n][n];
        Rational[] b = new Rational[n];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOf(augmented[i], n);
            b[i] = augmented[i][n];
        }
        RationalMatrix dense = RationalMatrix.of(rows);
        Optional<Rational[]> x = DixonSolver.solve(SparseRationalMatrix.of(rows), b);
        if (dense.rank() < n) {
            assertFalse(x.isPresent(), "a singular system has no unique solution");
        } else {
            assertArrayEquals(dense.solve(b), x.orElseThrow());
            assertArrayEquals(b, dense.multiply(x.get()));
        }
    }

    /** Triangular systems with a diagonal of ±1 and the prime: singular modulo it on purpose. */
    @Property(tries = 100)
    void unitTriangularAndPrimeDiagonals(@ForAll("systems") Rational[][] augmented, @ForAll boolean primeDiagonal) {
        int n = augmented.length;
        Assume.that(n >= 2);
        Rational[][] rows = new Rational[n][n];
        Rational[] b = new Rational[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rows[i][j] = j < i ? augmented[i][j] : Rational.ZERO;
            }
            rows[i][i] = primeDiagonal && i == 0 ? Rational.of(firstPrime()) : (i % 2 == 0 ? Rational.ONE : Rational.MINUS_ONE);
            b[i] = augmented[i][n];
        }
        Rational[] x = DixonSolver.solve(SparseRationalMatrix.of(rows), b).orElseThrow();
        assertArrayEquals(RationalMatrix.of(rows).solve(b), x);
    }

    @Example
    void modularFactorisationSolvesModuloThePrime() {
        long p = firstPrime();
        int n = 90;
        Random random = new Random(3);
        long[][] a = new long[n][n];
        long[][] copy = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextInt(4) == 0 ? Math.floorMod(random.nextLong(), p) : 0;
                copy[i][j] = a[i][j];
            }
            a[i][(i * 7) % n] = copy[i][(i * 7) % n] = 1 + random.nextInt((int) p - 1);
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.floorMod(random.nextLong(), p);
        }
        long[] x = ModularFactorization.of(a, p).orElseThrow().solve(r);
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < n; j++) {
                s = s.add(BigInteger.valueOf(copy[i][j]).multiply(BigInteger.valueOf(x[j])));
            }
            assertEquals(r[i], s.mod(BigInteger.valueOf(p)).longValueExact(), "row " + i);
        }
    }

    @Example
    void rationalReconstructionRecoversSmallFractions() {
        BigInteger m = BigInteger.valueOf(firstPrime()).pow(4);
        BigInteger u = BigInteger.valueOf(-22).multiply(BigInteger.valueOf(7).modInverse(m)).mod(m);
        BigInteger[] q = DixonSolver.reconstruct(u, m).orElseThrow();
        assertEquals(BigInteger.valueOf(-22), q[0]);
        assertEquals(BigInteger.valueOf(7), q[1]);
    }
}
