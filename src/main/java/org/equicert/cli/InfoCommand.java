package org.equicert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.equicert.api.Citation;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.game.io.JsonGameFormat;
import org.equicert.game.symmetry.Permutation;
import org.equicert.game.symmetry.SymmetryGroup;
import org.equicert.report.JsonText;
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
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", gameFile.toString());
        r.put("title", game.title());
        r.put("players", JsonGameFormat.players(game));
        r.put("profiles", game.profileCount());
        r.put("commonPayoff", game.isCommonPayoff());
        r.put("minPayoff", game.minimumPayoff().toString());
        r.put("maxPayoff", game.maximumPayoff().toString());
        SymmetryGroup group = null;
        String symmetryNote = null;
        if (game.playerCount() <= SymmetryGroup.MAX_PLAYERS) {
            group = SymmetryGroup.of(game);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("order", group.order());
            s.put("totallySymmetric", group.isFullSymmetricGroup());
            List<String> gens = new ArrayList<>();
            for (Permutation g : group.generators()) {
                gens.add(g.toString());
            }
            s.put("generators", gens);
            s.put("orbits", oneBased(group.orbits()));
            r.put("symmetry", s);
        } else {
            symmetryNote = "not computed: more than " + SymmetryGroup.MAX_PLAYERS + " players";
            r.put("symmetry", symmetryNote);
        }
        var out = spec.commandLine().getOut();
        List<String> lines = new ArrayList<>();
        Facts facts = new Facts(lines, null);
        Citation exact = Citation.notRequested(UNCERTIFIED);
        facts.context("game:        " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("file:        " + gameFile);
        facts.context("certificates: none (info computes the facts below exactly from the payoff table and writes no certificates)");
        facts.context("players:     " + game.playerCount());
        for (int i = 0; i < game.playerCount(); i++) {
            facts.context("  " + game.players().get(i) + ": " + game.actionCount(i) + " actions " + game.actions().get(i));
        }
        facts.fact("profiles:    " + game.profileCount(), exact);
        facts.fact("payoffs:     " + (game.isCommonPayoff() ? "common (every player gets the same payoff)" : "not common")
                + ", range [" + game.minimumPayoff() + ", " + game.maximumPayoff() + "]", exact);
        if (group == null) {
            facts.context("symmetry:    " + symmetryNote);
        } else {
            facts.fact("symmetry:    |Γ(G)| = " + group.order()
                    + (group.isFullSymmetricGroup() && game.playerCount() > 1 ? " (totally symmetric: Γ(G) = S_" + game.playerCount() + ")"
                    : group.isTrivial() ? " (totally unsymmetric)" : ""), exact);
            facts.fact("generators:  " + (group.generators().isEmpty() ? "none (trivial group)" : group.generators()), exact);
            facts.fact("orbits:      " + oneBased(group.orbits()), exact);
        }
        facts.finish(r);
        if (json) {
            out.println(JsonText.render(r));
        } else {
            lines.forEach(out::println);
        }
        return 0;
    }

    /** Why no fact of {@code info} is certified. */
    static final String UNCERTIFIED = "computed exactly from the payoff table; info writes no certificates";

    static List<List<Integer>> oneBased(List<List<Integer>> orbits) {
        List<List<Integer>> r = new ArrayList<>();
        for (List<Integer> o : orbits) {
            List<Integer> x = new ArrayList<>();
            for (int i : o) {
                x.add(i + 1);
            }
            r.add(x);
        }
        return r;
    }
}
