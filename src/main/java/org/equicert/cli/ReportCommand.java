package org.equicert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equicert.api.Certifier;
import org.equicert.api.DynamicsOptions;
import org.equicert.api.DynamicsResult;
import org.equicert.api.LearningDynamics;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleResult;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.api.SymmetricResult;
import org.equicert.certificate.CertificateStore;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.oracle.OracleGame;
import org.equicert.oracle.UnsupportedGameException;
import org.equicert.report.html.FigurePlan;
import org.equicert.report.html.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code equicert report}: one self-contained HTML file with a game's certified results, their
 * certificates re-checked and its figures; or, with {@code --examples}, the worked-examples
 * validation report. Parses, runs the jobs the game calls for, renders with
 * {@link ReportPage}, writes.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report (inline SVG figures, no scripts, no network) of a game's certified results.",
            "%nFor a normal-form game: the Nash set (two players), the symmetric optimum (seed 001; common payoff with a nontrivial symmetry),"
                    + " each with its figure; for an oracle game (.json with strategies): the equilibrium set and stratified Pareto optima (seed 002)."
                    + " Every certificate is written under DIR/certificates, re-checked from its file, and linked relative to the report.",
            "%nWith --examples: the seeds' worked examples in one validation table (paper's value, certified value, agreement or erratum),"
                    + " as 'equicert examples' computes them (about a minute)."},
        footer = {"", "Examples:", "  equicert report examples/coordination.nfg -o coordination.html",
            "  equicert report examples/oracle/chicken-threshold.json -o chicken.html",
            "  equicert report --examples -o examples/report.html"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GAME", arity = "0..1", description = "a game (.nfg, game .json) or an oracle game (.json with strategies)")
    Path input;

    @Option(names = "--examples", description = "the worked-examples validation report instead of one game")
    boolean examples;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html", description = "the HTML file (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--out", paramLabel = "DIR", description = "where certificates/ and proofs/ are written (default: the current directory)")
    Path outDir;

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (examples == (input != null)) {
            throw new UserException("report: give a GAME or --examples (one of them)");
        }
        Path reportDir = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            throw new UserException("-o " + output + ": is a directory; give the HTML file to write");
        }
        OptionValues.writableDirectory("-o", reportDir);
        CertificateStore store = new CertificateStore(OptionValues.writableDirectory("--out", outDir == null ? Path.of(".") : outDir), Main.VERSION);
        if (examples) {
            return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> ExamplesCommand.runWithReport(out, store, output));
        }
        if (!Files.isRegularFile(input)) {
            throw new UserException(input + ": no such file");
        }
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            ReportPage.Page page = isOracle(input) ? oracle(store, reportDir) : game(store, reportDir);
            write(output, page.html());
            out.println("wrote " + output + ": " + page.figures().size() + " figure(s); " + page.tally().line()
                    + (page.allChecked() ? "; every certificate re-checked VALID" : "; a claim or certificate did NOT check"));
            return page.allChecked() ? 0 : 1;
        });
    }

    private ReportPage.Page game(CertificateStore store, Path reportDir) {
        NormalFormGame game = GameFiles.read(input);
        FigurePlan plan = FigurePlan.of(game);
        String base = CertifyCommand.stem(input);
        Optional<NashSetResult> nash = plan.nash()
                ? Optional.of(NashSets.solve(game, NashOptions.defaults().withBaseName(base), Certifier.into(store))) : Optional.empty();
        Optional<SymmetricResult> symmetric = plan.symmetric()
                ? Optional.of(SymmetricOptima.analyze(game, SymmetricOptions.defaults().withBaseName(base), Certifier.into(store)))
                : Optional.empty();
        Optional<DynamicsResult> dynamics = Optional.empty();
        if (plan.dynamics()) {
            // base 2 and ε one hundredth of the payoff range, as the seed's coordination example (1/10 of 0..10)
            Rational range = game.maximumPayoff().subtract(game.minimumPayoff());
            DynamicsOptions options = DynamicsOptions.atBase(Rational.TWO).withName(base);
            dynamics = Optional.of(LearningDynamics.analyse(game, range.signum() > 0 ? options.withEpsilon(range.divide(Rational.of(100))) : options,
                    Certifier.into(store)));
        }
        return ReportPage.forGame(input.toString(), game, plan, nash, symmetric, dynamics, reportDir, Main.VERSION);
    }

    private ReportPage.Page oracle(CertificateStore store, Path reportDir) {
        OracleGame g = OracleCommand.read(input);
        OracleResult r;
        try {
            r = OracleGames.solve(g, CertifyCommand.stem(input), Certifier.into(store));
        } catch (UnsupportedGameException e) {
            throw new UserException(input + ": " + e.getMessage());
        }
        return ReportPage.forOracle(input.toString(), r, reportDir, Main.VERSION);
    }

    /** A .json file whose text has a "strategy" key is an oracle game; other inputs are normal-form games. */
    private static boolean isOracle(Path file) {
        if (!file.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("\"strategy\"");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static void write(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("-o " + file + ": cannot write (" + e.getMessage() + ")");
        }
    }

}
