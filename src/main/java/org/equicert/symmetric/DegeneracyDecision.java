package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricAnalysis.Degeneracy;

/**
 * Definition 5.0.3 of seed 001 (Emmons et al. 2022) decided exactly at a located optimum: a pure
 * profile is degenerate iff at least two players are indifferent to a unilateral deviation; a mixed
 * one iff every player's payoff is constant over its support for every profile of the others'
 * supported actions, otherwise a witness profile shows that mixing matters. Cost: O(n·A) payoff
 * look-ups for a pure profile; O(S·n·A) for the S profiles of supported actions of a mixed one.
 */
final class DegeneracyDecision {

    private DegeneracyDecision() {
    }

    /** Definition 5.0.3 for the P-invariant profile at the point (supports are exact). */
    static Degeneracy degeneracy(SymmetricUtility u, SymmetricPoint p) {
        NormalFormGame game = u.game();
        int n = game.playerCount();
        int[][] support = new int[n][];
        boolean pure = true;
        for (int q = 0; q < u.orbits().size(); q++) {
            List<Integer> t = new ArrayList<>();
            for (int a = 0; a < u.actions(q); a++) {
                if (!p.entries()[q][a].isZero() && !p.vanishes(p.entries()[q][a])) {
                    t.add(a);
                }
            }
            pure &= t.size() == 1;
            for (int i : u.orbits().get(q)) {
                support[i] = t.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        if (pure) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = support[i][0];
            }
            List<String> indifferent = new ArrayList<>();
            Rational base = game.payoff(0, a);
            for (int i = 0; i < n; i++) {
                for (int b = 0; b < game.actionCount(i); b++) {
                    if (b == a[i]) {
                        continue;
                    }
                    int[] dev = a.clone();
                    dev[i] = b;
                    if (game.payoff(0, dev).equals(base)) {
                        indifferent.add("player " + (i + 1) + " between actions " + (a[i] + 1) + " and " + (b + 1));
                        break;
                    }
                }
            }
            Optional<List<Integer>> at = Optional.of(Arrays.stream(a).boxed().toList());
            return indifferent.size() >= 2
                    ? new Degeneracy(true, "pure, and at least two players are indifferent: " + String.join("; ", indifferent), at)
                    : new Degeneracy(false, "pure, and " + (indifferent.isEmpty() ? "no player is" : "only " + indifferent.get(0) + " is")
                            + " indifferent to a deviation", at);
        }
        // mixed: degenerate iff for every player i and every a_{-i} in the supports, the payoff is constant on supp(s_i)
        int[] a = new int[n];
        int[] pos = new int[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                a[i] = support[i][pos[i]];
            }
            for (int i = 0; i < n; i++) {
                if (support[i].length < 2) {
                    continue;
                }
                for (int b : support[i]) {
                    int[] dev = a.clone();
                    dev[i] = b;
                    if (!game.payoff(0, dev).equals(game.payoff(0, a))) {
                        return new Degeneracy(false, "mixed, and mixing matters: with the others at " + describe(game, a, i)
                                + ", player " + (i + 1) + " gets " + game.payoff(0, a) + " from action " + (a[i] + 1)
                                + " but " + game.payoff(0, dev) + " from action " + (b + 1), Optional.of(Arrays.stream(a).boxed().toList()));
                    }
                }
            }
            int i = 0;
            while (i < n && pos[i] == support[i].length - 1) {
                pos[i] = 0;
                i++;
            }
            if (i == n) {
                break;
            }
            pos[i]++;
        }
        return new Degeneracy(true, "mixed, and every player's payoff is constant over its support for every profile of the others' supported actions");
    }

    private static String describe(NormalFormGame g, int[] a, int skip) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < a.length; j++) {
            if (j != skip) {
                out.add("player " + (j + 1) + ": " + g.actions().get(j).get(a[j]));
            }
        }
        return String.join(", ", out);
    }
}
