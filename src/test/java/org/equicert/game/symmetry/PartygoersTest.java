package org.equicert.game.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** Seed 001, App. C: the partygoers game, written in examples/partygoers.nfg from the paper's definition. */
class PartygoersTest {

    private static NormalFormGame game() {
        return GameFiles.read(Path.of("examples", "partygoers.nfg"));
    }

    @Test
    void allFourButlersAreInOneOrbitAndTheGameIsTotallySymmetric() {
        NormalFormGame g = game();
        assertTrue(g.isCommonPayoff());
        // All food: no drink anywhere (0); all drink: each group only drink (4 x 1); one drink (butler 1):
        // groups 4, 1, 2 reach it with food too (3 x 2).
        assertEquals(Rational.ZERO, g.payoff(0, new int[] {0, 0, 0, 0}));
        assertEquals(Rational.of(4), g.payoff(0, new int[] {1, 1, 1, 1}));
        assertEquals(Rational.of(6), g.payoff(0, new int[] {1, 0, 0, 0}));
        assertEquals(Rational.of(8), g.payoff(0, new int[] {0, 1, 0, 1}));
        SymmetryGroup group = SymmetryGroup.of(g);
        assertEquals(List.of(List.of(0, 1, 2, 3)), group.orbits());
        // Each group reaches all butlers but the opposite one, so every permutation is a symmetry.
        assertEquals(24, group.order());
        assertTrue(group.contains(Permutation.parseCycles("(1 2 3 4)", 4)));
        assertTrue(group.contains(Permutation.parseCycles("(1 2)", 4)));
    }

    @Test
    void rotationByTwoGivesTheOppositeVertexOrbits() {
        Permutation rot2 = Permutation.parseCycles("(1 3)(2 4)", 4);
        assertTrue(SymmetryGroup.isSymmetry(game(), rot2));
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), SymmetryGroup.generatedBy(4, List.of(rot2)).orbits());
    }
}
