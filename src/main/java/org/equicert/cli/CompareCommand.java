package org.equicert.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.api.ClaimedProfile;
import org.equicert.api.ClaimedProfiles;
import org.equicert.api.CompareOptions;
import org.equicert.api.Comparison;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.input.InputLimits;
import org.equicert.number.Rational;
import org.equicert.report.ComparisonRenderer;
import org.equicert.report.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert compare GAME --claims FILE}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Regression-check another solver's list of equilibria against the exact, complete set.",
            "%nReads the claimed equilibria (Gambit 'NE,…' lines, lrsnash output, profile text such as 0.5,0.5;1,0, or JSON; decimals allowed and read exactly). For each claimed profile: is it exactly a Nash equilibrium, its exact largest regret, and which equilibrium or component it is (exactly, or approximately within --tolerance). Then lists the equilibria and components the claimed list misses. Each claim's Nash verdict and largest regret are certified (a Nash or regret certificate per claim), and for two players the exact set has a completeness certificate; which equilibrium or component a claim matches, and what the list misses, are computed exactly but not certified, and each line says which it is.",
            "%nExit status: 0 when every claim is exactly Nash and nothing is missed, 1 when there are discrepancies, 2 for input errors."},
        footer = {"", "Examples:",
            "  equicert compare examples/battle-of-the-sexes.nfg --claims examples/battle-of-the-sexes.gambit.txt",
            "  lrsnash game.txt > lrs.out && equicert compare game.nfg --claims lrs.out"})
final class CompareCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Option(names = "--max-claims", paramLabel = "N", description = "read at most N claimed profiles (default: ${DEFAULT-VALUE})")
    int maxClaims = InputLimits.DEFAULT.maxClaims();

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--claims", required = true, paramLabel = "FILE", description = "the other solver's equilibria")
    Path claimsFile;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-6",
            description = "largest coordinate difference for a claim to count as approximating an equilibrium (exact rational; default: ${DEFAULT-VALUE})")
    String toleranceText;

    @Option(names = "--name", paramLabel = "NAME", description = "base name of the certificate files (default: derived from the claims file)")
    String name;

    @Option(names = "--max-boxes", paramLabel = "N", defaultValue = "20000", description = "box budget per polynomial support system (default: ${DEFAULT-VALUE})")
    int maxBoxes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rational tolerance = OptionValues.number("--tolerance", toleranceText);
        if (maxClaims < 1) {
            throw new UserException("--max-claims must be at least 1, got " + maxClaims);
        }
        if (tolerance.signum() < 0) {
            throw new UserException("--tolerance must not be negative");
        }
        InputLimits limits = input.limits().withMaxClaims(maxClaims);
        NormalFormGame game = GameFiles.read(gameFile, limits);
        List<ClaimedProfile> claims = ClaimedProfiles.read(claimsFile, game, limits);
        CompareOptions job = CompareOptions.defaults().withBaseName(name != null ? name : CertifyCommand.stem(claimsFile))
                .withTolerance(tolerance).withMaxBoxes(maxBoxes).withCertificates(OptionValues.writableDirectory("--out", options.outDir));
        if (game.playerCount() == 1) {
            throw new UserException("the game has one player: its equilibria are its optimal actions (use 'info')");
        }
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            Rendered r = ComparisonRenderer.render(Comparison.compare(game, claims, job.withProgress(err::println)));
            return options.print(out, r.json(), r.lines(), r.allChecked());
        });
    }
}
