package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.api.SweepOptions;
import org.equicert.cli.batch.Backend;
import org.equicert.cli.batch.BatchJobs;
import org.equicert.cli.batch.BatchRun;
import org.equicert.cli.batch.LocalBackend;
import org.equicert.cli.batch.ResultStore;
import org.equicert.cli.batch.SparkLoader;
import org.equicert.cli.batch.SweepBatch;
import org.equicert.game.GamutGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code equicert sweep}: parses, runs the sweep as a batch over generated games ({@link SweepBatch}:
 * one record per game in DIR/results.jsonl, so it resumes, and runs on threads or Spark), then writes
 * and prints the Tables 3-7 aggregated from the records as CSV, Markdown or JSON.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Seed 001's experiment (§6, Tables 3-7) with certified ground truth.",
            "%nFor each GAMUT class and each number of players N and actions A, generates totally symmetric common-payoff games (seeds 0, 1, …), certifies the global symmetric optimum (branch and bound on the Bernstein form, replayed by the independent checker), decides whether it is mixed (Table 3), and runs each baseline --runs times from seeded uniform starts: the replicator dynamic (Euler, step 1, App. F.3) and an SLSQP-like projected-gradient search. A run reaches the optimum when its exact payoff is within 1e-4 of the payoff range below the certified bound (Tables 4-7: single runs, and best of --runs).",
            "%nRuns as a batch over the generated games (like equicert batch sweep): DIR/results.jsonl holds one exact record per game (no timings; CPU times go to DIR/measurements.jsonl), and a re-run in the same DIR keeps the games already done. "
                + "Writes DIR/sweep.csv (one line per game), DIR/sweep.md (tables laid out like the paper's, then every cell beside the paper's printed value with a two-proportion z-score, |z| >= 3 flagged with the known reasons), DIR/sweep.json and DIR/sweep-tables-T.svg (per table: ours and the paper's proportion with +-2 standard errors). Uses all cores; progress and the batch summary go to standard error."},
        footer = {"", "Examples:",
            "  equicert sweep --games 5 --players 2..3 --actions 2..3 --out /tmp/sweep",
            "  equicert sweep --out results     (the full experiment: 3 classes x 16 sizes x 100 games)",
            "  spark-submit --class org.equicert.cli.Main equicert.jar sweep --out results --spark 'local[2]'"})
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

    @Option(names = "--threads", paramLabel = "N", description = "games run at once (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where results.jsonl, sweep.csv, sweep.md, sweep.json and the charts are written (default: current directory)")
    Path outDir;

    @Option(names = "--json", description = "print a JSON summary (per class and size) instead of the Markdown tables")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "per game: record it as timed out after SECONDS seconds (it is then left out of the tables)")
    Long timeout;

    @Option(names = "--spark", paramLabel = "MASTER", description = "run the games as Apache Spark tasks (local[2], spark://HOST:PORT, yarn; under spark-submit)")
    String spark;

    @Option(names = "--progress", description = "draw a progress bar on standard error even when it is not a terminal")
    boolean progress;

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

    /**
     * The sweep's options from the command-line values (shared with {@code batch sweep}).
     *
     * @throws UserException naming the bad option
     */
    static SweepOptions options(List<String> classes, String playersRange, String actionsRange, int games, int runs, int iterations,
            Integer threads) {
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
        if (workers < 1 || workers > 1024) {
            throw new UserException("--threads must be from 1 to 1024, got " + workers);
        }
        return new SweepOptions(cls, pr[0], pr[1], ar[0], ar[1], games, runs, iterations, workers);
    }

    /** The backend of {@code --spark} (null: local) with {@code threads} local threads. */
    static Backend backend(String spark, int threads) {
        return spark == null ? new LocalBackend(threads) : SparkLoader.backend(spark);
    }

    /** {@code --timeout}'s seconds, 0 for none. */
    static long timeoutSeconds(Long timeout) {
        if (timeout != null && (timeout < 1 || timeout > TimeoutOption.MAX_SECONDS)) {
            throw new UserException("--timeout must be from 1 to " + TimeoutOption.MAX_SECONDS + " seconds, got " + timeout);
        }
        return timeout == null ? 0 : timeout;
    }

    /** Notes the games left out of the tables on {@code err}; true if there are none. */
    static boolean reportMissing(SweepBatch.Aggregate aggregate, PrintWriter err) {
        if (aggregate.missing().isEmpty()) {
            return true;
        }
        err.println("sweep: " + aggregate.missing().size() + " game(s) have no outcome and are left out of the tables:");
        aggregate.missing().stream().limit(20).forEach(m -> err.println("  " + m));
        if (aggregate.missing().size() > 20) {
            err.println("  ...");
        }
        err.flush();
        return false;
    }

    @Override
    public Integer call() throws Exception {
        SweepOptions options = options(classes, playersRange, actionsRange, games, runs, iterations, threads);
        long perGame = timeoutSeconds(timeout);
        OptionValues.writableDirectory("--out", outDir);
        Backend backend = backend(spark, options.threads());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepBatch.Done done;
        try {
            done = SweepBatch.run(options, outDir, backend, perGame, err, progress || System.console() != null);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage() + " (records of the games done so far are in " + outDir.resolve(ResultStore.RESULTS)
                    + "; run the same command again to resume)");
            return 1;
        }
        BatchRun.table(BatchJobs.SWEEP, done.summary(), outDir.resolve(ResultStore.RESULTS).toString()).forEach(err::println);
        err.flush();
        boolean complete = reportMissing(done.aggregate(), err);
        if (json) {
            out.println(done.written().json());
        } else {
            out.print(done.written().markdown());
            List<Path> files = done.written().files();
            List<String> charts = files.subList(3, files.size()).stream().map(p -> p.getFileName().toString()).toList();
            out.println("wrote " + files.get(0) + ", " + files.get(1) + ", " + files.get(2)
                    + (charts.isEmpty() ? "" : " and " + String.join(", ", charts)));
        }
        return complete && done.aggregate().result().allCertified() ? 0 : 1;
    }
}
