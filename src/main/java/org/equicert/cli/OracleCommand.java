package org.equicert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleOptions;
import org.equicert.api.OracleResult;
import org.equicert.oracle.OracleGame;
import org.equicert.input.InputLimits;
import org.equicert.oracle.OracleGameReader;
import org.equicert.oracle.UnsupportedGameException;
import org.equicert.report.OracleRenderer;
import org.equicert.report.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert oracle FILE.json}. */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = {"Equilibrium set and stratified Pareto optima of an oracle game (seed 002, Theorem 2 setting).",
            "%nEach player has finitely many outputs and a strategy: a piecewise-linear map of other players' output probabilities"
                + " (P(B=C), +, -, constant *, /, min, max, clamp, if ... then ... else on linear comparisons) or \"best-response\"."
                + " A threshold query at equality lets the player randomize between the branches, as a reflective oracle does.",
            "%nPrints the dependency sets, the poset of player classes (minimal and well-founded ones marked), the equilibrium set"
                + " (fixed points of all maps) exactly as a union of polytopes with vertices and dimension, and the stratified Pareto"
                + " optima, processing classes from the minimal ones up. Each optimum gets a certificate (membership in the"
                + " equilibrium set, completeness of each class's slice, and Bernstein bounds showing no stratified Pareto improvement)"
                + " checked by the embedded SMTInterpol.",
            "%nThe file format and the examples are documented in examples/oracle/README.md."},
        footer = {"", "Examples:",
            "  equicert oracle examples/oracle/pd-copy.json",
            "  equicert oracle examples/oracle/chicken-threshold.json --json"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every reported optimum certified", "1:something undecided or not certified", "2:bad input or unsupported game"})
final class OracleCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Parameters(paramLabel = "FILE", description = "an oracle game in equicert's JSON format")
    Path file;

    @Option(names = "--no-certify", description = "compute only; write no files")
    boolean noCertify;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OracleGame game = OracleGameReader.read(file, input.limits());
        OracleOptions job = OracleOptions.defaults().withBaseName(CertifyCommand.stem(file)).withLimits(input.limits());
        if (!noCertify) {
            job = job.withCertificates(OptionValues.writableDirectory("--out", options.outDir));
        }
        OracleOptions chosen = job;
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            OracleResult result;
            try {
                result = OracleGames.solve(game, chosen);
            } catch (UnsupportedGameException e) {
                throw new UserException(file + ": " + e.getMessage());
            }
            Rendered r = OracleRenderer.render(result);
            return options.print(out, r.json(), r.lines(), r.allChecked());
        });
    }

    /** Reads an oracle game within the default limits (for {@code examples}). */
    static OracleGame read(Path file) {
        return OracleGameReader.read(file, InputLimits.DEFAULT);
    }
}
