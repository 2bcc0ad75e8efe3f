package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

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
 * (Krawczyk). Two free unknowns that none of these decides go to {@link PlanarDecomposition}, an
 * exact cylindrical decomposition of the plane ({@link PlanarPieces}). What none of these decides is
 * reported undecided with the reason.
 *
 * <p>Cost: each case distinction at most triples the work; the number of distinctions is bounded
 * by {@code maxBranches}. The linear remainder is {@link LinearRemainder}, one or two unknowns
 * {@link RootPieces}, a branch's conditions and substitutions {@link EliminationState}.
 *
 * <p>Reference: elimination by case distinction on leading coefficients in the style of
 * comprehensive triangular decomposition (see S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in
 * Real Algebraic Geometry</i>, 2nd ed. 2006, Ch. 11–12); Krawczyk's operator for the square
 * remainder (R. Krawczyk, Computing 4 (1969) 187–201).
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
     * @param algebraic for a positive-dimensional piece without a rational point: an exact point of
     *     it with coordinates in one real algebraic number field Q(θ) (all k unknowns); else empty
     */
    public record Piece(int dimension, Optional<Rational[]> point, RationalInterval[] box, List<Rational[]> boundary,
            String description, boolean polyhedral, List<MultivariatePolynomial> closure, List<MultivariatePolynomial> closureNonnegative,
            Optional<AlgebraicPoint> algebraic) {
        /** Defensive copies. */
        public Piece {
            point = point.map(Rational[]::clone);
            box = box.clone();
            boundary = boundary.stream().map(Rational[]::clone).toList();
            closure = List.copyOf(closure);
            closureNonnegative = List.copyOf(closureNonnegative);
        }

        /** A piece without an algebraic point. */
        public Piece(int dimension, Optional<Rational[]> point, RationalInterval[] box, List<Rational[]> boundary, String description,
                boolean polyhedral, List<MultivariatePolynomial> closure, List<MultivariatePolynomial> closureNonnegative) {
            this(dimension, point, box, boundary, description, polyhedral, closure, closureNonnegative, Optional.empty());
        }

        /** {@return the point (a copy)} */
        @Override
        public Optional<Rational[]> point() {
            return point.map(Rational[]::clone);
        }

        /** {@return the box (a copy)} */
        @Override
        public RationalInterval[] box() {
            return box.clone();
        }

        /** {@return the boundary (a copy)} */
        @Override
        public List<Rational[]> boundary() {
            return boundary.stream().map(Rational[]::clone).toList();
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

    /** Square systems in at least this many unknowns are tried by Krawczyk boxes before elimination. */
    static final int QUICK_UNKNOWNS = 3;

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
        EliminationState start = new EliminationState(List.copyOf(equations), List.copyOf(positive), List.copyOf(nonnegative), List.of());
        if (equations.size() == k && k >= QUICK_UNKNOWNS && degree(equations) > 1) {
            // a square system in several unknowns: Krawczyk boxes first (exact vertex ranges exclude most boxes),
            // elimination only if a box is left undecided (a singular or non-isolated solution, or the budget)
            List<Piece> quick = new ArrayList<>();
            Set<String> open = new LinkedHashSet<>();
            boxes(start, start.freeVariables(k), maxBoxes, true, quick, open);
            if (open.isEmpty()) {
                return new Result(quick, List.of());
            }
        }
        solve(start);
        return new Result(pieces, List.copyOf(undecided));
    }

    private void solve(EliminationState state) {
        if (++branches > maxBranches) {
            undecided.add("more than " + maxBranches + " case distinctions in the elimination");
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            undecided.add("interrupted");
            return;
        }
        Optional<EliminationState> simplified = state.simplify(k);
        if (simplified.isEmpty()) {
            return;
        }
        EliminationState s = simplified.get();
        // an unknown with a constant coefficient: eliminate it
        for (MultivariatePolynomial f : s.equations()) {
            for (int v = 0; v < k; v++) {
                if (f.degreeIn(v) == 1 && f.coefficient(v, 1).isConstant()) {
                    Rational c = f.coefficient(v, 1).constantTerm();
                    MultivariatePolynomial num = f.coefficient(v, 0).scale(c.reciprocal().negate());
                    solve(s.substitute(k, f, v, num, MultivariatePolynomial.constant(k, Rational.ONE)));
                    return;
                }
            }
        }
        if (degree(s.equations()) <= 1 && degree(s.positive()) <= 1 && degree(s.nonnegative()) <= 1) {
            new LinearRemainder(this, k).solve(s);
            return;
        }
        // an unknown of degree one with a polynomial coefficient: split on that coefficient
        MultivariatePolynomial best = null;
        int bestVar = -1;
        for (MultivariatePolynomial f : s.equations()) {
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
            List<MultivariatePolynomial> eqs = new ArrayList<>(s.equations());
            eqs.remove(best);
            eqs.add(a);
            eqs.add(b);
            solve(new EliminationState(eqs, s.positive(), s.nonnegative(), s.substitutions()));
            solve(s.substitute(k, best, bestVar, b.scale(Rational.MINUS_ONE), a));
            solve(s.substitute(k, best, bestVar, b, a.scale(Rational.MINUS_ONE)));
            return;
        }
        List<Integer> free = s.freeVariables(k);
        if (s.equations().isEmpty()) {
            if (free.size() == 1) {
                new RootPieces(this, k).univariateCells(s, free.get(0));
            } else {
                sampleInterior(s, free);
            }
            return;
        }
        if (free.size() == 1) {
            new RootPieces(this, k).univariateRoots(s, free.get(0));
            return;
        }
        if (free.size() == 2 && s.equations().size() >= 2 && new RootPieces(this, k).bivariate(s, free.get(0), free.get(1))) {
            return;
        }
        if (s.equations().size() == free.size()) {
            List<Piece> found = new ArrayList<>();
            Set<String> open = new LinkedHashSet<>();
            boxes(s, free, maxBoxes, false, found, open);
            if (open.isEmpty() || free.size() != 2) {
                pieces.addAll(found);
                undecided.addAll(open);
            } else {
                new PlanarPieces(this, k).solve(s, free);
            }
            return;
        }
        if (free.size() == 2) {
            new PlanarPieces(this, k).solve(s, free);
            return;
        }
        undecided.add("after elimination " + s.equations().size() + " nonlinear equations (degree " + degree(s.equations())
                + ") remain in " + free.size() + " unknowns " + nameList(free) + ", none of degree one");
    }

    private static int cost(MultivariatePolynomial coefficient, MultivariatePolynomial f) {
        return coefficient.terms().size() * 16 + coefficient.degree() * 4 + f.terms().size();
    }

    /** Sign conditions only, in two or more unknowns: an interior grid point proves an open set. */
    private void sampleInterior(EliminationState s, List<Integer> free) {
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
                if (s.strictlyInside(z)) {
                    Rational[] point = s.backSubstitute(z);
                    pieces.add(new Piece(m, Optional.of(point), EliminationState.points(point), List.of(),
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
        if (m == 2) {
            new PlanarPieces(this, k).solve(s, free);
            return;
        }
        undecided.add("sign conditions in " + m + " unknowns " + nameList(free) + " (degree " + Math.max(degree(s.positive()),
                degree(s.nonnegative())) + "): no interior grid point satisfies them, emptiness not proven");
    }

    /** A square nonlinear remainder: Krawczyk boxes in the free unknowns, into {@code found} and {@code open}. */
    private void boxes(EliminationState s, List<Integer> free, int budget, boolean stopAtUndecided, List<Piece> found, Set<String> open) {
        int m = free.size();
        int[] index = new int[k];
        Arrays.fill(index, -1);
        for (int q = 0; q < m; q++) {
            index[free.get(q)] = q;
        }
        List<MultivariatePolynomial> eqs = s.equations().stream().map(f -> f.rename(index, m)).toList();
        List<MultivariatePolynomial> pos = s.positive().stream().map(f -> f.rename(index, m)).toList();
        List<MultivariatePolynomial> nonneg = s.nonnegative().stream().map(f -> f.rename(index, m)).toList();
        RationalInterval[] start = new RationalInterval[m];
        Arrays.fill(start, new RationalInterval(Rational.ZERO, Rational.ONE));
        BoxSolver.Result r = new BoxSolver(eqs, pos, nonneg).solve(start, budget, stopAtUndecided);
        for (BoxSolver.Isolated z : r.isolated()) {
            if (z.exact().isPresent()) {
                Rational[] full = new Rational[k];
                Arrays.fill(full, Rational.ZERO);
                for (int q = 0; q < m; q++) {
                    full[free.get(q)] = z.exact().get()[q];
                }
                if (s.holdsExactly(full)) {
                    Rational[] point = s.backSubstitute(full);
                    found.add(new Piece(0, Optional.of(point), EliminationState.points(point), List.of(), "a single point" + describe(s),
                            false, List.of(), List.of()));
                }
                continue;
            }
            int decision = decide(pos, nonneg, z.box());
            if (decision < 0) {
                continue;
            }
            if (decision == 0) {
                open.add("an isolated irrational solution lies on the boundary of the side conditions within the precision used");
                continue;
            }
            RationalInterval[] box = new RationalInterval[k];
            Arrays.fill(box, RationalInterval.point(Rational.ZERO));
            for (int q = 0; q < m; q++) {
                box[free.get(q)] = z.box()[q];
            }
            if (s.enclose(box)) {
                found.add(new Piece(0, Optional.empty(), box, List.of(),
                        "an isolated irrational point (Krawczyk box)" + describe(s), false, List.of(), List.of()));
            } else {
                open.add("an irrational point whose eliminated coordinates could not be enclosed");
            }
        }
        if (!r.undecided().isEmpty()) {
            open.add(r.undecided().size() + " boxes could not be decided (singular or non-isolated solutions of "
                    + m + " equations of degree " + degree(s.equations()) + ")");
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

    /** Records a piece of the set. */
    void add(Piece piece) {
        pieces.add(piece);
    }

    /** Records an undecided case with its reason (once per distinct reason). */
    void undecided(String reason) {
        undecided.add(reason);
    }

    /** The name of unknown v. */
    String name(int v) {
        return names[v];
    }

    /** The substitutions made, as text to follow a piece's description. */
    String describe(EliminationState s) {
        return describe(s, List.of(), "");
    }

    /** The substitutions made and, when some unknowns are free, the conditions they are subject to. */
    String describe(EliminationState s, List<Integer> free, String conditions) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.substitutions().size() - 1; i >= 0; i--) {
            EliminationState.Substitution sub = s.substitutions().get(i);
            sb.append(sb.length() == 0 ? "; " : ", ").append(names[sub.variable()]).append(" = ");
            if (sub.denominator().isConstant()) {
                sb.append(named(sub.numerator().scale(sub.denominator().constantTerm().reciprocal())));
            } else {
                sb.append("(").append(named(sub.numerator())).append(")/(").append(named(sub.denominator())).append(")");
            }
        }
        if (!free.isEmpty()) {
            sb.append("; free ").append(nameList(free)).append(" subject to ").append(conditions);
        }
        return sb.toString();
    }

    /** p as text in the unknowns' names. */
    String named(MultivariatePolynomial p) {
        return java.util.regex.Pattern.compile("x(\\d+)").matcher(p.toString())
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(names[Integer.parseInt(m.group(1))]));
    }

    String nameList(List<Integer> vars) {
        List<String> out = new ArrayList<>();
        for (int v : vars) {
            out.add(names[v]);
        }
        return "{" + String.join(", ", out) + "}";
    }

    static int degree(List<MultivariatePolynomial> ps) {
        int d = 0;
        for (MultivariatePolynomial p : ps) {
            d = Math.max(d, p.degree());
        }
        return d;
    }
}
