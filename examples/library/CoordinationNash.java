package example;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.api.CheckedCertificate;
import org.equicert.api.NashEquilibrium;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.game.io.GameFiles;

/**
 * equicert as a library: the certified Nash set of seed 000's coordination game, through the API
 * only. Prints the mixed equilibrium's exact probabilities and the paths of the certificates.
 *
 * <p>Run from the repository root (after {@code mvn -B -q -DskipTests package}):
 * {@code java -cp target/equicert.jar examples/library/CoordinationNash.java [GAME [OUTDIR]]}.
 */
public final class CoordinationNash {

    private CoordinationNash() {
    }

    /**
     * @param args optional: the game file (default examples/coordination.nfg) and the directory for
     *     certificates/ and proofs/ (default library-example-output)
     */
    public static void main(String[] args) {
        Path gameFile = Path.of(args.length > 0 ? args[0] : "examples/coordination.nfg");
        Path out = Path.of(args.length > 1 ? args[1] : "library-example-output");
        var game = GameFiles.read(gameFile);
        NashSetResult nash = NashSets.solve(game, NashOptions.defaults().withCertificates(out).withBaseName("coordination"));
        System.out.println("game: " + game.title());
        for (NashEquilibrium e : nash.exactEquilibria()) {
            if (e.isPure()) {
                continue;
            }
            System.out.println("mixed equilibrium:");
            for (int i = 0; i < game.playerCount(); i++) {
                List<String> probabilities = new ArrayList<>();
                for (int a = 0; a < game.actionCount(i); a++) {
                    probabilities.add(game.actions().get(i).get(a) + " " + e.strategy(i).get(a));
                }
                System.out.println("  player " + game.players().get(i) + ": " + String.join(", ", probabilities)
                        + "   payoff " + e.payoffs().get(i));
            }
            System.out.println("  certified Nash: " + e.citation().certificate().orElse("(not certified)"));
        }
        nash.completeness().ifPresent(c -> System.out.println("complete list: " + c.citation().certificate().orElse("(not certified)")));
        for (CheckedCertificate c : nash.certificates()) {
            System.out.println("certificate: " + c.name() + " at " + c.path());
        }
        System.out.println(nash.allChecked() ? "every certificate checked" : "a certificate was REJECTED");
    }
}
