package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Optional forms of values that used to be null, and their null-returning delegates. */
class OptionalFormsTest {

    @Test
    void quadraticFormOnlyUpToDegreeTwo() {
        RealAlgebraic sqrt2 = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 0, 1), Rational.ONE, Rational.TWO);
        assertEquals(Optional.of("√2"), sqrt2.quadraticForm());
        assertEquals("√2", sqrt2.closedForm());
        RealAlgebraic cubeRoot2 = RealAlgebraic.of(UnivariatePolynomial.ofIntegers(-2, 0, 0, 1), Rational.ONE, Rational.TWO);
        assertEquals(Optional.empty(), cubeRoot2.quadraticForm());
        assertNull(cubeRoot2.closedForm());
        assertEquals(Optional.of("-3/4"), RealAlgebraic.of(Rational.of(-3, 4)).quadraticForm());
    }

    @Test
    void intervalIntersection() {
        RationalInterval a = new RationalInterval(Rational.ZERO, Rational.ONE);
        RationalInterval b = new RationalInterval(Rational.ONE, Rational.TWO);
        RationalInterval c = new RationalInterval(Rational.TWO, Rational.of(3));
        assertEquals(Optional.of(RationalInterval.point(Rational.ONE)), a.intersection(b));
        assertEquals(Optional.empty(), a.intersection(c));
        assertNull(a.intersect(c));
    }

    @Test
    void terminatingDecimals() {
        assertEquals(Optional.of(new BigDecimal("0.375")), Rational.of(3, 8).terminatingDecimal());
        assertEquals(Optional.empty(), Rational.of(1, 3).terminatingDecimal());
        assertEquals(Optional.of(new BigDecimal("-9223372036854775808")), Rational.of(Long.MIN_VALUE).terminatingDecimal());
    }
}
