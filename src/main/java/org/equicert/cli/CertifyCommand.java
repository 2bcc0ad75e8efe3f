package org.equicert.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.equicert.api.ProfileCertification;
import org.equicert.api.ProfileOptions;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.report.ProfileCertificationRenderer;
import org.equicert.report.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert certify GAME --profile P}. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = {"Certify a claimed equilibrium profile; repair it if it is not exact.",
            "%nCertify a claimed equilibrium profile, e.g. one printed by another solver with decimals. Reports the exact rational profile the text denotes, each player's exact expected payoff and regrets, and whether it is an exact Nash equilibrium. If it is not, looks for an exact equilibrium on the same support (a repair; two-player games). Every statement printed as a fact is certified: the certificate is written under DIR/certificates, its proof under DIR/proofs."},
        footer = {"", "Examples:",
            "  equicert certify examples/coordination.nfg --profile '1,0;1,0'",
            "  equicert certify examples/coordination.nfg --profile '0.3333,0.6667;0.3333,0.6667'"})
final class CertifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    CertificateOptions options = new CertificateOptions();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--profile", required = true, paramLabel = "P",
            description = "strategies separated by ';', probabilities by ',' (decimals or fractions), e.g. 0.5,0.5;1,0")
    String profileText;

    @Option(names = "--epsilon", paramLabel = "E", description = "also certify the profile as an E-Nash equilibrium (exact rational)")
    String epsilonText;

    @Option(names = "--name", paramLabel = "NAME", description = "base name of the certificate files (default: derived from the game file)")
    String name;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NormalFormGame game = GameFiles.read(gameFile, input.limits());
        Rational[][] profile = ProfileText.parse(profileText, game);
        Rational epsilon = epsilonText == null ? null : OptionValues.number("--epsilon", epsilonText);
        if (epsilon != null && epsilon.signum() < 0) {
            throw new UserException("--epsilon must not be negative, got " + epsilonText);
        }
        ProfileOptions job = ProfileOptions.defaults().withBaseName(name != null ? name : stem(gameFile))
                .withCertificates(OptionValues.writableDirectory("--out", options.outDir));
        if (epsilon != null) {
            job = job.withEpsilon(epsilon);
        }
        Rendered r = ProfileCertificationRenderer.render(ProfileCertification.certify(game, lists(profile), job));
        return options.print(spec.commandLine().getOut(), r.json(), r.lines(), r.allChecked());
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** A parsed profile as the API's lists. */
    static List<List<Rational>> lists(Rational[][] profile) {
        return Arrays.stream(profile).map(List::of).toList();
    }
}
