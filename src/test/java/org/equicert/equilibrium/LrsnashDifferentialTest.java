package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.equicert.game.NormalFormGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against lrsnash on 1,200 seeded random bimatrix games, 400 of them degenerate:
 * the sets of extreme equilibria must be identical. Skipped, saying so, when lrsnash is absent.
 */
class LrsnashDifferentialTest {

    static final int GAMES = 1200;

    @TempDir
    Path work;

    /** Game k of the seeded family: every third one is degenerate (payoffs in {0, 1, 2}, a duplicated row). */
    static long[][][] game(int k) {
        Random rnd = new Random(1_000_003L * k + 17);
        int m = 2 + rnd.nextInt(4);
        int n = 2 + rnd.nextInt(4);
        boolean degenerate = k % 3 == 0;
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = degenerate ? rnd.nextInt(3) : rnd.nextInt(1000);
                b[i][j] = degenerate ? rnd.nextInt(3) : rnd.nextInt(1000);
            }
        }
        if (degenerate && rnd.nextBoolean()) {
            int i = rnd.nextInt(m);
            int i2 = rnd.nextInt(m);
            b[i2] = b[i].clone();
        }
        return new long[][][] {a, b};
    }

    /**
     * Game k of a second family whose tableau entries leave 64-bit words after a pivot or two:
     * 5×5 to 8×8, payoffs up to 10^12; every third one degenerate (payoffs in {0, 10^12, 2·10^12}).
     */
    static long[][][] wideGame(int k) {
        Random rnd = new Random(2_000_029L * k + 5);
        int m = 5 + rnd.nextInt(4);
        int n = 5 + rnd.nextInt(4);
        boolean degenerate = k % 3 == 0;
        long scale = 1_000_000_000_000L;
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = degenerate ? scale * rnd.nextInt(3) : (long) (rnd.nextDouble() * scale);
                b[i][j] = degenerate ? scale * rnd.nextInt(3) : (long) (rnd.nextDouble() * scale);
            }
        }
        return new long[][][] {a, b};
    }

    /**
     * Game k of a third family for the reverse search at sizes where trees are deep: 6×6 to 10×10,
     * payoffs 0..99; every second one degenerate (payoffs in {0, 1, 2, 3}, a column of B repeated,
     * a row of A repeated), so lexicographic ratio ties and least-basis tests are exercised.
     */
    static long[][][] largerGame(int k) {
        Random rnd = new Random(3_000_017L * k + 11);
        int m = 6 + rnd.nextInt(5);
        int n = 6 + rnd.nextInt(5);
        boolean degenerate = k % 2 == 0;
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = degenerate ? rnd.nextInt(4) : rnd.nextInt(100);
                b[i][j] = degenerate ? rnd.nextInt(4) : rnd.nextInt(100);
            }
        }
        if (degenerate) {
            a[m - 1] = a[0].clone();
            for (int i = 0; i < m; i++) {
                b[i][n - 1] = b[i][0];
            }
        }
        return new long[][][] {a, b};
    }

    @Test
    void extremeEquilibriaAgreeWithLrsnashOnLargerAndDegenerateGames() throws Exception {
        assumeTrue(Lrsnash.installed(), "lrsnash (Debian package lrslib) is not installed; skipping the differential test");
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < 40; k++) {
            long[][][] g = largerGame(k);
            TreeSet<String> theirs = Lrsnash.equilibria(work, g[0], g[1]);
            TreeSet<String> mine = ours(g[0], g[1]);
            total += mine.size();
            if (!mine.equals(theirs)) {
                failures.add("larger game " + k + ": equicert " + mine + " lrsnash " + theirs + "\n" + Lrsnash.input(g[0], g[1]));
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(total > 200, "only " + total + " extreme equilibria in 40 games");
    }

    @Test
    void extremeEquilibriaAgreeWithLrsnashBeyondSixtyFourBits() throws Exception {
        assumeTrue(Lrsnash.installed(), "lrsnash (Debian package lrslib) is not installed; skipping the differential test");
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < 60; k++) {
            long[][][] g = wideGame(k);
            TreeSet<String> theirs = Lrsnash.equilibria(work, g[0], g[1]);
            TreeSet<String> mine = ours(g[0], g[1]);
            total += mine.size();
            if (!mine.equals(theirs)) {
                failures.add("wide game " + k + ": equicert " + mine + " lrsnash " + theirs + "\n" + Lrsnash.input(g[0], g[1]));
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(total > 60, "only " + total + " extreme equilibria in 60 games");
    }

    static TreeSet<String> ours(long[][] a, long[][] b) {
        TreeSet<String> out = new TreeSet<>();
        for (TwoPlayerNashSet.ExtremeEquilibrium e : TwoPlayerEnumeration.solve(NormalFormGame.bimatrix(a, b)).extremeEquilibria()) {
            out.add(e.profile().toString());
        }
        return out;
    }

    @Test
    void extremeEquilibriaAgreeWithLrsnash() throws Exception {
        assumeTrue(Lrsnash.installed(), "lrsnash (Debian package lrslib) is not installed; skipping the differential test");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int k = 0; k < GAMES; k++) {
                final int id = k;
                results.add(pool.submit(() -> {
                    long[][][] g = game(id);
                    TreeSet<String> theirs = Lrsnash.equilibria(work, g[0], g[1]);
                    TreeSet<String> mine = ours(g[0], g[1]);
                    return mine.equals(theirs) ? "" : "game " + id + ": equicert " + mine + " lrsnash " + theirs + "\n" + Lrsnash.input(g[0], g[1]);
                }));
            }
            int degenerateWithContinua = 0;
            List<String> failures = new ArrayList<>();
            for (int k = 0; k < GAMES; k++) {
                String r = results.get(k).get();
                if (!r.isEmpty()) {
                    failures.add(r);
                }
            }
            for (int k = 0; k < GAMES; k += 3) {
                long[][][] g = game(k);
                if (TwoPlayerEnumeration.solve(NormalFormGame.bimatrix(g[0], g[1])).components().stream().anyMatch(c -> c.dimension() > 0)) {
                    degenerateWithContinua++;
                }
            }
            assertEquals(List.of(), failures);
            // the degenerate third really exercises continua
            assertTrue(degenerateWithContinua > 100, "only " + degenerateWithContinua + " degenerate games had a continuum");
        } finally {
            pool.shutdownNow();
            assertTrue(Files.isDirectory(work));
        }
    }
}
