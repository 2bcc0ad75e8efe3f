package org.equicert.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.game.GamutGenerator;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class SymmetricSoftmaxTest {

    @Test
    void hundredPlayersThreeActionsExactly() {
        SymmetricPayoffs s = GamutGenerator.symmetric(GamutGenerator.GameClass.COORDINATION, 100, 3, 11);
        assertEquals(5151, s.payoffs().size());
        SymmetricSoftmax sm = new SymmetricSoftmax(s);
        // b = 2: the orbit distribution sums to exactly 1 and puts most mass on an all-equal orbit
        Rational total = Rational.ZERO;
        java.util.Map<List<Integer>, Rational> dist = sm.orbitDistribution(Rational.TWO);
        for (Rational p : dist.values()) {
            total = total.add(p);
        }
        assertEquals(Rational.ONE, total);
        List<Integer> top = dist.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(top.contains(100), "the most likely orbit is a unanimous one, got " + top);
        // Z counts all 3^100 profiles at b = 1; E at b = 1001/1000 (alpha = 100 ln 1.001) lies in the payoff range
        assertEquals(Rational.of(java.math.BigInteger.valueOf(3).pow(100)), sm.partitionFunction(Rational.ONE));
        Rational e = sm.expectedUtility(Rational.parse("1001/1000"));
        assertTrue(e.compareTo(Rational.of(-100)) >= 0 && e.compareTo(Rational.of(100)) <= 0);
        assertTrue(sm.expectedUtility(Rational.TWO).compareTo(e) > 0, "E[U] increases with alpha");
    }

    @Test
    void twoPlayerOrbitsByHand() {
        // two players, two actions: counts (2,0) pay 2, (1,1) pay 0, (0,2) pay 1; b = 2, u_min = 0:
        // Z = 1*4 + 2*1 + 1*2 = 8, E = (2*4 + 0 + 1*2)/8 = 5/4
        Map<List<Integer>, Rational> p = new HashMap<>();
        p.put(List.of(2, 0), Rational.TWO);
        p.put(List.of(1, 1), Rational.ZERO);
        p.put(List.of(0, 2), Rational.ONE);
        SymmetricSoftmax sm = new SymmetricSoftmax(SymmetricPayoffs.of(2, 2, p));
        assertEquals(Rational.of(8), sm.partitionFunction(Rational.TWO));
        assertEquals(Rational.of(5, 4), sm.expectedUtility(Rational.TWO));
        assertEquals(Rational.of(1, 4), sm.orbitDistribution(Rational.TWO).get(List.of(1, 1)));
    }
}
