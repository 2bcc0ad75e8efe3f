package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RationalTest {

    @Test
    void parsesEveryGambitNumberFormExactly() {
        assertEquals(Rational.of(5, 4), Rational.parse("1.25"));
        assertEquals(Rational.of(1, 2), Rational.parse(".5"));
        assertEquals(Rational.of(-1, 1000), Rational.parse("-1e-3"));
        assertEquals(Rational.of(250), Rational.parse("2.5E+2"));
        assertEquals(Rational.of(-3, 7), Rational.parse("-3/7"));
        assertEquals(Rational.of(3, 7), Rational.parse("6/14"));
        assertEquals(Rational.of(333333, 1000000), Rational.parse("0.333333"));
        assertEquals(Rational.of(12), Rational.parse("+12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1/0", "1/-2", "1..2", "e5", "1e", "--1", "1/2/3", "0x10", "1,5", "NaN", "Infinity", "1e99999999999"})
    void rejectsMalformedNumbers(String text) {
        assertThrows(NumberFormatException.class, () -> Rational.parse(text));
    }

    /** Regression: a 9-digit exponent was accepted and its exact value computed (125 s for 1e99999999). */
    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "1e999999999", "-2.5e-999999999", "1e1000001", ".1e-1000002"})
    void rejectsDecimalExponentsBeyondTheLimitAtOnce(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Rational.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void acceptsDecimalExponentsUpToTheLimit() {
        assertEquals(Rational.of(BigInteger.TEN.pow(Rational.MAX_DECIMAL_EXPONENT)), Rational.parse("1e1000000"));
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(Rational.MAX_DECIMAL_EXPONENT)), Rational.parse("1e-1000000"));
        assertEquals(Rational.of(5), Rational.parse("0.000005e000000006"));
    }

    @Test
    void overflowOfTheLongFastPathFallsBackToExactBigIntegers() {
        Rational big = Rational.of(Long.MAX_VALUE);
        Rational sum = big.add(big);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1), sum.numerator());
        assertEquals(big, sum.subtract(big));
        Rational tiny = Rational.of(1, Long.MAX_VALUE);
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.valueOf(Long.MAX_VALUE).pow(2)), tiny.multiply(tiny));
        assertEquals(Rational.of(Long.MIN_VALUE).negate().numerator(), BigInteger.valueOf(Long.MIN_VALUE).negate());
        assertTrue(Rational.of(Long.MAX_VALUE, 3).compareTo(Rational.of(Long.MAX_VALUE - 1, 3)) > 0);
    }

    @Test
    void powAndDecimalRendering() {
        assertEquals(Rational.of(1, 1024), Rational.TWO.pow(-10));
        assertEquals("0.333", Rational.of(1, 3).toDecimalString(3));
        assertEquals("(/ 1.0 3.0)", Rational.of(1, 3).toSmtLib());
        assertEquals("(- (/ 5.0 2.0))", Rational.of(-5, 2).toSmtLib());
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.reciprocal());
    }
}
