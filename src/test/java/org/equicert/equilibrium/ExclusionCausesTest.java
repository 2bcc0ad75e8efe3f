package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.Corpus;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.Test;

/**
 * Each excluded support profile carries the multipliers of the linear test that excluded it, kept by
 * {@link SupportSystem} (never recomputed), and they prove the profile by that relaxation's own
 * check; a profile without multipliers is one where both relaxations are feasible, so "excluded by
 * exact algebra (nonlinear) only" is true of it.
 */
class ExclusionCausesTest {

    /** Whether the kept multipliers prove their profile, by the relaxation they belong to. */
    static boolean proves(NormalFormGame g, SupportEquilibria.Excluded x) {
        SupportEquilibria.LinearExclusion e = x.farkas().orElseThrow();
        if (e instanceof SupportRelaxation.Exclusion one) {
            return new SupportRelaxation(g, x.supports()).proves(one);
        }
        return new CorrelatedRelaxation(g, x.supports()).proves((CorrelatedRelaxation.Exclusion) e);
    }

    /** Both linear relaxations are feasible: neither has multipliers. */
    static boolean bothFeasible(NormalFormGame g, int[][] supports) {
        SupportRelaxation one = new SupportRelaxation(g, supports);
        Optional<CorrelatedRelaxation.Exclusion> joint = new CorrelatedRelaxation(g, supports).exclusion();
        return one.dominance().isEmpty() && one.exclusion().isEmpty() && joint.isEmpty();
    }

    @Property(tries = 60)
    void keptMultipliersProveTheirProfileAndTheRestResistBothRelaxations(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mode,
            @ForAll @IntRange(min = 2, max = 3) int third) {
        NormalFormGame g = SupportBruteForceProperties.game(new int[] {2, 2, third}, mode, seed);
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        for (SupportEquilibria.Excluded x : s.excluded()) {
            if (x.farkas().isPresent()) {
                assertTrue(proves(g, x), Arrays.deepToString(x.supports()));
            } else {
                assertTrue(bothFeasible(g, x.supports()), "listed as algebra only, but linear: " + Arrays.deepToString(x.supports()));
            }
        }
        // the same profiles as the independent recount after the enumeration, in the same order
        List<SupportEquilibria.Excluded> recount = ExclusionRecount.excludedProfiles(g, s.isolated(), s.continua(), s.unresolved());
        assertEquals(recount.stream().map(x -> Arrays.deepToString(x.supports())).toList(),
                s.excluded().stream().map(x -> Arrays.deepToString(x.supports())).toList());
    }

    @Test
    void theCorpus2x2x2x2x2LeavesTwoProfilesToTheAlgebraAndBothRelaxationsFailThere() {
        NormalFormGame g = GameFiles.read(Corpus.file("contrib/games/2x2x2x2x2.nfg"));
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        assertEquals(238, s.excluded().size());
        List<SupportEquilibria.Excluded> algebraic = s.excluded().stream().filter(x -> x.farkas().isEmpty()).toList();
        assertEquals(2, algebraic.size());
        for (SupportEquilibria.Excluded x : algebraic) {
            assertTrue(bothFeasible(g, x.supports()), Arrays.deepToString(x.supports()));
        }
        long joint = s.excluded().stream().filter(x -> x.farkas().filter(CorrelatedRelaxation.Exclusion.class::isInstance).isPresent()).count();
        assertEquals(35, joint);
        for (SupportEquilibria.Excluded x : s.excluded()) {
            if (x.farkas().isPresent()) {
                assertTrue(proves(g, x), Arrays.deepToString(x.supports()));
            }
        }
    }
}
