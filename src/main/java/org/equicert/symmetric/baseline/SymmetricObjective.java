package org.equicert.symmetric.baseline;

import java.util.List;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;

/**
 * Floating-point evaluation of a totally symmetric common-payoff game's expected utility EU(s) when
 * every player plays s, and of the payoff EU(a, s) of one player's action a against the others.
 * For the numeric baselines only: their outputs are inputs to exact checks, never results.
 *
 * <p>Cost: O(C(n + m − 2, m − 1)·m) floating-point operations per evaluation, one term per
 * count vector of the other players (multinomial weights from
 * {@link org.equicert.number.Combinatorics}).
 */
public final class SymmetricObjective {

    private final int players;
    private final int actions;
    /** For each count vector k of the other n−1 players: multinomial(n−1; k) and U(k + e_a) per a. */
    private final int[][] others;
    private final double[] weights;
    private final double[][] payoffs;
    private final double scale;
    private final double shift;

    /**
     * @param normalize if true, payoffs are mapped affinely onto [0, 1] (the optimum does not move)
     */
    public SymmetricObjective(SymmetricPayoffs game, boolean normalize) {
        players = game.players();
        actions = game.actions();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Rational u : game.payoffs().values()) {
            double v = u.numerator().doubleValue() / u.denominator().doubleValue();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        shift = normalize ? lo : 0.0;
        scale = normalize && hi > lo ? 1.0 / (hi - lo) : 1.0;
        List<List<Integer>> ks = SymmetricPayoffs.countVectors(players - 1, actions);
        others = new int[ks.size()][];
        weights = new double[ks.size()];
        payoffs = new double[ks.size()][actions];
        for (int r = 0; r < ks.size(); r++) {
            List<Integer> k = ks.get(r);
            others[r] = k.stream().mapToInt(Integer::intValue).toArray();
            weights[r] = Combinatorics.multinomial(k).doubleValue();
            for (int a = 0; a < actions; a++) {
                Integer[] full = k.toArray(new Integer[0]);
                full[a] = full[a] + 1;
                Rational u = game.payoffs().get(List.of(full));
                payoffs[r][a] = (u.numerator().doubleValue() / u.denominator().doubleValue() - shift) * scale;
            }
        }
    }

    /** {@return number of actions} */
    public int actions() {
        return actions;
    }

    /** EU(a, s) for every action a (in normalised units when normalising). */
    public double[] actionPayoffs(double[] s) {
        double[] out = new double[actions];
        for (int r = 0; r < others.length; r++) {
            double w = weights[r];
            int[] k = others[r];
            for (int a = 0; a < actions && w != 0.0; a++) {
                for (int e = 0; e < k[a]; e++) {
                    w *= s[a];
                }
            }
            if (w == 0.0) {
                continue;
            }
            for (int a = 0; a < actions; a++) {
                out[a] += w * payoffs[r][a];
            }
        }
        return out;
    }

    /** EU(s) = Σ_a s_a EU(a, s). */
    public double value(double[] s) {
        double[] p = actionPayoffs(s);
        double v = 0.0;
        for (int a = 0; a < actions; a++) {
            v += s[a] * p[a];
        }
        return v;
    }
}
