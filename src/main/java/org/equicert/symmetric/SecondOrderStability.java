package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.poly.MultivariatePolynomial;
import org.equicert.symmetric.SymmetricAnalysis.Degeneracy;
import org.equicert.symmetric.SymmetricAnalysis.Stability;

/**
 * Stability of a located P-invariant optimum to possibly-asymmetric deviations (Definition 5.0.1 and
 * Theorem 5.0.4 of seed 001, Emmons et al. 2022). A deterministic non-degenerate optimum is stable
 * (Thm 5.0.4). Otherwise improving deviations are searched at second order: if two different
 * players i, j move mass t along d_i = δ_x − δ_x' and d_j = δ_y − δ_y' between actions with zero
 * regret, then, EU being multilinear in individual strategies and the first-order terms vanishing,
 * EU(s′) − EU(s) equals exactly t²·M with M = EU(x,y) − EU(x,y′) − EU(x′,y) + EU(x′,y′) (others at s).
 * Any M ≠ 0 with a feasible sign gives a witness, checked exactly when the point is rational.
 * Cost: O(n²·A⁴) interaction terms, each a sum over the others' supported actions.
 */
final class SecondOrderStability {

    private SecondOrderStability() {
    }

    static Stability stability(SymmetricUtility u, MultivariatePolynomial f, SymmetricPoint p, boolean[][] zeroRegret, Degeneracy deg) {
        int orbits = u.orbits().size();
        boolean pure = true;
        boolean[][] inSupport = new boolean[orbits][];
        for (int q = 0; q < orbits; q++) {
            inSupport[q] = new boolean[u.actions(q)];
            int count = 0;
            for (int a = 0; a < u.actions(q); a++) {
                inSupport[q][a] = !p.entries()[q][a].isZero() && !p.vanishes(p.entries()[q][a]);
                count += inSupport[q][a] ? 1 : 0;
            }
            pure &= count == 1;
        }
        if (pure && !deg.degenerate()) {
            return new Stability(SymmetricAnalysis.Decision.YES, "deterministic and non-degenerate (Def. 5.0.3): every deviation by a set of players loses at first"
                    + " order except at most one indifferent player's, so the profile is locally optimal among asymmetric profiles (Thm 5.0.4)",
                    Optional.empty(), "");
        }
        for (int q1 = 0; q1 < orbits; q1++) {
            int i = u.orbits().get(q1).get(0);
            for (int q2 = q1; q2 < orbits; q2++) {
                for (int j : u.orbits().get(q2)) {
                    if (j == i) {
                        continue;
                    }
                    for (int x = 0; x < u.actions(q1); x++) {
                        for (int x2 = 0; x2 < u.actions(q1); x2++) {
                            if (x == x2 || !zeroRegret[q1][x] || !inSupport[q1][x2]) {
                                continue;
                            }
                            for (int y = 0; y < u.actions(q2); y++) {
                                for (int y2 = 0; y2 < u.actions(q2); y2++) {
                                    if (y == y2 || !zeroRegret[q2][y] || !inSupport[q2][y2]) {
                                        continue;
                                    }
                                    MultivariatePolynomial m = interaction(u, p, i, x, x2, j, y, y2);
                                    int sign = p.sign(m).orElse(0);
                                    if (sign == 0) {
                                        continue;
                                    }
                                    if (sign > 0) {
                                        return witness(u, p, i, q1, x, x2, j, q2, y, y2, m);
                                    }
                                    if (inSupport[q1][x]) {
                                        return witness(u, p, i, q1, x2, x, j, q2, y, y2, m.scale(Rational.MINUS_ONE));
                                    }
                                    if (inSupport[q2][y]) {
                                        return witness(u, p, i, q1, x, x2, j, q2, y2, y, m.scale(Rational.MINUS_ONE));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Stability(SymmetricAnalysis.Decision.UNDECIDED,
                "no second-order improving deviation between zero-regret actions exists"
                        + (deg.degenerate() ? " (the profile is degenerate; higher-order deviations are not searched)" : ""),
                Optional.empty(), "");
    }

    /**
     * M_ij = EU(x,y) − EU(x,y′) − EU(x′,y) + EU(x′,y′) for players i and j, the others at the point, as a
     * polynomial in the point's unknowns (enumerating the others' supported actions).
     */
    private static MultivariatePolynomial interaction(SymmetricUtility u, SymmetricPoint p, int i, int x, int x2, int j, int y, int y2) {
        NormalFormGame game = u.game();
        int n = game.playerCount();
        int[] orbitOf = new int[n];
        for (int q = 0; q < u.orbits().size(); q++) {
            for (int k : u.orbits().get(q)) {
                orbitOf[k] = q;
            }
        }
        List<int[]> choices = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Integer> c = new ArrayList<>();
            if (k == i || k == j) {
                c.add(0);
            } else {
                for (int a = 0; a < game.actionCount(k); a++) {
                    if (!p.entries()[orbitOf[k]][a].isZero()) {
                        c.add(a);
                    }
                }
            }
            choices.add(c.stream().mapToInt(Integer::intValue).toArray());
        }
        int vars = p.unknowns();
        MultivariatePolynomial total = MultivariatePolynomial.zero(vars);
        int[] pos = new int[n];
        int[] a = new int[n];
        while (true) {
            MultivariatePolynomial weight = MultivariatePolynomial.constant(vars, Rational.ONE);
            for (int k = 0; k < n; k++) {
                a[k] = choices.get(k)[pos[k]];
                if (k != i && k != j) {
                    weight = weight.multiply(p.entries()[orbitOf[k]][a[k]]);
                }
            }
            Rational d = payoff(game, a, i, x, j, y).subtract(payoff(game, a, i, x, j, y2))
                    .subtract(payoff(game, a, i, x2, j, y)).add(payoff(game, a, i, x2, j, y2));
            if (!d.isZero()) {
                total = total.add(weight.scale(d));
            }
            int k = 0;
            while (k < n && pos[k] == choices.get(k).length - 1) {
                pos[k] = 0;
                k++;
            }
            if (k == n) {
                break;
            }
            pos[k]++;
        }
        return total;
    }

    private static Rational payoff(NormalFormGame g, int[] a, int i, int ai, int j, int aj) {
        int[] b = a.clone();
        b[i] = ai;
        b[j] = aj;
        return g.payoff(0, b);
    }

    private static Stability witness(SymmetricUtility u, SymmetricPoint p, int i, int q1, int to1, int from1, int j, int q2, int to2, int from2,
            MultivariatePolynomial m) {
        Rational donor1 = p.enclose(p.entries()[q1][from1]).lower();
        Rational donor2 = p.enclose(p.entries()[q2][from2]).lower();
        Rational t = Rational.of(1, 1000).min(donor1.min(donor2).multiply(Rational.HALF));
        NormalFormGame game = u.game();
        String gain = "t²·M with t = " + t + " and M = " + p.valueText(m) + " > 0";
        Optional<Rational[][]> profile = Optional.empty();
        Optional<Rational[][]> exact = p.exact();
        if (exact.isPresent()) {
            Rational[][] s = u.profile(exact.get()).toArray();
            s[i][to1] = s[i][to1].add(t);
            s[i][from1] = s[i][from1].subtract(t);
            s[j][to2] = s[j][to2].add(t);
            s[j][from2] = s[j][from2].subtract(t);
            ExpectedUtility eu = new ExpectedUtility(game);
            Rational before = eu.payoff(0, u.profile(exact.get()));
            Rational after = eu.payoff(0, MixedProfile.of(s));
            if (after.compareTo(before) <= 0) {
                throw new IllegalStateException("second-order witness failed to improve: " + before + " -> " + after);
            }
            gain = "EU(s') − EU(s) = " + after.subtract(before) + " = t²·M with t = " + t + ", M = " + p.valueText(m);
            profile = Optional.of(s);
        }
        String reason = "player " + (i + 1) + " moves t from " + game.actions().get(i).get(from1) + " to " + game.actions().get(i).get(to1)
                + " and player " + (j + 1) + " moves t from " + game.actions().get(j).get(from2) + " to " + game.actions().get(j).get(to2)
                + "; both moves are between zero-regret actions, so EU changes by exactly t²·M";
        return new Stability(SymmetricAnalysis.Decision.NO, reason, profile, gain);
    }
}
