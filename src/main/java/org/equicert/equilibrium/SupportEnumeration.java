package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;
import org.equicert.poly.SemialgebraicSolver;

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
 * <p>Cost: one system per support profile, ∏(2^{|A_i|} − 1) of them.
 */
public final class SupportEnumeration {

    /** Budget of case distinctions per support profile in the elimination. */
    static final int MAX_BRANCHES = 4_000;

    private final NormalFormGame game;
    private final int maxBoxes;

    /**
     * @param maxBoxes the box budget per polynomial support system
     */
    public SupportEnumeration(NormalFormGame game, int maxBoxes) {
        this.game = game;
        this.maxBoxes = maxBoxes;
    }

    /** The number of support profiles. */
    public static long supportProfiles(NormalFormGame game) {
        long total = 1;
        for (int i = 0; i < game.playerCount(); i++) {
            total = Math.multiplyExact(total, (1L << game.actionCount(i)) - 1);
        }
        return total;
    }

    /** Every equilibrium, by support profile in lexicographic order of the support masks. */
    public SupportEquilibria solve() {
        return solve(done -> { });
    }

    /**
     * As {@link #solve()}, telling {@code progress} the number of support profiles done after each
     * one (for progress reports on long runs).
     */
    public SupportEquilibria solve(java.util.function.LongConsumer progress) {
        long done = 0;
        int n = game.playerCount();
        int[] alive = undominatedMasks();
        int[] masks = new int[n];
        Arrays.fill(masks, 1);
        List<SupportEquilibria.Isolated> isolated = new ArrayList<>();
        List<SupportEquilibria.Continuum> continua = new ArrayList<>();
        List<SupportEquilibria.Unresolved> unresolved = new ArrayList<>();
        while (true) {
            boolean skip = false;
            for (int i = 0; i < n; i++) {
                skip |= (masks[i] & ~alive[i]) != 0;
            }
            if (!skip) {
                int[][] supports = new int[n][];
                for (int i = 0; i < n; i++) {
                    supports[i] = bits(masks[i]);
                }
                if (Thread.currentThread().isInterrupted()) {
                    unresolved.add(new SupportEquilibria.Unresolved(supports, "not examined: interrupted"));
                } else {
                    new SupportSystem(supports).solveInto(isolated, continua, unresolved);
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
        List<SupportEquilibria.Component> components = new NashComponents(game, isolated, continua).components();
        return new SupportEquilibria(isolated, continua, unresolved, components);
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

    private static int[] bits(int mask) {
        return java.util.stream.IntStream.range(0, 31).filter(b -> (mask >> b & 1) == 1).toArray();
    }

    /** The system of one support profile. */
    private final class SupportSystem {
        private final int[][] supports;
        private final int[] offset;
        private final int k;
        private final MultivariatePolynomial[][] prob;
        private final List<MultivariatePolynomial> equations = new ArrayList<>();
        private final List<MultivariatePolynomial> positive = new ArrayList<>();
        private final List<MultivariatePolynomial> nonnegative = new ArrayList<>();

        SupportSystem(int[][] supports) {
            this.supports = supports;
            int n = game.playerCount();
            offset = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                offset[i] = total;
                total += supports[i].length - 1;
            }
            k = total;
            prob = new MultivariatePolynomial[n][];
            for (int i = 0; i < n; i++) {
                prob[i] = new MultivariatePolynomial[game.actionCount(i)];
                Arrays.fill(prob[i], MultivariatePolynomial.zero(k));
                MultivariatePolynomial last = MultivariatePolynomial.constant(k, Rational.ONE);
                for (int q = 0; q + 1 < supports[i].length; q++) {
                    MultivariatePolynomial v = MultivariatePolynomial.variable(k, offset[i] + q);
                    prob[i][supports[i][q]] = v;
                    last = last.subtract(v);
                }
                prob[i][supports[i][supports[i].length - 1]] = last;
                for (int a : supports[i]) {
                    positive.add(prob[i][a]);
                }
            }
            for (int i = 0; i < n; i++) {
                int ref = supports[i][supports[i].length - 1];
                MultivariatePolynomial uref = payoff(i, ref);
                for (int a = 0; a < game.actionCount(i); a++) {
                    if (a == ref) {
                        continue;
                    }
                    MultivariatePolynomial diff = payoff(i, a).subtract(uref);
                    if (contains(supports[i], a)) {
                        equations.add(diff);
                    } else {
                        nonnegative.add(diff.scale(Rational.MINUS_ONE));
                    }
                }
            }
        }

        /** Player i's payoff from action a as a polynomial in the unknowns. */
        private MultivariatePolynomial payoff(int i, int a) {
            int n = game.playerCount();
            int[] profile = new int[n];
            profile[i] = a;
            return sum(i, 0, profile, MultivariatePolynomial.constant(k, Rational.ONE));
        }

        private MultivariatePolynomial sum(int i, int j, int[] profile, MultivariatePolynomial weight) {
            if (j == game.playerCount()) {
                return weight.scale(game.payoff(i, profile));
            }
            if (j == i) {
                return sum(i, j + 1, profile, weight);
            }
            MultivariatePolynomial total = MultivariatePolynomial.zero(k);
            for (int b : supports[j]) {
                profile[j] = b;
                total = total.add(sum(i, j + 1, profile, weight.multiply(prob[j][b])));
            }
            return total;
        }

        void solveInto(List<SupportEquilibria.Isolated> isolated, List<SupportEquilibria.Continuum> continua,
                List<SupportEquilibria.Unresolved> unresolved) {
            if (conditionallyDominated()) {
                return;
            }
            if (k == 0) {
                Rational[] none = new Rational[0];
                if (holdsExactly(none)) {
                    isolated.add(exact(none));
                }
                return;
            }
            SemialgebraicSolver.Result r = new SemialgebraicSolver(names(), maxBoxes, MAX_BRANCHES).solve(equations, positive, nonnegative);
            for (SemialgebraicSolver.Piece piece : r.pieces()) {
                if (piece.dimension() == 0) {
                    isolated.add(piece.point().isPresent() ? exact(piece.point().get()) : boxed(piece.box()));
                    continue;
                }
                Rational[] z = piece.point().orElseThrow();
                List<MixedProfile> boundary = piece.boundary().stream().map(this::profile).toList();
                continua.add(new SupportEquilibria.Continuum(supports, piece.dimension(), profile(z), piece.description(), boundary,
                        piece.polyhedral() ? Optional.of(globalClosure(piece)) : Optional.empty()));
            }
            for (String reason : r.undecided()) {
                unresolved.add(new SupportEquilibria.Unresolved(supports, reason));
            }
        }

        /**
         * Whether some supported action is strictly worse than another action against every
         * profile of the others' supports (Porter, Nudelman and Shoham 2008, conditional dominance).
         */
        private boolean conditionallyDominated() {
            int n = game.playerCount();
            for (int i = 0; i < n; i++) {
                for (int a : supports[i]) {
                    for (int b = 0; b < game.actionCount(i); b++) {
                        if (b != a && dominatesOnSupports(i, b, a)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean dominatesOnSupports(int i, int b, int a) {
            int n = game.playerCount();
            int[] idx = new int[n];
            int[] profile = new int[n];
            while (true) {
                for (int j = 0; j < n; j++) {
                    profile[j] = j == i ? a : supports[j][idx[j]];
                }
                Rational ua = game.payoff(i, profile);
                profile[i] = b;
                if (game.payoff(i, profile).compareTo(ua) <= 0) {
                    return false;
                }
                int j = 0;
                while (j < n && (j == i || idx[j] == supports[j].length - 1)) {
                    if (j != i) {
                        idx[j] = 0;
                    }
                    j++;
                }
                if (j == n) {
                    return true;
                }
                idx[j]++;
            }
        }

        private String[] names() {
            String[] out = new String[k];
            for (int i = 0; i < game.playerCount(); i++) {
                for (int q = 0; q + 1 < supports[i].length; q++) {
                    out[offset[i] + q] = "p" + (i + 1) + "(" + game.actions().get(i).get(supports[i][q]) + ")";
                }
            }
            return out;
        }

        /** The piece's closure as linear constraints over all probabilities (player-major order). */
        private SupportEquilibria.Polyhedron globalClosure(SemialgebraicSolver.Piece piece) {
            int n = game.playerCount();
            int[] base = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                base[i] = total;
                total += game.actionCount(i);
            }
            int[] index = new int[k];
            for (int i = 0; i < n; i++) {
                for (int q = 0; q + 1 < supports[i].length; q++) {
                    index[offset[i] + q] = base[i] + supports[i][q];
                }
            }
            List<MultivariatePolynomial> eq = new ArrayList<>();
            List<MultivariatePolynomial> ge = new ArrayList<>();
            for (MultivariatePolynomial c : piece.closure()) {
                eq.add(c.rename(index, total));
            }
            for (MultivariatePolynomial c : piece.closureNonnegative()) {
                ge.add(c.rename(index, total));
            }
            for (int i = 0; i < n; i++) {
                MultivariatePolynomial sum = MultivariatePolynomial.constant(total, Rational.MINUS_ONE);
                for (int a = 0; a < game.actionCount(i); a++) {
                    MultivariatePolynomial v = MultivariatePolynomial.variable(total, base[i] + a);
                    if (contains(supports[i], a)) {
                        sum = sum.add(v);
                        ge.add(v);
                    } else {
                        eq.add(v);
                    }
                }
                eq.add(sum);
            }
            return new SupportEquilibria.Polyhedron(total, eq, ge);
        }

        private boolean holdsExactly(Rational[] z) {
            for (MultivariatePolynomial e : equations) {
                if (!e.evaluate(z).isZero()) {
                    return false;
                }
            }
            for (MultivariatePolynomial p : positive) {
                if (p.evaluate(z).signum() <= 0) {
                    return false;
                }
            }
            for (MultivariatePolynomial q : nonnegative) {
                if (q.evaluate(z).signum() < 0) {
                    return false;
                }
            }
            return true;
        }

        private MixedProfile profile(Rational[] z) {
            int n = game.playerCount();
            Rational[][] p = new Rational[n][];
            for (int i = 0; i < n; i++) {
                p[i] = new Rational[game.actionCount(i)];
                for (int a = 0; a < p[i].length; a++) {
                    p[i][a] = prob[i][a].evaluate(z);
                }
            }
            return MixedProfile.of(p);
        }

        private SupportEquilibria.Isolated exact(Rational[] z) {
            MixedProfile p = profile(z);
            ExpectedUtility eu = new ExpectedUtility(game);
            int n = game.playerCount();
            RationalInterval[][] box = new RationalInterval[n][];
            RationalInterval[] pay = new RationalInterval[n];
            for (int i = 0; i < n; i++) {
                box[i] = new RationalInterval[game.actionCount(i)];
                for (int a = 0; a < box[i].length; a++) {
                    box[i][a] = RationalInterval.point(p.probability(i, a));
                }
                pay[i] = RationalInterval.point(eu.payoff(i, p));
            }
            return new SupportEquilibria.Isolated(supports, Optional.of(p), box, pay);
        }

        private SupportEquilibria.Isolated boxed(RationalInterval[] z) {
            int n = game.playerCount();
            RationalInterval[][] box = new RationalInterval[n][];
            RationalInterval[] pay = new RationalInterval[n];
            for (int i = 0; i < n; i++) {
                box[i] = new RationalInterval[game.actionCount(i)];
                for (int a = 0; a < box[i].length; a++) {
                    box[i][a] = BoxSolver.evaluate(prob[i][a], z);
                }
                pay[i] = BoxSolver.evaluate(payoff(i, supports[i][supports[i].length - 1]), z);
            }
            return new SupportEquilibria.Isolated(supports, Optional.empty(), box, pay);
        }

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
