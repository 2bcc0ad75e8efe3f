package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RationalProperties {

    /** Mixes small values, values near the long boundary (overflowing the fast path) and huge ones. */
    @Provide
    Arbitrary<Rational> rationals() {
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf);
        Arbitrary<BigInteger> edge = Arbitraries.longs().map(BigInteger::valueOf);
        Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
        Arbitrary<BigInteger> ints = Arbitraries.oneOf(small, edge, huge);
        Arbitrary<BigInteger> dens = ints.filter(d -> d.signum() != 0);
        return Combinators.combine(ints, dens).as(Rational::of);
    }

    /**
     * Regression (jqwik seed on a fresh clone): the long fast path summed -1/1000 and
     * -(2^63 - 1)/1000 to the numerator Long.MIN_VALUE, whose gcd came out negative, giving the
     * non-canonical 1152921504606846976/-125 instead of -1152921504606846976/125.
     */
    @Example
    void sumReachingLongMinValueStaysCanonical() {
        Rational a = Rational.of(1, 1000);
        Rational b = Rational.of(-1, 500);
        Rational c = Rational.of(-Long.MAX_VALUE, 1000);
        Rational expected = Rational.of(BigInteger.valueOf(-1152921504606846976L), BigInteger.valueOf(125));
        assertEquals(expected, a.add(b).add(c));
        assertEquals(expected, a.add(b.add(c)));
        assertEquals(BigInteger.valueOf(125), a.add(b).add(c).denominator());
    }

    /**
     * Regression (differential property): -1/(2^63 - 1) - 1 has numerator Long.MIN_VALUE over an
     * odd denominator; the Euclidean gcd of the pair was -1, giving MIN_VALUE/-(2^63 - 1).
     */
    @Example
    void differenceReachingLongMinValueStaysCanonical() {
        Rational a = Rational.of(-1, Long.MAX_VALUE);
        Rational expected = Rational.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        Rational difference = a.subtract(Rational.ONE);
        assertEquals(expected, difference);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), difference.denominator());
        assertEquals(expected, Rational.MINUS_ONE.add(a));
        assertEquals(expected, Rational.parse(difference.toString()));
    }

    /** Values at Long.MIN_VALUE have one form whichever factory builds them. */
    @Example
    void longMinValueFactoriesAgree() {
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        assertEquals(Rational.of(min.negate()), Rational.of(Long.MIN_VALUE, -1));
        assertEquals(Rational.ONE, Rational.of(Long.MIN_VALUE, Long.MIN_VALUE));
        assertEquals(Rational.of(1, 2), Rational.of(Long.MIN_VALUE / 2, Long.MIN_VALUE));
        assertEquals(Rational.of(-1L << 62), Rational.of(Long.MIN_VALUE, 2));
        assertEquals(Rational.of(-1L << 62).hashCode(), Rational.of(Long.MIN_VALUE, 2).hashCode());
        assertEquals(Rational.of(min), Rational.of(-1L << 62).multiply(2));
        assertEquals(Rational.of(min), Rational.of(Long.MIN_VALUE + 1).add(Rational.MINUS_ONE));
        assertEquals(Rational.of(Long.MIN_VALUE + 1), Rational.of(min).add(Rational.ONE));
        assertEquals(Rational.of(Long.MAX_VALUE), Rational.of(min).negate().subtract(Rational.ONE));
        assertEquals(Rational.of(BigInteger.ONE, min.negate()), Rational.of(-1, Long.MIN_VALUE));
        assertEquals(Rational.of(-1, Long.MAX_VALUE), Rational.of(Long.MIN_VALUE + 1).reciprocal());
    }

    /**
     * Regression: pow(Integer.MIN_VALUE) negated its exponent, which overflows back to
     * Integer.MIN_VALUE, and recursed until StackOverflowError.
     */
    @Example
    void powOfIntegerMinValue() {
        assertEquals(Rational.ONE, Rational.ONE.pow(Integer.MIN_VALUE));
        assertEquals(Rational.ONE, Rational.MINUS_ONE.pow(Integer.MIN_VALUE));
        assertEquals(Rational.MINUS_ONE, Rational.MINUS_ONE.pow(Integer.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.pow(Integer.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> Rational.TWO.pow(Integer.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> Rational.HALF.pow(Integer.MAX_VALUE));
        assertEquals(Rational.ZERO, Rational.ZERO.pow(Integer.MAX_VALUE));
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(1000)), Rational.HALF.pow(1000));
        assertEquals(Rational.of(BigInteger.ONE.shiftLeft(1000)), Rational.HALF.pow(-1000));
    }

    @Property
    void additionIsCommutativeAndAssociative(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("rationals") Rational c) {
        assertEquals(a.add(b), b.add(a));
        assertEquals(a.add(b).add(c), a.add(b.add(c)));
    }

    @Property
    void multiplicationIsCommutativeAssociativeAndDistributes(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("rationals") Rational c) {
        assertEquals(a.multiply(b), b.multiply(a));
        assertEquals(a.multiply(b).multiply(c), a.multiply(b.multiply(c)));
        assertEquals(a.multiply(b.add(c)), a.multiply(b).add(a.multiply(c)));
    }

    @Property
    void identitiesAndInverses(@ForAll("rationals") Rational a) {
        assertEquals(a, a.add(Rational.ZERO));
        assertEquals(a, a.multiply(Rational.ONE));
        assertEquals(Rational.ZERO, a.add(a.negate()));
        if (!a.isZero()) {
            assertEquals(Rational.ONE, a.multiply(a.reciprocal()));
            assertEquals(a, a.reciprocal().reciprocal());
        }
    }

    @Property
    void parseInvertsToString(@ForAll("rationals") Rational a) {
        assertEquals(a, Rational.parse(a.toString()));
        assertEquals(a.hashCode(), Rational.parse(a.toString()).hashCode());
    }

    @Property
    void canonicalFormHasPositiveCoprimeDenominator(@ForAll("rationals") Rational a) {
        assertTrue(a.denominator().signum() > 0);
        assertEquals(BigInteger.ONE, a.numerator().gcd(a.denominator()).max(a.isZero() ? BigInteger.ONE : BigInteger.ZERO));
    }

    @Property
    void orderAgreesWithSignOfDifference(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertEquals(Integer.signum(a.compareTo(b)), a.subtract(b).signum());
        assertEquals(a.compareTo(b) == 0, a.equals(b));
    }

    @Property
    void floorAndCeilBracket(@ForAll("rationals") Rational a) {
        Rational f = Rational.of(a.floor());
        Rational c = Rational.of(a.ceil());
        assertTrue(f.compareTo(a) <= 0 && a.compareTo(f.add(Rational.ONE)) < 0);
        assertTrue(c.compareTo(a) >= 0 && a.compareTo(c.subtract(Rational.ONE)) > 0);
    }

    @Property
    void smtLibFormIsExactDecimalFraction(@ForAll("rationals") Rational a) {
        String s = a.toSmtLib();
        String stripped = s.replace("(- ", "-").replace("(/ ", "").replace(".0", "").replace(")", "").trim();
        String[] parts = stripped.split(" ");
        Rational back = parts.length == 1 ? Rational.parse(parts[0]) : Rational.parse(parts[0] + "/" + parts[1]);
        assertEquals(a, back);
    }
}
