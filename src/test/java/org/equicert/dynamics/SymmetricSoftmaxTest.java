package org.equicert.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.game.GamutGenerator;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class SymmetricSoftmaxTest {

    /** 100 players, 3 actions; the common payoff is the size of the largest group of equal actions. */
    static SymmetricPayoffs largestGroup(int n) {
        Map<List<Integer>, Rational> p = new HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(n, 3)) {
            p.put(k, Rational.of(Collections.max(k)));
        }
        return SymmetricPayoffs.of(n, 3, p);
    }

    @Test
    void hundredPlayersThreeActionsOrbitDistributionExactly() {
        SymmetricSoftmax sm = new SymmetricSoftmax(largestGroup(100));
        Rational b = Rational.parse("3/2");
        Map<List<Integer>, Rational> dist = sm.orbitDistribution(b);
        assertEquals(5151, dist.size());
        Rational total = Rational.ZERO;
        for (Rational p : dist.values()) {
            total = total.add(p);
        }
        assertEquals(Rational.ONE, total);
        // pi(100,0,0) / pi(99,1,0) = (1 * b^100) / (100 * b^99) = b/100
        assertEquals(b.divide(Rational.of(100)), dist.get(List.of(100, 0, 0)).divide(dist.get(List.of(99, 1, 0))));
        // pi(34,33,33) / pi(33,34,33): same payoff 34, multinomials equal by symmetry
        assertEquals(dist.get(List.of(34, 33, 33)), dist.get(List.of(33, 34, 33)));
        // the ranking by integer weights agrees with the reduced distribution
        var top = sm.mostLikelyOrbits(b, 3);
        assertEquals(dist.get(top.get(0).getKey()), top.get(0).getValue());
        assertTrue(top.get(0).getValue().compareTo(top.get(1).getValue()) >= 0);
        // entropy beats unanimity at b = 3/2: the top orbit is the maximum of the full distribution
        assertEquals(java.util.Collections.max(dist.values()), top.get(0).getValue());
    }

    @Test
    void hundredPlayerGamutGameZAndExpectedUtility() {
        SymmetricPayoffs s = GamutGenerator.symmetric(GamutGenerator.GameClass.COORDINATION, 100, 3, 11);
        SymmetricSoftmax sm = new SymmetricSoftmax(s);
        assertEquals(100, sm.scale(), "payoffs are multiples of 1/100");
        assertEquals(Rational.of(java.math.BigInteger.valueOf(3).pow(100)), sm.partitionFunction(Rational.ONE));
        Rational low = sm.expectedUtility(Rational.parse("1001/1000"));
        Rational high = sm.expectedUtility(Rational.TWO);
        assertTrue(low.compareTo(Rational.of(-100)) >= 0 && high.compareTo(Rational.of(100)) <= 0);
        assertTrue(high.compareTo(low) > 0, "E[U] increases with alpha");
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
