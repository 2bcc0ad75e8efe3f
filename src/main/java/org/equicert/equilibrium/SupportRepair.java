package org.equicert.equilibrium;

import java.util.Arrays;
import java.util.Optional;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.LinearProgram;
import org.equicert.number.Rational;

/**
 * Finds an exact Nash equilibrium of a two-player game whose supports lie within given supports —
 * the "repair" of an approximate profile reported by another solver.
 *
 * <p>Method: one exact linear program per player. For the column player's strategy y on support
 * S2, every row action in S1 must earn the same value v and every other row action at most v;
 * symmetrically for x. Values are free variables (split into positive and negative parts).
 * Degenerate games are handled, since any feasible point is accepted, not only a unique solution.
 * Cost: two LPs of size O(m + n).
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
     * An equilibrium (x, y) with supp(x) ⊆ rowSupport and supp(y) ⊆ columnSupport, if one exists.
     */
    public Optional<MixedProfile> repair(boolean[] rowSupport, boolean[] columnSupport) {
        Optional<Rational[]> y = strategy(1, columnSupport, rowSupport);
        Optional<Rational[]> x = strategy(0, rowSupport, columnSupport);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MixedProfile.of(new Rational[][] {x.get(), y.get()}));
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
