package org.equicert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equicert.api.GameInfo;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.report.InfoRenderer;
import org.equicert.report.JsonText;
import org.equicert.report.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equicert info GAME}: the structure of a game. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Describe a game: players, actions, payoffs and its symmetry group.",
            "%nDescribe a game: players, actions, number of pure profiles, whether payoffs are common, and its symmetry group Γ(G) (player permutations that permute payoffs; Emmons et al. 2022, Def. 3.2.1) with generators and player orbits."},
        footer = {"", "Example:", "  equicert info ../shared/corpus/gambit/contrib/games/coord4.nfg",
            "  equicert info examples/partygoers.nfg --json"})
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GAME", description = "a Gambit .nfg file or an equicert .json game")
    Path gameFile;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NormalFormGame game = GameFiles.read(gameFile, input.limits());
        Rendered r = InfoRenderer.render(GameInfo.of(game), gameFile.toString());
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(r.json()));
        } else {
            r.lines().forEach(out::println);
        }
        return 0;
    }

}
