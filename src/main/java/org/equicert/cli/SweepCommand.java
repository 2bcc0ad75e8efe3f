package org.equicert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.api.Sweeps;
import org.equicert.game.GamutGenerator;
import org.equicert.report.JsonText;
import org.equicert.report.SweepRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code equicert sweep}: parses, runs {@link Sweeps#run}, writes and prints {@link SweepRenderer}'s CSV, Markdown or JSON. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Seed 001's experiment (§6, Tables 3-7) with certified ground truth.",
            "%nFor each GAMUT class and each number of players N and actions A, generates totally symmetric common-payoff games (seeds 0, 1, …), certifies the global symmetric optimum (branch and bound on the Bernstein form, replayed by the independent checker), decides whether it is mixed (Table 3), and runs each baseline --runs times from seeded uniform starts: the replicator dynamic (Euler, step 1, App. F.3) and an SLSQP-like projected-gradient search. A run reaches the optimum when its exact payoff is within 1e-4 of the payoff range below the certified bound (Tables 4-7: single runs, and best of --runs).",
            "%nWrites DIR/sweep.csv (one line per game), DIR/sweep.md (tables laid out like the paper's, then every cell beside the paper's printed value with a two-proportion z-score, |z| >= 3 flagged with the known reasons), DIR/sweep.json and DIR/sweep-tables-T.svg (per table: ours and the paper's proportion with +-2 standard errors). Uses all cores; progress goes to standard error."},
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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where sweep.csv, sweep.md, sweep.json and the charts are written (default: current directory)")
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
        SweepOptions options = new SweepOptions(cls, pr[0], pr[1], ar[0], ar[1], games, runs, iterations, workers);
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            try {
                return sweep(out, err, options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException("sweep interrupted");
            }
        });
    }

    private int sweep(PrintWriter out, PrintWriter err, SweepOptions options) throws IOException, InterruptedException {
        SweepResult result = Sweeps.run(options, message -> {
            err.println(message);
            err.flush();
        });
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("sweep.csv"), SweepRenderer.csv(result));
        String md = SweepRenderer.markdown(result);
        Files.writeString(outDir.resolve("sweep.md"), md);
        String jsonText = JsonText.render(SweepRenderer.json(result));
        Files.writeString(outDir.resolve("sweep.json"), jsonText + "\n");
        List<String> charts = new ArrayList<>();
        for (int t : SweepRenderer.comparedTables(result)) {
            Path svg = outDir.resolve("sweep-tables-" + t + ".svg");
            Files.writeString(svg, SweepRenderer.tableSvg(result, t));
            charts.add(svg.getFileName().toString());
        }
        if (json) {
            out.println(jsonText);
        } else {
            out.print(md);
            out.println("wrote " + outDir.resolve("sweep.csv") + ", " + outDir.resolve("sweep.md") + ", " + outDir.resolve("sweep.json")
                    + (charts.isEmpty() ? "" : " and " + String.join(", ", charts)));
        }
        return result.allCertified() ? 0 : 1;
    }
}
