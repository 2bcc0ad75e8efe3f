package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.LinearProgram;
import org.equicert.number.Rational;

/**
 * A linear test that excludes a support profile S = S_1 × … × S_n without algebra: player i's
 * equilibrium conditions relaxed from product distributions of the others to any distribution μ
 * on S_{−i} with μ(s) &gt; 0 for every s. Those conditions are linear in μ: for a reference action r
 * ∈ S_i, Σ_s μ(s)·Δ_a(s) = 0 for a ∈ S_i and ≤ 0 for a ∉ S_i, with Δ_a(s) = u_i(a,s) − u_i(r,s).
 * Every Nash equilibrium with supports S gives such a μ (the product of the others' strategies), so
 * when none exists the profile has no equilibrium.
 *
 * <p>By Farkas' lemma, no such μ exists exactly when there are multipliers y_a (any sign, a ∈ S_i)
 * and y_b ≥ 0 (b ∉ S_i) whose combination c(s) = Σ_a y_a·Δ_a(s) is ≥ 0 for every s ∈ S_{−i} and
 * not identically 0: then Σ_s μ(s)·c(s) &gt; 0 for every positive μ, yet the conditions make it
 * 0 + (a sum of terms ≤ 0). {@link #exclusion()} finds such multipliers by one exact LP; they are a
 * certificate anyone can check by evaluating c on the finitely many s. The test subsumes
 * conditional dominance by pure and mixed strategies (Porter, Nudelman and Shoham 2008).
 *
 * <p>Cost: one exact LP per player, with 2|S_i| + |A_i \ S_i| variables and |S_{−i}| + 1
 * constraints.
 *
 * <p>Reference: Farkas' lemma (A. Schrijver, <i>Theory of Linear and Integer Programming</i>, 1986,
 * Cor. 7.1d); support enumeration as in R. Porter, E. Nudelman and Y. Shoham, "Simple search methods
 * for finding a Nash equilibrium", Games Econ. Behav. 63 (2008).
 */
public final class SupportRelaxation {

    /**
     * Farkas multipliers excluding a support profile through one player's conditions.
     *
     * @param player the player (0-based)
     * @param reference the reference action r ∈ S_player
     * @param multipliers per action a of the player, y_a (0 for r; ≥ 0 outside the support)
     */
    public record Exclusion(int player, int reference, Rational[] multipliers) implements SupportEquilibria.LinearExclusion {
        /** Defensive copy. */
        public Exclusion {
            multipliers = multipliers.clone();
        }

        /** {@return the multipliers (a copy)} */
        @Override
        public Rational[] multipliers() {
            return multipliers.clone();
        }
    }

    private final NormalFormGame game;
    private final int[][] supports;

    /**
     * @param supports each player's support (non-empty, increasing 0-based actions)
     */
    public SupportRelaxation(NormalFormGame game, int[][] supports) {
        this.game = game;
        this.supports = checkedCopy(game, supports);
    }

    /**
     * A deep copy of a support profile, checked: one non-empty support per player.
     *
     * @throws IllegalArgumentException if the count is wrong or a support is empty
     */
    static int[][] checkedCopy(NormalFormGame game, int[][] supports) {
        if (supports.length != game.playerCount()) {
            throw new IllegalArgumentException("supports for " + supports.length + " players; the game has " + game.playerCount());
        }
        int[][] copy = new int[supports.length][];
        for (int i = 0; i < supports.length; i++) {
            if (supports[i].length == 0) {
                throw new IllegalArgumentException("player " + (i + 1) + "'s support is empty");
            }
            copy[i] = supports[i].clone();
        }
        return copy;
    }

    /** {@return Farkas multipliers of the first player whose relaxed conditions are infeasible, if any} */
    public Optional<Exclusion> exclusion() {
        for (int i = 0; i < game.playerCount(); i++) {
            Optional<Exclusion> e = exclusion(i);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * Multipliers from conditional dominance, without an LP: when action b beats a supported action
     * a of player i at every s ∈ S_{−i}, y_b = 1 and y_a = −1 (then y_r = 0 for the reference r,
     * whose difference is 0) give c(s) = u_i(b,s) − u_i(a,s) &gt; 0. Cost O(Σ_i |A_i|²·|S_{−i}|).
     *
     * @return the multipliers of the first dominated supported action found, if any
     */
    public Optional<Exclusion> dominance() {
        for (int i = 0; i < game.playerCount(); i++) {
            List<int[]> others = othersProfiles(i);
            int r = supports[i][supports[i].length - 1];
            for (int a : supports[i]) {
                for (int b = 0; b < game.actionCount(i); b++) {
                    if (b != a && beats(i, b, a, others)) {
                        Rational[] y = zeros(game.actionCount(i));
                        y[b] = Rational.ONE;
                        y[a] = Rational.MINUS_ONE;
                        y[r] = Rational.ZERO;
                        return Optional.of(new Exclusion(i, r, y));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean beats(int i, int b, int a, List<int[]> others) {
        for (int[] s : others) {
            int[] profile = s.clone();
            profile[i] = a;
            Rational ua = game.payoff(i, profile);
            profile[i] = b;
            if (game.payoff(i, profile).compareTo(ua) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return Farkas multipliers for player i, if its relaxed conditions are infeasible} */
    public Optional<Exclusion> exclusion(int i) {
        int m = game.actionCount(i);
        int r = supports[i][supports[i].length - 1];
        List<int[]> others = othersProfiles(i);
        // variables: y⁺_a, y⁻_a for supported a ≠ r, y_b ≥ 0 for unsupported b (index by action)
        int[] plus = new int[m];
        int[] minus = new int[m];
        Arrays.fill(plus, -1);
        Arrays.fill(minus, -1);
        int vars = 0;
        for (int a = 0; a < m; a++) {
            if (a == r) {
                continue;
            }
            plus[a] = vars++;
            if (contains(supports[i], a)) {
                minus[a] = vars++;
            }
        }
        if (vars == 0) {
            return Optional.empty();
        }
        LinearProgram.Builder lp = LinearProgram.builder(vars);
        Rational[] total = zeros(vars);
        for (int[] s : others) {
            Rational[] row = zeros(vars);
            int[] profile = s.clone();
            profile[i] = r;
            Rational ur = game.payoff(i, profile);
            for (int a = 0; a < m; a++) {
                if (plus[a] < 0) {
                    continue;
                }
                profile[i] = a;
                Rational d = game.payoff(i, profile).subtract(ur);
                row[plus[a]] = d;
                total[plus[a]] = total[plus[a]].add(d);
                if (minus[a] >= 0) {
                    row[minus[a]] = d.negate();
                    total[minus[a]] = total[minus[a]].subtract(d);
                }
            }
            lp.constraint(row, LinearProgram.Relation.GREATER_EQUAL, Rational.ZERO);
        }
        lp.constraint(total, LinearProgram.Relation.EQUAL, Rational.ONE);
        lp.maximize(zeros(vars));
        LinearProgram.Solution sol = lp.build().solve();
        if (sol.status() != LinearProgram.Status.OPTIMAL) {
            return Optional.empty();
        }
        Rational[] x = sol.point();
        Rational[] y = new Rational[m];
        for (int a = 0; a < m; a++) {
            y[a] = plus[a] < 0 ? Rational.ZERO : minus[a] < 0 ? x[plus[a]] : x[plus[a]].subtract(x[minus[a]]);
        }
        return Optional.of(new Exclusion(i, r, y));
    }

    /**
     * Whether {@code e} proves this support profile empty: y_b ≥ 0 off the support, y_r = 0, and
     * c(s) = Σ_a y_a·(u_i(a,s) − u_i(r,s)) ≥ 0 on every s ∈ S_{−i} with some c(s) &gt; 0.
     */
    public boolean proves(Exclusion e) {
        int i = e.player();
        Rational[] y = e.multipliers();
        if (i < 0 || i >= game.playerCount() || y.length != game.actionCount(i) || !contains(supports[i], e.reference())
                || !y[e.reference()].isZero()) {
            return false;
        }
        for (int a = 0; a < y.length; a++) {
            if (!contains(supports[i], a) && y[a].signum() < 0) {
                return false;
            }
        }
        boolean positive = false;
        for (int[] s : othersProfiles(i)) {
            Rational c = combination(i, e.reference(), y, s);
            if (c.signum() < 0) {
                return false;
            }
            positive |= c.signum() > 0;
        }
        return positive;
    }

    /** c(s) = Σ_a y_a·(u_i(a,s) − u_i(r,s)). */
    Rational combination(int i, int r, Rational[] y, int[] s) {
        int[] profile = s.clone();
        profile[i] = r;
        Rational ur = game.payoff(i, profile);
        Rational c = Rational.ZERO;
        for (int a = 0; a < y.length; a++) {
            if (!y[a].isZero()) {
                profile[i] = a;
                c = c.add(y[a].multiply(game.payoff(i, profile).subtract(ur)));
            }
        }
        return c;
    }

    /** Every profile of the others' supports (player i's entry 0). */
    List<int[]> othersProfiles(int i) {
        return othersProfiles(supports, i);
    }

    /**
     * Every profile whose entry j lies in {@code supports[j]} for each j ≠ i (entry i is 0), fresh
     * arrays in odometer order; O(Π_{j≠i} |supports[j]|).
     */
    static List<int[]> othersProfiles(int[][] supports, int i) {
        int n = supports.length;
        List<int[]> out = new ArrayList<>();
        int[] idx = new int[n];
        while (true) {
            int[] s = new int[n];
            for (int j = 0; j < n; j++) {
                s[j] = j == i ? 0 : supports[j][idx[j]];
            }
            out.add(s);
            int j = 0;
            while (j < n && (j == i || idx[j] == supports[j].length - 1)) {
                if (j != i) {
                    idx[j] = 0;
                }
                j++;
            }
            if (j == n) {
                return out;
            }
            idx[j]++;
        }
    }

    private static Rational[] zeros(int n) {
        Rational[] z = new Rational[n];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    private static boolean contains(int[] s, int a) {
        for (int x : s) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
