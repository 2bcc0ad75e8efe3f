package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/**
 * {@link ExactPoints#at}: c₁·z + c₀ at z = √k is the root of ((w − c₀)/c₁)² − k on the side of c₀
 * that c₁'s sign gives, decided exactly (a differential check against the defining equation).
 */
class ExactPointsProperties {

    @Provide
    Arbitrary<Long> coefficient() {
        return Arbitraries.longs().edgeCases(c -> c.includeOnly(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Property(tries = 60)
    void anAffineImageOfASquareRootSolvesItsEquation(@ForAll @IntRange(min = 2, max = 60) int k, @ForAll("coefficient") long c1,
            @ForAll("coefficient") long c0) {
        Assume.that(c1 != 0);
        BigInteger root = BigInteger.valueOf(k).sqrt();
        Assume.that(!root.multiply(root).equals(BigInteger.valueOf(k)));
        RealAlgebraic z = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-k, 0, 1), Rational.ZERO, Rational.of(k));
        RealAlgebraic w = ExactPoints.at(z, UnivariatePolynomial.of(Rational.of(c0), Rational.of(c1))).orElseThrow();
        // ((w − c0)/c1)² − k = 0 exactly
        UnivariatePolynomial inverse = UnivariatePolynomial.of(Rational.of(c0).negate().divide(Rational.of(c1)), Rational.ONE.divide(Rational.of(c1)));
        UnivariatePolynomial equation = inverse.multiply(inverse).subtract(UnivariatePolynomial.constant(Rational.of(k)));
        assertEquals(0, w.signOf(equation));
        assertEquals(Long.signum(c1), w.signOf(UnivariatePolynomial.of(Rational.of(c0).negate(), Rational.ONE)));
    }

    @Property(tries = 30)
    void polynomialsReduceModuloTheMinimalPolynomial(@ForAll @IntRange(min = -5, max = 5) int a, @ForAll @IntRange(min = -5, max = 5) int b) {
        // (a + z²) at z = √2 is the rational a + 2; b·z³ = 2b·z
        RealAlgebraic z = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 0, 1), Rational.ZERO, Rational.TWO);
        assertEquals(RealAlgebraic.of(Rational.of(a + 2)), ExactPoints.at(z, UnivariatePolynomial.ofIntegers(a, 0, 1)).orElseThrow());
        RealAlgebraic cube = ExactPoints.at(z, UnivariatePolynomial.ofIntegers(0, 0, 0, b)).orElseThrow();
        assertEquals(0, cube.signOf(UnivariatePolynomial.ofIntegers(-8L * b * b, 0, 1)));
    }

    @Example
    void aCubicUnknownLeavesAQuadraticImageUnresolved() {
        // z = ∛2: z² does not reduce to degree ≤ 1, so no exact number is claimed
        RealAlgebraic z = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 0, 0, 1), Rational.ONE, Rational.TWO);
        assertEquals(java.util.Optional.empty(), ExactPoints.at(z, UnivariatePolynomial.ofIntegers(0, 0, 1)));
    }
}
