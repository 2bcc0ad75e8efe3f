package org.equicert.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.GamutGenerator;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** Seed 001's theorems on generated totally symmetric games. */
class SymmetricTheoremProperties {

    static SymmetricAnalysis.Report analyze(GamutGenerator.GameClass c, int n, int a, long seed) {
        NormalFormGame g = GamutGenerator.generate(c, n, a, seed);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return SymmetricAnalysis.analyze(SymmetricUtility.of(g, List.of(all)), Rational.of(1, 1_000_000), 50_000);
    }

    @Property(tries = 40)
    void theCertifiedSymmetricOptimumIsANashEquilibrium(@ForAll @IntRange(min = 2, max = 4) int n, @ForAll @IntRange(min = 2, max = 3) int a,
            @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        SymmetricAnalysis.Report r = analyze(GamutGenerator.GameClass.RANDOM, n, a, seed);
        assertTrue(r.point().isPresent(), "optimum located");
        // Theorem 4.0.2, decided exactly
        assertEquals(SymmetricAnalysis.Decision.YES, r.nash());
        r.point().get().exact().ifPresent(s -> assertTrue(new ExpectedUtility(r.utility().game()).isNash(r.utility().profile(s))));
        // the bracket contains the optimum's value and every pure value is at most the upper bound
        assertTrue(r.optimum().lower().compareTo(r.optimum().upper()) <= 0);
        assertTrue(r.optimum().bestPure().compareTo(r.optimum().upper()) <= 0);
    }

    @Property(tries = 40)
    void inNonDegenerateGamesTheOptimumIsAsymmetricallyStableIffPure(@ForAll @IntRange(min = 2, max = 4) int n,
            @ForAll @IntRange(min = 2, max = 3) int a, @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        SymmetricAnalysis.Report r = analyze(GamutGenerator.GameClass.RANDOM, n, a, seed);
        Assume.that(r.point().isPresent() && !r.degeneracy().degenerate());
        boolean pure = r.optimum().kind() == SymmetricOptimum.Kind.PURE;
        // Theorem 5.0.4
        assertEquals(pure ? SymmetricAnalysis.Decision.YES : SymmetricAnalysis.Decision.NO, r.stability().stable(), r.stability().reason());
        if (!pure) {
            r.point().get().exact().ifPresent(s -> {
                Rational[][] w = r.stability().improvingProfile().orElseThrow();
                ExpectedUtility eu = new ExpectedUtility(r.utility().game());
                assertTrue(eu.payoff(0, MixedProfile.of(w)).compareTo(eu.payoff(0, r.utility().profile(s))) > 0);
            });
        }
    }
}
