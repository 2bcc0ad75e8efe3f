package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Differential properties of {@link RationalInterval} against exact reference arithmetic on its ends. */
class RationalIntervalProperties {

    @Provide
    Arbitrary<RationalInterval> intervals() {
        return DifferentialOperands.intervals();
    }

    @Provide
    Arbitrary<Rational> rationals() {
        return DifferentialOperands.rationals();
    }

    @Property(tries = 300)
    void everyOperationAgreesWithTheReference(@ForAll("intervals") RationalInterval a, @ForAll("intervals") RationalInterval b,
            @ForAll("rationals") Rational c) {
        RationalDifferential.Tally t = new RationalDifferential.Tally();
        RationalIntervalDifferential.all(t, a, b, c);
        t.assertNone();
    }

    @Example
    void simplestRationalOfKnownIntervals() {
        assertEquals(Rational.of(1, 3), new RationalInterval(Rational.of(3, 10), Rational.of(7, 20)).simplest());
        assertEquals(Rational.of(-1, 3), new RationalInterval(Rational.of(-7, 20), Rational.of(-3, 10)).simplest());
        assertEquals(Rational.ZERO, new RationalInterval(Rational.of(-1, 1000), Rational.of(1, 1000)).simplest());
        assertEquals(Rational.of(2), new RationalInterval(Rational.of(3, 2), Rational.of(5, 2)).simplest());
        assertEquals(Rational.of(Long.MAX_VALUE), RationalInterval.point(Rational.of(Long.MAX_VALUE)).simplest());
        assertEquals(Rational.of(1, Long.MAX_VALUE - 1), new RationalInterval(Rational.of(1, Long.MAX_VALUE), Rational.of(1, Long.MAX_VALUE - 1)).simplest());
        assertEquals(Rational.of(2, Long.MAX_VALUE), new RationalInterval(Rational.of(2, Long.MAX_VALUE), Rational.of(2, Long.MAX_VALUE)).simplest());
    }

    @Example
    void emptyIntervalsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RationalInterval(Rational.ONE, Rational.ZERO));
    }

    /** Regression: a negative bit count reached Rational.of(x, 0) and threw "zero denominator in 0/0". */
    @Example
    void roundOutwardRejectsNegativeBits() {
        RationalInterval unit = new RationalInterval(Rational.ZERO, Rational.ONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> unit.roundOutward(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertEquals(new RationalInterval(Rational.ZERO, Rational.ONE), new RationalInterval(Rational.of(1, 3), Rational.of(2, 3)).roundOutward(0));
    }
}
