package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnclosuresTest {

    @Test
    void expOfOneContainsEulersNumberAndIsNarrow() {
        RationalInterval e = Enclosures.exp(Rational.ONE, 30);
        assertTrue(e.contains(Rational.parse("2.718281828459045235360287471352662")));
        assertFalse(e.contains(Rational.parse("2.718281828459045235360287471")));
        assertTrue(e.width().compareTo(Rational.parse("1e-29")) < 0);
    }

    @Test
    void logOfTwoContainsLn2() {
        RationalInterval l = Enclosures.log(Rational.TWO, 25);
        assertTrue(l.contains(Rational.parse("0.69314718055994530941723212145")));
        assertFalse(l.contains(Rational.parse("0.6931471805599453094")));
    }

    @Test
    void verificationRejectsAWrongEnclosure() {
        assertFalse(Enclosures.verifyExp(Rational.ONE, new RationalInterval(Rational.parse("2.71"), Rational.parse("2.7182"))));
        assertTrue(Enclosures.verifyExp(Rational.of(7), new RationalInterval(Rational.parse("1096.633"), Rational.parse("1096.634"))));
        assertThrows(IllegalArgumentException.class, () -> Enclosures.log(Rational.ZERO, 5));
    }
}
