package org.equicert.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.api.Certifier;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.api.SymmetricResult;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.game.symmetry.Permutation;
import org.equicert.number.Rational;
import org.equicert.report.Rendered;
import org.equicert.report.SymmetricRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert symmetric GAME}: parses, runs {@link SymmetricOptima#analyze}, prints {@link SymmetricRenderer}'s text or JSON. */
@Command(name = "symmetric", mixinStandardHelpOptions = true,
        description = {"The certified optimum over symmetric (P-invariant) profiles of a common-payoff game (seed 001).",
            "%nPlayers in the same orbit of P play the same mixed strategy. Computes the global optimum of the expected common payoff over such profiles by branch and bound on its Bernstein form, with a certificate that no P-invariant profile does better; locates the optimal point exactly (rational, real algebraic such as 2 - √2, or an isolating box); checks that it is a Nash equilibrium (Theorem 4.0.2); decides degeneracy (Definition 5.0.3) with a witness; and decides stability to asymmetric deviations (Theorem 5.0.4), giving an explicit improving asymmetric profile when unstable.",
            "%nEvery printed fact cites the certificate that states it (a bound, Nash or regret claim) or says why it is not certified (theory, a face Hessian, an irrational point, or a game too large for a full-table claim); the last line counts them.",
            "%nWithout --generators, P is all of Γ(G)."},
        footer = {"", "Examples:",
            "  equicert symmetric examples/partygoers.nfg",
            "  equicert symmetric examples/partygoers.nfg --generators '(1 3)(2 4)'"})
final class SymmetricCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @Parameters(paramLabel = "GAME", description = "a common-payoff game: Gambit .nfg or equicert .json")
    Path gameFile;

    @Option(names = "--generators", paramLabel = "P",
            description = "generators of P in cycle notation, 1-based, several separated by ';', e.g. '(1 3)(2 4)'; each must be a symmetry of the game")
    String generators;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1/1000000",
            description = "width of the certified bracket when the optimum is irrational or not dyadic (default: ${DEFAULT-VALUE})")
    String toleranceText;

    @Option(names = "--max-pieces", paramLabel = "N", defaultValue = "200000", description = "branch-and-bound budget (default: ${DEFAULT-VALUE})")
    int maxPieces;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Option(names = "--no-certify", description = "compute only; write no files")
    boolean noCertify;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rational tolerance;
        try {
            tolerance = Rational.parse(toleranceText);
        } catch (NumberFormatException e) {
            throw new UserException("--tolerance: '" + toleranceText + "' is not a number");
        }
        if (tolerance.signum() <= 0) {
            throw new UserException("--tolerance must be positive");
        }
        if (maxPieces < 1) {
            throw new UserException("--max-pieces must be at least 1, got " + maxPieces);
        }
        NormalFormGame game = GameFiles.read(gameFile, input.limits());
        Certifier certifier = noCertify ? Certifier.disabled() : Certifier.into(options.store());
        List<Permutation> ps = List.of();
        if (generators != null && !generators.isBlank()) {
            try {
                ps = SymmetricOptima.generators(game, generators);
            } catch (IllegalArgumentException e) {
                throw new UserException("--generators: " + e.getMessage());
            }
        }
        SymmetricOptions opts = SymmetricOptions.defaults().withBaseName(CertifyCommand.stem(gameFile)).withGenerators(ps)
                .withTolerance(tolerance).withMaxPieces(maxPieces);
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            SymmetricResult result = SymmetricOptima.analyze(game, opts, certifier);
            Rendered r = SymmetricRenderer.render(result);
            return options.print(out, r.json(), r.lines(), r.allChecked());
        });
    }
}
