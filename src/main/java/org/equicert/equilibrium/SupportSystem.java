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
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.AlgebraicPoint;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;
import org.equicert.poly.SemialgebraicSolver;

/**
 * The polynomial system of one support profile S_1..S_n of {@link SupportEnumeration}: unknowns
 * are each player's probabilities on its support but the last; equations say every supported
 * action earns the same, conditions say supported probabilities are positive and no unsupported
 * action earns more. Solved exactly by {@link SemialgebraicSolver}, after a conditional-dominance
 * test (Porter, Nudelman and Shoham 2008) and two linear relaxations ({@link SupportRelaxation};
 * when three or more players mix, {@link CorrelatedRelaxation}), whose multipliers it keeps as the
 * profile's exclusion certificate. Building it costs
 * O(Σ|A_i| · Π|S_j|) polynomial operations; solving it is the solver's cost.
 */
final class SupportSystem {

    private final NormalFormGame game;
    private final int maxBoxes;
    private final int[][] supports;
    private final int[] offset;
    private final int k;
    private final MultivariatePolynomial[][] prob;
    private final List<MultivariatePolynomial> equations = new ArrayList<>();
    private final List<MultivariatePolynomial> positive = new ArrayList<>();
    private final List<MultivariatePolynomial> nonnegative = new ArrayList<>();

    SupportSystem(NormalFormGame game, int maxBoxes, int[][] supports) {
        this.game = game;
        this.maxBoxes = maxBoxes;
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

    /**
     * Decides the profile: its equilibria go to {@code isolated} and {@code continua}, what resists to
     * {@code unresolved}; when it holds none, it goes to {@code excluded} with the multipliers of the
     * linear test that excluded it (conditional dominance, {@link SupportRelaxation}, {@link
     * CorrelatedRelaxation}), so that nobody recomputes them. A profile the algebra excludes is tried
     * once more with {@link CorrelatedRelaxation} when fewer than three players mix (it is skipped
     * before the algebra then), for a linear certificate; it is listed without one only when both
     * relaxations are feasible.
     */
    void solveInto(List<SupportEquilibria.Isolated> isolated, List<SupportEquilibria.Continuum> continua,
            List<SupportEquilibria.Unresolved> unresolved, List<SupportEquilibria.Excluded> excluded) {
        SupportRelaxation relaxation = new SupportRelaxation(game, supports);
        Optional<SupportEquilibria.LinearExclusion> linear = relaxation.dominance().or(relaxation::exclusion)
                .map(SupportEquilibria.LinearExclusion.class::cast);
        if (linear.isEmpty() && mixingPlayers() >= 3) {
            linear = new CorrelatedRelaxation(game, supports).exclusion().map(SupportEquilibria.LinearExclusion.class::cast);
        }
        if (linear.isPresent()) {
            excluded.add(new SupportEquilibria.Excluded(supports, linear));
            return;
        }
        int before = isolated.size() + continua.size() + unresolved.size();
        solveAlgebraically(isolated, continua, unresolved);
        if (isolated.size() + continua.size() + unresolved.size() == before) {
            Optional<SupportEquilibria.LinearExclusion> joint = mixingPlayers() >= 3 ? Optional.empty()
                    : new CorrelatedRelaxation(game, supports).exclusion().map(SupportEquilibria.LinearExclusion.class::cast);
            excluded.add(new SupportEquilibria.Excluded(supports, joint));
        }
    }

    /**
     * The entry of a profile that plays an action removed by iterated strict dominance: the first
     * such action removed is conditionally dominated on the profile's supports (every action the
     * profile plays was alive when it was removed), so {@link SupportRelaxation#dominance()} finds
     * its multipliers. Cost O(Σ_i |A_i|²·|S_{−i}|).
     */
    static SupportEquilibria.Excluded dominated(NormalFormGame game, int[][] supports) {
        SupportRelaxation.Exclusion e = new SupportRelaxation(game, supports).dominance()
                .orElseThrow(() -> new IllegalStateException("no conditionally dominated action in " + Arrays.deepToString(supports)));
        return new SupportEquilibria.Excluded(supports, Optional.of(e));
    }

    private void solveAlgebraically(List<SupportEquilibria.Isolated> isolated, List<SupportEquilibria.Continuum> continua,
            List<SupportEquilibria.Unresolved> unresolved) {
        if (k == 0) {
            Rational[] none = new Rational[0];
            if (holdsExactly(none)) {
                isolated.add(exact(none));
            }
            return;
        }
        SemialgebraicSolver.Result r = new SemialgebraicSolver(names(), maxBoxes, SupportEnumeration.MAX_BRANCHES).solve(equations, positive, nonnegative);
        for (SemialgebraicSolver.Piece piece : r.pieces()) {
            if (piece.dimension() == 0) {
                isolated.add(piece.point().isPresent() ? exact(piece.point().get()) : boxed(piece.box()));
                continue;
            }
            List<MixedProfile> boundary = piece.boundary().stream().map(this::profile).toList();
            if (piece.point().isEmpty()) {
                continua.add(new SupportEquilibria.Continuum(supports, piece.dimension(), Optional.empty(),
                        Optional.of(algebraicProfile(piece.algebraic().orElseThrow())), piece.description(), boundary, Optional.empty()));
                continue;
            }
            Rational[] z = piece.point().get();
            continua.add(new SupportEquilibria.Continuum(supports, piece.dimension(), profile(z), piece.description(), boundary,
                    piece.polyhedral() ? Optional.of(globalClosure(piece)) : Optional.empty()));
        }
        for (String reason : r.undecided()) {
            unresolved.add(new SupportEquilibria.Unresolved(supports, reason));
        }
    }

    /** The number of players with two or more supported actions (three or more make the system nonlinear). */
    private int mixingPlayers() {
        int count = 0;
        for (int[] s : supports) {
            count += s.length > 1 ? 1 : 0;
        }
        return count;
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

    /** The profile at a point of the unknowns with coordinates in Q(θ). */
    private SupportEquilibria.AlgebraicProfile algebraicProfile(AlgebraicPoint z) {
        List<List<UnivariatePolynomial>> p = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            List<UnivariatePolynomial> row = new ArrayList<>();
            for (int a = 0; a < game.actionCount(i); a++) {
                row.add(z.evaluate(prob[i][a]));
            }
            p.add(row);
        }
        return new SupportEquilibria.AlgebraicProfile(z.theta(), p);
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

    private static boolean contains(int[] s, int a) {
        for (int x : s) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
