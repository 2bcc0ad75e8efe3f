package org.equicert.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class ExpectedUtilityTest {

    /** Seed 000's coordination game: (high, high) 10, (low, low) 5, else 0. */
    static NormalFormGame coordination() {
        return NormalFormGame.bimatrix(new long[][] {{10, 0}, {0, 5}}, new long[][] {{10, 0}, {0, 5}});
    }

    private static Rational[] v(String... xs) {
        Rational[] r = new Rational[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = Rational.parse(xs[i]);
        }
        return r;
    }

    @Test
    void seedZeroCoordinationGameHasTheThreeStatedEquilibria() {
        NormalFormGame g = coordination();
        ExpectedUtility eu = new ExpectedUtility(g);
        assertTrue(g.isCommonPayoff());
        assertTrue(eu.isNash(MixedProfile.pure(g.actionCounts(), new int[] {0, 0})));
        assertTrue(eu.isNash(MixedProfile.pure(g.actionCounts(), new int[] {1, 1})));
        MixedProfile mixed = MixedProfile.of(new Rational[][] {v("1/3", "2/3"), v("1/3", "2/3")});
        assertTrue(eu.isNash(mixed));
        assertEquals(Rational.of(10, 3), eu.payoff(0, mixed));
        MixedProfile highLow = MixedProfile.pure(g.actionCounts(), new int[] {0, 1});
        assertFalse(eu.isNash(highLow));
        assertArrayEquals(v("0", "5"), eu.regrets(0, highLow));
        assertArrayEquals(v("10", "0"), eu.regrets(1, highLow));
        assertEquals(Rational.of(10), eu.maxRegret(highLow));
    }

    @Test
    void profilesAreValidatedExactly() {
        assertThrows(IllegalArgumentException.class, () -> MixedProfile.of(new Rational[][] {v("0.3333", "0.6666")}));
        assertThrows(IllegalArgumentException.class, () -> MixedProfile.of(new Rational[][] {v("-1", "2")}));
        NormalFormGame g = coordination();
        assertEquals(2, g.index(new int[] {0, 1}));
        assertArrayEquals(new int[] {0, 1}, g.profile(2));
        assertEquals("(high, low)".replace("high", "1").replace("low", "2"), g.describe(new int[] {0, 1}));
    }
}
