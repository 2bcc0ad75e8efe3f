package org.equicert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.equicert.game.GamutGenerator;
import org.equicert.report.JsonText;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code equicert sweep}: seed 001's GAMUT experiment with certified ground truth. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Seed 001's experiment (§6, Tables 3-7) with certified ground truth.",
            "%nFor each GAMUT class and each number of players N and actions A, generates totally symmetric common-payoff games (seeds 0, 1, …), certifies the global symmetric optimum (branch and bound on the Bernstein form, replayed by the independent checker), decides whether it is mixed (Table 3), and runs each baseline --runs times from seeded uniform starts: the replicator dynamic (Euler, step 1, App. F.3) and an SLSQP-like projected-gradient search. A run reaches the optimum when its exact payoff is within 1e-4 of the payoff range below the certified bound (Tables 4-7: single runs, and best of --runs).",
            "%nWrites DIR/sweep.csv (one line per game) and DIR/sweep.md (tables laid out like the paper's). Uses all cores; progress goes to standard error."},
        footer = {"", "Examples:",
            "  equicert sweep --games 5 --players 2..3 --actions 2..3 --out /tmp/sweep",
            "  equicert sweep --out results     (the full experiment: 3 classes x 16 sizes x 100 games)"})
final class SweepCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--classes", paramLabel = "C", split = ",", defaultValue = "RandomGame,CoordinationGame,CollaborationGame",
            description = "GAMUT classes, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> classes;

    @Option(names = "--players", paramLabel = "LO..HI", defaultValue = "2..5", description = "numbers of players (default: ${DEFAULT-VALUE})")
    String playersRange;

    @Option(names = "--actions", paramLabel = "LO..HI", defaultValue = "2..5", description = "numbers of actions (default: ${DEFAULT-VALUE})")
    String actionsRange;

    @Option(names = "--games", paramLabel = "K", defaultValue = "100", description = "games per class and size (default: ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "10", description = "runs of each baseline per game (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--replicator-iterations", paramLabel = "T", defaultValue = "10000",
            description = "Euler steps of the replicator dynamic (the seed: 10,000; default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where sweep.csv and sweep.md are written (default: current directory)")
    Path outDir;

    @Option(names = "--json", description = "print a JSON summary (per class and size) instead of the Markdown tables")
    boolean json;

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static int[] range(String option, String text) {
        String[] p = text.split("\\.\\.", -1);
        try {
            int lo = Integer.parseInt(p[0].strip());
            int hi = p.length > 1 ? Integer.parseInt(p[1].strip()) : lo;
            if (p.length > 2 || lo < 1 || hi < lo || hi > 12) {
                throw new NumberFormatException();
            }
            return new int[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new UserException(option + ": expected LO..HI with 1 <= LO <= HI <= 12, got '" + text + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        int[] pr = range("--players", playersRange);
        int[] ar = range("--actions", actionsRange);
        if (games < 1 || runs < 0 || iterations < 1) {
            throw new UserException("--games must be at least 1, --runs at least 0 and --replicator-iterations at least 1");
        }
        if (pr[0] < 2) {
            throw new UserException("--players: a game needs at least 2 players");
        }
        if (ar[0] < 2) {
            throw new UserException("--actions: a game needs at least 2 actions");
        }
        List<GamutGenerator.GameClass> cls = new ArrayList<>();
        for (String c : classes) {
            try {
                cls.add(GamutGenerator.GameClass.parse(c.strip()));
            } catch (IllegalArgumentException e) {
                throw new UserException("--classes: " + e.getMessage());
            }
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UserException("--threads must be at least 1");
        }
        OptionValues.writableDirectory("--out", outDir);
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            try {
                return sweep(out, err, cls, pr, ar, workers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException("sweep interrupted");
            }
        });
    }

    private int sweep(PrintWriter out, PrintWriter err, List<GamutGenerator.GameClass> cls, int[] pr, int[] ar, int workers)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<SymmetricSweep.GameResult>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        // largest games first, so that the pool stays busy to the end
        List<int[]> jobs = new ArrayList<>();
        for (int c = 0; c < cls.size(); c++) {
            for (int n = pr[0]; n <= pr[1]; n++) {
                for (int a = ar[0]; a <= ar[1]; a++) {
                    for (int k = 0; k < games; k++) {
                        jobs.add(new int[] {c, n, a, k});
                    }
                }
            }
        }
        jobs.sort(Comparator.<int[]>comparingInt(j -> -(j[1] * j[2])));
        long start = System.nanoTime();
        for (int[] j : jobs) {
            futures.add(pool.submit(() -> {
                SymmetricSweep.GameResult r = SymmetricSweep.run(cls.get(j[0]), j[1], j[2], j[3], runs, iterations);
                done.incrementAndGet();
                return r;
            }));
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                double el = (System.nanoTime() - start) / 1e9;
                err.printf("sweep: %d of %d games, %.0f s%n", done.get(), jobs.size(), el);
                err.flush();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow(); // --timeout: stop the workers too
            throw e;
        }
        List<SymmetricSweep.GameResult> results = new ArrayList<>();
        for (Future<SymmetricSweep.GameResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        results.sort(Comparator.<SymmetricSweep.GameResult>comparingInt(r -> r.gameClass().ordinal()).thenComparingInt(SymmetricSweep.GameResult::players)
                .thenComparingInt(SymmetricSweep.GameResult::actions).thenComparingInt(SymmetricSweep.GameResult::index));
        Files.createDirectories(outDir);
        writeCsv(outDir.resolve("sweep.csv"), results);
        String md = markdown(results, cls, pr, ar, wall, workers);
        Files.writeString(outDir.resolve("sweep.md"), md);
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (GamutGenerator.GameClass c : cls) {
                for (int n = pr[0]; n <= pr[1]; n++) {
                    for (int a = ar[0]; a <= ar[1]; a++) {
                        final int nn = n;
                        final int aa = a;
                        List<SymmetricSweep.GameResult> rs = results.stream()
                                .filter(r -> r.gameClass() == c && r.players() == nn && r.actions() == aa).toList();
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("class", c.gamutName());
                        row.put("players", n);
                        row.put("actions", a);
                        row.put("games", rs.size());
                        row.put("certified", rs.stream().filter(SymmetricSweep.GameResult::certified).count());
                        row.put("mixed", rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.MIXED).count());
                        row.put("undecided", rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.UNDECIDED).count());
                        row.put("replicatorRunHits", rs.stream().mapToLong(SymmetricSweep.GameResult::replicatorHits).sum());
                        row.put("searchRunHits", rs.stream().mapToLong(SymmetricSweep.GameResult::searchHits).sum());
                        row.put("runsPerMethod", (long) rs.size() * runs);
                        row.put("replicatorBestOfRuns", rs.stream().filter(r -> r.replicatorHits() > 0).count());
                        row.put("searchBestOfRuns", rs.stream().filter(r -> r.searchHits() > 0).count());
                        rows.add(row);
                    }
                }
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("wallSeconds", Math.round(wall * 10) / 10.0);
            top.put("results", rows);
            out.println(JsonText.render(top));
            return results.stream().allMatch(SymmetricSweep.GameResult::certified) ? 0 : 1;
        }
        out.print(md);
        out.println("wrote " + outDir.resolve("sweep.csv") + " and " + outDir.resolve("sweep.md"));
        return results.stream().allMatch(SymmetricSweep.GameResult::certified) ? 0 : 1;
    }

    private static void writeCsv(Path file, List<SymmetricSweep.GameResult> results) throws IOException {
        StringBuilder sb = new StringBuilder("class,players,actions,game,optimum,lower,upper,pieces,certified,runs,replicator_hits,search_hits,exact_seconds,baseline_seconds\n");
        for (SymmetricSweep.GameResult r : results) {
            sb.append(r.gameClass().gamutName()).append(',').append(r.players()).append(',').append(r.actions()).append(',').append(r.index())
                    .append(',').append(r.kind().toString().toLowerCase()).append(',').append(r.lower()).append(',').append(r.upper())
                    .append(',').append(r.pieces()).append(',').append(r.certified()).append(',').append(r.runs())
                    .append(',').append(r.replicatorHits()).append(',').append(r.searchHits())
                    .append(',').append(String.format("%.4f", r.exactNanos() / 1e9)).append(',').append(String.format("%.4f", r.baselineNanos() / 1e9))
                    .append('\n');
        }
        Files.writeString(file, sb.toString());
    }

    private interface Cell {
        String of(List<SymmetricSweep.GameResult> rs);
    }

    private String markdown(List<SymmetricSweep.GameResult> results, List<GamutGenerator.GameClass> cls, int[] pr, int[] ar, double wall, int workers) {
        StringBuilder sb = new StringBuilder();
        long certified = results.stream().filter(SymmetricSweep.GameResult::certified).count();
        long undecided = results.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.UNDECIDED).count();
        double exact = results.stream().mapToLong(SymmetricSweep.GameResult::exactNanos).sum() / 1e9;
        double base = results.stream().mapToLong(SymmetricSweep.GameResult::baselineNanos).sum() / 1e9;
        sb.append("# Seed 001 sweep: certified symmetric optima of GAMUT games\n\n");
        sb.append(String.format("%d games, %d certified by the checker's replay, %d undecided (pure vs mixed); wall time %.1f s on %d threads;"
                + " CPU time: exact optimum and certificate %.1f s, baselines (%d runs each of two methods) %.1f s.%n%n",
                results.size(), certified, undecided, wall, workers, exact, runs, base));
        Map<String, Cell> tables = new LinkedHashMap<>();
        tables.put("Table 3: fraction of games whose symmetric optimum is mixed (certified)",
                rs -> frac(rs.stream().filter(r -> r.kind() == SymmetricOptimum.Kind.MIXED).count(), rs.size()));
        tables.put("Table 4: fraction of single SLSQP-like runs reaching the certified optimum",
                rs -> frac(rs.stream().mapToLong(SymmetricSweep.GameResult::searchHits).sum(), (long) rs.size() * runs));
        tables.put("Table 5: fraction of games where the best of the SLSQP-like runs reaches it",
                rs -> frac(rs.stream().filter(r -> r.searchHits() > 0).count(), rs.size()));
        tables.put("Table 6: fraction of single replicator-dynamics runs reaching the certified optimum",
                rs -> frac(rs.stream().mapToLong(SymmetricSweep.GameResult::replicatorHits).sum(), (long) rs.size() * runs));
        tables.put("Table 7: fraction of games where the best of the replicator runs reaches it",
                rs -> frac(rs.stream().filter(r -> r.replicatorHits() > 0).count(), rs.size()));
        for (Map.Entry<String, Cell> t : tables.entrySet()) {
            if (runs == 0 && !t.getKey().startsWith("Table 3")) {
                continue;
            }
            sb.append("## ").append(t.getKey()).append("\n\n");
            for (GamutGenerator.GameClass c : cls) {
                sb.append("**").append(c.gamutName()).append("** (rows: players, columns: actions)\n\n| |");
                for (int a = ar[0]; a <= ar[1]; a++) {
                    sb.append(" A=").append(a).append(" |");
                }
                sb.append("\n|---|");
                for (int a = ar[0]; a <= ar[1]; a++) {
                    sb.append("---:|");
                }
                sb.append('\n');
                for (int n = pr[0]; n <= pr[1]; n++) {
                    sb.append("| N=").append(n).append(" |");
                    for (int a = ar[0]; a <= ar[1]; a++) {
                        final int nn = n;
                        final int aa = a;
                        List<SymmetricSweep.GameResult> rs = results.stream()
                                .filter(r -> r.gameClass() == c && r.players() == nn && r.actions() == aa).toList();
                        sb.append(' ').append(t.getValue().of(rs)).append(" |");
                    }
                    sb.append('\n');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String frac(long num, long den) {
        return den == 0 ? "—" : String.format("%.2f", (double) num / den);
    }
}
