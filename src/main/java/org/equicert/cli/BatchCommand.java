package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.api.SweepOptions;
import org.equicert.cli.batch.Backend;
import org.equicert.cli.batch.BatchInputs;
import org.equicert.cli.batch.BatchJobs;
import org.equicert.cli.batch.BatchRun;
import org.equicert.cli.batch.CertificateRecheck;
import org.equicert.cli.batch.GameSpec;
import org.equicert.cli.batch.GameTask;
import org.equicert.cli.batch.InProcessCommandJob;
import org.equicert.cli.batch.LocalBackend;
import org.equicert.cli.batch.ResultStore;
import org.equicert.cli.batch.SparkLoader;
import org.equicert.cli.batch.SweepBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert batch JOB INPUTS... -o OUT}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run one command (nash, certify, compare, symmetric or dynamics) on many games, or seed 001's sweep (JOB sweep) "
                + "on generated GAMUT games: one record per game (its exact optimum and baseline hits), then Tables 3-7 as equicert sweep writes them.",
            "%nINPUTS are game files (.nfg, .json), directories (every such file below, sorted) or manifests: one game per line, "
                + "then that game's options (e.g. --profile P or --claims FILE), '#' comments, paths relative to the manifest.",
            "%nWrites OUT/results.jsonl, one compact JSON record per game in input order: {\"game\", \"id\", \"options\", \"job\", "
                + "\"status\": ok|discrepancy|input-error|timeout|error, \"exit\", \"result\": the command's --json output}, and each "
                + "game's certificates and proofs under OUT/certificates/ID/ (paths in records are relative to OUT). "
                + "A re-run skips games whose record exists and whose certificates still check.",
            "%nExit code 0 if every game is ok, 1 if some game is not, 2 for a usage or manifest error."},
        footer = {"", "Examples:",
            "  equicert batch nash examples/battle-of-the-sexes.nfg examples/coordination.nfg -o batch-out",
            "  equicert batch nash games/ -o out --threads 2 --timeout 60",
            "  equicert batch certify claims.txt -o out          (claims.txt lines: game.nfg --profile '1,0;1,0')",
            "  equicert batch sweep -o out --games 5 --players 2..3 --actions 2..3 --threads 2   (seed 001's sweep; also writes out/sweep.md)",
            "  spark-submit --class org.equicert.cli.Main equicert.jar batch nash games/ -o out --spark yarn"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "nash, certify, compare, symmetric, dynamics, or sweep (generated games, no INPUTS)")
    String job;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "INPUTS", description = "game files, directories or manifests (none for sweep)")
    List<Path> inputs;

    @Option(names = "--classes", paramLabel = "C", split = ",", description = "sweep: GAMUT classes, comma-separated (default: all three)")
    List<String> sweepClasses;

    @Option(names = "--players", paramLabel = "LO..HI", description = "sweep: numbers of players (default: 2..5)")
    String sweepPlayers;

    @Option(names = "--actions", paramLabel = "LO..HI", description = "sweep: numbers of actions (default: 2..5)")
    String sweepActions;

    @Option(names = "--games", paramLabel = "K", description = "sweep: games per class and size, seeds 0..K-1 (default: 100)")
    Integer sweepGames;

    @Option(names = "--runs", paramLabel = "R", description = "sweep: runs of each baseline per game (default: 10)")
    Integer sweepRuns;

    @Option(names = "--replicator-iterations", paramLabel = "T", description = "sweep: Euler steps of the replicator dynamic (default: 10000)")
    Integer sweepIterations;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "output directory (results.jsonl, certificates/)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "games run at once locally (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "per game: record status timeout after SECONDS seconds")
    Long timeout;

    @Option(names = "--args", paramLabel = "OPTIONS", description = "options for every game's command, e.g. --args '--base 2'")
    String sharedArgs;

    @Option(names = "--spark", paramLabel = "MASTER", description = "run games as Apache Spark tasks: local[*], local[2,3], spark://HOST:PORT, yarn (under spark-submit)")
    String spark;

    @Option(names = "--recheck", paramLabel = "WHICH", description = "games whose certificates the driver re-checks: all, sample (every tenth) or none "
            + "(default: sample with --spark, none locally)")
    String recheck;

    @Option(names = "--progress", description = "draw a progress bar on standard error even when it is not a terminal")
    boolean progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (!BatchJobs.ALL.contains(job)) {
            throw new UserException("JOB: must be one of " + String.join(", ", BatchJobs.ALL) + ", got '" + job + "'");
        }
        if (threads < 1 || threads > 1024) {
            throw new UserException("--threads must be from 1 to 1024, got " + threads);
        }
        if (timeout != null && (timeout < 1 || timeout > TimeoutOption.MAX_SECONDS)) {
            throw new UserException("--timeout must be from 1 to " + TimeoutOption.MAX_SECONDS + " seconds, got " + timeout);
        }
        if (BatchJobs.SWEEP.equals(job)) {
            return sweep();
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new UserException("INPUTS: batch " + job + " needs game files, directories or manifests");
        }
        for (String[] o : new String[][] {{"--classes", str(sweepClasses)}, {"--players", sweepPlayers}, {"--actions", sweepActions},
            {"--games", str(sweepGames)}, {"--runs", str(sweepRuns)}, {"--replicator-iterations", str(sweepIterations)}}) {
            if (o[1] != null) {
                throw new UserException(o[0] + " is an option of batch sweep only; for batch " + job + " give the command's options in --args");
            }
        }
        CertificateRecheck.Policy policy = policy();
        Backend backend = spark == null ? new LocalBackend(threads) : SparkLoader.backend(spark);
        List<String> shared = sharedArgs == null ? List.of() : BatchInputs.words("--args", sharedArgs);
        List<GameSpec> games = BatchInputs.read(inputs, shared, BatchInputs.commandCheck(job));
        ResultStore store = ResultStore.open(out);
        GameTask task = new GameTask(job, new InProcessCommandJob(), timeout == null ? 0 : timeout);
        PrintWriter err = spec.commandLine().getErr();
        BatchRun.Summary s;
        try {
            s = new BatchRun(store, task, policy, threads).run(games, backend, err, progress || System.console() != null);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage() + " (records of the games done so far are in " + out.resolve(ResultStore.RESULTS)
                    + "; run the same command again to resume)");
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        BatchRun.table(job, s, out.resolve(ResultStore.RESULTS).toString()).forEach(o::println);
        return s.allOk() ? 0 : 1;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** {@code batch sweep}: seed 001's generated games, then the Tables 3-7 aggregated from the records. */
    private int sweep() throws java.io.IOException {
        if (inputs != null && !inputs.isEmpty()) {
            throw new UserException("INPUTS: batch sweep generates its games (--classes, --players, --actions, --games); got " + inputs.get(0));
        }
        if (sharedArgs != null) {
            throw new UserException("--args: batch sweep takes --runs and --replicator-iterations instead");
        }
        if (recheck != null && !recheck.equals("none")) {
            throw new UserException("--recheck: a sweep writes no certificate (the checker replays each claim in the task); use none or leave it out");
        }
        SweepOptions options = SweepCommand.options(sweepClasses == null ? List.of("RandomGame", "CoordinationGame", "CollaborationGame")
                : sweepClasses, sweepPlayers == null ? "2..5" : sweepPlayers, sweepActions == null ? "2..5" : sweepActions,
                sweepGames == null ? 100 : sweepGames, sweepRuns == null ? 10 : sweepRuns, sweepIterations == null ? 10_000 : sweepIterations,
                threads);
        long perGame = SweepCommand.timeoutSeconds(timeout);
        Backend backend = SweepCommand.backend(spark, threads);
        PrintWriter err = spec.commandLine().getErr();
        SweepBatch.Done done;
        try {
            done = SweepBatch.run(options, out, backend, perGame, err, progress || System.console() != null);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage() + " (records of the games done so far are in " + out.resolve(ResultStore.RESULTS)
                    + "; run the same command again to resume)");
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        BatchRun.table(job, done.summary(), out.resolve(ResultStore.RESULTS).toString()).forEach(o::println);
        boolean complete = SweepCommand.reportMissing(done.aggregate(), err);
        o.println("tables: " + String.join(", ", done.written().files().stream().map(Path::toString).toList()));
        return complete && done.aggregate().result().allCertified() && done.summary().allOk() ? 0 : 1;
    }

    private CertificateRecheck.Policy policy() {
        if (recheck == null) {
            return spark == null ? CertificateRecheck.Policy.NONE : CertificateRecheck.Policy.SAMPLE;
        }
        return switch (recheck) {
            case "all" -> CertificateRecheck.Policy.ALL;
            case "sample" -> CertificateRecheck.Policy.SAMPLE;
            case "none" -> CertificateRecheck.Policy.NONE;
            default -> throw new UserException("--recheck must be all, sample or none, got '" + recheck + "'");
        };
    }
}
