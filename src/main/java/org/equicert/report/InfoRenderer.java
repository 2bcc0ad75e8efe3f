package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.GameInfo;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.JsonGameFormat;
import org.equicert.game.symmetry.SymmetryGroup;

/** Renders the {@code info} job's {@link GameInfo} as text (one citation per fact) and JSON. */
public final class InfoRenderer {

    private InfoRenderer() {
    }

    /**
     * The text and JSON of {@code info}.
     *
     * @param file the game's file as the user named it, echoed in both
     */
    public static Rendered render(GameInfo info, String file) {
        NormalFormGame game = info.game();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", file);
        r.put("title", game.title());
        r.put("players", JsonGameFormat.players(game));
        r.put("profiles", game.profileCount());
        r.put("commonPayoff", game.isCommonPayoff());
        r.put("minPayoff", game.minimumPayoff().toString());
        r.put("maxPayoff", game.maximumPayoff().toString());
        String symmetryNote = "not computed: more than " + SymmetryGroup.MAX_PLAYERS + " players";
        if (info.symmetry().isPresent()) {
            GameInfo.Symmetry group = info.symmetry().get();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("order", group.order());
            s.put("totallySymmetric", group.totallySymmetric());
            s.put("generators", group.generators());
            s.put("orbits", group.orbits());
            r.put("symmetry", s);
        } else {
            r.put("symmetry", symmetryNote);
        }
        List<String> lines = new ArrayList<>();
        FactLines facts = new FactLines(lines, false);
        facts.context("game:        " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("file:        " + file);
        facts.context("certificates: none (info computes the facts below exactly from the payoff table and writes no certificates)");
        facts.context("players:     " + game.playerCount());
        for (int i = 0; i < game.playerCount(); i++) {
            facts.context("  " + game.players().get(i) + ": " + game.actionCount(i) + " actions " + game.actions().get(i));
        }
        facts.fact("profiles:    " + game.profileCount(), info.citation());
        facts.fact("payoffs:     " + (game.isCommonPayoff() ? "common (every player gets the same payoff)" : "not common")
                + ", range [" + game.minimumPayoff() + ", " + game.maximumPayoff() + "]", info.citation());
        if (info.symmetry().isEmpty()) {
            facts.context("symmetry:    " + symmetryNote);
        } else {
            GameInfo.Symmetry group = info.symmetry().get();
            facts.fact("symmetry:    |Γ(G)| = " + group.order()
                    + (group.totallySymmetric() && game.playerCount() > 1 ? " (totally symmetric: Γ(G) = S_" + game.playerCount() + ")"
                    : group.trivial() ? " (totally unsymmetric)" : ""), info.citation());
            facts.fact("generators:  " + (group.generators().isEmpty() ? "none (trivial group)" : group.generators()), info.citation());
            facts.fact("orbits:      " + group.orbits(), info.citation());
        }
        facts.finish(r, List.of());
        return new Rendered(lines, r, facts.tally(), true);
    }
}
