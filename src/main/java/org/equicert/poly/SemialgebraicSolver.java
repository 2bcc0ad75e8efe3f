package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.linalg.LinearProgram;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * Decides a basic semialgebraic set {f = 0, p &gt; 0, q ≥ 0} inside the unit cube [0,1]^k exactly, and
 * describes it as pieces, each with its dimension and an exact witness (or an isolating box of an
 * irrational point).
 *
 * <p>Method, by exact elimination with case distinctions: constant equations decide at once
 * (c = 0 with c ≠ 0 is empty); an equation f = c·x_v + g with a constant c ≠ 0 eliminates x_v =
 * −g/c; an equation f = a·x_v + b with a polynomial a splits into the case a = b = 0 and the cases
 * a &gt; 0 and a &lt; 0, where x_v = −b/a is substituted and every condition multiplied by a^d (its
 * sign flipped when a &lt; 0 and d odd), which preserves solutions exactly. When every remaining
 * condition is linear, exact linear programming decides the set, its implicit equalities and its
 * dimension. One remaining unknown: exact root isolation and a sign table over the cells of [0,1]
 * give the set as points and intervals. Two unknowns: resultants (gcd over pairs of equations)
 * bound the candidates. A square nonlinear remainder goes to {@link BoxSolver}
 * (Krawczyk). What none of these decides is reported undecided with the reason.
 *
 * <p>Cost: each case distinction at most triples the work; the number of distinctions is bounded
 * by {@code maxBranches}.
 */
public final class SemialgebraicSolver {

    /**
     * One piece of the set.
     *
     * @param dimension its dimension
     * @param point an exact point of the piece (its relative interior when positive-dimensional),
     *     when rational
     * @param box otherwise an isolating box of the (irrational) point; for exact points, point intervals
     * @param boundary exact points of the piece's closure that were found (the rational ends of a
     *     one-parameter family, whether or not they belong to it)
     * @param description the exact description: substitutions, the free unknowns and their range
     * @param polyhedral whether the piece is a relatively open polyhedron given by {@code closure}
     * @param closure when the piece is polyhedral, linear polynomials whose common zero set with
     *     {@code closureNonnegative} ≥ 0 is exactly the piece's closure; otherwise empty
     * @param closureNonnegative see {@code closure}
     */
    public record Piece(int dimension, Optional<Rational[]> point, RationalInterval[] box, List<Rational[]> boundary,
            String description, boolean polyhedral, List<MultivariatePolynomial> closure, List<MultivariatePolynomial> closureNonnegative) {
        /** Defensive copies. */
        public Piece {
            point = point.map(Rational[]::clone);
            box = box.clone();
            boundary = boundary.stream().map(Rational[]::clone).toList();
            closure = List.copyOf(closure);
            closureNonnegative = List.copyOf(closureNonnegative);
        }
    }

    /** Pieces and undecided cases (with reasons). */
    public record Result(List<Piece> pieces, List<String> undecided) {
        /** Defensive copies. */
        public Result {
            pieces = List.copyOf(pieces);
            undecided = List.copyOf(undecided);
        }
    }

    private record Substitution(int variable, MultivariatePolynomial numerator, MultivariatePolynomial denominator) {
    }

    private record State(List<MultivariatePolynomial> equations, List<MultivariatePolynomial> positive,
            List<MultivariatePolynomial> nonnegative, List<Substitution> substitutions) {
    }

    private final int k;
    private final String[] names;
    private final int maxBoxes;
    private final int maxBranches;
    private final List<Piece> pieces = new ArrayList<>();
    private final Set<String> undecided = new LinkedHashSet<>();
    private int branches;

    /**
     * @param names the unknowns' names, used in descriptions
     * @param maxBoxes box budget of a square nonlinear remainder
     * @param maxBranches budget of case distinctions
     */
    public SemialgebraicSolver(String[] names, int maxBoxes, int maxBranches) {
        this.k = names.length;
        this.names = names.clone();
        this.maxBoxes = maxBoxes;
        this.maxBranches = maxBranches;
    }

    /** Solves {equations = 0, positive &gt; 0, nonnegative ≥ 0} over [0,1]^k. Call once. */
    public Result solve(List<MultivariatePolynomial> equations, List<MultivariatePolynomial> positive,
            List<MultivariatePolynomial> nonnegative) {
        solve(new State(List.copyOf(equations), List.copyOf(positive), List.copyOf(nonnegative), List.of()));
        return new Result(pieces, List.copyOf(undecided));
    }

    private void solve(State state) {
        if (++branches > maxBranches) {
            undecided.add("more than " + maxBranches + " case distinctions in the elimination");
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            undecided.add("interrupted");
            return;
        }
        State s = simplify(state);
        if (s == null) {
            return;
        }
        // an unknown with a constant coefficient: eliminate it
        for (MultivariatePolynomial f : s.equations) {
            for (int v = 0; v < k; v++) {
                if (f.degreeIn(v) == 1 && f.coefficient(v, 1).isConstant()) {
                    Rational c = f.coefficient(v, 1).constantTerm();
                    MultivariatePolynomial num = f.coefficient(v, 0).scale(c.reciprocal().negate());
                    solve(substitute(s, f, v, num, MultivariatePolynomial.constant(k, Rational.ONE)));
                    return;
                }
            }
        }
        if (degree(s.equations) <= 1 && degree(s.positive) <= 1 && degree(s.nonnegative) <= 1) {
            linear(s);
            return;
        }
        // an unknown of degree one with a polynomial coefficient: split on that coefficient
        MultivariatePolynomial best = null;
        int bestVar = -1;
        for (MultivariatePolynomial f : s.equations) {
            for (int v = 0; v < k; v++) {
                if (f.degreeIn(v) == 1) {
                    MultivariatePolynomial a = f.coefficient(v, 1);
                    if (best == null || cost(a, f) < cost(best.coefficient(bestVar, 1), best)) {
                        best = f;
                        bestVar = v;
                    }
                }
            }
        }
        if (best != null) {
            MultivariatePolynomial a = best.coefficient(bestVar, 1);
            MultivariatePolynomial b = best.coefficient(bestVar, 0);
            List<MultivariatePolynomial> eqs = new ArrayList<>(s.equations);
            eqs.remove(best);
            eqs.add(a);
            eqs.add(b);
            solve(new State(eqs, s.positive, s.nonnegative, s.substitutions));
            solve(substitute(s, best, bestVar, b.scale(Rational.MINUS_ONE), a));
            solve(substitute(s, best, bestVar, b, a.scale(Rational.MINUS_ONE)));
            return;
        }
        List<Integer> free = freeVariables(s);
        if (s.equations.isEmpty()) {
            if (free.size() == 1) {
                univariateCells(s, free.get(0));
            } else {
                sampleInterior(s, free);
            }
            return;
        }
        if (free.size() == 1) {
            univariateRoots(s, free.get(0));
            return;
        }
        if (free.size() == 2 && s.equations.size() >= 2 && bivariate(s, free.get(0), free.get(1))) {
            return;
        }
        if (s.equations.size() == free.size()) {
            boxes(s, free);
            return;
        }
        undecided.add("after elimination " + s.equations.size() + " nonlinear equations (degree " + degree(s.equations)
                + ") remain in " + free.size() + " unknowns " + nameList(free) + ", none of degree one");
    }

    private static int cost(MultivariatePolynomial coefficient, MultivariatePolynomial f) {
        return coefficient.terms().size() * 16 + coefficient.degree() * 4 + f.terms().size();
    }

    /** Drops decided constants, normalises, and returns null when a constant condition fails. */
    private State simplify(State s) {
        RationalInterval[] cube = new RationalInterval[k];
        Arrays.fill(cube, new RationalInterval(Rational.ZERO, Rational.ONE));
        List<MultivariatePolynomial> eqs = new ArrayList<>();
        for (MultivariatePolynomial f : s.equations) {
            if (f.isZero()) {
                continue;
            }
            if (f.isConstant()) {
                return null;
            }
            RationalInterval range = BoxSolver.evaluate(f, cube);
            if (range.lower().signum() > 0 || range.upper().signum() < 0) {
                return null;
            }
            MultivariatePolynomial g = f.monic();
            if (!eqs.contains(g)) {
                eqs.add(g);
            }
        }
        List<MultivariatePolynomial> pos = new ArrayList<>();
        for (MultivariatePolynomial p : s.positive) {
            if (p.isConstant()) {
                if (p.constantTerm().signum() <= 0) {
                    return null;
                }
                continue;
            }
            if (BoxSolver.evaluate(p, cube).upper().signum() <= 0) {
                return null;
            }
            if (!pos.contains(p)) {
                pos.add(p);
            }
        }
        List<MultivariatePolynomial> nonneg = new ArrayList<>();
        for (MultivariatePolynomial q : s.nonnegative) {
            if (q.isConstant()) {
                if (q.constantTerm().signum() < 0) {
                    return null;
                }
                continue;
            }
            if (BoxSolver.evaluate(q, cube).upper().signum() < 0) {
                return null;
            }
            if (!nonneg.contains(q)) {
                nonneg.add(q);
            }
        }
        return new State(eqs, pos, nonneg, s.substitutions);
    }

    /**
     * Eliminates x_v = num/den from every condition but {@code used}; every condition is multiplied
     * by den^d, and den &gt; 0 is added, so signs are preserved on this branch.
     */
    private State substitute(State s, MultivariatePolynomial used, int v, MultivariatePolynomial num, MultivariatePolynomial den) {
        List<MultivariatePolynomial> eqs = new ArrayList<>();
        for (MultivariatePolynomial f : s.equations) {
            if (f != used) {
                eqs.add(f.substitute(v, num, den));
            }
        }
        List<MultivariatePolynomial> pos = new ArrayList<>();
        for (MultivariatePolynomial p : s.positive) {
            pos.add(p.substitute(v, num, den));
        }
        List<MultivariatePolynomial> nonneg = new ArrayList<>();
        for (MultivariatePolynomial q : s.nonnegative) {
            nonneg.add(q.substitute(v, num, den));
        }
        if (!den.isConstant()) {
            pos.add(den);
            MultivariatePolynomial ratio = num.monic();
            if (!num.isZero() && ratio.equals(den.monic())) {
                // num = c·den: the value is the constant c
                Rational c = num.terms().values().iterator().next().divide(den.terms().get(num.terms().keySet().iterator().next()));
                num = MultivariatePolynomial.constant(k, c);
                den = MultivariatePolynomial.constant(k, Rational.ONE);
            }
        }
        List<Substitution> subs = new ArrayList<>(s.substitutions);
        subs.add(new Substitution(v, num, den));
        return new State(eqs, pos, nonneg, subs);
    }

    private List<Integer> freeVariables(State s) {
        boolean[] eliminated = new boolean[k];
        for (Substitution sub : s.substitutions) {
            eliminated[sub.variable] = true;
        }
        List<Integer> free = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            if (!eliminated[v]) {
                free.add(v);
            }
        }
        return free;
    }

    private boolean affine(State s) {
        for (Substitution sub : s.substitutions) {
            if (!sub.denominator.isConstant() || sub.numerator.degree() > 1) {
                return false;
            }
        }
        return true;
    }

    // ---- linear remainder ------------------------------------------------------------------

    private void linear(State s) {
        LinearProgram.Solution best = program(s, null, null);
        if (best.status() != LinearProgram.Status.OPTIMAL || best.value().signum() <= 0) {
            return;
        }
        Rational t = best.value();
        Rational[] z = Arrays.copyOf(best.point(), k);
        List<MultivariatePolynomial> equalities = new ArrayList<>(s.equations);
        for (MultivariatePolynomial q : s.nonnegative) {
            LinearProgram.Solution m = program(s, q, t.multiply(Rational.HALF));
            if (m.status() == LinearProgram.Status.OPTIMAL && m.value().signum() == 0) {
                equalities.add(q);
            }
        }
        List<Integer> free = freeVariables(s);
        int dimension = free.size() - rank(equalities);
        Rational[] point = backSubstitute(s, z);
        List<MultivariatePolynomial> closure = new ArrayList<>();
        List<MultivariatePolynomial> closureNonneg = new ArrayList<>();
        if (affine(s)) {
            for (Substitution sub : s.substitutions) {
                closure.add(MultivariatePolynomial.variable(k, sub.variable).scale(sub.denominator.constantTerm()).subtract(sub.numerator));
            }
            closure.addAll(s.equations);
            closureNonneg.addAll(s.positive);
            closureNonneg.addAll(s.nonnegative);
        }
        String desc = dimension == 0 ? "a single point"
                : (affine(s) ? "a relatively open polyhedral set of dimension " + dimension
                        : "a connected set of dimension " + dimension + ", the image of a relatively open polyhedron")
                        + describe(s, free, "linear conditions");
        List<Rational[]> boundary = new ArrayList<>();
        if (dimension > 0 && !affine(s)) {
            // the ends of the free unknowns' ranges over the closure, mapped back where defined
            for (int v : free) {
                for (Rational sign : List.of(Rational.ONE, Rational.MINUS_ONE)) {
                    LinearProgram.Solution end = program(s, MultivariatePolynomial.variable(k, v).scale(sign), Rational.ZERO);
                    if (end.status() == LinearProgram.Status.OPTIMAL) {
                        Optional<Rational[]> e = defined(s, Arrays.copyOf(end.point(), k));
                        if (e.isPresent() && boundary.stream().noneMatch(b -> Arrays.equals(b, e.get()))) {
                            boundary.add(e.get());
                        }
                    }
                }
            }
        }
        pieces.add(new Piece(dimension, Optional.of(point), points(point), boundary, desc, affine(s), closure, closureNonneg));
    }

    /** With objective null: max t with every p ≥ t. Otherwise: max objective with every p ≥ floor. */
    private LinearProgram.Solution program(State s, MultivariatePolynomial objective, Rational floor) {
        int vars = k + 1;
        LinearProgram.Builder lp = LinearProgram.builder(vars);
        for (MultivariatePolynomial e : s.equations) {
            lp.constraint(row(e, vars), LinearProgram.Relation.EQUAL, e.constantTerm().negate());
        }
        for (MultivariatePolynomial q : s.nonnegative) {
            lp.constraint(row(q, vars), LinearProgram.Relation.GREATER_EQUAL, q.constantTerm().negate());
        }
        for (int v = 0; v < k; v++) {
            Rational[] r = new Rational[vars];
            Arrays.fill(r, Rational.ZERO);
            r[v] = Rational.ONE;
            lp.constraint(r, LinearProgram.Relation.LESS_EQUAL, Rational.ONE);
        }
        for (MultivariatePolynomial p : s.positive) {
            Rational[] r = row(p, vars);
            if (objective == null) {
                r[k] = Rational.MINUS_ONE;
                lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, p.constantTerm().negate());
            } else {
                lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, floor.subtract(p.constantTerm()));
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
        LinearProgram.Solution sol = lp.build().solve();
        if (sol.status() != LinearProgram.Status.OPTIMAL) {
            return sol;
        }
        return new LinearProgram.Solution(sol.status(), sol.point(), sol.value().add(objective.constantTerm()));
    }

    private Rational[] row(MultivariatePolynomial p, int vars) {
        Rational[] r = new Rational[vars];
        Arrays.fill(r, Rational.ZERO);
        for (int v = 0; v < k; v++) {
            r[v] = p.coefficient(v, 1).constantTerm();
        }
        return r;
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

    // ---- one unknown left ------------------------------------------------------------------

    /** Equations in one unknown u: the real roots of their gcd in (0,1) that meet the conditions. */
    private void univariateRoots(State s, int u) {
        UnivariatePolynomial g = null;
        for (MultivariatePolynomial f : s.equations) {
            UnivariatePolynomial h = f.toUnivariate(u);
            g = g == null ? h : g.gcd(h);
        }
        if (g == null || g.degree() <= 0) {
            return;
        }
        for (RealAlgebraic r : new RootIsolation(g).realRoots()) {
            if (r.compareTo(RealAlgebraic.of(Rational.ZERO)) <= 0 || r.compareTo(RealAlgebraic.of(Rational.ONE)) >= 0) {
                continue;
            }
            int ok = holdsAt(s, u, r);
            if (ok > 0) {
                addPoint(s, u, r, "a single point: " + names[u] + " the root " + r.closedForm() + " of " + g.toString(names[u])
                        + describe(s, List.of(), null));
            }
        }
    }

    /** Sign conditions only, in one unknown u: a sign table over the cells of (0,1). */
    private void univariateCells(State s, int u) {
        List<UnivariatePolynomial> polys = new ArrayList<>();
        UnivariatePolynomial product = UnivariatePolynomial.ONE;
        for (MultivariatePolynomial p : s.positive) {
            polys.add(p.toUnivariate(u));
        }
        for (MultivariatePolynomial q : s.nonnegative) {
            polys.add(q.toUnivariate(u));
        }
        for (UnivariatePolynomial p : polys) {
            if (p.degree() > 0) {
                product = product.multiply(p.squareFreePart());
            }
        }
        List<RealAlgebraic> roots = new ArrayList<>();
        for (RealAlgebraic r : new RootIsolation(product.squareFreePart()).realRoots()) {
            if (r.compareTo(RealAlgebraic.of(Rational.ZERO)) > 0 && r.compareTo(RealAlgebraic.of(Rational.ONE)) < 0) {
                roots.add(r);
            }
        }
        // cells: open (roots[c-1], roots[c]) for c = 0..n, with ends 0 and 1; points roots[c]
        int n = roots.size();
        boolean[] openGood = new boolean[n + 1];
        Rational[] samples = new Rational[n + 1];
        for (int c = 0; c <= n; c++) {
            RealAlgebraic lo = c == 0 ? RealAlgebraic.of(Rational.ZERO) : roots.get(c - 1);
            RealAlgebraic hi = c == n ? RealAlgebraic.of(Rational.ONE) : roots.get(c);
            samples[c] = between(lo, hi);
            openGood[c] = holdsAt(s, u, RealAlgebraic.of(samples[c])) > 0;
        }
        boolean[] pointGood = new boolean[n];
        for (int c = 0; c < n; c++) {
            pointGood[c] = holdsAt(s, u, roots.get(c)) > 0;
        }
        int c = 0;
        while (c <= n) {
            if (!openGood[c]) {
                if (c < n && pointGood[c] && !openGood[c + 1]) {
                    RealAlgebraic r = roots.get(c);
                    addPoint(s, u, r, "a single point: " + names[u] + " = " + r.closedForm() + describe(s, List.of(), null));
                }
                c++;
                continue;
            }
            int first = c;
            while (c < n && pointGood[c] && openGood[c + 1]) {
                c++;
            }
            int last = c;
            String lo = first == 0 ? "0" : roots.get(first - 1).closedForm();
            String hi = last == n ? "1" : roots.get(last).closedForm();
            boolean loClosed = first > 0 && pointGood[first - 1];
            boolean hiClosed = last < n && pointGood[last];
            List<Rational[]> boundary = new ArrayList<>();
            if (first == 0 || roots.get(first - 1).isRational()) {
                endpoint(s, u, first == 0 ? Rational.ZERO : roots.get(first - 1).toRational()).ifPresent(boundary::add);
            }
            if (last == n || roots.get(last).isRational()) {
                endpoint(s, u, last == n ? Rational.ONE : roots.get(last).toRational()).ifPresent(boundary::add);
            }
            Rational[] z = new Rational[k];
            Arrays.fill(z, Rational.ZERO);
            z[u] = samples[first];
            Rational[] point = backSubstitute(s, z);
            String desc = "a curve of dimension 1 parametrised by " + names[u] + " in " + (loClosed ? "[" : "(") + lo + ", " + hi
                    + (hiClosed ? "]" : ")") + describe(s, List.of(u), null);
            pieces.add(new Piece(1, Optional.of(point), points(point), boundary, desc, false, List.of(), List.of()));
            if (loClosed && first > 0 && roots.get(first - 1).isRational()) {
                pieces.add(pointPiece(s, u, roots.get(first - 1).toRational(), "an end of the curve above"));
            }
            if (hiClosed && roots.get(last).isRational()) {
                pieces.add(pointPiece(s, u, roots.get(last).toRational(), "an end of the curve above"));
            }
            c = last + 1;
        }
    }

    private Piece pointPiece(State s, int u, Rational value, String desc) {
        Rational[] z = new Rational[k];
        Arrays.fill(z, Rational.ZERO);
        z[u] = value;
        Rational[] point = backSubstitute(s, z);
        return new Piece(0, Optional.of(point), points(point), List.of(), desc, false, List.of(), List.of());
    }

    /** The limit point at u = value when every substitution's denominator is nonzero there. */
    private Optional<Rational[]> endpoint(State s, int u, Rational value) {
        Rational[] z = new Rational[k];
        Arrays.fill(z, Rational.ZERO);
        z[u] = value;
        return defined(s, z);
    }

    /** The back-substituted point when every denominator is nonzero at it. */
    private static Optional<Rational[]> defined(State s, Rational[] free) {
        Rational[] z = free.clone();
        for (int i = s.substitutions.size() - 1; i >= 0; i--) {
            Substitution sub = s.substitutions.get(i);
            Rational d = sub.denominator.evaluate(z);
            if (d.isZero()) {
                return Optional.empty();
            }
            z[sub.variable] = sub.numerator.evaluate(z).divide(d);
        }
        return Optional.of(z);
    }

    private static Rational between(RealAlgebraic lo, RealAlgebraic hi) {
        RealAlgebraic a = lo;
        RealAlgebraic b = hi;
        while (upper(a).compareTo(lower(b)) >= 0) {
            a = a.refine();
            b = b.refine();
        }
        return upper(a).midpoint(lower(b));
    }

    private static Rational upper(RealAlgebraic r) {
        return r.isRational() ? r.toRational() : r.upper();
    }

    private static Rational lower(RealAlgebraic r) {
        return r.isRational() ? r.toRational() : r.lower();
    }

    /** 1 when every condition holds at u = r (u the only free unknown), else 0. */
    private int holdsAt(State s, int u, RealAlgebraic r) {
        for (MultivariatePolynomial p : s.positive) {
            if (r.signOf(p.toUnivariate(u)) <= 0) {
                return 0;
            }
        }
        for (MultivariatePolynomial q : s.nonnegative) {
            if (r.signOf(q.toUnivariate(u)) < 0) {
                return 0;
            }
        }
        return 1;
    }

    private void addPoint(State s, int u, RealAlgebraic r, String desc) {
        if (r.isRational()) {
            Rational[] z = new Rational[k];
            Arrays.fill(z, Rational.ZERO);
            z[u] = r.toRational();
            Rational[] point = backSubstitute(s, z);
            pieces.add(new Piece(0, Optional.of(point), points(point), List.of(), desc, false, List.of(), List.of()));
            return;
        }
        RealAlgebraic x = r.refineTo(Rational.of(1, 1L << 60));
        for (int attempt = 0; attempt < 8; attempt++) {
            RationalInterval[] box = new RationalInterval[k];
            Arrays.fill(box, RationalInterval.point(Rational.ZERO));
            box[u] = new RationalInterval(x.lower(), x.upper());
            boolean ok = true;
            for (int i = s.substitutions.size() - 1; i >= 0 && ok; i--) {
                Substitution sub = s.substitutions.get(i);
                RationalInterval d = BoxSolver.evaluate(sub.denominator, box);
                if (d.lower().signum() <= 0 && d.upper().signum() >= 0) {
                    ok = false;
                } else {
                    box[sub.variable] = divide(BoxSolver.evaluate(sub.numerator, box), d);
                }
            }
            if (ok) {
                pieces.add(new Piece(0, Optional.empty(), box, List.of(), desc, false, List.of(), List.of()));
                return;
            }
            x = x.refineTo(x.upper().subtract(x.lower()).multiply(Rational.of(1, 1L << 30)));
        }
        undecided.add("an irrational point whose eliminated coordinates could not be enclosed");
    }

    private static RationalInterval divide(RationalInterval n, RationalInterval d) {
        RationalInterval inv = new RationalInterval(d.upper().reciprocal(), d.lower().reciprocal());
        return n.multiply(inv).roundOutward(BoxSolver.BITS);
    }

    // ---- several unknowns ------------------------------------------------------------------

    /** Sign conditions only, in two or more unknowns: an interior grid point proves an open set. */
    private void sampleInterior(State s, List<Integer> free) {
        int m = free.size();
        int[] denominators = {2, 3, 4, 5, 7, 8, 11, 16, 32};
        for (int den : denominators) {
            long cells = 1;
            for (int q = 0; q < m; q++) {
                cells *= den - 1;
                if (cells > 50_000) {
                    break;
                }
            }
            if (cells > 50_000) {
                break;
            }
            int[] idx = new int[m];
            Arrays.fill(idx, 1);
            while (true) {
                Rational[] z = new Rational[k];
                Arrays.fill(z, Rational.ZERO);
                for (int q = 0; q < m; q++) {
                    z[free.get(q)] = Rational.of(idx[q], den);
                }
                if (strictlyInside(s, z)) {
                    Rational[] point = backSubstitute(s, z);
                    pieces.add(new Piece(m, Optional.of(point), points(point), List.of(),
                            "an open set of dimension " + m + describe(s, free, "polynomial sign conditions"), false, List.of(), List.of()));
                    return;
                }
                int q = 0;
                while (q < m && idx[q] == den - 1) {
                    idx[q] = 1;
                    q++;
                }
                if (q == m) {
                    break;
                }
                idx[q]++;
            }
        }
        undecided.add("sign conditions in " + m + " unknowns " + nameList(free) + " (degree " + Math.max(degree(s.positive),
                degree(s.nonnegative)) + "): no interior grid point satisfies them, emptiness not proven");
    }

    private static boolean strictlyInside(State s, Rational[] z) {
        for (MultivariatePolynomial p : s.positive) {
            if (p.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        for (MultivariatePolynomial q : s.nonnegative) {
            if (q.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two or more equations in two unknowns x, y: every common zero has x a root of the gcd of the
     * resultants Res_y over pairs of equations, and y likewise. Decides when a gcd is constant (no
     * solution) or when every candidate pair of roots in (0,1)² is rational (checked exactly).
     * Returns false, deciding nothing, when the resultants vanish identically (a common factor: a
     * curve of solutions) or an irrational candidate needs Krawczyk's test.
     */
    private boolean bivariate(State s, int x, int y) {
        UnivariatePolynomial gx = gcdOfResultants(s.equations, x, y);
        UnivariatePolynomial gy = gcdOfResultants(s.equations, y, x);
        if (gx == null || gy == null) {
            return false;
        }
        List<RealAlgebraic> xs = rootsInside(gx);
        List<RealAlgebraic> ys = rootsInside(gy);
        List<Piece> found = new ArrayList<>();
        boolean open = false;
        for (RealAlgebraic a : xs) {
            for (RealAlgebraic b : ys) {
                if (a.isRational() && b.isRational()) {
                    Rational[] z = new Rational[k];
                    Arrays.fill(z, Rational.ZERO);
                    z[x] = a.toRational();
                    z[y] = b.toRational();
                    if (holdsExactly(s, z)) {
                        Rational[] point = backSubstitute(s, z);
                        found.add(new Piece(0, Optional.of(point), points(point), List.of(),
                                "a single point (resultants)" + describe(s, List.of(), null), false, List.of(), List.of()));
                    }
                    continue;
                }
                RealAlgebraic fa = a.isRational() ? a : a.refineTo(Rational.of(1, 1L << 40));
                RealAlgebraic fb = b.isRational() ? b : b.refineTo(Rational.of(1, 1L << 40));
                RationalInterval[] box = new RationalInterval[k];
                Arrays.fill(box, RationalInterval.point(Rational.ZERO));
                box[x] = a.isRational() ? RationalInterval.point(a.toRational()) : new RationalInterval(fa.lower(), fa.upper());
                box[y] = b.isRational() ? RationalInterval.point(b.toRational()) : new RationalInterval(fb.lower(), fb.upper());
                boolean excluded = false;
                for (MultivariatePolynomial f : s.equations) {
                    RationalInterval v = BoxSolver.evaluate(f, box);
                    excluded |= v.lower().signum() > 0 || v.upper().signum() < 0;
                }
                open |= !excluded;
            }
        }
        if (open) {
            if (s.equations.size() == 2) {
                return false;
            }
            undecided.add("an irrational common zero of " + s.equations.size() + " equations in 2 unknowns could not be excluded");
            return true;
        }
        pieces.addAll(found);
        return true;
    }

    private static List<RealAlgebraic> rootsInside(UnivariatePolynomial g) {
        List<RealAlgebraic> out = new ArrayList<>();
        if (g.degree() <= 0) {
            return out;
        }
        for (RealAlgebraic r : new RootIsolation(g).realRoots()) {
            if (r.compareTo(RealAlgebraic.of(Rational.ZERO)) > 0 && r.compareTo(RealAlgebraic.of(Rational.ONE)) < 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** The gcd of Res_y over pairs of equations involving y, in x; null when none is a nonzero polynomial. */
    private static UnivariatePolynomial gcdOfResultants(List<MultivariatePolynomial> eqs, int x, int y) {
        UnivariatePolynomial g = null;
        for (MultivariatePolynomial f : eqs) {
            if (!f.uses(y)) {
                UnivariatePolynomial h = f.toUnivariate(x);
                g = g == null ? h : g.gcd(h);
            }
        }
        for (int i = 0; i < eqs.size(); i++) {
            for (int j = i + 1; j < eqs.size(); j++) {
                if (eqs.get(i).uses(y) && eqs.get(j).uses(y) && eqs.get(i).degreeIn(y) + eqs.get(j).degreeIn(y) <= 8) {
                    UnivariatePolynomial r = Resultants.resultant(eqs.get(i), eqs.get(j), x, y);
                    if (!r.isZero()) {
                        g = g == null ? r : g.gcd(r);
                    }
                }
            }
        }
        return g;
    }

    /** A square nonlinear remainder: Krawczyk boxes in the free unknowns. */
    private void boxes(State s, List<Integer> free) {
        int m = free.size();
        int[] index = new int[k];
        Arrays.fill(index, -1);
        for (int q = 0; q < m; q++) {
            index[free.get(q)] = q;
        }
        List<MultivariatePolynomial> eqs = s.equations.stream().map(f -> f.rename(index, m)).toList();
        List<MultivariatePolynomial> pos = s.positive.stream().map(f -> f.rename(index, m)).toList();
        List<MultivariatePolynomial> nonneg = s.nonnegative.stream().map(f -> f.rename(index, m)).toList();
        RationalInterval[] start = new RationalInterval[m];
        Arrays.fill(start, new RationalInterval(Rational.ZERO, Rational.ONE));
        BoxSolver.Result r = new BoxSolver(eqs, pos, nonneg).solve(start, maxBoxes);
        for (BoxSolver.Isolated z : r.isolated()) {
            if (z.exact().isPresent()) {
                Rational[] full = new Rational[k];
                Arrays.fill(full, Rational.ZERO);
                for (int q = 0; q < m; q++) {
                    full[free.get(q)] = z.exact().get()[q];
                }
                if (holdsExactly(s, full)) {
                    Rational[] point = backSubstitute(s, full);
                    pieces.add(new Piece(0, Optional.of(point), points(point), List.of(), "a single point" + describe(s, List.of(), null),
                            false, List.of(), List.of()));
                }
                continue;
            }
            int decision = decide(pos, nonneg, z.box());
            if (decision < 0) {
                continue;
            }
            if (decision == 0) {
                undecided.add("an isolated irrational solution lies on the boundary of the side conditions within the precision used");
                continue;
            }
            RationalInterval[] box = new RationalInterval[k];
            Arrays.fill(box, RationalInterval.point(Rational.ZERO));
            for (int q = 0; q < m; q++) {
                box[free.get(q)] = z.box()[q];
            }
            boolean ok = true;
            for (int i = s.substitutions.size() - 1; i >= 0 && ok; i--) {
                Substitution sub = s.substitutions.get(i);
                RationalInterval d = BoxSolver.evaluate(sub.denominator, box);
                if (d.lower().signum() <= 0 && d.upper().signum() >= 0) {
                    ok = false;
                } else {
                    box[sub.variable] = divide(BoxSolver.evaluate(sub.numerator, box), d);
                }
            }
            if (ok) {
                pieces.add(new Piece(0, Optional.empty(), box, List.of(),
                        "an isolated irrational point (Krawczyk box)" + describe(s, List.of(), null), false, List.of(), List.of()));
            } else {
                undecided.add("an irrational point whose eliminated coordinates could not be enclosed");
            }
        }
        if (!r.undecided().isEmpty()) {
            undecided.add(r.undecided().size() + " boxes could not be decided (singular or non-isolated solutions of "
                    + m + " equations of degree " + degree(s.equations) + ")");
        }
    }

    private static int decide(List<MultivariatePolynomial> pos, List<MultivariatePolynomial> nonneg, RationalInterval[] box) {
        boolean unknown = false;
        for (MultivariatePolynomial p : pos) {
            RationalInterval v = BoxSolver.evaluate(p, box);
            if (v.upper().signum() <= 0) {
                return -1;
            }
            unknown |= v.lower().signum() <= 0;
        }
        for (MultivariatePolynomial q : nonneg) {
            RationalInterval v = BoxSolver.evaluate(q, box);
            if (v.upper().signum() < 0) {
                return -1;
            }
            unknown |= v.lower().signum() < 0;
        }
        return unknown ? 0 : 1;
    }

    private static boolean holdsExactly(State s, Rational[] z) {
        for (MultivariatePolynomial e : s.equations) {
            if (!e.evaluate(z).isZero()) {
                return false;
            }
        }
        for (MultivariatePolynomial p : s.positive) {
            if (p.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        for (MultivariatePolynomial q : s.nonnegative) {
            if (q.evaluate(z).signum() < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Rational[] backSubstitute(State s, Rational[] free) {
        Rational[] z = free.clone();
        for (int i = s.substitutions.size() - 1; i >= 0; i--) {
            Substitution sub = s.substitutions.get(i);
            z[sub.variable] = sub.numerator.evaluate(z).divide(sub.denominator.evaluate(z));
        }
        return z;
    }

    private static RationalInterval[] points(Rational[] z) {
        RationalInterval[] box = new RationalInterval[z.length];
        for (int v = 0; v < z.length; v++) {
            box[v] = RationalInterval.point(z[v]);
        }
        return box;
    }

    private String describe(State s, List<Integer> free, String conditions) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.substitutions.size() - 1; i >= 0; i--) {
            Substitution sub = s.substitutions.get(i);
            sb.append(sb.length() == 0 ? "; " : ", ").append(names[sub.variable]).append(" = ");
            if (sub.denominator.isConstant()) {
                sb.append(named(sub.numerator.scale(sub.denominator.constantTerm().reciprocal())));
            } else {
                sb.append("(").append(named(sub.numerator)).append(")/(").append(named(sub.denominator)).append(")");
            }
        }
        if (!free.isEmpty() && conditions != null) {
            sb.append("; free ").append(nameList(free)).append(" subject to ").append(conditions);
        }
        return sb.toString();
    }

    private String named(MultivariatePolynomial p) {
        return java.util.regex.Pattern.compile("x(\\d+)").matcher(p.toString())
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(names[Integer.parseInt(m.group(1))]));
    }

    private String nameList(List<Integer> vars) {
        List<String> out = new ArrayList<>();
        for (int v : vars) {
            out.add(names[v]);
        }
        return "{" + String.join(", ", out) + "}";
    }

    private static int degree(List<MultivariatePolynomial> ps) {
        int d = 0;
        for (MultivariatePolynomial p : ps) {
            d = Math.max(d, p.degree());
        }
        return d;
    }
}
