package org.equicert.api;

import java.util.List;
import org.equicert.game.GamutGenerator;

/**
 * Options of {@link Sweeps#run}: which GAMUT games, how many baseline runs, how many threads.
 *
 * @param classes the GAMUT classes, in the order of the tables
 * @param minPlayers fewest players (at least 2)
 * @param maxPlayers most players (at most {@link #MAX_SIZE})
 * @param minActions fewest actions (at least 2)
 * @param maxActions most actions (at most {@link #MAX_SIZE})
 * @param games games per class and size (at least 1)
 * @param runs runs of each baseline per game (at least 0)
 * @param replicatorIterations Euler steps of the replicator dynamic (at least 1)
 * @param threads worker threads (at least 1)
 */
public record SweepOptions(List<GamutGenerator.GameClass> classes, int minPlayers, int maxPlayers, int minActions, int maxActions,
        int games, int runs, int replicatorIterations, int threads) {

    /** The largest number of players or actions. */
    public static final int MAX_SIZE = 12;

    /**
     * Copies the classes.
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    public SweepOptions {
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one GAMUT class");
        }
        range("players", minPlayers, maxPlayers);
        range("actions", minActions, maxActions);
        if (games < 1 || runs < 0 || replicatorIterations < 1) {
            throw new IllegalArgumentException("games must be at least 1, runs at least 0 and replicator iterations at least 1, got "
                    + games + ", " + runs + ", " + replicatorIterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    private static void range(String what, int lo, int hi) {
        if (lo < 2 || hi < lo || hi > MAX_SIZE) {
            throw new IllegalArgumentException("the numbers of " + what + " must satisfy 2 <= lo <= hi <= " + MAX_SIZE + ", got " + lo + ".." + hi);
        }
    }

    /** Seed 001's experiment: three classes, 2..5 players and actions, 100 games, 10 runs, 10,000 steps, all cores. */
    public static SweepOptions defaults() {
        return new SweepOptions(List.of(GamutGenerator.GameClass.values()), 2, 5, 2, 5, 100, 10, 10_000,
                Runtime.getRuntime().availableProcessors());
    }

    /** These options for the given sizes. */
    public SweepOptions withSizes(int loPlayers, int hiPlayers, int loActions, int hiActions) {
        return new SweepOptions(classes, loPlayers, hiPlayers, loActions, hiActions, games, runs, replicatorIterations, threads);
    }

    /** These options with other classes. */
    public SweepOptions withClasses(List<GamutGenerator.GameClass> c) {
        return new SweepOptions(c, minPlayers, maxPlayers, minActions, maxActions, games, runs, replicatorIterations, threads);
    }

    /** These options with other counts of games, runs and replicator steps. */
    public SweepOptions withEffort(int g, int r, int iterations) {
        return new SweepOptions(classes, minPlayers, maxPlayers, minActions, maxActions, g, r, iterations, threads);
    }

    /** These options with another number of threads. */
    public SweepOptions withThreads(int n) {
        return new SweepOptions(classes, minPlayers, maxPlayers, minActions, maxActions, games, runs, replicatorIterations, n);
    }
}
