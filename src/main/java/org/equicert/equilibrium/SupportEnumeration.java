package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.poly.BoxSolver;

/**
 * Nash equilibria of an n-player game by enumeration of support profiles.
 *
 * <p>For supports S_1..S_n, the unknowns are each player's probabilities on its support but the
 * last (which is one minus the others). The equations say every supported action earns the same;
 * the side conditions say supported probabilities are positive and no unsupported action earns
 * more. When the equations and conditions are linear (at most two players mix, or ties make them
 * so), exact linear programming decides the support, detects implicit equalities and gives the
 * dimension of the equilibrium set. Otherwise the system is polynomial and {@link BoxSolver}
 * isolates its solutions in exact interval arithmetic; rational solutions are recognised exactly.
 * Support profiles it cannot decide are reported as unresolved, never dropped.
 *
 * <p>Cost: one system per support profile, ∏(2^{|A_i|} − 1) of them ({@link SupportSystem} builds
 * and solves each), after iterated elimination of strictly dominated actions.
 *
 * <p>Reference: support enumeration for n players (R. Porter, E. Nudelman and Y. Shoham, "Simple
 * search methods for finding a Nash equilibrium", Games Econ. Behav. 63 (2008)), here exhaustive
 * and exact; the polynomial systems are those of R. D. McKelvey and A. McLennan, "Computation of
 * equilibria in finite games", Handbook of Computational Economics 1 (1996) §6.
 */
public final class SupportEnumeration {

    /** Budget of case distinctions per support profile in the elimination. */
    static final int MAX_BRANCHES = 4_000;

    /** How the reason of a support profile left out at the time limit begins. */
    public static final String NOT_EXAMINED = "not examined: ";

    private final NormalFormGame game;
    private final int maxBoxes;

    /**
     * @param maxBoxes the box budget per polynomial support system
     */
    public SupportEnumeration(NormalFormGame game, int maxBoxes) {
        this.game = game;
        this.maxBoxes = maxBoxes;
    }

    /** {@return the number of support profiles} */
    public static long supportProfiles(NormalFormGame game) {
        long total = 1;
        for (int i = 0; i < game.playerCount(); i++) {
            total = Math.multiplyExact(total, (1L << game.actionCount(i)) - 1);
        }
        return total;
    }

    /** {@return every equilibrium, by support profile in lexicographic order of the support masks} */
    public SupportEquilibria solve() {
        return solve(done -> { });
    }

    /**
     * As {@link #solve()}, telling {@code progress} the number of support profiles done after each
     * one (for progress reports on long runs).
     */
    public SupportEquilibria solve(LongConsumer progress) {
        return solve(progress, Long.MAX_VALUE);
    }

    /**
     * As {@link #solve(LongConsumer)}, but no new support profile is started after {@code budgetNanos}
     * nanoseconds: every profile not examined by then is listed as unresolved, its reason starting
     * with {@link #NOT_EXAMINED} and stating the limit and how far the search got. The answer is then
     * incomplete, never wrong: the equilibria listed are those of the profiles examined.
     *
     * @param budgetNanos the time limit in nanoseconds, at least 0 ({@link Long#MAX_VALUE}: none)
     * @throws IllegalArgumentException if {@code budgetNanos} is negative
     */
    public SupportEquilibria solve(LongConsumer progress, long budgetNanos) {
        if (budgetNanos < 0) {
            throw new IllegalArgumentException("the time limit must be at least 0 ns, got " + budgetNanos);
        }
        long start = System.nanoTime();
        long total = supportProfiles(game);
        List<int[][]> unexamined = new ArrayList<>();
        long done = 0;
        int n = game.playerCount();
        int[] alive = undominatedMasks();
        int[] masks = new int[n];
        Arrays.fill(masks, 1);
        List<SupportEquilibria.Isolated> isolated = new ArrayList<>();
        List<SupportEquilibria.Continuum> continua = new ArrayList<>();
        List<SupportEquilibria.Unresolved> unresolved = new ArrayList<>();
        List<SupportEquilibria.Excluded> excluded = new ArrayList<>();
        while (true) {
            boolean skip = false;
            for (int i = 0; i < n; i++) {
                skip |= (masks[i] & ~alive[i]) != 0;
            }
            int[][] supports = new int[n][];
            for (int i = 0; i < n; i++) {
                supports[i] = bits(masks[i]);
            }
            if (skip) {
                excluded.add(SupportSystem.dominated(game, supports));
            } else {
                if (Thread.currentThread().isInterrupted()) {
                    unresolved.add(new SupportEquilibria.Unresolved(supports, NOT_EXAMINED + "interrupted"));
                } else if (!unexamined.isEmpty() || System.nanoTime() - start > budgetNanos) {
                    unexamined.add(supports);
                } else {
                    new SupportSystem(game, maxBoxes, supports).solveInto(isolated, continua, unresolved, excluded);
                }
            }
            progress.accept(++done);
            int i = 0;
            while (i < n && masks[i] == (1 << game.actionCount(i)) - 1) {
                masks[i] = 1;
                i++;
            }
            if (i == n) {
                break;
            }
            masks[i]++;
        }
        if (!unexamined.isEmpty()) {
            String reason = NOT_EXAMINED + "the time limit of " + seconds(budgetNanos) + " ran out after " + (total - unexamined.size())
                    + " of " + total + " support profiles";
            unexamined.forEach(supports -> unresolved.add(new SupportEquilibria.Unresolved(supports, reason)));
        }
        List<SupportEquilibria.Component> components = new NashComponents(game, isolated, continua).components();
        return new SupportEquilibria(isolated, continua, unresolved, components, excluded);
    }

    /**
     * Per player, the mask of actions that survive iterated elimination of actions strictly
     * dominated by another pure action; no equilibrium plays the others. Cost O(rounds · Σ|A_i|² · |A|).
     */
    private int[] undominatedMasks() {
        int n = game.playerCount();
        int[] alive = new int[n];
        for (int i = 0; i < n; i++) {
            alive[i] = (1 << game.actionCount(i)) - 1;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < game.actionCount(i); a++) {
                    if ((alive[i] >> a & 1) == 0) {
                        continue;
                    }
                    for (int b = 0; b < game.actionCount(i); b++) {
                        if (b != a && (alive[i] >> b & 1) == 1 && strictlyDominates(alive, i, b, a)) {
                            alive[i] &= ~(1 << a);
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return alive;
    }

    private boolean strictlyDominates(int[] alive, int i, int b, int a) {
        for (int index = 0; index < game.profileCount(); index++) {
            int[] profile = game.profile(index);
            if (profile[i] != a) {
                continue;
            }
            boolean live = true;
            for (int j = 0; j < profile.length; j++) {
                live &= j == i || (alive[j] >> profile[j] & 1) == 1;
            }
            if (!live) {
                continue;
            }
            Rational ua = game.payoff(i, profile);
            profile[i] = b;
            if (game.payoff(i, profile).compareTo(ua) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static String seconds(long nanos) {
        long tenths = nanos / 100_000_000L;
        return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
    }

    private static int[] bits(int mask) {
        return IntStream.range(0, 31).filter(b -> (mask >> b & 1) == 1).toArray();
    }

}
