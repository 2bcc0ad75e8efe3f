package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;

/**
 * Critical points of EU in P-invariant space, face by face, classified as local optima in the sense
 * of Definition 4.0.1 where this can be decided exactly.
 *
 * <p>For each choice of supports T_o (one per orbit), the unknowns are the supported probabilities
 * but the last of each orbit; a critical point solves ∂g/∂z = 0 with all supported probabilities
 * positive (exactly: rational or real algebraic; otherwise a Krawczyk box). A critical point is a
 * <em>strict local maximum</em> when every unsupported action has negative regret (moving mass
 * there loses at first order) and the Hessian of g on the face is negative definite (leading
 * principal minors of −H positive). It is <em>not</em> a local maximum when some unsupported
 * action has positive regret, or when the Hessian has a positive diagonal entry or (two unknowns) a
 * negative determinant. Anything else — zero regrets outside the support, a singular Hessian, an
 * undecidable sign at a box — is reported as undecided, with the reason.
 *
 * <p>Reference: Emmons et al., "For learning in symmetric teams, local optima are global Nash
 * equilibria", ICML 2022 (seed 001), Definition 4.0.1; second-order conditions on a face as in
 * Nocedal and Wright, "Numerical Optimization" (2006), Thm 2.4. Cost: Π_q (2^{A_q} − 1) faces at
 * most (capped by {@code maxFaces}), each one exact root isolation or one Krawczyk box search.
 */
public final class LocalOptima {

    /** A classification. */
    public enum Kind { STRICT_LOCAL_MAXIMUM, NOT_A_LOCAL_MAXIMUM, UNDECIDED }

    /** What a classification's stated reason rests on. */
    public enum Basis {
        /**
         * The exact regrets at the point alone (a positive, zero or undecided regret of an
         * unsupported action; at a vertex, every other action's negative regret).
         */
        REGRETS,
        /** The signs of the face Hessian's entries or minors (second order). */
        HESSIAN
    }

    /**
     * One critical point.
     *
     * @param supports per orbit, the supported actions (0-based)
     * @param reason why it is classified so
     * @param basis what the reason rests on
     */
    public record Critical(int[][] supports, SymmetricPoint point, Kind kind, String reason, Basis basis) {

        /** Copies the supports. */
        public Critical {
            supports = copy(supports);
        }

        /** Per orbit, the supported actions (a copy). */
        @Override
        public int[][] supports() {
            return copy(supports);
        }

        private static int[][] copy(int[][] m) {
            int[][] c = new int[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /**
     * All critical points found, and the faces where the solver left regions undecided.
     *
     * @param unresolvedFaces per unresolved face, its supports
     */
    public record Result(List<Critical> points, List<int[][]> unresolvedFaces) {

        /** Copies the lists and the supports. */
        public Result {
            points = List.copyOf(points);
            unresolvedFaces = unresolvedFaces.stream().map(Result::copy).toList();
        }

        /** Per unresolved face, its supports (copies). */
        @Override
        public List<int[][]> unresolvedFaces() {
            return unresolvedFaces.stream().map(Result::copy).toList();
        }

        private static int[][] copy(int[][] m) {
            int[][] c = new int[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    private LocalOptima() {
    }

    /** Enumerates the faces (at most {@code maxFaces}) and classifies their critical points. */
    public static Result find(SymmetricUtility u, int maxFaces) {
        MultivariatePolynomial f = u.homogeneousPolynomial();
        int orbits = u.orbits().size();
        int[] masks = new int[orbits];
        Arrays.fill(masks, 1);
        List<Critical> points = new ArrayList<>();
        List<int[][]> unresolved = new ArrayList<>();
        int faces = 0;
        while (faces++ < maxFaces) {
            int[][] supports = new int[orbits][];
            for (int q = 0; q < orbits; q++) {
                final int mask = masks[q];
                supports[q] = java.util.stream.IntStream.range(0, u.actions(q)).filter(a -> (mask >> a & 1) == 1).toArray();
            }
            face(u, f, supports, points, unresolved);
            int q = 0;
            while (q < orbits && masks[q] == (1 << u.actions(q)) - 1) {
                masks[q] = 1;
                q++;
            }
            if (q == orbits) {
                break;
            }
            masks[q]++;
        }
        return new Result(List.copyOf(points), List.copyOf(unresolved));
    }

    private static void face(SymmetricUtility u, MultivariatePolynomial f, int[][] supports, List<Critical> out, List<int[][]> unresolved) {
        int orbits = supports.length;
        int k = 0;
        for (int[] t : supports) {
            k += t.length - 1;
        }
        int vars = Math.max(k, 1);
        MultivariatePolynomial[][] entries = new MultivariatePolynomial[orbits][];
        List<MultivariatePolynomial> positive = new ArrayList<>();
        int[][] order = new int[orbits][];
        int v = 0;
        for (int q = 0; q < orbits; q++) {
            entries[q] = new MultivariatePolynomial[u.actions(q)];
            Arrays.fill(entries[q], MultivariatePolynomial.zero(vars));
            MultivariatePolynomial last = MultivariatePolynomial.constant(vars, Rational.ONE);
            int[] t = eliminationOrder(u, f, q, supports[q]);
            order[q] = t;
            for (int r = 0; r + 1 < t.length; r++) {
                entries[q][t[r]] = MultivariatePolynomial.variable(vars, v++);
                last = last.subtract(entries[q][t[r]]);
            }
            entries[q][t[t.length - 1]] = last;
            for (int a : t) {
                positive.add(entries[q][a]);
            }
        }
        MultivariatePolynomial[] images = SymmetricAnalysis.flatten(entries);
        MultivariatePolynomial g = SymmetricUtility.compose(f, images);
        List<SymmetricPoint> candidates = new ArrayList<>();
        if (k == 0) {
            candidates.add(SymmetricPoint.ofRational(entries, new Rational[] {Rational.ZERO}));
        } else if (k == 1) {
            UnivariatePolynomial d = g.derivative(0).restrict(0, new Rational[] {Rational.ZERO});
            if (d.isZero()) {
                unresolved.add(supports);
                return;
            }
            for (RealAlgebraic r : new RootIsolation(d.squareFreePart()).realRoots()) {
                if (r.signOf(UnivariatePolynomial.X) > 0 && r.signOf(UnivariatePolynomial.X.subtract(UnivariatePolynomial.ONE)) < 0) {
                    candidates.add(SymmetricPoint.ofAlgebraic(entries, r));
                }
            }
        } else {
            List<MultivariatePolynomial> equations = interiorEquations(u, f, order, images);
            RationalInterval[] start = new RationalInterval[k];
            Arrays.fill(start, new RationalInterval(Rational.ZERO, Rational.ONE));
            BoxSolver.Result r = new BoxSolver(equations, positive, List.of()).solve(start, 20_000);
            for (BoxSolver.Isolated z : r.isolated()) {
                candidates.add(z.exact().isPresent() ? SymmetricPoint.ofRational(entries, z.exact().get()) : SymmetricPoint.ofBox(entries, z.box()));
            }
            if (!r.undecided().isEmpty()) {
                unresolved.add(supports);
            }
        }
        for (SymmetricPoint p : candidates) {
            // a solution with a supported probability not shown positive lies on a smaller face, where it is found again
            boolean interior = true;
            for (MultivariatePolynomial e : positive) {
                interior &= p.sign(e).orElse(0) > 0;
            }
            if (interior) {
                out.add(classify(u, f, supports, entries, g, k, p));
            }
        }
    }

    /**
     * The supported actions of orbit q, reordered so that the one whose variable has the smallest
     * degree in f comes last: that one is written as one minus the others, and substituting a
     * low-degree variable keeps the face polynomials short (for the ten robots, x_b has degree 1 and
     * x_c degree 9: eliminating x_b gives 4 terms where eliminating x_c gives 55), which keeps
     * interval evaluation tight.
     */
    private static int[] eliminationOrder(SymmetricUtility u, MultivariatePolynomial f, int q, int[] support) {
        int best = support.length - 1;
        int[] degree = new int[support.length];
        for (MultivariatePolynomial.Monomial m : f.terms().keySet()) {
            for (int r = 0; r < support.length; r++) {
                degree[r] = Math.max(degree[r], m.exponents()[u.offset(q) + support[r]]);
            }
        }
        for (int r = support.length - 1; r >= 0; r--) {
            if (degree[r] < degree[best]) {
                best = r;
            }
        }
        int[] t = new int[support.length];
        int at = 0;
        for (int r = 0; r < support.length; r++) {
            if (r != best) {
                t[at++] = support[r];
            }
        }
        t[at] = support[best];
        return t;
    }

    /**
     * The critical-point equations of the face, ∂g/∂z_w = 0, in a form without singular zeros on the
     * face's boundary. By the chain rule ∂g/∂z for the unknown of action b of orbit o is
     * D = ∂f/∂x_{o,b} − ∂f/∂x_{o,last} on the face. With the unsupported variables set to zero, D is
     * a homogeneous polynomial in the supported x; any monomial factor x^m common to all its terms
     * is positive inside the face, so D = 0 there exactly when D / x^m = 0. Removing it takes away
     * high-multiplicity zeros on the face's boundary (e.g. x_c^8 in the ten robots' game), which
     * no interval test can exclude and on which Krawczyk's test never succeeds. Cost: O(terms) per
     * equation plus the composition.
     */
    static List<MultivariatePolynomial> interiorEquations(SymmetricUtility u, MultivariatePolynomial f, int[][] supports,
            MultivariatePolynomial[] images) {
        int vars = f.variables();
        boolean[] supported = new boolean[vars];
        for (int q = 0; q < supports.length; q++) {
            for (int a : supports[q]) {
                supported[u.offset(q) + a] = true;
            }
        }
        List<MultivariatePolynomial> out = new ArrayList<>();
        for (int q = 0; q < supports.length; q++) {
            int[] t = supports[q];
            int last = u.offset(q) + t[t.length - 1];
            for (int r = 0; r + 1 < t.length; r++) {
                MultivariatePolynomial d = f.derivative(u.offset(q) + t[r]).subtract(f.derivative(last));
                out.add(SymmetricUtility.compose(withoutMonomialFactor(d, supported), images));
            }
        }
        return out;
    }

    /** p with the unsupported variables set to zero, divided by the largest monomial dividing every remaining term. */
    private static MultivariatePolynomial withoutMonomialFactor(MultivariatePolynomial p, boolean[] supported) {
        int vars = p.variables();
        List<java.util.Map.Entry<MultivariatePolynomial.Monomial, Rational>> kept = new ArrayList<>();
        int[] common = null;
        for (java.util.Map.Entry<MultivariatePolynomial.Monomial, Rational> t : p.terms().entrySet()) {
            int[] e = t.getKey().exponents();
            boolean vanishes = false;
            for (int v = 0; v < vars; v++) {
                vanishes |= !supported[v] && e[v] > 0;
            }
            if (vanishes || t.getValue().isZero()) {
                continue;
            }
            kept.add(t);
            if (common == null) {
                common = e.clone();
            } else {
                for (int v = 0; v < vars; v++) {
                    common[v] = Math.min(common[v], e[v]);
                }
            }
        }
        MultivariatePolynomial out = MultivariatePolynomial.zero(vars);
        for (java.util.Map.Entry<MultivariatePolynomial.Monomial, Rational> t : kept) {
            int[] e = t.getKey().exponents().clone();
            for (int v = 0; v < vars; v++) {
                e[v] -= common[v];
            }
            out = out.add(MultivariatePolynomial.monomial(vars, t.getValue(), e));
        }
        return out;
    }

    private static Critical classify(SymmetricUtility u, MultivariatePolynomial f, int[][] supports, MultivariatePolynomial[][] entries,
            MultivariatePolynomial g, int k, SymmetricPoint p) {
        MultivariatePolynomial[] images = SymmetricAnalysis.flatten(entries);
        boolean outwardZero = false;
        for (int q = 0; q < supports.length; q++) {
            int n = u.orbits().get(q).size();
            for (int b = 0; b < u.actions(q); b++) {
                if (!entries[q][b].isZero()) {
                    continue;
                }
                MultivariatePolynomial regret = SymmetricUtility.compose(f.derivative(u.offset(q) + b).scale(Rational.of(1, n)), images).subtract(g);
                OptionalInt sign = p.sign(regret);
                if (sign.isEmpty()) {
                    return new Critical(supports, p, Kind.UNDECIDED, "the sign of the regret of unsupported action " + (b + 1) + " is not decided",
                            Basis.REGRETS);
                }
                if (sign.getAsInt() > 0) {
                    return new Critical(supports, p, Kind.NOT_A_LOCAL_MAXIMUM, "moving orbit " + (q + 1) + "'s mass to unsupported action "
                            + (b + 1) + " gains (positive regret " + p.valueText(regret) + ")", Basis.REGRETS);
                }
                outwardZero |= sign.getAsInt() == 0;
            }
        }
        if (k > 0) {
            MultivariatePolynomial[][] h = new MultivariatePolynomial[k][k];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    h[r][c] = g.derivative(r).derivative(c);
                }
            }
            for (int r = 0; r < k; r++) {
                if (p.sign(h[r][r]).orElse(0) > 0) {
                    return new Critical(supports, p, Kind.NOT_A_LOCAL_MAXIMUM, "EU is strictly convex along unknown " + (r + 1) + " of the face",
                            Basis.HESSIAN);
                }
            }
            if (k == 2) {
                if (p.sign(h[0][0].multiply(h[1][1]).subtract(h[0][1].multiply(h[1][0]))).orElse(0) < 0) {
                    return new Critical(supports, p, Kind.NOT_A_LOCAL_MAXIMUM, "the face Hessian is indefinite (a saddle)", Basis.HESSIAN);
                }
            }
            for (int m = 1; m <= k; m++) {
                MultivariatePolynomial minor = determinant(h, m);
                if (m % 2 == 0) {
                    // leading minor of −H of order m = (−1)^m det(H_m)
                } else {
                    minor = minor.scale(Rational.MINUS_ONE);
                }
                OptionalInt s = p.sign(minor);
                if (s.isEmpty() || s.getAsInt() <= 0) {
                    return new Critical(supports, p, Kind.UNDECIDED, "the face Hessian is not shown negative definite (leading minor of order "
                            + m + (s.isEmpty() ? " undecided" : s.getAsInt() == 0 ? " is zero" : " has the wrong sign") + ")", Basis.HESSIAN);
                }
            }
        }
        if (outwardZero) {
            return new Critical(supports, p, Kind.UNDECIDED, "an unsupported action has zero regret (a degenerate boundary)", Basis.REGRETS);
        }
        return new Critical(supports, p, Kind.STRICT_LOCAL_MAXIMUM,
                k == 0 ? "every other action has negative regret" : "negative-definite face Hessian and negative regrets outside the support",
                k == 0 ? Basis.REGRETS : Basis.HESSIAN);
    }

    /** The determinant of the leading m×m block (Laplace expansion; m is small). */
    private static MultivariatePolynomial determinant(MultivariatePolynomial[][] h, int m) {
        int[] rows = new int[m];
        for (int r = 0; r < m; r++) {
            rows[r] = r;
        }
        return laplace(h, rows, 0, new boolean[m], m);
    }

    private static MultivariatePolynomial laplace(MultivariatePolynomial[][] h, int[] rows, int row, boolean[] used, int m) {
        if (row == m) {
            return MultivariatePolynomial.constant(h[0][0].variables(), Rational.ONE);
        }
        MultivariatePolynomial total = MultivariatePolynomial.zero(h[0][0].variables());
        int sign = 1;
        for (int c = 0; c < m; c++) {
            if (used[c]) {
                continue;
            }
            used[c] = true;
            MultivariatePolynomial sub = laplace(h, rows, row + 1, used, m);
            used[c] = false;
            MultivariatePolynomial term = h[rows[row]][c].multiply(sub);
            total = sign > 0 ? total.add(term) : total.subtract(term);
            sign = -sign;
        }
        return total;
    }
}
