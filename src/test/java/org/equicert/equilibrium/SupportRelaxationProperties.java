package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** Farkas exclusions of support profiles: each one checks, and no equilibrium has an excluded support profile. */
class SupportRelaxationProperties {

    @Property(tries = 40)
    void exclusionsAreValidAndSound(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mode,
            @ForAll @IntRange(min = 2, max = 3) int third) {
        NormalFormGame g = SupportBruteForceProperties.game(new int[] {2, 2, third}, mode, seed);
        SupportEquilibria all = new SupportEnumeration(g, 20_000).solve();
        for (int m0 = 1; m0 < 4; m0++) {
            for (int m1 = 1; m1 < 4; m1++) {
                for (int m2 = 1; m2 < 1 << third; m2++) {
                    int[][] s = {bits(m0), bits(m1), bits(m2)};
                    SupportRelaxation relaxation = new SupportRelaxation(g, s);
                    Optional<SupportRelaxation.Exclusion> e = relaxation.exclusion();
                    if (e.isEmpty()) {
                        continue;
                    }
                    assertTrue(relaxation.proves(e.get()), Arrays.deepToString(s));
                    // the zero combination proves nothing
                    Rational[] zero = new Rational[g.actionCount(e.get().player())];
                    Arrays.fill(zero, Rational.ZERO);
                    assertFalse(relaxation.proves(new SupportRelaxation.Exclusion(e.get().player(), e.get().reference(), zero)));
                    for (SupportEquilibria.Isolated x : all.isolated()) {
                        assertFalse(Arrays.deepEquals(x.supports(), s), "an equilibrium on excluded supports " + Arrays.deepToString(s));
                    }
                    for (SupportEquilibria.Continuum c : all.continua()) {
                        assertFalse(Arrays.deepEquals(c.supports(), s), "a continuum on excluded supports " + Arrays.deepToString(s));
                    }
                }
            }
        }
    }

    private static int[] bits(int mask) {
        return IntStream.range(0, 31).filter(b -> (mask >> b & 1) == 1).toArray();
    }
}
