package org.equicert.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.equicert.api.Certifier;
import org.equicert.api.Citation;
import org.equicert.api.DynamicsOptions;
import org.equicert.api.DynamicsResult;
import org.equicert.api.LearningDynamics;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleResult;
import org.equicert.api.ProfileCertification;
import org.equicert.api.ProfileOptions;
import org.equicert.api.SeedFacts;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.api.SymmetricResult;
import org.equicert.certificate.CertificateStore;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SeedGames;
import org.equicert.number.Rational;
import org.equicert.oracle.OracleGame;
import org.equicert.report.DynamicsRenderer;
import org.equicert.report.NashSetRenderer;
import org.equicert.report.OracleRenderer;
import org.equicert.report.ProfileCertificationRenderer;
import org.equicert.report.Rendered;
import org.equicert.report.SeedFactsRenderer;
import org.equicert.report.SymmetricRenderer;
import org.equicert.report.Tally;
import org.equicert.report.html.ExamplesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code equicert examples}: the seeds' worked examples, certified. Every section is a report
 * whose facts cite a certificate or say why not ({@link Facts}); the run ends with their total,
 * {@code facts: N certified, M not certified}.
 */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = {"Run the seeds' worked examples end to end, certified.",
            "%nRun the seed documents' worked examples end to end, writing every certificate under DIR/certificates and its proof under DIR/proofs. Every printed fact cites its certificate or says why it is not certified; the last line counts them over the whole run. Exit code 0 only if every certificate checked."},
        footer = {"", "Example:", "  equicert examples --out /tmp/run"})
final class ExamplesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where certificates/ and proofs/ are written (default: current directory)")
    Path outDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private int failures;
    /** The facts of every section so far. */
    private Tally total = Tally.NONE;

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Override
    public Integer call() {
        CertificateStore store = new CertificateStore(OptionValues.writableDirectory("--out", outDir), Main.VERSION);
        // the shipped report links ../certificates: regenerate it only when certificates go to the repository root
        boolean mainJob = outDir.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath().normalize());
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
                (out, err) -> runAll(out, store, mainJob ? Optional.of(REPORT) : Optional.empty()));
    }

    /** The validation report the main job regenerates (when run from the repository root). */
    static final Path REPORT = Path.of("examples", "report.html");

    /** Runs every example, printing to {@code out}, and writes the validation report to {@code reportFile} ('report --examples'). */
    static int runWithReport(PrintWriter out, CertificateStore store, Path reportFile) {
        return new ExamplesCommand().runAll(out, store, Optional.of(reportFile));
    }

    private final ExamplesReport report = new ExamplesReport();

    private int runAll(PrintWriter out, CertificateStore store, Optional<Path> reportFile) {
        long start = System.nanoTime();
        timed(out, "seed 000 coordination profiles", () -> coordination(out, store));
        timed(out, "seed 000 all equilibria", () -> allEquilibria(out, store));
        timed(out, "seed 000 learning chains", () -> chain(out, store));
        timed(out, "seed 001 partygoers symmetry", () -> partygoers(out, store));
        seedOne(out, store);
        seedTwo(out, store);
        reportFile.ifPresent(f -> writeReport(out, f));
        out.println();
        out.println(failures == 0 ? "all examples certified" : failures + " example claims FAILED to certify");
        out.println("total time " + seconds(System.nanoTime() - start));
        out.println(total.line());
        return failures == 0 ? 0 : 1;
    }

    /** Writes the validation report when its directory exists (the run is at the repository root); a re-check failure counts. */
    private void writeReport(PrintWriter out, Path reportFile) {
        Path dir = reportFile.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            out.println();
            out.println("validation report not written: " + dir.getFileName() + "/ not found (run from the repository root)");
            return;
        }
        ExamplesReport.Page page = report.render(dir, Main.VERSION);
        ReportCommand.write(reportFile, page.html());
        out.println();
        out.println("validation report: " + reportFile + " (" + page.rows() + " examples, " + page.figures() + " figures"
                + (page.allChecked() ? ")" : "; a value or certificate did NOT check)"));
        if (!page.allChecked()) {
            failures++;
        }
    }

    /** Runs one example and prints a progress line with its wall-clock time (flushed, so progress shows as it happens). */
    private void timed(PrintWriter out, String label, Runnable example) {
        long t = System.nanoTime();
        example.run();
        out.println("   [" + label + ": " + seconds(System.nanoTime() - t) + "]");
        out.flush();
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private void coordination(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.coordination();
        out.println("== Seed 000: " + g.title());
        out.println("The seed states three Nash equilibria: (high, high), (low, low), and both playing high with 1/3.");
        String[][] cases = {
            {"1,0;1,0", "seed000-high-high"},
            {"0,1;0,1", "seed000-low-low"},
            {"1/3,2/3;1/3,2/3", "seed000-mixed"},
            {"1,0;0,1", "seed000-high-low"},
            {"0.3333,0.6667;0.3333,0.6667", "seed000-decimal"},
        };
        for (String[] c : cases) {
            out.println("-- profile " + c[0]);
            Rendered r = ProfileCertificationRenderer.render(ProfileCertification.certify(g, CertifyCommand.lists(ProfileText.parse(c[0], g)),
                    ProfileOptions.defaults().withBaseName(c[1]), Certifier.into(store)));
            for (String line : r.lines().subList(2, r.lines().size())) {
                out.println("   " + line);
            }
            total = total.plus(r.tally());
            if (!r.allChecked()) {
                failures++;
            }
        }
    }

    private void allEquilibria(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.coordination();
        out.println();
        out.println("== Seed 000: all Nash equilibria of the coordination game, exact and certified complete");
        NashSetResult result = NashSets.solve(g, NashOptions.defaults().withBaseName("seed000"), Certifier.into(store));
        report.nash("seed000-coordination", result);
        Rendered r = NashSetRenderer.render(result);
        r.lines().subList(2, r.lines().size()).forEach(l -> out.println("   " + l));
        total = total.plus(r.tally());
        if (!r.allChecked()) {
            failures++;
        }
    }

    private void chain(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.coordination();
        out.println();
        out.println("== Seed 000: the learning chain on the coordination game, b = e^alpha = 2, epsilon = 1/10");
        DynamicsResult chain = LearningDynamics.analyse(g, DynamicsOptions.atBase(Rational.TWO).withRounds(10)
                .withEpsilon(Rational.of(1, 10)).withName("seed000"), Certifier.into(store));
        report.dynamics("seed000-chain", chain);
        Rendered r = DynamicsRenderer.render(chain);
        r.lines().subList(1, r.lines().size()).forEach(l -> out.println("   " + l));
        total = total.plus(r.tally());
        if (!r.allChecked()) {
            failures++;
        }
        NormalFormGame pd = SeedGames.prisonersDilemma();
        out.println();
        out.println("== Seed 000's extension to general games: " + pd.title() + ", individual utilities, b = 2");
        out.println("   The seed argues the dynamics end in mutual defection: (C, C) is left much more easily than it is reached.");
        DynamicsResult pdChain = LearningDynamics.analyse(pd, DynamicsOptions.atBase(Rational.TWO).withIndividual(true)
                .withName("seed000-pd"), Certifier.into(store));
        report.dynamics("seed000-pd", pdChain);
        Rendered p = DynamicsRenderer.render(pdChain);
        p.lines().subList(1, p.lines().size()).forEach(l -> out.println("   " + l));
        total = total.plus(p.tally());
        if (!p.allChecked()) {
            failures++;
        }
    }

    /** One seed-001 example, timed from building its game (the ten robots' 59,049 profiles) to its last certificate. */
    private void symmetric(PrintWriter out, CertificateStore store, String name, Supplier<NormalFormGame> game, String generators,
            String note) {
        long t = System.nanoTime();
        NormalFormGame g = game.get();
        out.println();
        out.println("== " + g.title());
        if (!note.isEmpty()) {
            out.println("   " + note);
        }
        SymmetricOptions options = SymmetricOptions.defaults().withBaseName(name)
                .withGenerators(generators == null ? List.of() : SymmetricOptima.generators(g, generators));
        SymmetricResult result = SymmetricOptima.analyze(g, options, Certifier.into(store));
        report.symmetric(name, g, result);
        Rendered r = SymmetricRenderer.render(result);
        r.lines().subList(1, r.lines().size()).forEach(l -> out.println("   " + l));
        total = total.plus(r.tally());
        if (!r.allChecked()) {
            failures++;
        }
        out.println("   [" + name + ": " + seconds(System.nanoTime() - t) + "]");
        out.flush();
    }

    private static final String[][] ORACLE_EXAMPLES = {
        {"pd-copy", "Both cooperate with the opponent's probability: a continuum of equilibria; SPO is mutual cooperation."},
        {"pd-copy-jailer", "A jailer who wants jail time sits above the prisoners' class; SPO still picks mutual cooperation."},
        {"pd-exploit-delta", "B cooperates with probability P(A=C) - 1/10: mutual defection is the only fixed point."},
        {"pd-best-responder", "B a shortsighted best responder: B defects, A retaliates; mutual defection."},
        {"pd-always-cooperate", "B always cooperates: A cooperates too (the copy strategy is exploitable)."},
        {"chicken-threshold", "Two threshold players: both swerve with probability t = 3/4 and get 33/16 > 2 (the mixed Nash payoff)."},
        {"chicken-vs-best-responder", "Threshold player against a best responder: A goes straight, B swerves; utilities 3 and 2."},
        {"ultimatum-coercion-proof", "A best-responds to a coercion-proof B (fair point 50/50): A is indifferent up to 50; SPO is the 50/50 split."},
        {"ultimatum-differing-fair-points", "A thinks 60/40 fair, B 50/50: A expects 50 and B 100/3 instead of a certain rejection."},
        {"movie-or-board-game", "Coordination with a steep switch: three equilibria; the two coordination points are the SPO points."},
    };

    private void seedTwo(PrintWriter out, CertificateStore store) {
        for (String[] e : ORACLE_EXAMPLES) {
            Path file = Path.of("examples", "oracle", e[0] + ".json");
            out.println();
            if (!Files.isRegularFile(file)) {
                out.println("== Seed 002: " + file + " not found (run equicert examples from the repository root)");
                failures++;
                continue;
            }
            OracleGame g = OracleCommand.read(file);
            out.println("== Seed 002: " + g.title() + "  [" + file + "]");
            out.println("   " + e[1]);
            long t = System.nanoTime();
            OracleResult result = OracleGames.solve(g, "seed002-" + e[0], store == null ? Certifier.disabled() : Certifier.into(store));
            report.oracle("seed002-" + e[0], result);
            Rendered r = OracleRenderer.render(result);
            r.lines().stream().filter(l -> !l.startsWith("game:") && !l.startsWith("player:")).forEach(l -> out.println("   " + l));
            total = total.plus(r.tally());
            if (!r.allChecked()) {
                failures++;
            }
            out.println("   [seed 002 " + e[0] + ": " + seconds(System.nanoTime() - t) + "]");
            out.flush();
        }
    }

    private void seedOne(PrintWriter out, CertificateStore store) {
        symmetric(out, store, "seed001-taxis-identical", SeedGames::taxisIdentical, null,
                "The seed: the symmetric optimum is p = q = 1/2, a Nash equilibrium, but unstable to asymmetric deviations (Example 5.0.2).");
        symmetric(out, store, "seed001-taxis-large-groups", SeedGames::taxisLargeGroups, null,
                "The seed: p = q = 1/2 is a Nash equilibrium but a local minimum in symmetric space; the optimum is pure.");
        out.println();
        out.println("== Seed 001 section 2.1: ten robots (3^10 = 59,049 profiles; each optimum is certified through the game's 66-entry count table)");
        Rendered robots = SeedFactsRenderer.render(SeedFacts.robotsSwitchingPoint());
        robots.lines().forEach(l -> out.println("   " + l));
        total = total.plus(robots.tally());
        for (Rational eps : new Rational[] {Rational.ONE, Rational.TWO}) {
            symmetric(out, store, "seed001-robots-eps" + eps, () -> SeedGames.tenRobots(eps), null, "");
        }
        symmetric(out, store, "seed001-example-5-0-5", () -> SeedGames.example505(Rational.of(1, 10)), null,
                "The seed: (a, a) is the unique symmetric optimum, a degenerate Nash equilibrium, improvable by row to b and column to c.");
        symmetric(out, store, "seed001-veil-of-ignorance", SeedGames::veilOfIgnorance, null,
                "The seed: High need plays A with p = 1/6, Low need always C. It prints the value 77/18 ≈ 4.28; the exact value is"
                        + " 121/24 ≈ 5.04 (its sum uses 4 where the both-Cautious outcomes are worth 5 and 6).");
        symmetric(out, store, "seed001-partygoers", SeedGames::partygoers, null,
                "The seed: P = Γ(G), drink with probability 2 − √2; it prints 4(√2 − 1) ≈ 1.66, one group's share of 16(√2 − 1).");
        symmetric(out, store, "seed001-partygoers-rotation2", SeedGames::partygoers, "(1 3)(2 4)",
                "P = {rotation by two}: opposite butlers alike; the seed: 1 and 3 hold food, 2 and 4 drink.");
    }

    private void partygoers(PrintWriter out, CertificateStore store) {
        NormalFormGame g = SeedGames.partygoers();
        out.println();
        out.println("== Seed 001 App. C: " + g.title());
        Rendered r = SeedFactsRenderer.render(SeedFacts.partygoersSymmetry());
        r.lines().forEach(l -> out.println("   " + l));
        total = total.plus(r.tally());
    }
}
