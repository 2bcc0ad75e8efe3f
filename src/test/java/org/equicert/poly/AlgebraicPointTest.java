package org.equicert.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/** {@link AlgebraicPoint#value}: an element of Q(θ) as a real algebraic number, exactly. */
class AlgebraicPointTest {

    /** √5, the root of x² − 5 in (2, 3]. */
    private static final RealAlgebraic SQRT5 = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-5, 0, 1), Rational.TWO, Rational.of(3));
    /** ∛2, the root of x³ − 2 in (1, 2]. */
    private static final RealAlgebraic CBRT2 = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 0, 0, 1), Rational.ONE, Rational.TWO);

    @Example
    void seedFiftyThreesProbabilityIsOneHalfMinusRootFiveOverTen() {
        RealAlgebraic x = AlgebraicPoint.value(SQRT5, UnivariatePolynomial.of(Rational.HALF, Rational.of(-1, 10)));
        assertEquals("1/2 - (1/10)√5", x.toString());
        assertEquals(0, x.signOf(UnivariatePolynomial.of(Rational.of(1, 5), Rational.MINUS_ONE, Rational.ONE)), "x² − x + 1/5 = 0 at " + x);
    }

    @Example
    void aCubicFieldElementIsTheRootOfItsResultant() {
        RealAlgebraic x = new AlgebraicPoint(CBRT2, List.of(UnivariatePolynomial.of(Rational.ZERO, Rational.ZERO, Rational.ONE))).coordinate(0);
        assertEquals(UnivariatePolynomial.ofIntegers(-4, 0, 0, 1).monic(), x.polynomial().monic(), "∛4 = θ² with θ = ∛2");
        assertTrue(x.compareTo(RealAlgebraic.of(Rational.of(158, 100))) > 0 && x.compareTo(RealAlgebraic.of(Rational.of(159, 100))) < 0, x.toString());
    }

    @Example
    void constantsAndMultiplesOfTheModulusAreRational() {
        assertEquals(RealAlgebraic.of(Rational.of(-7, 3)), AlgebraicPoint.value(SQRT5, UnivariatePolynomial.constant(Rational.of(-7, 3))));
        assertEquals(RealAlgebraic.of(Rational.ONE), AlgebraicPoint.value(SQRT5, UnivariatePolynomial.ofIntegers(-4, 0, 1)), "θ² − 4 = 1");
        assertEquals(RealAlgebraic.of(Rational.ZERO), AlgebraicPoint.value(SQRT5, UnivariatePolynomial.ZERO));
    }

    /** a + b·√5 is the root of (x − a)² − 5b² on the side of a given by the sign of b. */
    @Property(tries = 40)
    void affineImagesOfRootFive(@ForAll @IntRange(min = -20, max = 20) int a, @ForAll @IntRange(min = -20, max = 20) int b,
            @ForAll @IntRange(min = 1, max = 12) int d) {
        net.jqwik.api.Assume.that(b != 0);
        Rational ra = Rational.of(a, d);
        Rational rb = Rational.of(b, d);
        RealAlgebraic x = AlgebraicPoint.value(SQRT5, UnivariatePolynomial.of(ra, rb));
        UnivariatePolynomial shifted = UnivariatePolynomial.of(ra.negate(), Rational.ONE);
        UnivariatePolynomial q = shifted.multiply(shifted).subtract(UnivariatePolynomial.constant(rb.multiply(rb).multiply(Rational.of(5))));
        assertEquals(0, x.signOf(q), x + " is a root of " + q);
        assertEquals(Integer.signum(b), x.compareTo(RealAlgebraic.of(ra)), x + " against " + ra);
    }
}
