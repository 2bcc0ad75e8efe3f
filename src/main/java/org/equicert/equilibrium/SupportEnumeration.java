package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.LinearProgram;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;

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
        int[] masks = new int[n];
        Arrays.fill(masks, 1);
        List<SupportEquilibria.Isolated> isolated = new ArrayList<>();
        List<SupportEquilibria.Continuum> continua = new ArrayList<>();
        List<SupportEquilibria.Unresolved> unresolved = new ArrayList<>();
        while (true) {
            int[][] supports = new int[n][];
            for (int i = 0; i < n; i++) {
                supports[i] = bits(masks[i]);
            }
            new SupportSystem(supports).solveInto(isolated, continua, unresolved);
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
        return new SupportEquilibria(List.copyOf(isolated), List.copyOf(continua), List.copyOf(unresolved));
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
            if (k == 0) {
                Rational[] none = new Rational[0];
                if (holdsExactly(none)) {
                    isolated.add(exact(none));
                }
                return;
            }
            boolean linear = degree(equations) <= 1;
            boolean linearConditions = degree(nonnegative) <= 1;
            if (linear && linearConditions) {
                solveLinear(isolated, continua);
                return;
            }
            if (linear && rank(equations) == k) {
                Rational[] z = FractionFreeSolve.solve(equations, k);
                if (z != null && holdsExactly(z)) {
                    isolated.add(exact(z));
                }
                return;
            }
            if (equations.stream().anyMatch(e -> e.isZero())) {
                unresolved.add(new SupportEquilibria.Unresolved(supports,
                        "an indifference condition holds identically while the others are nonlinear: a possible continuum"));
                return;
            }
            RationalInterval[] start = new RationalInterval[k];
            Arrays.fill(start, new RationalInterval(Rational.ZERO, Rational.ONE));
            BoxSolver.Result r = new BoxSolver(equations, positive, nonnegative).solve(start, maxBoxes);
            for (BoxSolver.Isolated z : r.isolated()) {
                if (z.exact().isPresent()) {
                    if (holdsExactly(z.exact().get())) {
                        isolated.add(exact(z.exact().get()));
                    }
                    continue;
                }
                Decision d = decide(z.box());
                if (d == Decision.YES) {
                    isolated.add(boxed(z.box()));
                } else if (d == Decision.UNKNOWN) {
                    unresolved.add(new SupportEquilibria.Unresolved(supports,
                            "an isolated irrational solution lies on the boundary of the side conditions within the precision used"));
                }
            }
            if (!r.undecided().isEmpty()) {
                unresolved.add(new SupportEquilibria.Unresolved(supports, r.undecided().size()
                        + " boxes could not be decided (singular or non-isolated solutions)"));
            }
        }

        private void solveLinear(List<SupportEquilibria.Isolated> isolated, List<SupportEquilibria.Continuum> continua) {
            // maximise t subject to the equations, every supported probability >= t, conditions >= 0
            LinearProgram.Solution s = program(null, null);
            if (s.status() != LinearProgram.Status.OPTIMAL || s.value().signum() <= 0) {
                return;
            }
            Rational t = s.value();
            Rational[] z = Arrays.copyOf(s.point(), k);
            List<MultivariatePolynomial> equalities = new ArrayList<>(equations);
            for (MultivariatePolynomial q : nonnegative) {
                LinearProgram.Solution m = program(q, t.multiply(Rational.HALF));
                if (m.status() == LinearProgram.Status.OPTIMAL && m.value().signum() == 0) {
                    equalities.add(q);
                }
            }
            int dimension = k - rank(equalities);
            if (dimension == 0) {
                isolated.add(exact(z));
            } else {
                continua.add(new SupportEquilibria.Continuum(supports, dimension, profile(z)));
            }
        }

        /** With objective null: max t. Otherwise: max objective subject to probabilities >= floor. */
        private LinearProgram.Solution program(MultivariatePolynomial objective, Rational floor) {
            int vars = k + 1;
            LinearProgram.Builder lp = LinearProgram.builder(vars);
            for (MultivariatePolynomial e : equations) {
                lp.constraint(row(e, vars), LinearProgram.Relation.EQUAL, constant(e).negate());
            }
            for (MultivariatePolynomial q : nonnegative) {
                lp.constraint(row(q, vars), LinearProgram.Relation.GREATER_EQUAL, constant(q).negate());
            }
            for (MultivariatePolynomial p : positive) {
                Rational[] r = row(p, vars);
                if (objective == null) {
                    r[k] = Rational.MINUS_ONE;
                    lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, constant(p).negate());
                } else {
                    lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, floor.subtract(constant(p)));
                }
            }
            Rational[] bound = new Rational[vars];
            Arrays.fill(bound, Rational.ZERO);
            bound[k] = Rational.ONE;
            lp.constraint(bound, LinearProgram.Relation.LESS_EQUAL, Rational.ONE);
            if (objective == null) {
                lp.maximize(bound);
                return lp.build().solve();
            }
            lp.maximize(row(objective, vars));
            LinearProgram.Solution s = lp.build().solve();
            if (s.status() != LinearProgram.Status.OPTIMAL) {
                return s;
            }
            return new LinearProgram.Solution(s.status(), s.point(), s.value().add(constant(objective)));
        }

        private Rational[] row(MultivariatePolynomial p, int vars) {
            Rational[] r = new Rational[vars];
            Arrays.fill(r, Rational.ZERO);
            for (var term : p.terms().entrySet()) {
                int[] e = term.getKey().exponents();
                for (int v = 0; v < k; v++) {
                    if (e[v] == 1) {
                        r[v] = term.getValue();
                    }
                }
            }
            return r;
        }

        private Rational constant(MultivariatePolynomial p) {
            return p.terms().getOrDefault(new MultivariatePolynomial.Monomial(new int[k]), Rational.ZERO);
        }

        private int rank(List<MultivariatePolynomial> linear) {
            if (linear.isEmpty()) {
                return 0;
            }
            Rational[][] m = new Rational[linear.size()][];
            for (int r = 0; r < m.length; r++) {
                m[r] = row(linear.get(r), k);
            }
            return RationalMatrix.of(m).rank();
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

        private Decision decide(RationalInterval[] z) {
            boolean unknown = false;
            for (MultivariatePolynomial p : positive) {
                RationalInterval v = BoxSolver.evaluate(p, z);
                if (v.upper().signum() <= 0) {
                    return Decision.NO;
                }
                unknown |= v.lower().signum() <= 0;
            }
            for (MultivariatePolynomial q : nonnegative) {
                RationalInterval v = BoxSolver.evaluate(q, z);
                if (v.upper().signum() < 0) {
                    return Decision.NO;
                }
                unknown |= v.lower().signum() < 0;
            }
            return unknown ? Decision.UNKNOWN : Decision.YES;
        }
    }

    private enum Decision { YES, NO, UNKNOWN }

    private static int degree(List<MultivariatePolynomial> ps) {
        int d = 0;
        for (MultivariatePolynomial p : ps) {
            d = Math.max(d, p.degree());
        }
        return d;
    }

    private static boolean contains(int[] s, int a) {
        for (int x : s) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** Exact solution of a square nonsingular linear polynomial system. */
    private static final class FractionFreeSolve {
        static Rational[] solve(List<MultivariatePolynomial> eqs, int k) {
            Rational[][] m = new Rational[eqs.size()][k];
            Rational[] b = new Rational[eqs.size()];
            Rational[] zero = new Rational[k];
            Arrays.fill(zero, Rational.ZERO);
            for (int r = 0; r < eqs.size(); r++) {
                MultivariatePolynomial e = eqs.get(r);
                b[r] = e.evaluate(zero).negate();
                for (int v = 0; v < k; v++) {
                    Rational[] unit = zero.clone();
                    unit[v] = Rational.ONE;
                    m[r][v] = e.evaluate(unit).add(b[r]);
                }
            }
            return org.equicert.linalg.FractionFreeElimination.solve(RationalMatrix.of(m), b);
        }
    }
}
