package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Differential properties of {@link RealAlgebraic} comparisons against exact reasoning on
 * quadratic surds a + b√n (signs by comparing squares of rationals), never floating point.
 */
class RealAlgebraicProperties {

    @Provide
    Arbitrary<Rational> coefficients() {
        Arbitrary<Rational> simple = Combinators.combine(Arbitraries.longs().between(-30, 30), Arbitraries.longs().between(1, 12))
                .as(Rational::of);
        Arbitrary<Rational> edges = Arbitraries.of(Rational.ZERO, Rational.ONE, Rational.MINUS_ONE, Rational.HALF,
                Rational.of(1L << 31), Rational.of(-(1L << 31) - 1), Rational.of(Long.MAX_VALUE, 3), Rational.of(1, (1L << 40) + 1));
        return Arbitraries.frequencyOf(Tuple.of(4, simple), Tuple.of(1, edges));
    }

    @Provide
    Arbitrary<QuadraticSurd> surds() {
        Arbitrary<Rational> b = Combinators.combine(Arbitraries.longs().between(-6, 6).filter(v -> v != 0), Arbitraries.longs().between(1, 6))
                .as(Rational::of);
        Arbitrary<Long> n = Arbitraries.of(toList(AlgebraicDifferential.RADICANDS));
        return Combinators.combine(coefficients(), b, n).as(QuadraticSurd::of);
    }

    @Provide
    Arbitrary<Long> radicands() {
        return Arbitraries.of(toList(AlgebraicDifferential.RADICANDS));
    }

    private static List<Long> toList(long[] values) {
        List<Long> l = new ArrayList<>();
        for (long v : values) {
            l.add(v);
        }
        return l;
    }

    private static RealAlgebraic build(QuadraticSurd x, int route, Rational extraRoot, long otherRadicand) {
        RealAlgebraic a = AlgebraicDifferential.build(x, route, extraRoot, otherRadicand);
        Assume.that(a != null);
        return a;
    }

    @Property(tries = 50)
    void comparisonsWithRationalsAndSignsAgreeWithTheReference(@ForAll("surds") QuadraticSurd x, @ForAll @IntRange(max = 3) int route,
            @ForAll("coefficients") Rational extraRoot, @ForAll("radicands") long otherRadicand,
            @ForAll("coefficients") Rational c0, @ForAll("coefficients") Rational c1, @ForAll("coefficients") Rational c2) {
        RealAlgebraic ax = build(x, route, extraRoot, otherRadicand);
        List<Rational> rationals = new ArrayList<>(AlgebraicDifferential.nearby(x));
        rationals.add(extraRoot);
        RationalDifferential.Tally t = new RationalDifferential.Tally();
        AlgebraicDifferential.single(t, x, ax, rationals, c0, c1, c2);
        t.assertNone();
    }

    @Property(tries = 150)
    void comparisonsOfTwoAlgebraicNumbersAgreeWithTheReference(@ForAll("surds") QuadraticSurd x, @ForAll("surds") QuadraticSurd other,
            @ForAll @IntRange(max = 2) int relation, @ForAll @IntRange(max = 3) int routeX, @ForAll @IntRange(max = 3) int routeY,
            @ForAll("coefficients") Rational extraRoot, @ForAll("radicands") long otherRadicand) {
        // relation 0: independent; 1: the same number by another route; 2: the same radicand.
        QuadraticSurd y = relation == 0 ? other : relation == 1 ? x : new QuadraticSurd(other.a(), other.b(), x.n());
        RealAlgebraic ax = build(x, routeX, extraRoot, otherRadicand);
        RealAlgebraic ay = build(y, routeY, extraRoot.negate(), otherRadicand);
        RationalDifferential.Tally t = new RationalDifferential.Tally();
        AlgebraicDifferential.pair(t, x, ax, y, ay);
        t.assertNone();
    }

    private static RealAlgebraic root(UnivariatePolynomial p, int index) {
        return new RootIsolation(p).realRoots().get(index);
    }

    /** √2 against its continued-fraction convergents p/q (p² − 2q² = ±1), below and above, into BigInteger sizes. */
    @Example
    void sqrtTwoAgainstItsConvergents() {
        RealAlgebraic sqrt2 = root(UnivariatePolynomial.ofIntegers(-2, 0, 1), 1);
        BigInteger p = BigInteger.ONE;
        BigInteger q = BigInteger.ONE;
        for (int i = 0; i < 60; i++) {
            int expected = p.multiply(p).compareTo(q.multiply(q).shiftLeft(1)) < 0 ? 1 : -1;
            RealAlgebraic r = RealAlgebraic.of(Rational.of(p, q));
            assertEquals(expected, Integer.signum(sqrt2.compareTo(r)), "√2 vs " + p + "/" + q);
            assertEquals(-expected, Integer.signum(r.compareTo(sqrt2)), p + "/" + q + " vs √2");
            BigInteger next = p.add(q.shiftLeft(1));
            q = p.add(q);
            p = next;
        }
    }

    /** The roots of (x² − 2)(x² − 3) are −√3 < −√2 < √2 < √3, each equal to the same root of its own factor. */
    @Example
    void rootsOfAProductOfQuadratics() {
        UnivariatePolynomial two = UnivariatePolynomial.ofIntegers(-2, 0, 1);
        UnivariatePolynomial three = UnivariatePolynomial.ofIntegers(-3, 0, 1);
        List<RealAlgebraic> roots = new RootIsolation(two.multiply(three)).realRoots();
        List<RealAlgebraic> expected = List.of(root(three, 0), root(two, 0), root(two, 1), root(three, 1));
        assertEquals(4, roots.size());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(Integer.compare(i, j), Integer.signum(roots.get(i).compareTo(expected.get(j))), "root " + i + " vs " + j);
                assertEquals(i == j, roots.get(i).equals(expected.get(j)));
            }
            assertEquals(expected.get(i).hashCode(), roots.get(i).hashCode());
        }
    }

    /** 2 − √2 given by x² − 4x + 2, by (x² − 4x + 2)(x − 5), and by (x² − 4x + 2)², one number. */
    @Example
    void twoMinusSqrtTwoByDifferentPolynomials() {
        UnivariatePolynomial p = UnivariatePolynomial.ofIntegers(2, -4, 1);
        RealAlgebraic minimal = RealAlgebraic.of(p, Rational.ZERO, Rational.ONE);
        RealAlgebraic timesLinear = RealAlgebraic.of(p.multiply(UnivariatePolynomial.ofIntegers(-5, 1)), Rational.ZERO, Rational.ONE);
        RealAlgebraic squared = RealAlgebraic.of(p.multiply(p), Rational.of(1, 2), Rational.of(3, 4));
        RealAlgebraic fromList = root(p.multiply(UnivariatePolynomial.ofIntegers(-5, 1)), 0);
        for (RealAlgebraic other : List.of(timesLinear, squared, fromList)) {
            assertEquals(0, minimal.compareTo(other));
            assertEquals(0, other.compareTo(minimal));
            assertEquals(minimal, other);
            assertEquals(minimal.hashCode(), other.hashCode());
        }
        // 2 − √2 lies between 0.5857864376 and 0.5857864377 (0.5857864376² − 4·0.5857864376 + 2 > 0 > the same at ...77).
        assertTrue(minimal.compareTo(RealAlgebraic.of(Rational.parse("0.5857864376"))) > 0);
        assertTrue(minimal.compareTo(RealAlgebraic.of(Rational.parse("0.5857864377"))) < 0);
        assertTrue(minimal.compareTo(root(UnivariatePolynomial.ofIntegers(-2, 0, 1), 1)) < 0);
    }

    /** A rational root of a product with an irrational factor is found exactly. */
    @Example
    void rationalRootsOfMixedPolynomialsAreRational() {
        UnivariatePolynomial p = UnivariatePolynomial.of(Rational.of(-1, 3), Rational.ONE).multiply(UnivariatePolynomial.ofIntegers(-2, 0, 1));
        List<RealAlgebraic> roots = new RootIsolation(p).realRoots();
        assertEquals(3, roots.size());
        assertTrue(roots.get(1).isRational());
        assertEquals(Rational.of(1, 3), roots.get(1).toRational());
        assertEquals(RealAlgebraic.of(Rational.of(1, 3)), roots.get(1));
        assertEquals(RealAlgebraic.of(Rational.of(1, 3)).hashCode(), roots.get(1).hashCode());
        assertNotNull(roots.get(0).toString());
    }
}
