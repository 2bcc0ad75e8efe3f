package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.equicert.game.Corpus;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** Known answers, each derived by hand from the game's definition or taken from its publication. */
class TwoPlayerEnumerationTest {

    private static Rational[] r(String... s) {
        Rational[] out = new Rational[s.length];
        for (int k = 0; k < s.length; k++) {
            out[k] = Rational.parse(s[k]);
        }
        return out;
    }

    @Test
    void battleOfTheSexesHasTwoPureAndOneMixedEquilibrium() {
        // she prefers opera (2 vs 1), he prefers football (2 vs 1); mismatch pays 0
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
        assertEquals(3, set.extremeEquilibria().size());
        assertEquals(3, set.components().size());
        List<String> found = new ArrayList<>();
        for (TwoPlayerNashSet.ExtremeEquilibrium e : set.extremeEquilibria()) {
            found.add(e.profile() + " " + e.payoffs()[0] + " " + e.payoffs()[1]);
        }
        // the mixed one: he is indifferent when she plays x1 = 2 x2, she when 2 y1 = y2; both earn 2/3
        assertEquals(List.of("1,0;1,0 2 1", "2/3,1/3;1/3,2/3 2/3 2/3", "0,1;0,1 1 2"), found);
        for (TwoPlayerNashSet.Component c : set.components()) {
            assertEquals(0, c.dimension());
        }
    }

    @Test
    void coordinationGamesHaveOneEquilibriumPerNonemptySupport() {
        for (int n = 1; n <= 6; n++) {
            long[][] id = new long[n][n];
            for (int i = 0; i < n; i++) {
                id[i][i] = 1;
            }
            TwoPlayerNashSet set = TwoPlayerEnumeration.solve(NormalFormGame.bimatrix(id, id));
            assertEquals((1 << n) - 1, set.extremeEquilibria().size(), "n = " + n);
            Set<Integer> supports = new HashSet<>();
            for (TwoPlayerNashSet.ExtremeEquilibrium e : set.extremeEquilibria()) {
                Rational[] x = e.profile().strategy(0);
                int mask = 0;
                int size = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i].signum() > 0) {
                        mask |= 1 << i;
                        size++;
                    }
                }
                // uniform on the support S for both players, each earning 1/|S|
                for (int i = 0; i < n; i++) {
                    Rational expected = (mask >> i & 1) == 1 ? Rational.of(1, size) : Rational.ZERO;
                    assertEquals(expected, x[i]);
                    assertEquals(expected, e.profile().probability(1, i));
                }
                assertEquals(Rational.of(1, size), e.payoffs()[0]);
                supports.add(mask);
            }
            assertEquals((1 << n) - 1, supports.size());
        }
    }

    @Test
    void vonStengelsSixBySixGameHas75Equilibria() {
        NormalFormGame g = GameFiles.read(Corpus.file("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg"));
        TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
        assertEquals(75, set.extremeEquilibria().size());
        assertEquals(75, set.components().size());
        ExpectedUtility eu = new ExpectedUtility(g);
        for (TwoPlayerNashSet.ExtremeEquilibrium e : set.extremeEquilibria()) {
            assertTrue(eu.isNash(e.profile()));
        }
        NormalFormGame small = GameFiles.read(Corpus.file("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq_small_payoffs.nfg"));
        assertEquals(75, TwoPlayerEnumeration.solve(small).extremeEquilibria().size());
    }

    @Test
    void aContinuumIsOneComponentOfDimensionOne() {
        // top strictly dominates bottom; against top the column player is indifferent
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 0}}, new long[][] {{1, 1}, {0, 0}});
        TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
        assertEquals(2, set.extremeEquilibria().size());
        assertEquals(1, set.subsets().size());
        assertEquals(1, set.components().size());
        assertEquals(1, set.components().get(0).dimension());
        assertArrayEquals(r("1", "0"), set.rowStrategies().get(0));
        assertEquals(2, set.columnStrategies().size());
    }

    @Test
    void theAllZeroGameIsOneComponentCoveringEveryProfile() {
        for (int n = 2; n <= 4; n++) {
            TwoPlayerNashSet set = TwoPlayerEnumeration.solve(NormalFormGame.bimatrix(new long[n][n], new long[n][n]));
            assertEquals(n * n, set.extremeEquilibria().size());
            assertEquals(1, set.subsets().size());
            assertEquals(2 * (n - 1), set.components().get(0).dimension());
        }
        NormalFormGame g = GameFiles.read(Corpus.file("tests/test_games/2x2_bimatrix_all_zero_payoffs.nfg"));
        assertEquals(2, TwoPlayerEnumeration.solve(g).components().get(0).dimension());
    }

    @Test
    void aDegenerateGameWithTwoNashSubsetsSharingAVertex() {
        // Row: T earns 1 against both columns, M earns 1 against L only, B earns 1 against R only.
        // Column: indifferent everywhere. Subsets: {T,M}×{L} ... and T×[L,R], joined at (T,L) and (T,R).
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1}, {1, 0}, {0, 1}}, new long[][] {{0, 0}, {0, 0}, {0, 0}});
        TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
        // extremes: (T,L), (M,L), (T,R), (B,R)
        assertEquals(4, set.extremeEquilibria().size());
        assertEquals(3, set.subsets().size());
        assertEquals(1, set.components().size());
        assertEquals(1, set.components().get(0).dimension());
    }
}
