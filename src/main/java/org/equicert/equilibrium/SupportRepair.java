package org.equicert.equilibrium;

import java.util.Arrays;
import java.util.Optional;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.LinearProgram;
import org.equicert.number.Rational;

/**
 * Finds an exact Nash equilibrium of a two-player game whose supports lie within given supports
 * S1, S2 — the "repair" of an approximate profile reported by another solver — or decides that
 * there is none.
 *
 * <p>Method, in two steps. (1) Fast path, one exact linear program per player: y supported in S2
 * making every row action of S1 a best response, and x supported in S1 making every column action
 * of S2 one; values are free variables (split into positive and negative parts) and degenerate
 * games are handled, since any feasible point is accepted. A solution is an equilibrium with
 * supports within S1, S2; but an equilibrium on strictly smaller supports need not make all of S1
 * or S2 best responses, so failure here proves nothing. (2) Otherwise, complete search: all
 * extreme equilibria by {@link TwoPlayerEnumeration}. This is exhaustive because every maximal
 * Nash subset is a product X × Y of polytopes whose vertices are extreme equilibria, and
 * {x ∈ X : x_a = 0 for a ∉ S1} is a face of X (x_a ≥ 0 holds on X); a non-empty face has a
 * vertex. So if any equilibrium has supports within S1, S2, some extreme equilibrium does.
 *
 * <p>Cost: two LPs of size O(m + n); then, only when they fail, the vertex enumeration
 * (exponential in min(m, n) in the worst case).
 *
 * <p>Reference: the linear equilibrium conditions for given supports (B. von Stengel, "Computing
 * equilibria for two-person games", Handbook of Game Theory 3 (2002), §2.4).
 */
public final class SupportRepair {

    private final NormalFormGame game;

    /**
     * Repair for a two-player game.
     *
     * @throws IllegalArgumentException if the game does not have two players
     */
    public SupportRepair(NormalFormGame game) {
        if (game.playerCount() != 2) {
            throw new IllegalArgumentException("repair is implemented for two-player games; this game has " + game.playerCount() + " players");
        }
        this.game = game;
    }

    /**
     * The outcome of a repair.
     *
     * @param equilibrium an equilibrium with supports within the given ones, if there is one
     * @param allEquilibria the complete set of equilibria, when the search had to compute it (always
     *     when {@code equilibrium} is empty: it is the evidence that none exists)
     */
    public record Repair(Optional<MixedProfile> equilibrium, Optional<TwoPlayerNashSet> allEquilibria) {
    }

    /**
     * An equilibrium (x, y) with supp(x) ⊆ rowSupport and supp(y) ⊆ columnSupport, or the complete
     * equilibrium set showing that there is none. Prefers, among candidates, the first found: the
     * linear programs' solution, else the first extreme equilibrium in the enumeration's order.
     *
     * @throws IllegalArgumentException if a support's length is not the player's action count
     */
    public Repair repair(boolean[] rowSupport, boolean[] columnSupport) {
        if (rowSupport.length != game.actionCount(0) || columnSupport.length != game.actionCount(1)) {
            throw new IllegalArgumentException("supports of sizes " + rowSupport.length + " and " + columnSupport.length
                    + " do not match the game's " + game.actionCount(0) + " x " + game.actionCount(1) + " actions");
        }
        Optional<Rational[]> y = strategy(1, columnSupport, rowSupport);
        Optional<Rational[]> x = y.isEmpty() ? Optional.empty() : strategy(0, rowSupport, columnSupport);
        if (x.isPresent()) {
            return new Repair(Optional.of(MixedProfile.of(new Rational[][] {x.get(), y.get()})), Optional.empty());
        }
        TwoPlayerNashSet all = TwoPlayerEnumeration.solve(game);
        for (TwoPlayerNashSet.ExtremeEquilibrium e : all.extremeEquilibria()) {
            Rational[][] p = e.profile().toArray();
            if (within(p[0], rowSupport) && within(p[1], columnSupport)) {
                return new Repair(Optional.of(e.profile()), Optional.of(all));
            }
        }
        return new Repair(Optional.empty(), Optional.of(all));
    }

    private static boolean within(Rational[] strategy, boolean[] support) {
        for (int a = 0; a < strategy.length; a++) {
            if (strategy[a].signum() != 0 && !support[a]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A strategy of {@code mover} supported in {@code own} that makes every action of the other
     * player in {@code otherSupport} a best response.
     */
    private Optional<Rational[]> strategy(int mover, boolean[] own, boolean[] otherSupport) {
        int other = 1 - mover;
        int k = game.actionCount(mover);
        int m = game.actionCount(other);
        // variables: p_0..p_{k-1}, vPlus, vMinus
        LinearProgram.Builder lp = LinearProgram.builder(k + 2);
        Rational[] sum = zeros(k + 2);
        for (int a = 0; a < k; a++) {
            sum[a] = Rational.ONE;
            if (!own[a]) {
                Rational[] z = zeros(k + 2);
                z[a] = Rational.ONE;
                lp.constraint(z, LinearProgram.Relation.EQUAL, Rational.ZERO);
            }
        }
        lp.constraint(sum, LinearProgram.Relation.EQUAL, Rational.ONE);
        for (int b = 0; b < m; b++) {
            Rational[] row = zeros(k + 2);
            for (int a = 0; a < k; a++) {
                int[] profile = new int[2];
                profile[mover] = a;
                profile[other] = b;
                row[a] = game.payoff(other, profile);
            }
            row[k] = Rational.MINUS_ONE;
            row[k + 1] = Rational.ONE;
            lp.constraint(row, otherSupport[b] ? LinearProgram.Relation.EQUAL : LinearProgram.Relation.LESS_EQUAL, Rational.ZERO);
        }
        LinearProgram.Solution s = lp.build().solve();
        if (s.status() != LinearProgram.Status.OPTIMAL) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOf(s.point(), k));
    }

    private static Rational[] zeros(int n) {
        Rational[] r = new Rational[n];
        Arrays.fill(r, Rational.ZERO);
        return r;
    }
}
