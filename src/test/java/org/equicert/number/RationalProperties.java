package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
