package org.equicert.number;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical forms of many fractions y_j / d sharing one large denominator d, as exact solvers
 * return them (numerators over a common denominator of tens of thousands of bits), without a
 * full-size gcd per entry.
 *
 * <p>Method: d = S·C where S collects the powers of the primes below 2^16 dividing d (trial
 * division) and C the rest, so gcd(S, C) = 1 and gcd(y, d) = gcd(y, S)·gcd(y, C). One batch test
 * decides whether every y_j is coprime to C: gcd(Π y_j mod C, C) = 1 (a prime dividing some y_j and
 * C would divide the product). When it holds, gcd(y_j, d) = gcd(y_j mod S, S), a gcd of the
 * size of S, usually a few words. When it fails, each entry falls back to a full gcd. Either way
 * every result is exactly canonical.
 *
 * <p>Complexity for n entries of b bits: about 2,000 one-word remainders of d (primes in batches
 * whose product fits in a {@code long}), n multiplications and
 * remainders modulo C (O(n·M(b))), one gcd of b bits, and n remainders modulo S — against n
 * quadratic gcds of b bits for the entry-by-entry reduction.
 */
public final class CommonDenominator {

    /** Below this size of d the entry-by-entry gcd is cheap enough. */
    private static final int SMALL_BITS = 2048;
    private static final int TRIAL_LIMIT = 1 << 16;
    private static final int[] SMALL_PRIMES = primesBelow(TRIAL_LIMIT);

    private CommonDenominator() {
    }

    /**
     * The rationals y_j / d, each in canonical form, for a positive common denominator d.
     *
     * @throws IllegalArgumentException if d is not positive
     */
    public static Rational[] canonical(BigInteger[] y, BigInteger d) {
        if (d.signum() <= 0) {
            throw new IllegalArgumentException("common denominator " + d + " is not positive");
        }
        Rational[] out = new Rational[y.length];
        if (d.bitLength() < SMALL_BITS) {
            for (int j = 0; j < y.length; j++) {
                out[j] = Rational.of(y[j], d);
            }
            return out;
        }
        BigInteger smooth = BigInteger.ONE;
        BigInteger rough = d;
        // primes in batches whose product fits in a long: one long remainder of d per batch
        for (int start = 0; start < SMALL_PRIMES.length; ) {
            long batch = 1;
            int end = start;
            while (end < SMALL_PRIMES.length && batch <= Long.MAX_VALUE / SMALL_PRIMES[end]) {
                batch *= SMALL_PRIMES[end++];
            }
            long remainder = rough.mod(BigInteger.valueOf(batch)).longValue();
            for (int k = start; k < end; k++) {
                if (remainder % SMALL_PRIMES[k] != 0) {
                    continue;
                }
                BigInteger bq = BigInteger.valueOf(SMALL_PRIMES[k]);
                BigInteger[] qr = rough.divideAndRemainder(bq);
                while (qr[1].signum() == 0) {
                    rough = qr[0];
                    smooth = smooth.multiply(bq);
                    qr = rough.divideAndRemainder(bq);
                }
            }
            start = end;
        }
        if (!coprimeToAll(y, rough)) {
            for (int j = 0; j < y.length; j++) {
                out[j] = Rational.of(y[j], d);
            }
            return out;
        }
        Map<BigInteger, BigInteger> reducedDenominator = new HashMap<>();
        for (int j = 0; j < y.length; j++) {
            if (y[j].signum() == 0) {
                out[j] = Rational.ZERO;
                continue;
            }
            BigInteger g = smooth.equals(BigInteger.ONE) ? BigInteger.ONE : y[j].mod(smooth).gcd(smooth);
            if (g.equals(BigInteger.ONE)) {
                out[j] = Rational.canonicalBig(y[j], d);
            } else {
                BigInteger dg = reducedDenominator.computeIfAbsent(g, d::divide);
                out[j] = Rational.canonicalBig(y[j].divide(g), dg);
            }
        }
        return out;
    }

    /** True iff gcd(y_j, c) = 1 for every nonzero y_j: gcd(Π y_j mod c, c) = 1. */
    private static boolean coprimeToAll(BigInteger[] y, BigInteger c) {
        if (c.equals(BigInteger.ONE)) {
            return true;
        }
        BigInteger product = BigInteger.ONE;
        for (BigInteger v : y) {
            if (v.signum() != 0) {
                product = product.multiply(v).mod(c);
            }
        }
        return product.gcd(c).equals(BigInteger.ONE);
    }

    private static int[] primesBelow(int limit) {
        boolean[] composite = new boolean[limit];
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                count++;
                for (long k = (long) i * i; k < limit; k += i) {
                    composite[(int) k] = true;
                }
            }
        }
        int[] primes = new int[count];
        int c = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                primes[c++] = i;
            }
        }
        return primes;
    }
}
