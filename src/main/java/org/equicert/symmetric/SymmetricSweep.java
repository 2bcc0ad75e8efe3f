package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.certificate.SymmetricBoundClaim;
import org.equicert.game.GamutGenerator;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;
import org.equicert.symmetric.baseline.ExactPoint;
import org.equicert.symmetric.baseline.ProjectedGradientSearch;
import org.equicert.symmetric.baseline.ReplicatorDynamics;
import org.equicert.symmetric.baseline.SymmetricObjective;

/**
 * One game of seed 001's experiment (§6): the certified symmetric optimum of a GAMUT game, and how
 * many seeded runs of each baseline reach it.
 *
 * <p>A run "reaches the optimum" when the exact expected payoff of its final strategy (its doubles
 * read exactly) is within {@code 10⁻⁴ × (max payoff − min payoff)} of the certified upper bound.
 */
public final class SymmetricSweep {

    /**
     * The outcome for one game.
     *
     * @param certified whether the checker's own replay of the optimality claim accepted it
     * @param replicatorHits runs of the replicator dynamic that reached the optimum
     * @param searchHits runs of the SLSQP-like search that reached the optimum
     */
    public record GameResult(GamutGenerator.GameClass gameClass, int players, int actions, int index, SymmetricOptimum.Kind kind,
            Rational lower, Rational upper, int pieces, boolean certified, List<String> certificateFailures, int runs,
            int replicatorHits, int searchHits, long exactNanos, long baselineNanos) {
    }

    private SymmetricSweep() {
    }

    /** Solves and checks game {@code index} of the class and size. */
    public static GameResult run(GamutGenerator.GameClass c, int players, int actions, int index, int runs, int replicatorIterations) {
        SymmetricPayoffs payoffs = GamutGenerator.symmetric(c, players, actions, index);
        long t0 = System.nanoTime();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            all.add(i);
        }
        SymmetricUtility u = SymmetricUtility.of(payoffs.toGame(c.gamutName() + " " + players + "x" + actions + " #" + index), List.of(all));
        Rational min = null;
        Rational max = null;
        for (Rational x : payoffs.payoffs().values()) {
            min = min == null ? x : min.min(x);
            max = max == null ? x : max.max(x);
        }
        Rational range = max.subtract(min);
        Rational tolerance = range.multiply(Rational.of(1, 1_000_000));
        SymmetricOptimum.Result opt = SymmetricOptimum.maximize(u, tolerance.signum() > 0 ? tolerance : Rational.of(1, 1_000_000), 200_000);
        SymmetricBoundClaim claim = SymmetricClaims.bound(u, opt);
        List<String> failures = claim.obligationFailures();
        long t1 = System.nanoTime();
        Rational success = range.multiply(Rational.of(1, 10_000));
        SymmetricObjective normalised = new SymmetricObjective(payoffs, true);
        SymmetricObjective raw = new SymmetricObjective(payoffs, false);
        ReplicatorDynamics replicator = new ReplicatorDynamics(normalised, replicatorIterations);
        ProjectedGradientSearch search = new ProjectedGradientSearch(raw, players, 1000);
        int repHits = 0;
        int searchHits = 0;
        for (int r = 0; r < runs; r++) {
            Random random = new Random(1_000_003L * index + 7919L * r + 31L * players + actions);
            if (reaches(u, ExactPoint.of(replicator.run(random)), opt.upper(), success)) {
                repHits++;
            }
            if (reaches(u, ExactPoint.of(search.run(random)), opt.upper(), success)) {
                searchHits++;
            }
        }
        long t2 = System.nanoTime();
        return new GameResult(c, players, actions, index, opt.kind(), opt.lower(), opt.upper(), opt.pieces(), failures.isEmpty(),
                List.copyOf(failures), runs, repHits, searchHits, t1 - t0, t2 - t1);
    }

    private static boolean reaches(SymmetricUtility u, Rational[] s, Rational upper, Rational success) {
        return upper.subtract(u.value(new Rational[][] {s})).compareTo(success) <= 0;
    }
}
