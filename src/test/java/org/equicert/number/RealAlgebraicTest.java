package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RealAlgebraicTest {

    /** 2 − √2, the partygoers' optimal drink probability (seed 001, App. C): root of x² − 4x + 2 in (0, 1]. */
    private static RealAlgebraic twoMinusSqrt2() {
        return RealAlgebraic.of(UnivariatePolynomial.ofIntegers(2, -4, 1), Rational.ZERO, Rational.ONE);
    }

    @Test
    void printsQuadraticIrrationalsInClosedForm() {
        assertEquals("2 - √2", twoMinusSqrt2().toString());
        // (49 + √3193)/2 is the larger root of x^2 - 49x - 198 (= x^2 - 49x + (49^2 - 3193)/4).
        List<RealAlgebraic> roots = new RootIsolation(UnivariatePolynomial.ofIntegers(-198, -49, 1)).realRoots();
        assertEquals("49/2 + (1/2)√3193", roots.get(1).toString());
        assertEquals("-√2", new RootIsolation(UnivariatePolynomial.ofIntegers(-2, 0, 1)).realRoots().get(0).toString());
    }

    @Test
    void exactDecimalExpansionTruncatesTowardZero() {
        assertEquals("0.5857864376269049511…", twoMinusSqrt2().toDecimalString(19));
        RealAlgebraic minusSqrt2 = new RootIsolation(UnivariatePolynomial.ofIntegers(-2, 0, 1)).realRoots().get(0);
        assertEquals("-1.41421356…", minusSqrt2.toDecimalString(8));
        assertEquals("0.25", RealAlgebraic.of(Rational.of(1, 4)).toDecimalString(2));
        assertEquals("0.33…", RealAlgebraic.of(Rational.of(1, 3)).toDecimalString(2));
    }

    @Test
    void comparisonAndSignsAreExact() {
        RealAlgebraic a = twoMinusSqrt2();
        assertTrue(a.compareTo(RealAlgebraic.of(Rational.parse("0.58578643"))) > 0);
        assertTrue(a.compareTo(RealAlgebraic.of(Rational.parse("0.58578644"))) < 0);
        // The same number from a different defining polynomial (times (x - 5)) compares equal.
        RealAlgebraic same = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(2, -4, 1).multiply(UnivariatePolynomial.ofIntegers(-5, 1)),
                Rational.HALF, Rational.ONE);
        assertEquals(0, a.compareTo(same));
        // 2(1-p)^2 - p^2 vanishes at p = 2 - √2 (the partygoers' indifference condition).
        UnivariatePolynomial indifference = UnivariatePolynomial.ofIntegers(2, -4, 2).subtract(UnivariatePolynomial.ofIntegers(0, 0, 1));
        assertEquals(0, a.signOf(indifference));
        assertEquals(1, a.signOf(UnivariatePolynomial.ofIntegers(-1, 2)));
        assertThrows(IllegalArgumentException.class, () -> RealAlgebraic.of(UnivariatePolynomial.ofIntegers(2, -4, 1), Rational.ZERO, Rational.of(4)));
    }
}
