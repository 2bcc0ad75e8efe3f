package org.equicert.api;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.equicert.bridge.SymmetricClaims;
import org.equicert.game.GamutGenerator;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricSweep;

/**
 * Seed 001's experiment (§6, Tables 3-7) with certified ground truth: for each GAMUT class and
 * size, the symmetric optimum of each game, certified by the checker's own replay of the
 * optimality claim (no SMT call, no file written), and how often each baseline reaches it.
 *
 * <p>Cost: per game, that of {@link SymmetricSweep#optimum}, the claim's replay and the baselines'
 * runs; the games run on {@code threads} workers, largest first.
 */
public final class Sweeps {

    private static final long PROGRESS_SECONDS = 5;

    private Sweeps() {
    }

    /**
     * Runs the sweep; every five seconds reports "sweep: N of M games, S s" to {@code progress}.
     *
     * @throws InterruptedException if the calling thread is interrupted (the workers are stopped too)
     */
    public static SweepResult run(SweepOptions options, Progress progress) throws InterruptedException {
        List<int[]> jobs = new ArrayList<>();
        for (int c = 0; c < options.classes().size(); c++) {
            for (int n = options.minPlayers(); n <= options.maxPlayers(); n++) {
                for (int a = options.minActions(); a <= options.maxActions(); a++) {
                    for (int k = 0; k < options.games(); k++) {
                        jobs.add(new int[] {c, n, a, k});
                    }
                }
            }
        }
        // largest games first, so that the pool stays busy to the end
        jobs.sort(Comparator.<int[]>comparingInt(j -> -(j[1] * j[2])));
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        List<Future<SweepGame>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        for (int[] j : jobs) {
            futures.add(pool.submit(() -> {
                SweepGame g = game(options.classes().get(j[0]), j[1], j[2], j[3], options.runs(), options.replicatorIterations());
                done.incrementAndGet();
                return g;
            }));
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(PROGRESS_SECONDS, TimeUnit.SECONDS)) {
                progress.report(String.format("sweep: %d of %d games, %.0f s", done.get(), jobs.size(), (System.nanoTime() - start) / 1e9));
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
        List<SweepGame> games = new ArrayList<>();
        for (Future<SweepGame> f : futures) {
            try {
                games.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        long wall = System.nanoTime() - start;
        games.sort(Comparator.<SweepGame>comparingInt(g -> g.gameClass().ordinal()).thenComparingInt(SweepGame::players)
                .thenComparingInt(SweepGame::actions).thenComparingInt(SweepGame::index));
        return new SweepResult(options, games, wall);
    }

    /** This thread's CPU time, or the wall clock where the JVM cannot measure it (then load from other processes counts too). */
    private static long cpuNanos() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Solves, certifies (by the checker's replay) and runs the baselines on game {@code index} of the class and size. */
    public static SweepGame game(GamutGenerator.GameClass c, int players, int actions, int index, int runs, int replicatorIterations) {
        long t0 = cpuNanos();
        SymmetricSweep.Instance g = SymmetricSweep.instance(c, players, actions, index);
        SymmetricOptimum.Result opt = SymmetricSweep.optimum(g);
        List<String> failures = SymmetricClaims.bound(g.utility(), opt).obligationFailures();
        long t1 = cpuNanos();
        SymmetricSweep.Hits hits = SymmetricSweep.baselines(g, opt.upper(), runs, replicatorIterations);
        long t2 = cpuNanos();
        return new SweepGame(c, players, actions, index, opt.kind(), opt.lower(), opt.upper(), opt.pieces(), failures.isEmpty(), failures,
                runs, hits.replicator(), hits.search(), t1 - t0, t2 - t1);
    }
}
