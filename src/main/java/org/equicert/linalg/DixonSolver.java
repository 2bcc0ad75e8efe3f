package org.equicert.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.equicert.number.CommonDenominator;
import org.equicert.number.Rational;

/**
 * Exact solution of a square nonsingular linear system A x = b over ℚ by p-adic lifting
 * (J. D. Dixon, "Exact solution of linear equations using p-adic expansions", Numer. Math. 40,
 * 1982), with rational reconstruction (P. S. Wang, "A p-adic algorithm for univariate partial
 * fractions", SYMSAC 1981; Wang, Guy and Davenport, SIGSAM Bull. 16, 1982) and early termination.
 *
 * <p>Each row of [A | b] is scaled to integers. A is factored once modulo a prime p &lt; 2^25
 * ({@link ModularFactorization}, 64-bit arithmetic); then, from r₀ = b, each step solves
 * A xᵢ ≡ rᵢ (mod p) and sets rᵢ₊₁ = (rᵢ − A xᵢ)/p, an exact division done in one sparse pass
 * (in {@code long} when the row norms allow, else BigInteger), so that X = Σ xᵢ pⁱ satisfies
 * A X ≡ b (mod p^k). The lifting stops early: a fixed random combination of the coordinates is
 * kept as an integer and rationally reconstructed on a geometric schedule; once it reconstructs
 * with 40 bits to spare, every coordinate is reconstructed with the common denominator it gives
 * (extended per coordinate when needed). Hadamard's bound caps the number of steps.
 *
 * <p><b>Every returned solution is verified exactly</b>: A y = d b in one sparse pass over the
 * nonzeros ({@link SparseRationalMatrix#isSolution}); a reconstruction that fails the check is
 * never returned (lifting continues, then another prime is tried). If A is singular modulo three
 * primes, the solver decides singularity exactly by fraction-free elimination.
 *
 * <p>Complexity for n unknowns, solution entries of h bits (numerator and common denominator)
 * and s = O(h / log p) steps: n³/3 word multiply-adds to factor, s·(n² + nnz) to lift, and
 * O(n·M(h)·log h) bit operations to reconstruct and verify; memory 8n² bytes for the factors
 * plus n·s residues for the digits.
 */
public final class DixonSolver {

    /**
     * A verified solution and how it was found.
     *
     * @param solution the exact solution x of A x = b
     * @param prime the prime of the factorisation that succeeded
     * @param steps p-adic lifting steps
     * @param primesTried primes at which A was factored (a singular factorisation counts)
     */
    public record Result(Rational[] solution, long prime, int steps, int primesTried) {
        /** Defensive copy. */
        public Result {
            solution = solution.clone();
        }

        @Override
        public Rational[] solution() {
            return solution.clone();
        }
    }

    private static final int ATTEMPTS = 3;
    private static final int MARGIN_BITS = 40;

    private final SparseRationalMatrix a;
    private final Rational[] b;
    private final int n;
    private final int[][] columns;
    /** Integer rows when every scaled entry and right-hand side fits in a long; null otherwise. */
    private final long[][] smallRows;
    private final long[] smallRhs;
    private final BigInteger[][] bigRows;
    private final BigInteger[] bigRhs;
    private final boolean fastResidual;
    private final int maxSteps;

    private DixonSolver(SparseRationalMatrix a, Rational[] b) {
        if (a.rows() != a.columns()) {
            throw new IllegalArgumentException("the p-adic solver needs a square system, got " + a.rows() + "x" + a.columns());
        }
        if (b.length != a.rows()) {
            throw new IllegalArgumentException("right-hand side of length " + b.length + " for " + a.rows() + " rows");
        }
        this.a = a;
        this.b = b.clone();
        this.n = a.rows();
        this.columns = new int[n][];
        this.bigRows = new BigInteger[n][];
        this.bigRhs = new BigInteger[n];
        boolean fits = true;
        BigInteger maxNorm = BigInteger.ZERO;
        BigInteger maxRhs = BigInteger.ZERO;
        long hadamardBits = 0;
        for (int i = 0; i < n; i++) {
            columns[i] = a.rowColumns(i);
            BigInteger[] r = a.integerRow(i, b[i]);
            bigRows[i] = java.util.Arrays.copyOf(r, r.length - 1);
            bigRhs[i] = r[r.length - 1];
            BigInteger norm = BigInteger.ZERO;
            BigInteger squares = bigRhs[i].pow(2);
            for (BigInteger v : bigRows[i]) {
                norm = norm.add(v.abs());
                squares = squares.add(v.pow(2));
                fits &= v.bitLength() < 63;
            }
            fits &= bigRhs[i].bitLength() < 63;
            maxNorm = maxNorm.max(norm);
            maxRhs = maxRhs.max(bigRhs[i].abs());
            hadamardBits += squares.bitLength() / 2 + 1;
        }
        // |r| stays below max(|b|, row norm) + row norm · p; keep it well inside a long
        this.fastResidual = fits && maxRhs.max(maxNorm).add(maxNorm.shiftLeft(25)).bitLength() < 62;
        if (fastResidual) {
            smallRows = new long[n][];
            smallRhs = new long[n];
            for (int i = 0; i < n; i++) {
                smallRows[i] = new long[bigRows[i].length];
                for (int k = 0; k < bigRows[i].length; k++) {
                    smallRows[i][k] = bigRows[i][k].longValueExact();
                }
                smallRhs[i] = bigRhs[i].longValueExact();
            }
        } else {
            smallRows = null;
            smallRhs = null;
        }
        // Cramer: numerators and the denominator are determinants bounded by Π (‖row‖₂ + |bᵢ|);
        // p^k > 2·N·D makes the reconstruction unique (Wang), 24 bits per step at least
        this.maxSteps = (int) Math.min(Integer.MAX_VALUE - 1, (2 * hadamardBits + 2 + MARGIN_BITS) / 24 + 2);
    }

    /**
     * The unique solution of A x = b, verified exactly, or empty if A is singular.
     *
     * @throws IllegalArgumentException if A is not square or b has the wrong length
     */
    public static Optional<Rational[]> solve(SparseRationalMatrix a, Rational[] b) {
        return solveWithStatistics(a, b).map(Result::solution);
    }

    /** As {@link #solve}, with the prime and the number of steps used. */
    public static Optional<Result> solveWithStatistics(SparseRationalMatrix a, Rational[] b) {
        return new DixonSolver(a, b).run();
    }

    private Optional<Result> run() {
        if (n == 0) {
            return Optional.of(new Result(new Rational[0], 0, 0, 0));
        }
        long p = PRIME_START;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            p = previousPrime(p);
            long factorStart = now();
            Optional<ModularFactorization> f = ModularFactorization.of(reduced(p), p);
            trace("LU modulo " + p, factorStart);
            if (f.isEmpty()) {
                continue;
            }
            Optional<Rational[]> x = lift(f.get());
            if (x.isPresent()) {
                return Optional.of(new Result(x.get(), p, lastSteps, attempt));
            }
        }
        // singular modulo every prime tried: decide exactly (small or truly singular systems only)
        RationalMatrix dense = a.toDense();
        if (dense.rank() < n) {
            return Optional.empty();
        }
        Rational[] x = dense.solve(b);
        if (x == null || !verify(x)) {
            throw new ArithmeticException("exact elimination returned no verified solution of a nonsingular system");
        }
        return Optional.of(new Result(x, 0, 0, ATTEMPTS));
    }

    private static final long PRIME_START = ModularFactorization.PRIME_LIMIT;

    private static long previousPrime(long below) {
        long c = below - 1;
        while (!BigInteger.valueOf(c).isProbablePrime(50)) {
            c--;
        }
        return c;
    }

    private long[][] reduced(long p) {
        long[][] m = new long[n][n];
        BigInteger bp = BigInteger.valueOf(p);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < columns[i].length; k++) {
                m[i][columns[i][k]] = fastResidual ? Math.floorMod(smallRows[i][k], p) : bigRows[i][k].mod(bp).longValue();
            }
        }
        return m;
    }

    private int lastSteps;

    /** {@code -Dequicert.dixon.trace=true}: phase CPU times of this thread on standard error (benchmarks only). */
    private static final boolean TRACE = Boolean.getBoolean("equicert.dixon.trace");

    private static long now() {
        return TRACE ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0L;
    }

    private static void trace(String what, long since) {
        if (TRACE) {
            System.err.printf("dixon: %s %.3f s%n", what, (now() - since) / 1e9);
        }
    }

    /** Lifts until a verified solution is found or the Hadamard cap is passed. */
    private Optional<Rational[]> lift(ModularFactorization f) {
        long p = f.prime();
        BigInteger bp = BigInteger.valueOf(p);
        long[] residualSmall = fastResidual ? smallRhs.clone() : null;
        BigInteger[] residualBig = fastResidual ? null : bigRhs.clone();
        long[] weights = new long[n];
        Random random = new Random(0x5eed_d1c5L + n);
        for (int j = 0; j < n; j++) {
            weights[j] = 1 + random.nextInt(1 << 20);
        }
        List<int[]> digits = new ArrayList<>();
        BigInteger probe = BigInteger.ZERO;
        BigInteger modulus = BigInteger.ONE;
        int nextCheck = 2;
        long liftStart = now();
        long[] r = new long[n];
        for (int step = 1; step <= maxSteps; step++) {
            for (int i = 0; i < n; i++) {
                r[i] = fastResidual ? Math.floorMod(residualSmall[i], p) : residualBig[i].mod(bp).longValue();
            }
            long[] x = f.solve(r);
            int[] digit = new int[n];
            BigInteger combination = BigInteger.ZERO;
            long partial = 0;
            for (int j = 0; j < n; j++) {
                digit[j] = (int) x[j];
                partial += weights[j] * x[j];
                if ((j & 1023) == 1023) {
                    combination = combination.add(BigInteger.valueOf(partial));
                    partial = 0;
                }
            }
            combination = combination.add(BigInteger.valueOf(partial));
            digits.add(digit);
            probe = probe.add(combination.multiply(modulus));
            modulus = modulus.multiply(bp);
            if (fastResidual) {
                updateSmall(residualSmall, x, p);
            } else {
                updateBig(residualBig, x, bp);
            }
            if (step >= nextCheck || step == maxSteps) {
                nextCheck = Math.max(step + 1, step + step / 10);
                Optional<BigInteger[]> q = reconstruct(probe.mod(modulus), modulus);
                boolean last = step == maxSteps;
                if (q.isPresent() && (last || q.get()[0].bitLength() + q.get()[1].bitLength() + MARGIN_BITS <= modulus.bitLength())) {
                    trace("lifting, " + step + " steps", liftStart);
                    long reconstructStart = now();
                    Optional<Rational[]> solution = reconstructAll(digits, bp, modulus, q.get()[1]);
                    trace("reconstruction", reconstructStart);
                    if (solution.isPresent()) {
                        lastSteps = step;
                        return solution;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** r ← (r − A x)/p in long arithmetic (bounds checked in the constructor). */
    private void updateSmall(long[] residual, long[] x, long p) {
        for (int i = 0; i < n; i++) {
            long s = residual[i];
            long[] row = smallRows[i];
            int[] cols = columns[i];
            for (int k = 0; k < row.length; k++) {
                s -= row[k] * x[cols[k]];
            }
            if (s % p != 0) {
                throw new ArithmeticException("p-adic lifting: residual " + s + " of row " + i + " is not divisible by " + p);
            }
            residual[i] = s / p;
        }
    }

    private void updateBig(BigInteger[] residual, long[] x, BigInteger bp) {
        for (int i = 0; i < n; i++) {
            BigInteger s = residual[i];
            for (int k = 0; k < bigRows[i].length; k++) {
                s = s.subtract(bigRows[i][k].multiply(BigInteger.valueOf(x[columns[i][k]])));
            }
            BigInteger[] qr = s.divideAndRemainder(bp);
            if (qr[1].signum() != 0) {
                throw new ArithmeticException("p-adic lifting: residual of row " + i + " is not divisible by " + bp);
            }
            residual[i] = qr[0];
        }
    }

    /**
     * Every coordinate X_j mod p^k times the denominator, in the symmetric range; the denominator
     * grows by a coordinate's own reconstruction when that coordinate needs it. Verified exactly.
     */
    private Optional<Rational[]> reconstructAll(List<int[]> digits, BigInteger bp, BigInteger modulus, BigInteger denominator) {
        BigInteger[] powers = powers(bp, digits.size());
        BigInteger half = modulus.shiftRight(1);
        BigInteger[] value = new BigInteger[n];
        BigInteger d = denominator;
        BigInteger[] y = new BigInteger[n];
        boolean extended = false;
        long combineStart = now();
        for (int j = 0; j < n; j++) {
            value[j] = combine(digits, j, 0, digits.size(), powers);
            y[j] = symmetric(value[j].multiply(d).mod(modulus), modulus, half);
            if (y[j].bitLength() + d.bitLength() + MARGIN_BITS / 2 > modulus.bitLength()) {
                Optional<BigInteger[]> q = reconstruct(value[j].multiply(d).mod(modulus), modulus);
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                d = d.multiply(q.get()[1]);
                extended = true;
            }
        }
        trace("coordinates from digits", combineStart);
        for (int j = 0; extended && j < n; j++) {
            y[j] = symmetric(value[j].multiply(d).mod(modulus), modulus, half);
        }
        long verifyStart = now();
        if (!a.isSolution(y, d, b)) {
            return Optional.empty();
        }
        trace("exact verification", verifyStart);
        long canonicalStart = now();
        Rational[] x = CommonDenominator.canonical(y, d);
        trace("canonical forms", canonicalStart);
        return Optional.of(x);
    }

    private boolean verify(Rational[] x) {
        BigInteger d = BigInteger.ONE;
        for (Rational v : x) {
            d = SparseRationalMatrix.lcm(d, v.denominator());
        }
        BigInteger[] y = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            y[j] = x[j].numerator().multiply(d.divide(x[j].denominator()));
        }
        return a.isSolution(y, d, b);
    }

    private static BigInteger symmetric(BigInteger v, BigInteger modulus, BigInteger half) {
        return v.compareTo(half) > 0 ? v.subtract(modulus) : v;
    }

    /** powers[e] = p^(2^e). */
    private static BigInteger[] powers(BigInteger bp, int count) {
        List<BigInteger> list = new ArrayList<>();
        BigInteger q = bp;
        for (int len = 1; len <= count; len <<= 1) {
            list.add(q);
            q = q.multiply(q);
        }
        return list.toArray(new BigInteger[0]);
    }

    /** Σ_{i in [lo, hi)} digits[i][j] p^(i − lo), by halving on powers of two (subquadratic). */
    private static BigInteger combine(List<int[]> digits, int j, int lo, int hi, BigInteger[] powers) {
        int len = hi - lo;
        if (len <= 16) {
            BigInteger s = BigInteger.ZERO;
            BigInteger p = powers[0];
            for (int i = hi - 1; i >= lo; i--) {
                s = s.multiply(p).add(BigInteger.valueOf(digits.get(i)[j]));
            }
            return s;
        }
        int e = 31 - Integer.numberOfLeadingZeros(len - 1);
        int mid = lo + (1 << e);
        return combine(digits, j, lo, mid, powers).add(combine(digits, j, mid, hi, powers).multiply(powers[e]));
    }

    /**
     * Wang's rational reconstruction: n/d ≡ u (mod m) with |n|, d ≤ √(m/2), gcd(n, d) = 1, by the
     * extended Euclidean algorithm stopped at the first remainder below the bound; unique if it
     * exists. Returns {n, d}.
     */
    static Optional<BigInteger[]> reconstruct(BigInteger u, BigInteger m) {
        BigInteger bound = m.shiftRight(1).sqrt();
        BigInteger r0 = m;
        BigInteger r1 = u.mod(m);
        BigInteger t0 = BigInteger.ZERO;
        BigInteger t1 = BigInteger.ONE;
        while (r1.compareTo(bound) > 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger t = t0.subtract(qr[0].multiply(t1));
            t0 = t1;
            t1 = t;
        }
        if (t1.signum() == 0 || t1.abs().compareTo(bound) > 0 || !r1.gcd(t1).equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger[] {t1.signum() < 0 ? r1.negate() : r1, t1.abs()});
    }
}
