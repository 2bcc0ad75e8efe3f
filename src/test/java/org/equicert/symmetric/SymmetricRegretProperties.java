package org.equicert.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** The orbit-table regret equals the full game's regret at P-invariant profiles (differential test). */
class SymmetricRegretProperties {

    @Provide
    Arbitrary<Integer> weights() {
        // zeros and ties first: pure and degenerate profiles are the edge cases
        return Arbitraries.integers().between(0, 4).edgeCases(c -> c.includeOnly(0, 1));
    }

    @Property(tries = 60)
    void orbitRegretEqualsFullGameRegret(@ForAll @IntRange(min = 2, max = 4) int n, @ForAll @IntRange(min = 2, max = 3) int a,
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll("weights") int w0, @ForAll("weights") int w1, @ForAll("weights") int w2) {
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, n, a, seed);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        SymmetricUtility u = SymmetricUtility.of(g, List.of(all));
        int[] w = {w0, w1, w2};
        int total = 0;
        for (int b = 0; b < a; b++) {
            total += w[b];
        }
        net.jqwik.api.Assume.that(total > 0);
        Rational[][] s = new Rational[1][a];
        for (int b = 0; b < a; b++) {
            s[0][b] = Rational.of(w[b], total);
        }
        assertEquals(new ExpectedUtility(g).maxRegret(u.profile(s)), u.maxRegret(s));
    }

    @Example
    void twoOrbitsOfTheTaxiGameAgreeToo() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{0, 1}, {1, 0}}, new long[][] {{0, 1}, {1, 0}});
        SymmetricUtility u = SymmetricUtility.of(g, List.of(List.of(0), List.of(1)));
        Rational[][] s = {{Rational.of(1, 3), Rational.of(2, 3)}, {Rational.ONE, Rational.ZERO}};
        // row player: against column's first action, action 2 pays 1, the mix pays 2/3 -> regret 1/3; column: 0 vs 1/3
        assertEquals(Rational.of(1, 3), u.maxRegret(s));
        assertEquals(new ExpectedUtility(g).maxRegret(u.profile(s)), u.maxRegret(s));
    }
}
