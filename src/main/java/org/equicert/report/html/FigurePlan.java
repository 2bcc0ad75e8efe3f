package org.equicert.report.html;

import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.symmetry.SymmetryGroup;

/**
 * Which analyses (and so which figures) a report gives a normal-form game, decided from the game
 * alone, each decision with its reason: the Nash set for two players, seed 001's symmetric optimum
 * when the game has a common payoff and a nontrivial symmetry, and seed 000's learning dynamics when
 * it has a common payoff. Immutable. Cost: computing Γ(G), O(n! · profiles) for n ≤ 9 players.
 *
 * @param nash whether the Nash set is computed and drawn
 * @param symmetric whether the symmetric optimum is computed and drawn
 * @param dynamics whether the learning dynamics are computed and drawn
 * @param reasons one sentence per decision, in that order
 */
public record FigurePlan(boolean nash, boolean symmetric, boolean dynamics, List<String> reasons) {

    /** Copies the reasons. */
    public FigurePlan {
        reasons = List.copyOf(reasons);
    }

    /** The plan for {@code game}. */
    public static FigurePlan of(NormalFormGame game) {
        List<String> reasons = new ArrayList<>();
        boolean nash = game.playerCount() == 2;
        reasons.add(nash ? "Nash set: drawn, the game has two players (every equilibrium, certified complete)."
                : "Nash set: not computed, the report draws Nash sets for two-player games (this game has " + game.playerCount() + " players;"
                        + " use 'equicert nash').");
        boolean common = game.isCommonPayoff();
        boolean symmetric = false;
        if (!common) {
            reasons.add("Symmetric optimum (seed 001): not computed, the payoffs are not common.");
        } else if (game.playerCount() > SymmetryGroup.MAX_PLAYERS) {
            reasons.add("Symmetric optimum (seed 001): not computed, Γ(G) is computed for at most " + SymmetryGroup.MAX_PLAYERS
                    + " players (use 'equicert symmetric').");
        } else {
            SymmetryGroup g = SymmetryGroup.of(game);
            symmetric = g.order() > 1;
            reasons.add(symmetric ? "Symmetric optimum (seed 001): drawn, the payoff is common and Γ(G) has order " + g.order() + "."
                    : "Symmetric optimum (seed 001): not computed, Γ(G) is trivial (no player permutation preserves the payoffs).");
        }
        reasons.add(common ? "Learning dynamics (seed 000): the payoff is common, so the softmax chain applies."
                : "Learning dynamics (seed 000): not drawn, the payoffs are not common.");
        return new FigurePlan(nash, symmetric, common, reasons);
    }
}
