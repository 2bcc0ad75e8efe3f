package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.equicert.game.Corpus;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** The n-player Nash set: decided supports, components across supports, brute force on a grid. */
class NPlayerNashSetTest {

    @Test
    void nau2004Section6IsOneSegment() {
        NormalFormGame g = GameFiles.read(Corpus.file("catalog/journals/ijgt/nau2004/sec6.nfg"));
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        assertTrue(s.complete());
        assertEquals(1, s.components().size());
        SupportEquilibria.Component c = s.components().get(0);
        assertEquals(1, c.dimension());
        assertTrue(c.separated());
        assertTrue(s.components().stream().noneMatch(SupportEquilibria.Component::isIsolatedEquilibrium));
        // the segment's ends, (1/2,1/2; 1/2,1/2; 1/2,1/2,0,0) and (…; 0,0,1/2,1/2), belong to it
        assertEquals(2, c.isolated().size());
        assertEquals(1, c.continua().size());
    }

    @Test
    void nau2004Section5HasItsCompletelyMixedContinuum() {
        NormalFormGame g = GameFiles.read(Corpus.file("catalog/journals/ijgt/nau2004/sec5.nfg"));
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        assertTrue(s.complete());
        ExpectedUtility eu = new ExpectedUtility(g);
        List<SupportEquilibria.Continuum> mixed = s.continua().stream()
                .filter(c -> Arrays.stream(c.supports()).allMatch(x -> x.length == 2)).toList();
        assertEquals(1, mixed.size());
        assertEquals(1, mixed.get(0).dimension());
        assertTrue(eu.isNash(mixed.get(0).witness().orElseThrow()));
        // the file: 3 pure equilibria (each isolated within its support) and the continuum
        assertEquals(3, s.isolated().stream().filter(e -> e.exact().orElseThrow().isPure()).count());
        // p3 = 1/4 along the completely mixed curve, p1 = 3(1 − p2)/(3 − p2)
        MixedProfile w = mixed.get(0).witness().orElseThrow();
        assertEquals(Rational.of(1, 4), w.probability(2, 0));
        Rational p2 = w.probability(1, 0);
        assertEquals(Rational.of(3).multiply(Rational.ONE.subtract(p2)).divide(Rational.of(3).subtract(p2)), w.probability(0, 0));
    }

    @Test
    void contradictoryConstantIndifferenceDecidesTheSupport() {
        // player 1's two actions differ by the constant 1 whatever the others do: no support with both
        Rational[][] p = new Rational[3][8];
        for (int k = 0; k < 8; k++) {
            int[] prof = NormalFormGame.of(new int[] {2, 2, 2}, zeros()).profile(k);
            p[0][k] = Rational.of(prof[0] == 0 ? 1 : 0);
            p[1][k] = Rational.of((prof[0] + prof[1] + prof[2]) % 2);
            p[2][k] = Rational.of(prof[1] * prof[2]);
        }
        SupportEquilibria s = new SupportEnumeration(NormalFormGame.of(new int[] {2, 2, 2}, p), 5_000).solve();
        assertTrue(s.complete());
        for (SupportEquilibria.Isolated e : s.isolated()) {
            assertEquals(1, e.supports()[0].length);
        }
    }

    private static Rational[][] zeros() {
        Rational[][] z = new Rational[3][8];
        for (Rational[] row : z) {
            Arrays.fill(row, Rational.ZERO);
        }
        return z;
    }

    /**
     * Random 2×2×2 games with payoffs −2..2 (ties and degeneracy frequent): every support decided,
     * every reported point exactly Nash, and every Nash profile of the grid with denominators up to
     * 6 lies in a reported piece (equal to an isolated equilibrium, or with the supports of a continuum).
     */
    @Test
    void randomThreePlayerGamesAgreeWithBruteForceOnAGrid() {
        List<Rational> grid = new ArrayList<>();
        for (int d = 1; d <= 6; d++) {
            for (int n = 0; n <= d; n++) {
                Rational r = Rational.of(n, d);
                if (!grid.contains(r)) {
                    grid.add(r);
                }
            }
        }
        for (int run = 0; run < 40; run++) {
            final int seed = run;
            Random rnd = new Random(seed);
            Rational[][] p = new Rational[3][8];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 8; k++) {
                    p[i][k] = Rational.of(rnd.nextInt(5) - 2);
                }
            }
            NormalFormGame g = NormalFormGame.of(new int[] {2, 2, 2}, p);
            SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
            assertTrue(s.complete(), "seed " + seed + ": " + s.unresolved());
            ExpectedUtility eu = new ExpectedUtility(g);
            for (SupportEquilibria.Isolated e : s.isolated()) {
                e.exact().ifPresent(x -> assertTrue(eu.isNash(x), "seed " + seed + " " + x));
            }
            for (SupportEquilibria.Continuum c : s.continua()) {
                assertTrue(eu.isNash(c.witness().orElseThrow()), "seed " + seed + " " + c.witness().orElseThrow());
                c.boundary().forEach(b -> assertTrue(eu.isNash(b), "seed " + seed + " end " + b));
            }
            for (Rational a : grid) {
                for (Rational b : grid) {
                    for (Rational c : grid) {
                        MixedProfile x = MixedProfile.of(new Rational[][] {
                            {a, Rational.ONE.subtract(a)}, {b, Rational.ONE.subtract(b)}, {c, Rational.ONE.subtract(c)}});
                        if (eu.isNash(x)) {
                            assertTrue(SupportBruteForceProperties.covered(s, x), "seed " + seed + ": grid equilibrium " + x + " missed");
                        }
                    }
                }
            }
        }
    }
}
