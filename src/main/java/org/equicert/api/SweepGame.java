package org.equicert.api;

import java.util.List;
import java.util.Objects;
import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricOptimum;

/**
 * The outcome for one game of the sweep.
 *
 * @param gameClass the GAMUT class
 * @param players the number of players
 * @param actions the number of actions
 * @param index the game's seed within its class and size
 * @param kind whether the symmetric optimum is pure, mixed or undecided
 * @param lower the lower end of the certified bracket
 * @param upper no symmetric profile earns more
 * @param pieces the branch-and-bound pieces examined
 * @param certified whether the checker's own replay of the optimality claim accepted it
 * @param certificateFailures the replay's failed obligations (empty when certified)
 * @param runs runs of each baseline
 * @param replicatorHits runs of the replicator dynamic that reached the optimum
 * @param searchHits runs of the SLSQP-like search that reached the optimum
 * @param exactNanos CPU-thread time of the exact optimum and its replay
 * @param baselineNanos CPU-thread time of the baselines' runs
 */
public record SweepGame(GamutGenerator.GameClass gameClass, int players, int actions, int index, SymmetricOptimum.Kind kind,
        Rational lower, Rational upper, int pieces, boolean certified, List<String> certificateFailures, int runs,
        int replicatorHits, int searchHits, long exactNanos, long baselineNanos) {

    /** Copies the failures. */
    public SweepGame {
        Objects.requireNonNull(gameClass, "gameClass");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        certificateFailures = List.copyOf(certificateFailures);
    }
}
