package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CommonDenominator#canonical} against {@link Rational#of} entry by entry, on common
 * denominators above the batch threshold built from small prime powers and large primes, with
 * numerators that share small factors, share a large prime (the fallback path), are zero, ±1 or
 * negative.
 */
class CommonDenominatorProperties {

    private static final BigInteger[] SMALL = {BigInteger.TWO, BigInteger.valueOf(3), BigInteger.valueOf(5), BigInteger.valueOf(7),
        BigInteger.valueOf(11), BigInteger.valueOf(65_521), BigInteger.valueOf(65_537)};

    /** Large primes (over 2,048 bits, so that d is past the batch threshold), made once. */
    private static final BigInteger[] LARGE_PRIMES = {BigInteger.probablePrime(2100, new Random(1)),
        BigInteger.probablePrime(2200, new Random(2)), BigInteger.probablePrime(2300, new Random(3))};

    /** shape: 0 = smooth part and a large prime; 1 = only small primes; 2 = one large prime; 3 = numerators share the large prime. */
    @Property(tries = 60)
    void batchReductionEqualsEntryByEntry(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int shape,
            @ForAll @IntRange(min = 1, max = 40) int entries) {
        Random r = new Random(seed);
        BigInteger large = LARGE_PRIMES[r.nextInt(LARGE_PRIMES.length)];
        BigInteger smooth = BigInteger.ONE;
        while (shape != 2 && smooth.bitLength() < (shape == 1 ? 2100 : 40)) {
            smooth = smooth.multiply(SMALL[r.nextInt(SMALL.length)]);
        }
        BigInteger d = shape == 1 ? smooth : smooth.multiply(large);
        BigInteger[] y = new BigInteger[entries];
        for (int j = 0; j < entries; j++) {
            BigInteger v = switch (r.nextInt(6)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> r.nextBoolean() ? BigInteger.ONE : BigInteger.ONE.negate();
                case 2 -> d.subtract(BigInteger.ONE);
                default -> new BigInteger(d.bitLength() - 1, r).multiply(SMALL[r.nextInt(SMALL.length)].pow(r.nextInt(4)));
            };
            if (shape == 3 && r.nextBoolean()) {
                v = v.multiply(large);
            }
            y[j] = r.nextBoolean() ? v : v.negate();
        }
        assertSameAsEntryByEntry(y, d);
    }

    @Example
    void everyNumeratorAMultipleOfTheDenominator() {
        BigInteger d = BigInteger.TWO.pow(3000).multiply(BigInteger.valueOf(65_537));
        assertSameAsEntryByEntry(new BigInteger[] {d, d.negate(), d.shiftLeft(5), BigInteger.ZERO}, d);
    }

    @Example
    void smallDenominatorsAndEmptyVectors() {
        assertSameAsEntryByEntry(new BigInteger[] {BigInteger.valueOf(6), BigInteger.valueOf(-4), BigInteger.ZERO}, BigInteger.valueOf(8));
        assertSameAsEntryByEntry(new BigInteger[0], BigInteger.TWO.pow(4000).add(BigInteger.ONE));
        assertSameAsEntryByEntry(new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)},
                BigInteger.ONE);
    }

    @Example
    void nonPositiveDenominatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CommonDenominator.canonical(new BigInteger[] {BigInteger.ONE}, BigInteger.ZERO));
        assertThrows(IllegalArgumentException.class, () -> CommonDenominator.canonical(new BigInteger[] {BigInteger.ONE},
                BigInteger.TWO.pow(5000).negate()));
    }

    private static void assertSameAsEntryByEntry(BigInteger[] y, BigInteger d) {
        Rational[] batch = CommonDenominator.canonical(y, d);
        assertEquals(y.length, batch.length);
        for (int j = 0; j < y.length; j++) {
            Rational expected = Rational.of(y[j], d);
            assertEquals(expected, batch[j], "entry " + j);
            assertEquals(expected.hashCode(), batch[j].hashCode());
            assertEquals(expected.toString(), batch[j].toString());
        }
    }
}
