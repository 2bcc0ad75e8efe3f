package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.equicert.game.Corpus;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class SupportEnumerationTest {

    /**
     * McKelvey and McLennan's 2×2×2 game (as given in Gambit's documentation): payoffs (9,8,12) at
     * (1,1,1), (9,8,2) at (2,2,1), (3,4,6) at (2,1,2) and (1,2,2), zero elsewhere.
     */
    static NormalFormGame mckelveyMcLennan() {
        Rational[][] p = new Rational[3][8];
        long[][] nonzero = {{0, 9, 8, 12}, {3, 9, 8, 2}, {5, 3, 4, 6}, {6, 3, 4, 6}};
        for (Rational[] row : p) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (long[] e : nonzero) {
            for (int i = 0; i < 3; i++) {
                p[i][(int) e[0]] = Rational.of(e[1 + i]);
            }
        }
        return NormalFormGame.of(new int[] {2, 2, 2}, p);
    }

    @Test
    void mckelveyMcLennanHasNineEquilibriaTwoTotallyMixed() {
        NormalFormGame g = mckelveyMcLennan();
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        assertTrue(s.complete());
        assertEquals(9, s.isolated().size());
        assertTrue(s.continua().isEmpty());
        ExpectedUtility eu = new ExpectedUtility(g);
        TreeSet<String> found = new TreeSet<>();
        int totallyMixed = 0;
        for (SupportEquilibria.Isolated e : s.isolated()) {
            assertTrue(e.exact().isPresent());
            assertTrue(eu.isNash(e.exact().get()));
            found.add(e.exact().get().toString());
            if (e.supports()[0].length == 2 && e.supports()[1].length == 2 && e.supports()[2].length == 2) {
                totallyMixed++;
            }
        }
        assertEquals(2, totallyMixed);
        // the two totally mixed ones (indifference checked from the definition in the next test)
        assertTrue(found.contains("1/2,1/2;2/5,3/5;1/4,3/4"));
        assertTrue(found.contains("2/5,3/5;1/2,1/2;1/3,2/3"));
        // the corpus file is the same game
        NormalFormGame file = GameFiles.read(Corpus.file("contrib/games/2x2x2.nfg"));
        assertEquals(g.payoffTable()[2][5], file.payoffTable()[2][5]);
        assertEquals(9, new SupportEnumeration(file, 20_000).solve().isolated().size());
    }

    @Test
    void totallyMixedPointsSatisfyTheIndifferenceEquationsByHand() {
        // at (1/2, 2/5, 1/4) every player's two actions earn the same, e.g. player 1: 9·(2/5)(1/4) = 9/10 for
        // action 1 and 9·(3/5)(1/4) + 3·(2/5)(3/4)... computed here from the table
        NormalFormGame g = mckelveyMcLennan();
        ExpectedUtility eu = new ExpectedUtility(g);
        var profile = org.equicert.game.MixedProfile.of(new Rational[][] {
            {Rational.HALF, Rational.HALF}, {Rational.of(2, 5), Rational.of(3, 5)}, {Rational.of(1, 4), Rational.of(3, 4)}});
        for (int i = 0; i < 3; i++) {
            Rational[] pay = eu.actionPayoffs(i, profile);
            assertEquals(pay[0], pay[1], "player " + (i + 1));
        }
    }

    @Test
    void agreesWithPolytopeEnumerationOnRandomNondegenerateBimatrixGames() {
        for (int seed = 0; seed < 60; seed++) {
            Random rnd = new Random(seed);
            int m = 2 + rnd.nextInt(3);
            int n = 2 + rnd.nextInt(3);
            long[][] a = new long[m][n];
            long[][] b = new long[m][n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = rnd.nextInt(1000);
                    b[i][j] = rnd.nextInt(1000);
                }
            }
            NormalFormGame g = NormalFormGame.bimatrix(a, b);
            TreeSet<String> polytope = new TreeSet<>();
            TwoPlayerEnumeration.solve(g).extremeEquilibria().forEach(e -> polytope.add(e.profile().toString()));
            TreeSet<String> supports = new TreeSet<>();
            SupportEquilibria s = new SupportEnumeration(g, 10_000).solve();
            s.isolated().forEach(e -> supports.add(e.exact().orElseThrow().toString()));
            assertTrue(s.continua().isEmpty());
            assertEquals(polytope, supports, "seed " + seed);
        }
    }

    @Test
    void aContinuumIsReportedWithItsDimensionAndAWitness() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 0}}, new long[][] {{1, 1}, {0, 0}});
        SupportEquilibria s = new SupportEnumeration(g, 1_000).solve();
        // pure (T,L), (T,R), and the open segment T x (0,1) of mixtures
        assertEquals(2, s.isolated().size());
        assertEquals(1, s.continua().size());
        assertEquals(1, s.continua().get(0).dimension());
        assertTrue(new ExpectedUtility(g).isNash(s.continua().get(0).witness().orElseThrow()));
        assertEquals(List.of(0), java.util.Arrays.stream(s.continua().get(0).supports()[0]).boxed().toList());
    }

    @Test
    void anIrrationalEquilibriumIsIsolatedInABoxContainingTheAlgebraicSolution() {
        long[][] pay = {{8, 2, 0, 7, 9, 0, 6, 9}, {7, 8, 4, 6, 4, 4, 4, 6}, {7, 9, 0, 1, 8, 7, 9, 2}};
        Rational[][] p = new Rational[3][8];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 8; k++) {
                p[i][k] = Rational.of(pay[i][k]);
            }
        }
        NormalFormGame g = NormalFormGame.of(new int[] {2, 2, 2}, p);
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        assertTrue(s.complete());
        List<SupportEquilibria.Isolated> irrational = s.isolated().stream().filter(e -> e.exact().isEmpty()).toList();
        assertEquals(1, irrational.size());
        // Solved independently (sympy, from the three indifference equations): player 1 plays its first
        // action with p = (319 − √99481)/114 ≈ 0.0315255, player 2 with (547 − √99481)/584, player 3 with
        // (373 − √99481)/118. For c − √d/k in [lo, hi]: c − k·hi ≤ √d ≤ c − k·lo, checked by squaring.
        long[][] forms = {{319, 114}, {547, 584}, {373, 118}};
        for (int i = 0; i < 3; i++) {
            org.equicert.number.RationalInterval box = irrational.get(0).box()[i][0];
            Rational c = Rational.of(forms[i][0]);
            Rational k = Rational.of(forms[i][1]);
            Rational low = c.subtract(k.multiply(box.upper()));
            Rational high = c.subtract(k.multiply(box.lower()));
            assertTrue(low.signum() > 0);
            assertTrue(low.multiply(low).compareTo(Rational.of(99481)) < 0, "player " + (i + 1));
            assertTrue(high.multiply(high).compareTo(Rational.of(99481)) > 0, "player " + (i + 1));
            assertTrue(box.width().compareTo(Rational.of(1, 1_000_000_000L)) < 0);
        }
    }

    @Test
    void threePlayerAllZeroGameIsOneBigContinuum() {
        Rational[][] p = new Rational[3][8];
        for (Rational[] row : p) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        SupportEquilibria s = new SupportEnumeration(NormalFormGame.of(new int[] {2, 2, 2}, p), 1_000).solve();
        // 8 pure profiles are isolated within their supports; every other support is a continuum or unresolved
        assertEquals(8, s.isolated().size());
        assertEquals(27 - 8, s.continua().size() + s.unresolved().size());
    }
}
