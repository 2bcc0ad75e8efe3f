package org.equicert.equilibrium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.LinearProgram;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.MultivariatePolynomial;

/**
 * Merges the pieces found by support enumeration (isolated equilibria and continua) into
 * connected components of the Nash set: two pieces are joined when their closures meet.
 *
 * <p>Exact tests: two polyhedral pieces meet iff the union of their closures' constraints is
 * feasible (exact linear programming); a point meets a polyhedral piece iff it satisfies its
 * closure's constraints; a point is in the closure of a piece with supports S only if its support
 * lies in S and every action of S is a best response at it (by continuity), so a point failing
 * that is separated from the piece. For curved pieces, a known point of the closure (witness, end
 * of a curve) equal to, or joined by a segment of equilibria to, a point of the other piece joins
 * them; the segment test checks every regret polynomial along the segment exactly (root
 * isolation). An adjacency none of these decides leaves both components marked not separated.
 *
 * <p>Cost: O(P²) tests for P pieces, each one LP or a few polynomial evaluations.
 *
 * <p>Reference: the components of the Nash set (E. Kohlberg and J.-F. Mertens, "On the strategic
 * stability of equilibria", Econometrica 54 (1986)); feasibility by exact simplex
 * ({@link org.equicert.linalg.LinearProgram}).
 */
final class NashComponents {

    private final NormalFormGame game;
    private final ExpectedUtility utility;
    private final List<SupportEquilibria.Isolated> isolated;
    private final List<SupportEquilibria.Continuum> continua;

    NashComponents(NormalFormGame game, List<SupportEquilibria.Isolated> isolated, List<SupportEquilibria.Continuum> continua) {
        this.game = game;
        this.utility = new ExpectedUtility(game);
        this.isolated = isolated;
        this.continua = continua;
    }

    private enum Adjacency { MEET, APART, UNDECIDED }

    /** The components, in order of their first piece. */
    List<SupportEquilibria.Component> components() {
        int iso = isolated.size();
        int total = iso + continua.size();
        int[] parent = new int[total];
        for (int v = 0; v < total; v++) {
            parent[v] = v;
        }
        boolean[] undecided = new boolean[total];
        for (int c = 0; c < continua.size(); c++) {
            for (int e = 0; e < iso; e++) {
                Adjacency a = pointAndContinuum(isolated.get(e), continua.get(c));
                join(parent, undecided, e, iso + c, a);
            }
            for (int d = c + 1; d < continua.size(); d++) {
                join(parent, undecided, iso + c, iso + d, continua(continua.get(c), continua.get(d)));
            }
        }
        List<SupportEquilibria.Component> out = new ArrayList<>();
        for (int root = 0; root < total; root++) {
            List<Integer> points = new ArrayList<>();
            List<Integer> sets = new ArrayList<>();
            int dimension = 0;
            boolean separated = true;
            boolean any = false;
            for (int v = 0; v < total; v++) {
                if (find(parent, v) != root) {
                    continue;
                }
                any = true;
                separated &= !undecided[v];
                if (v < iso) {
                    points.add(v);
                } else {
                    sets.add(v - iso);
                    dimension = Math.max(dimension, continua.get(v - iso).dimension());
                }
            }
            if (any) {
                out.add(new SupportEquilibria.Component(points, sets, dimension, separated));
            }
        }
        return out;
    }

    private static void join(int[] parent, boolean[] undecided, int a, int b, Adjacency adjacency) {
        if (adjacency == Adjacency.MEET) {
            parent[find(parent, a)] = find(parent, b);
        } else if (adjacency == Adjacency.UNDECIDED) {
            undecided[a] = true;
            undecided[b] = true;
        }
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private Adjacency pointAndContinuum(SupportEquilibria.Isolated e, SupportEquilibria.Continuum c) {
        if (!subset(e.supports(), c.supports())) {
            return Adjacency.APART;
        }
        if (e.exact().isEmpty()) {
            return Adjacency.UNDECIDED;
        }
        MixedProfile p = e.exact().get();
        if (c.boundary().contains(p)) {
            return Adjacency.MEET;
        }
        if (c.closure().isPresent()) {
            return inside(c.closure().get(), p) ? Adjacency.MEET : Adjacency.APART;
        }
        if (curveWithKnownEnds(c)) {
            return Adjacency.APART;
        }
        if (!allBestResponses(p, c.supports())) {
            return Adjacency.APART;
        }
        if (c.witness().isPresent() && segmentOfEquilibria(c.witness().get(), p)) {
            return Adjacency.MEET;
        }
        for (MixedProfile b : c.boundary()) {
            if (segmentOfEquilibria(b, p)) {
                return Adjacency.MEET;
            }
        }
        return Adjacency.UNDECIDED;
    }

    private Adjacency continua(SupportEquilibria.Continuum c, SupportEquilibria.Continuum d) {
        if (c.closure().isPresent() && d.closure().isPresent()) {
            return feasible(c.closure().get(), d.closure().get()) ? Adjacency.MEET : Adjacency.APART;
        }
        if (!intersecting(c.supports(), d.supports())) {
            return Adjacency.APART;
        }
        List<MixedProfile> known = new ArrayList<>();
        c.witness().ifPresent(known::add);
        known.addAll(c.boundary());
        List<MixedProfile> other = new ArrayList<>();
        d.witness().ifPresent(other::add);
        other.addAll(d.boundary());
        for (MixedProfile z : known) {
            if (d.closure().isPresent() ? inside(d.closure().get(), z) : other.contains(z)) {
                return Adjacency.MEET;
            }
        }
        for (MixedProfile z : other) {
            if (c.closure().isPresent() ? inside(c.closure().get(), z) : known.contains(z)) {
                return Adjacency.MEET;
            }
        }
        if (curveWithKnownEnds(c) && curveWithKnownEnds(d)) {
            return Adjacency.APART;
        }
        for (MixedProfile z : known) {
            for (MixedProfile y : other) {
                if (segmentOfEquilibria(z, y)) {
                    return Adjacency.MEET;
                }
            }
        }
        // closures meeting at a point of a third piece are joined through that piece; they can
        // meet directly only at a point of one of the two, whose supports then nest
        return subset(c.supports(), d.supports()) || subset(d.supports(), c.supports()) ? Adjacency.UNDECIDED : Adjacency.APART;
    }

    /**
     * A curved piece of dimension one with both end limits known: its closure is the curve and its
     * two ends, so a point of another support meets it only at an end.
     */
    private static boolean curveWithKnownEnds(SupportEquilibria.Continuum c) {
        return c.closure().isEmpty() && c.dimension() == 1 && c.boundary().size() == 2;
    }

    private static boolean subset(int[][] s, int[][] t) {
        for (int i = 0; i < s.length; i++) {
            for (int a : s[i]) {
                if (Arrays.stream(t[i]).noneMatch(b -> b == a)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean intersecting(int[][] s, int[][] t) {
        for (int i = 0; i < s.length; i++) {
            boolean any = false;
            for (int a : s[i]) {
                any |= Arrays.stream(t[i]).anyMatch(b -> b == a);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private boolean allBestResponses(MixedProfile p, int[][] supports) {
        for (int i = 0; i < supports.length; i++) {
            Rational[] regrets = utility.regrets(i, p);
            for (int a : supports[i]) {
                if (regrets[a].signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Rational[] flat(MixedProfile p) {
        List<Rational> out = new ArrayList<>();
        for (int i = 0; i < p.playerCount(); i++) {
            out.addAll(Arrays.asList(p.strategy(i)));
        }
        return out.toArray(new Rational[0]);
    }

    private static boolean inside(SupportEquilibria.Polyhedron h, MixedProfile p) {
        Rational[] z = flat(p);
        for (MultivariatePolynomial e : h.equalities()) {
            if (!e.evaluate(z).isZero()) {
                return false;
            }
        }
        for (MultivariatePolynomial q : h.nonnegative()) {
            if (q.evaluate(z).signum() < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean feasible(SupportEquilibria.Polyhedron a, SupportEquilibria.Polyhedron b) {
        int vars = a.variables();
        LinearProgram.Builder lp = LinearProgram.builder(vars);
        for (SupportEquilibria.Polyhedron h : List.of(a, b)) {
            for (MultivariatePolynomial e : h.equalities()) {
                lp.constraint(row(e, vars), LinearProgram.Relation.EQUAL, e.constantTerm().negate());
            }
            for (MultivariatePolynomial q : h.nonnegative()) {
                lp.constraint(row(q, vars), LinearProgram.Relation.GREATER_EQUAL, q.constantTerm().negate());
            }
        }
        Rational[] zero = new Rational[vars];
        Arrays.fill(zero, Rational.ZERO);
        lp.maximize(zero);
        return lp.build().solve().status() == LinearProgram.Status.OPTIMAL;
    }

    private static Rational[] row(MultivariatePolynomial p, int vars) {
        Rational[] r = new Rational[vars];
        for (int v = 0; v < vars; v++) {
            r[v] = p.coefficient(v, 1).constantTerm();
        }
        return r;
    }

    /** Whether every point of the segment [a, b] is a Nash equilibrium, decided exactly. */
    boolean segmentOfEquilibria(MixedProfile a, MixedProfile b) {
        int n = game.playerCount();
        MultivariatePolynomial[][] z = new MultivariatePolynomial[n][];
        MultivariatePolynomial t = MultivariatePolynomial.variable(1, 0);
        for (int i = 0; i < n; i++) {
            z[i] = new MultivariatePolynomial[game.actionCount(i)];
            for (int x = 0; x < z[i].length; x++) {
                Rational from = a.probability(i, x);
                z[i][x] = MultivariatePolynomial.constant(1, from).add(t.scale(b.probability(i, x).subtract(from)));
            }
        }
        for (int i = 0; i < n; i++) {
            MultivariatePolynomial[] pay = new MultivariatePolynomial[game.actionCount(i)];
            Arrays.fill(pay, MultivariatePolynomial.zero(1));
            for (int index = 0; index < game.profileCount(); index++) {
                int[] profile = game.profile(index);
                MultivariatePolynomial w = MultivariatePolynomial.constant(1, game.payoff(i, profile));
                for (int j = 0; j < n && !w.isZero(); j++) {
                    if (j != i) {
                        w = w.multiply(z[j][profile[j]]);
                    }
                }
                pay[profile[i]] = pay[profile[i]].add(w);
            }
            MultivariatePolynomial mean = MultivariatePolynomial.zero(1);
            for (int x = 0; x < pay.length; x++) {
                mean = mean.add(pay[x].multiply(z[i][x]));
            }
            for (MultivariatePolynomial px : pay) {
                if (!nonPositiveOnUnitInterval(px.subtract(mean).toUnivariate(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean nonPositiveOnUnitInterval(UnivariatePolynomial r) {
        if (r.isZero()) {
            return true;
        }
        if (r.signAt(Rational.ZERO) > 0 || r.signAt(Rational.ONE) > 0) {
            return false;
        }
        List<RealAlgebraic> roots = new ArrayList<>();
        roots.add(RealAlgebraic.of(Rational.ZERO));
        if (r.degree() > 0) {
            for (RealAlgebraic x : new RootIsolation(r).realRoots()) {
                if (x.compareTo(roots.get(0)) > 0 && x.compareTo(RealAlgebraic.of(Rational.ONE)) < 0) {
                    roots.add(x);
                }
            }
        }
        roots.add(RealAlgebraic.of(Rational.ONE));
        for (int c = 0; c + 1 < roots.size(); c++) {
            if (r.signAt(between(roots.get(c), roots.get(c + 1))) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Rational between(RealAlgebraic lo, RealAlgebraic hi) {
        RealAlgebraic a = lo;
        RealAlgebraic b = hi;
        while ((a.isRational() ? a.toRational() : a.upper()).compareTo(b.isRational() ? b.toRational() : b.lower()) >= 0) {
            a = a.refine();
            b = b.refine();
        }
        return (a.isRational() ? a.toRational() : a.upper()).midpoint(b.isRational() ? b.toRational() : b.lower());
    }
}
