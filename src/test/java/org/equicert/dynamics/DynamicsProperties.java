package org.equicert.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.dynamics.simulation.ChainSimulation;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;

class DynamicsProperties {

    static NormalFormGame randomGame(long seed, boolean common) {
        SplittableRandom r = new SplittableRandom(seed);
        int players = r.nextInt(1, 4);
        int[] counts = new int[players];
        int profiles = 1;
        for (int i = 0; i < players; i++) {
            counts[i] = r.nextInt(1, 4);
            profiles *= counts[i];
        }
        Rational[][] pay = new Rational[players][profiles];
        for (int i = 0; i < players; i++) {
            for (int k = 0; k < profiles; k++) {
                pay[i][k] = common && i > 0 ? pay[0][k] : Rational.of(r.nextInt(-3, 4), r.nextInt(1, 3));
            }
        }
        return NormalFormGame.of(counts, pay);
    }

    static void assertStationary(MarkovChain chain, Rational[] pi) {
        assertArrayEquals(pi, chain.step(pi));
        Rational s = Rational.ZERO;
        for (Rational x : pi) {
            assertTrue(x.signum() >= 0);
            s = s.add(x);
        }
        assertEquals(Rational.ONE, s);
    }

    @Property(tries = 60)
    void commonPayoffStationaryDistributionIsTheSoftmaxAndSatisfiesPiPEqualsPi(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int b) {
        NormalFormGame g = randomGame(seed, true);
        LearningChain lc = LearningChain.common(g, Rational.of(b + 1, 2).max(Rational.ONE));
        MarkovChain chain = lc.chain();
        Rational[] softmax = lc.softmax();
        assertStationary(chain, softmax);
        List<StationaryAnalysis.ClosedClass> classes = new StationaryAnalysis(chain).closedClasses();
        assertEquals(1, classes.size());
        assertArrayEquals(softmax, classes.get(0).distribution());
    }

    @Property(tries = 60)
    void generalGamesStationaryDistributionsSatisfyPiPEqualsPi(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int b) {
        NormalFormGame g = randomGame(seed, false);
        MarkovChain chain = LearningChain.individual(g, Rational.of(b)).chain();
        for (StationaryAnalysis.ClosedClass c : new StationaryAnalysis(chain).closedClasses()) {
            assertStationary(chain, c.distribution());
        }
    }

    @Property(tries = 30)
    void orbitComputationAgreesWithTheFullTable(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int players,
            @ForAll @IntRange(min = 1, max = 3) int actions) {
        SplittableRandom r = new SplittableRandom(seed);
        java.util.Map<List<Integer>, Rational> pay = new java.util.HashMap<>();
        for (List<Integer> k : SymmetricPayoffs.countVectors(players, actions)) {
            pay.put(k, Rational.of(r.nextInt(-6, 7), 2));
        }
        SymmetricPayoffs s = SymmetricPayoffs.of(players, actions, pay);
        NormalFormGame g = s.toGame("t");
        Rational b = Rational.of(3, 2);
        SymmetricSoftmax orbits = new SymmetricSoftmax(s);
        SoftmaxAnalysis full = new SoftmaxAnalysis(g);
        assertEquals(full.limitValue(b), orbits.expectedUtility(b));
        Rational[] pi = full.softmax(b);
        java.util.Map<List<Integer>, Rational> byOrbit = new java.util.HashMap<>();
        for (int k = 0; k < pi.length; k++) {
            int[] a = g.profile(k);
            Integer[] c = new Integer[actions];
            java.util.Arrays.fill(c, 0);
            for (int x : a) {
                c[x]++;
            }
            byOrbit.merge(List.of(c), pi[k], Rational::add);
        }
        assertEquals(byOrbit, orbits.orbitDistribution(b));
    }

    @Property(tries = 5)
    void simulationAgreesWithTheExactRoundDistribution(@ForAll long seed) {
        NormalFormGame g = randomGame(seed, true);
        LearningChain lc = LearningChain.common(g, Rational.TWO);
        MarkovChain chain = lc.chain();
        int rounds = 6;
        Rational[] mu = lc.initialDistribution();
        for (int t = 1; t < rounds; t++) {
            mu = chain.step(mu);
        }
        int runs = 4000;
        long[] counts = new ChainSimulation(chain, seed).finalStateCounts(runs, rounds);
        double radius = ChainSimulation.hoeffdingRadius(runs, 1e-9);
        for (int k = 0; k < counts.length; k++) {
            assertTrue(Math.abs(counts[k] / (double) runs - ChainSimulation.toDouble(mu[k])) <= radius);
        }
    }
}
