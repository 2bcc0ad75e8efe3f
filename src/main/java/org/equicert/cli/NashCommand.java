package org.equicert.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.SupportNashSet;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.report.NashSetRenderer;
import org.equicert.report.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert nash GAME}. */
@Command(name = "nash", mixinStandardHelpOptions = true,
        description = {"All Nash equilibria of a game, exact, with certificates.",
            "%nTwo players: every extreme equilibrium (vertex enumeration of the best-response polytopes, degenerate games included), each player's exact expected payoff, and the connected components with their dimension and maximal Nash subsets — so a continuum is reported as a continuum. Each extreme equilibrium gets a Nash certificate and the whole list a completeness certificate (every equilibrium lies in a listed component).",
            "%nMore players: support enumeration. Rational equilibria are exact; irrational ones are given by isolating boxes proven to hold exactly one solution; positive-dimensional sets are reported with their dimension and a witness; support profiles that cannot be decided are listed as such. The support profiles without an equilibrium are certified excluded by Farkas multipliers (one nash-support-exclusion certificate); the output says which profiles no certificate covers. With --timeout, no new support profile is started after three quarters of the time; those left are listed as not examined (exit code 3).",
            "%nCertificates go under DIR/certificates, proofs under DIR/proofs. Progress goes to standard error."},
        footer = {"", "Examples:",
            "  equicert nash examples/coordination.nfg",
            "  equicert nash examples/battle-of-the-sexes.nfg --json",
            "  equicert nash ../shared/corpus/gambit/contrib/games/2x2x2.nfg --no-certify"})
final class NashCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--name", paramLabel = "NAME", description = "base name of the certificate files (default: derived from the game file)")
    String name;

    @Option(names = "--no-certify", description = "compute only; print nothing as certified and write no files")
    boolean noCertify;

    @Option(names = "--max-boxes", paramLabel = "N", defaultValue = "20000",
            description = "box budget per polynomial support system (more than two players; default: ${DEFAULT-VALUE})")
    int maxBoxes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (maxBoxes < 1) {
            throw new UserException("--max-boxes must be at least 1, got " + maxBoxes);
        }
        NormalFormGame game = GameFiles.read(gameFile, input.limits());
        NashOptions nash = NashOptions.defaults().withBaseName(name != null ? name : CertifyCommand.stem(gameFile)).withMaxBoxes(maxBoxes);
        NashOptions job = noCertify ? nash : nash.withCertificates(OptionValues.writableDirectory("--out", options.outDir));
        if (game.playerCount() == 1) {
            throw new UserException("the game has one player: its equilibria are its optimal actions (use 'info')");
        }
        // with --timeout, more than two players: the support enumeration stops starting new profiles at three quarters of
        // the time, so the rest (certificates, output) can finish and the profiles left are listed instead of lost
        NashOptions limited = timeout.seconds == null ? job : job.withSearchLimit(Duration.ofMillis(timeout.seconds * 750));
        return timeout.run(spec.commandLine().getOut(), spec.commandLine().getErr(), (out, err) -> {
            NashSetResult result = NashSets.solve(game, limited.withProgress(err::println));
            Rendered r = NashSetRenderer.render(result);
            int code = options.print(out, r.json(), r.lines(), r.allChecked());
            long unexamined = result.set() instanceof SupportNashSet s
                    ? s.unresolved().stream().filter(u -> u.reason().startsWith(NashSets.NOT_EXAMINED)).count() : 0;
            if (unexamined > 0) {
                err.println("error: the search reached its time limit (--timeout " + timeout.seconds + " s): " + unexamined
                        + " support profiles were not examined (listed in the output); the set may be incomplete");
                return TimeoutOption.EXIT_CODE;
            }
            return code;
        });
    }
}
