package org.equicert.game.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class SymmetryGroupProperties {

    @Provide
    Arbitrary<GamutGenerator.GameClass> classes() {
        return Arbitraries.of(GamutGenerator.GameClass.class);
    }

    @Property(tries = 40)
    void generatedTotallySymmetricGamesHaveTheFullSymmetricGroup(@ForAll("classes") GamutGenerator.GameClass c,
            @ForAll @IntRange(min = 2, max = 4) int players, @ForAll @IntRange(min = 2, max = 3) int actions, @ForAll long seed) {
        NormalFormGame g = GamutGenerator.generate(c, players, actions, seed);
        SymmetryGroup group = SymmetryGroup.of(g);
        assertTrue(group.isFullSymmetricGroup(), "expected S_" + players + ", got order " + group.order());
        assertEquals(1, group.orbits().size());
    }

    @Property(tries = 40)
    void genericRandomGamesHaveOnlyTheIdentity(@ForAll @IntRange(min = 2, max = 4) int players, @ForAll long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int[] counts = new int[players];
        java.util.Arrays.fill(counts, 2);
        int profiles = 1 << players;
        Rational[][] payoffs = new Rational[players][profiles];
        for (int i = 0; i < players; i++) {
            for (int k = 0; k < profiles; k++) {
                payoffs[i][k] = Rational.of(rnd.nextLong(1_000_000_000L), 997);
            }
        }
        SymmetryGroup group = SymmetryGroup.of(NormalFormGame.of(counts, payoffs));
        assertTrue(group.isTrivial());
        assertEquals(players, group.orbits().size());
    }

    @Test
    void groupsFromGeneratorsAndCycleNotation() {
        Permutation rotation = Permutation.parseCycles("(1 2 3 4)", 4);
        SymmetryGroup c4 = SymmetryGroup.generatedBy(4, List.of(rotation));
        assertEquals(4, c4.order());
        assertEquals(List.of(List.of(0, 1, 2, 3)), c4.orbits());
        Permutation rot2 = Permutation.parseCycles("(1 3)(2 4)", 4);
        assertEquals(rot2, rotation.compose(rotation));
        assertEquals("(1 3)(2 4)", rot2.toString());
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), SymmetryGroup.orbits(4, List.of(rot2)));
    }
}
