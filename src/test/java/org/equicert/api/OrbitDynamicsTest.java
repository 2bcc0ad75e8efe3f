package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** {@link OrbitDynamics} through the API, against the full-game job on the same seeds. */
class OrbitDynamicsTest {

    @Test
    void orbitsGiveExactlyTheFullGamesExpectedUtility() {
        for (String c : new String[] {"RandomGame", "CoordinationGame", "CollaborationGame"}) {
            for (long seed = 1; seed <= 3; seed++) {
                OrbitDynamicsResult o = OrbitDynamics.analyse(c, 3, 2, seed, Rational.of(3, 2), 12);
                ChainAnalysis.Common full = (ChainAnalysis.Common) LearningDynamics.analyse(
                        GamutGenerator.generate(GamutGenerator.GameClass.parse(c), 3, 2, seed), DynamicsOptions.atBase(Rational.of(3, 2)))
                        .analysis();
                assertEquals(full.expectedUtility(), o.expectedUtility(), c + " seed " + seed);
                assertEquals(4, o.orbitCount()); // C(3 + 1, 1)
            }
        }
    }

    @Test
    void thirtyPlayersWithThreeActionsHave496OrbitsListedMostLikelyFirst() {
        OrbitDynamicsResult o = OrbitDynamics.analyse("RandomGame", 30, 3, 5, Rational.TWO, 12);
        assertEquals(496, o.orbitCount()); // C(32, 2)
        assertEquals(OrbitDynamics.LISTED_ORBITS, o.mostLikely().size());
        for (int i = 1; i < o.mostLikely().size(); i++) {
            assertTrue(o.mostLikely().get(i - 1).probability().compareTo(o.mostLikely().get(i).probability()) >= 0);
        }
        for (OrbitDynamicsResult.Orbit x : o.mostLikely()) {
            assertEquals(30, x.counts().stream().mapToInt(Integer::intValue).sum());
        }
        assertEquals(Citation.Status.NOT_CERTIFIED, o.citation().status());
    }

    @Test
    void atBaseOneEveryProfileIsEquallyLikely() {
        // b = 1: the uniform law; a single player with two actions has orbits (1,0) and (0,1), each 1/2
        OrbitDynamicsResult o = OrbitDynamics.analyse("CoordinationGame", 1, 2, 9, Rational.ONE, 6);
        assertEquals(2, o.orbitCount());
        assertEquals(Rational.of(1, 2), o.mostLikely().get(0).probability());
        assertEquals(Rational.of(1, 2), o.mostLikely().get(1).probability());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> OrbitDynamics.analyse("NoSuchGame", 3, 2, 1, Rational.TWO, 12));
        assertThrows(IllegalArgumentException.class, () -> OrbitDynamics.analyse("RandomGame", 0, 2, 1, Rational.TWO, 12));
        assertThrows(IllegalArgumentException.class, () -> OrbitDynamics.analyse("RandomGame", 3, 11, 1, Rational.TWO, 12));
        assertThrows(IllegalArgumentException.class, () -> OrbitDynamics.analyse("RandomGame", 3, 2, 1, Rational.of(1, 2), 12));
        assertThrows(IllegalArgumentException.class, () -> OrbitDynamics.analyse("RandomGame", 3, 2, 1, Rational.TWO, 0));
    }
}
