package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.equicert.game.GamutGenerator;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;
import org.equicert.symmetric.baseline.ExactPoint;
import org.equicert.symmetric.baseline.ProjectedGradientSearch;
import org.equicert.symmetric.baseline.ReplicatorDynamics;
import org.equicert.symmetric.baseline.SymmetricObjective;

/**
 * One game of seed 001's experiment (§6): a totally symmetric GAMUT game, its symmetric optimum
 * (branch and bound on the Bernstein form), and how many seeded runs of each baseline reach it.
 * Certifying the optimum is the API's part ({@code org.equicert.api.Sweeps}).
 *
 * <p>A run "reaches the optimum" when the exact expected payoff of its final strategy (its doubles
 * read exactly) is within {@code 10⁻⁴ × (max payoff − min payoff)} of the certified upper bound.
 * Cost: that of {@link SymmetricOptimum#maximize} with tolerance 10⁻⁶ of the payoff range and at
 * most 200,000 pieces, plus {@code runs} runs of each baseline (App. F.3).
 */
public final class SymmetricSweep {

    /** The branch-and-bound budget per game. */
    public static final int MAX_PIECES = 200_000;

    /**
     * Game {@code index} of a GAMUT class and size.
     *
     * @param payoffs the count-determined payoffs
     * @param utility EU over symmetric profiles (one orbit of all players)
     * @param range max payoff − min payoff
     */
    public record Instance(GamutGenerator.GameClass gameClass, int players, int actions, int index, SymmetricPayoffs payoffs,
            SymmetricUtility utility, Rational range) {

        /** Checks for nulls. */
        public Instance {
            Objects.requireNonNull(gameClass, "gameClass");
            Objects.requireNonNull(payoffs, "payoffs");
            Objects.requireNonNull(utility, "utility");
            Objects.requireNonNull(range, "range");
        }
    }

    /**
     * How many runs of each baseline reached the optimum.
     *
     * @param replicator runs of the replicator dynamic
     * @param search runs of the SLSQP-like projected-gradient search
     */
    public record Hits(int replicator, int search) {
    }

    private SymmetricSweep() {
    }

    /** Generates game {@code index} of the class and size (GAMUT's seeded generator). */
    public static Instance instance(GamutGenerator.GameClass c, int players, int actions, int index) {
        SymmetricPayoffs payoffs = GamutGenerator.symmetric(c, players, actions, index);
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
        return new Instance(c, players, actions, index, payoffs, u, max.subtract(min));
    }

    /** The symmetric optimum, bracketed to 10⁻⁶ of the payoff range (10⁻⁶ for a constant game). */
    public static SymmetricOptimum.Result optimum(Instance g) {
        Rational tolerance = g.range().multiply(Rational.of(1, 1_000_000));
        return SymmetricOptimum.maximize(g.utility(), tolerance.signum() > 0 ? tolerance : Rational.of(1, 1_000_000), MAX_PIECES);
    }

    /** Runs each baseline {@code runs} times from seeded uniform starts and counts the runs within the success margin of {@code upper}. */
    public static Hits baselines(Instance g, Rational upper, int runs, int replicatorIterations) {
        Rational success = g.range().multiply(Rational.of(1, 10_000));
        SymmetricObjective normalised = new SymmetricObjective(g.payoffs(), true);
        SymmetricObjective raw = new SymmetricObjective(g.payoffs(), false);
        ReplicatorDynamics replicator = new ReplicatorDynamics(normalised, replicatorIterations);
        ProjectedGradientSearch search = new ProjectedGradientSearch(raw, g.players(), 1000);
        int repHits = 0;
        int searchHits = 0;
        for (int r = 0; r < runs; r++) {
            Random random = new Random(1_000_003L * g.index() + 7919L * r + 31L * g.players() + g.actions());
            if (reaches(g.utility(), ExactPoint.of(replicator.run(random)), upper, success)) {
                repHits++;
            }
            if (reaches(g.utility(), ExactPoint.of(search.run(random)), upper, success)) {
                searchHits++;
            }
        }
        return new Hits(repHits, searchHits);
    }

    private static boolean reaches(SymmetricUtility u, Rational[] s, Rational upper, Rational success) {
        return upper.subtract(u.value(new Rational[][] {s})).compareTo(success) <= 0;
    }
}
