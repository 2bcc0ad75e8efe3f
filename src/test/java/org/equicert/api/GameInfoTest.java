package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SeedGames;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** {@link GameInfo} and {@link SeedFacts} through the API only. */
class GameInfoTest {

    @Test
    void partygoersAreTotallySymmetricAndTheRotationByTwoIsASubgroupOfOrderTwo() {
        GameInfo info = GameInfo.of(SeedGames.partygoers());
        GameInfo.Symmetry s = info.symmetry().orElseThrow();
        assertEquals(24, s.order());
        assertTrue(s.totallySymmetric());
        assertFalse(s.trivial());
        assertEquals(List.of(List.of(1, 2, 3, 4)), s.orbits());
        GameInfo.Subgroup p = GameInfo.subgroup(SeedGames.partygoers(), List.of("(1 3)(2 4)"));
        assertTrue(p.symmetries());
        assertEquals(2, p.order());
        assertEquals(List.of(List.of(1, 3), List.of(2, 4)), p.orbits());
        assertEquals(Citation.Status.NOT_REQUESTED, info.citation().status());
        assertEquals(GameInfo.UNCERTIFIED, info.citation().reason().orElseThrow());
    }

    @Test
    void aCorpusCoordinationGameWithDifferentPayoffsPerPlayerIsTotallyUnsymmetric() {
        NormalFormGame g = GameFiles.read(Path.of("../shared/corpus/gambit/contrib/games/coord4.nfg"));
        GameInfo.Symmetry s = GameInfo.of(g).symmetry().orElseThrow();
        assertEquals(1, s.order());
        assertTrue(s.trivial());
        assertTrue(s.generators().isEmpty());
        assertEquals(List.of(List.of(1), List.of(2)), s.orbits());
    }

    @Test
    void theTwoPlayerSeedGamesHaveThePlayerSwapAsTheirOnlySymmetry() {
        for (NormalFormGame g : List.of(SeedGames.coordination(), SeedGames.prisonersDilemma())) {
            GameInfo.Symmetry s = GameInfo.of(g).symmetry().orElseThrow();
            assertEquals(2, s.order(), g.title());
            assertEquals(List.of("(1 2)"), s.generators(), g.title());
        }
    }

    @Test
    void aPermutationThatIsNotASymmetryIsReportedAsSuch() {
        // Example 5.0.5 is symmetric in the players; the veil's payoffs too; taxis (1 2) is a symmetry
        assertTrue(GameInfo.subgroup(SeedGames.taxisIdentical(), List.of("(1 2)")).symmetries());
        NormalFormGame g = NormalFormGame.of("asymmetric", List.of("1", "2"), List.of(List.of("a", "b"), List.of("a", "b")),
                new Rational[][] {{Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ZERO},
                    {Rational.ZERO, Rational.ZERO, Rational.ZERO, Rational.ZERO}});
        assertFalse(GameInfo.subgroup(g, List.of("(1 2)")).symmetries());
        assertEquals(1, GameInfo.of(g).symmetry().orElseThrow().order());
        assertThrows(IllegalArgumentException.class, () -> GameInfo.subgroup(g, List.of("(1 3)")));
    }

    @Test
    void symmetryIsNotComputedAboveNinePlayers() {
        int n = 10;
        List<String> players = new ArrayList<>();
        List<List<String>> actions = new ArrayList<>();
        Rational[][] u = new Rational[n][1];
        for (int i = 0; i < n; i++) {
            players.add(String.valueOf(i + 1));
            actions.add(List.of("a"));
            u[i][0] = Rational.of(i);
        }
        GameInfo info = GameInfo.of(NormalFormGame.of("ten", players, actions, u));
        assertTrue(info.symmetry().isEmpty());
    }

    @Test
    void resultListsAreUnmodifiable() {
        GameInfo.Symmetry s = GameInfo.of(SeedGames.partygoers()).symmetry().orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> s.orbits().get(0).add(5));
        List<List<Integer>> in = new ArrayList<>(List.of(new ArrayList<>(List.of(1))));
        GameInfo.Subgroup p = new GameInfo.Subgroup(List.of(), true, 1, in);
        in.get(0).add(2);
        assertEquals(List.of(List.of(1)), p.orbits());
    }

    @Test
    void theTenRobotsSwitchAtTenNinthsToTheNinthMinusOne() {
        SeedFacts.SwitchingPoint s = SeedFacts.robotsSwitchingPoint();
        assertEquals(Rational.parse("612579511/387420489") /* (10^9 - 9^9)/9^9 */, s.epsilon());
        // (1 + ε*)(9/10)^9 = 1
        assertEquals(Rational.ONE, Rational.ONE.add(s.epsilon()).multiply(Rational.of(9, 10).pow(9)));
        SeedFacts.PartygoersSymmetry p = SeedFacts.partygoersSymmetry();
        assertEquals(24, p.group().order());
        assertEquals(2, p.rotation().order());
    }
}
