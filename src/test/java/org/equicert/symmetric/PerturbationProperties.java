package org.equicert.symmetric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.GamutGenerator;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** Seed 001, App. D, on generated games with rational symmetric optima. */
class PerturbationProperties {

    private static SymmetricAnalysis.Report optimum(NormalFormGame g) {
        return SymmetricAnalysis.analyze(SymmetricUtility.of(g, List.of(List.of(0, 1))), Rational.of(1, 1_000_000), 50_000);
    }

    @Property(tries = 30)
    void payoffPerturbationsCostAtMostTwoEpsilon(@ForAll @IntRange(min = 2, max = 3) int a, @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, 2, a, seed);
        SymmetricAnalysis.Report r = optimum(g);
        Assume.that(r.point().isPresent() && r.point().get().exact().isPresent());
        MixedProfile s = r.utility().profile(r.point().get().exact().get());
        Rational eps = Rational.of(1, 10);
        Random rnd = new Random(seed);
        Rational[][] p = g.payoffTable();
        for (int i = 0; i < p.length; i++) {
            for (int k = 0; k < p[i].length; k++) {
                p[i][k] = p[i][k].add(eps.multiply(Rational.of(rnd.nextInt(201) - 100, 100)));
            }
        }
        NormalFormGame perturbed = NormalFormGame.of(g.actionCounts(), p);
        assertTrue(PerturbationBounds.payoffRegret(perturbed, s).compareTo(eps.multiply(Rational.TWO)) <= 0);
    }

    @Property(tries = 30)
    void nearbyStrategiesAreFourDeltaMaxUNash(@ForAll @IntRange(min = 2, max = 3) int a, @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, 2, a, seed);
        SymmetricAnalysis.Report r = optimum(g);
        Assume.that(r.point().isPresent() && r.point().get().exact().isPresent());
        MixedProfile star = r.utility().profile(r.point().get().approximation());
        // a rounding of the optimum to two decimals, renormalised
        Rational[][] q = star.toArray();
        for (Rational[] row : q) {
            Rational total = Rational.ZERO;
            for (int k = 0; k < row.length; k++) {
                row[k] = Rational.of(row[k].multiply(Rational.of(100)).floor(), java.math.BigInteger.valueOf(100)).add(Rational.of(1, 1000));
                total = total.add(row[k]);
            }
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(total);
            }
        }
        PerturbationBounds.StrategyBound b = PerturbationBounds.strategy(g, r.utility().profile(r.point().get().exact().get()), MixedProfile.of(q));
        assertTrue(b.holds(), b.toString());
        assertTrue(b.distance().signum() > 0);
    }
}
