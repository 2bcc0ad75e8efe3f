package org.equicert.poly;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Isolates the real solutions of a square polynomial system f = 0 inside a box, in exact rational
 * interval arithmetic, subject to side conditions p &gt; 0 and q ≥ 0.
 *
 * <p>Method: branch and bound. A box is discarded when the interval value of some f_i excludes 0,
 * of some p is ≤ 0 or of some q is &lt; 0, or when the Krawczyk operator K(X) = y − Y f(y) + (I −
 * Y J(X))(X − y) misses X. When K(X) lies in the interior of X, X holds exactly one solution (Krawczyk
 * 1969, Moore 1977). Small undecided boxes get a Newton step and an inflated box around it, so that
 * solutions lying on a bisection boundary are isolated too. Boxes still undecided at the size limit
 * are returned as such (a sign of singular or non-isolated solutions): nothing is guessed.
 *
 * <p>All interval ends are rounded outward to multiples of 2^−{@value #BITS}, which keeps the numbers
 * small and the enclosures rigorous.
 *
 * <p>Cost: each box needs one interval evaluation of f, its Jacobian and the conditions and a
 * k×k interval matrix product, O(k³) interval operations beyond the evaluations; the number of
 * boxes is bounded by the caller's budget.
 */
public final class BoxSolver {

    static final int BITS = 96;
    /** Boxes wider than this are bisected without trying Krawczyk's operator. */
    private static final Rational KRAWCZYK_WIDTH = Rational.of(1, 4);

    /** An isolating box holding exactly one solution, and the solution itself when it is rational. */
    public record Isolated(RationalInterval[] box, Optional<Rational[]> exact) {
        /** Defensive copies. */
        public Isolated {
            box = box.clone();
            exact = exact.map(Rational[]::clone);
        }

        /** {@return the box (a copy)} */
        @Override
        public RationalInterval[] box() {
            return box.clone();
        }

        /** {@return the exact (a copy)} */
        @Override
        public Optional<Rational[]> exact() {
            return exact.map(Rational[]::clone);
        }
    }

    /** The outcome: isolated solutions and undecided boxes. */
    public record Result(List<Isolated> isolated, List<RationalInterval[]> undecided) {
        /** Defensive copies. */
        public Result {
            isolated = List.copyOf(isolated);
            undecided = undecided.stream().map(RationalInterval[]::clone).toList();
        }

        /** {@return the undecided (a copy)} */
        @Override
        public List<RationalInterval[]> undecided() {
            return undecided.stream().map(RationalInterval[]::clone).toList();
        }
    }

    private final List<MultivariatePolynomial> equations;
    private final List<List<MultivariatePolynomial>> jacobian;
    private final List<MultivariatePolynomial> positive;
    private final List<MultivariatePolynomial> nonnegative;
    private final int k;
    /** Per equation, positive and nonnegative condition (in that order): its dense multilinear coefficients, when it has such a form. */
    private final List<Optional<BigInteger[]>> multilinear;

    /**
     * A solver for equations f = 0 (as many as variables) with side conditions.
     *
     * @param positive polynomials that must be &gt; 0 at a solution
     * @param nonnegative polynomials that must be ≥ 0 at a solution
     */
    public BoxSolver(List<MultivariatePolynomial> equations, List<MultivariatePolynomial> positive, List<MultivariatePolynomial> nonnegative) {
        this.equations = List.copyOf(equations);
        this.positive = List.copyOf(positive);
        this.nonnegative = List.copyOf(nonnegative);
        this.k = equations.isEmpty() ? 0 : equations.get(0).variables();
        if (equations.size() != k) {
            throw new IllegalArgumentException(equations.size() + " equations in " + k + " variables: the system must be square");
        }
        List<List<MultivariatePolynomial>> j = new ArrayList<>();
        for (MultivariatePolynomial f : equations) {
            List<MultivariatePolynomial> row = new ArrayList<>();
            for (int v = 0; v < k; v++) {
                row.add(f.derivative(v));
            }
            j.add(row);
        }
        this.jacobian = j;
        List<Optional<BigInteger[]>> dense = new ArrayList<>();
        for (List<MultivariatePolynomial> group : List.of(this.equations, this.positive, this.nonnegative)) {
            for (MultivariatePolynomial f : group) {
                dense.add(MultilinearSigns.coefficients(f));
            }
        }
        this.multilinear = dense;
    }

    /** The signs of the least and greatest value (or of an enclosure's ends) of condition {@code index} over the box. */
    private int[] signs(int index, MultivariatePolynomial p, RationalInterval[] x) {
        Optional<BigInteger[]> dense = multilinear.get(index);
        if (dense.isPresent()) {
            return MultilinearSigns.atVertices(dense.get(), x);
        }
        RationalInterval v = evaluate(p, x);
        return new int[] {v.lower().signum(), v.upper().signum()};
    }

    /** {@return the interval value of p over a box (a rigorous enclosure)} */
    public static RationalInterval evaluate(MultivariatePolynomial p, RationalInterval[] box) {
        RationalInterval sum = RationalInterval.point(Rational.ZERO);
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> term : p.terms().entrySet()) {
            RationalInterval t = RationalInterval.point(term.getValue());
            int[] e = term.getKey().exponents();
            for (int v = 0; v < e.length; v++) {
                for (int q = 0; q < e[v]; q++) {
                    t = t.multiply(box[v]);
                }
            }
            sum = sum.add(t);
        }
        return sum.roundOutward(BITS);
    }

    /**
     * Isolates the solutions in the box.
     *
     * @param maxBoxes the largest number of boxes examined before the rest are returned undecided
     */
    public Result solve(RationalInterval[] start, int maxBoxes) {
        return solve(start, maxBoxes, false);
    }

    /**
     * As {@link #solve(RationalInterval[], int)}; with {@code stopAtUndecided}, returns as soon as
     * one box is found undecided (with every box not yet examined also undecided), for callers
     * that fall back to another method whenever a box remains undecided.
     */
    public Result solve(RationalInterval[] start, int maxBoxes, boolean stopAtUndecided) {
        List<RationalInterval[]> found = new ArrayList<>();
        List<RationalInterval[]> undecided = new ArrayList<>();
        Deque<RationalInterval[]> work = new ArrayDeque<>();
        work.push(start.clone());
        Rational small = Rational.of(1, 1L << 12);
        int examined = 0;
        while (!work.isEmpty()) {
            if (stopAtUndecided && !undecided.isEmpty()) {
                undecided.addAll(work);
                break;
            }
            RationalInterval[] x = work.pop();
            if (++examined > maxBoxes) {
                undecided.add(x);
                continue;
            }
            if (insideAny(x, found) || excluded(x)) {
                continue;
            }
            // Krawczyk's operator rarely contracts a wide box, and costs O(k³) interval operations
            Optional<RationalInterval[]> kx = width(x).compareTo(KRAWCZYK_WIDTH) <= 0 ? krawczyk(x) : Optional.empty();
            if (kx.isPresent()) {
                if (intersect(kx.get(), x).isEmpty()) {
                    continue;
                }
                if (inInterior(kx.get(), x) && !overlapsAny(x, found)) {
                    found.add(x);
                    continue;
                }
            }
            if (width(x).compareTo(small) < 0) {
                Optional<RationalInterval[]> z = inflatedNewtonBox(x);
                if (z.isPresent() && addIfNew(z.get(), found) && insideAny(x, found)) {
                    continue;
                }
                if (width(x).compareTo(Rational.of(1, 1L << 40)) < 0) {
                    undecided.add(x);
                    continue;
                }
            }
            int widest = 0;
            for (int v = 1; v < k; v++) {
                if (x[v].width().compareTo(x[widest].width()) > 0) {
                    widest = v;
                }
            }
            Rational mid = x[widest].midpoint();
            RationalInterval[] left = x.clone();
            RationalInterval[] right = x.clone();
            left[widest] = new RationalInterval(x[widest].lower(), mid);
            right[widest] = new RationalInterval(mid, x[widest].upper());
            work.push(right);
            work.push(left);
        }
        List<Isolated> isolated = new ArrayList<>();
        for (RationalInterval[] z : found) {
            RationalInterval[] tight = refine(z, 12);
            isolated.add(new Isolated(tight, exactPoint(tight)));
        }
        return new Result(isolated, undecided);
    }

    /** Whether the side conditions or an equation rule the box out. */
    private boolean excluded(RationalInterval[] x) {
        int index = 0;
        for (MultivariatePolynomial f : equations) {
            int[] v = signs(index++, f, x);
            if (v[0] > 0 || v[1] < 0) {
                return true;
            }
        }
        for (MultivariatePolynomial p : positive) {
            if (signs(index++, p, x)[1] <= 0) {
                return true;
            }
        }
        for (MultivariatePolynomial q : nonnegative) {
            if (signs(index++, q, x)[1] < 0) {
                return true;
            }
        }
        return false;
    }

    /** K(X); empty when the Jacobian at the midpoint is singular. */
    Optional<RationalInterval[]> krawczyk(RationalInterval[] x) {
        Rational[] y = new Rational[k];
        for (int v = 0; v < k; v++) {
            y[v] = x[v].midpoint();
        }
        return krawczyk(x, y);
    }

    private Optional<RationalInterval[]> krawczyk(RationalInterval[] x, Rational[] y) {
        Rational[][] jy = new Rational[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                jy[r][c] = jacobian.get(r).get(c).evaluate(y);
            }
        }
        Optional<Rational[][]> inverse = inverse(jy);
        if (inverse.isEmpty()) {
            return Optional.empty();
        }
        Rational[][] inv = inverse.get();
        Rational[] fy = new Rational[k];
        for (int r = 0; r < k; r++) {
            fy[r] = equations.get(r).evaluate(y);
        }
        RationalInterval[][] jx = new RationalInterval[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                jx[r][c] = evaluate(jacobian.get(r).get(c), x);
            }
        }
        // the matrix part in integers over powers of two when the box is dyadic (the same exact values)
        Optional<RationalInterval[]> products = KrawczykProducts.contraction(inv, jx, x, y, BITS);
        RationalInterval[] out = new RationalInterval[k];
        for (int r = 0; r < k; r++) {
            Rational yfy = Rational.ZERO;
            for (int c = 0; c < k; c++) {
                yfy = yfy.add(inv[r][c].multiply(fy[c]));
            }
            RationalInterval acc = RationalInterval.point(y[r].subtract(yfy));
            if (products.isPresent()) {
                out[r] = acc.add(products.get()[r]).roundOutward(BITS);
                continue;
            }
            for (int c = 0; c < k; c++) {
                // (I − Y J(X))_{rc}
                RationalInterval m = RationalInterval.point(r == c ? Rational.ONE : Rational.ZERO);
                for (int q = 0; q < k; q++) {
                    m = m.subtract(jx[q][c].scale(inv[r][q]));
                }
                acc = acc.add(m.multiply(x[c].subtract(RationalInterval.point(y[c]))));
            }
            out[r] = acc.roundOutward(BITS);
        }
        return Optional.of(out);
    }

    /** An approximate inverse with entries rounded down to multiples of 2^−BITS; empty if singular. */
    private static Optional<Rational[][]> inverse(Rational[][] m) {
        return KrawczykProducts.inverse(m, BITS);
    }

    /** A box around a Newton iterate from the midpoint, proved by Krawczyk to hold one solution; else empty. */
    private Optional<RationalInterval[]> inflatedNewtonBox(RationalInterval[] x) {
        Rational[] y = new Rational[k];
        for (int v = 0; v < k; v++) {
            y[v] = x[v].midpoint();
        }
        for (int step = 0; step < 6; step++) {
            RationalInterval[] point = new RationalInterval[k];
            for (int v = 0; v < k; v++) {
                point[v] = RationalInterval.point(y[v]);
            }
            Optional<RationalInterval[]> next = krawczyk(point, y);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            for (int v = 0; v < k; v++) {
                y[v] = next.get()[v].midpoint();
            }
        }
        Rational r = width(x);
        RationalInterval[] z = new RationalInterval[k];
        for (int v = 0; v < k; v++) {
            z[v] = new RationalInterval(y[v].subtract(r), y[v].add(r));
        }
        Optional<RationalInterval[]> kz = krawczyk(z, y);
        return kz.isPresent() && inInterior(kz.get(), z) ? Optional.of(z) : Optional.empty();
    }

    /** Adds z unless it holds the same solution as a box already found; true if now covered. */
    private boolean addIfNew(RationalInterval[] z, List<RationalInterval[]> found) {
        RationalInterval[] rz = refine(z, 8);
        for (RationalInterval[] f : found) {
            if (intersect(z, f).isEmpty()) {
                continue;
            }
            RationalInterval[] rf = refine(f, 8);
            if (contains(z, rf) || contains(f, rz)) {
                return true;
            }
            if (intersect(rz, rf).isPresent()) {
                return false;
            }
        }
        found.add(z);
        return true;
    }

    /** Krawczyk iteration Z ← K(Z) ∩ Z, which keeps the unique solution and shrinks quadratically. */
    private RationalInterval[] refine(RationalInterval[] z, int rounds) {
        RationalInterval[] cur = z;
        for (int i = 0; i < rounds; i++) {
            RationalInterval[] box = cur;
            Optional<RationalInterval[]> next = krawczyk(box).flatMap(kz -> intersect(kz, box));
            if (next.isEmpty()) {
                return cur;
            }
            cur = next.get();
        }
        return cur;
    }

    /** The simplest rational point of the box, if it solves the system exactly. */
    private Optional<Rational[]> exactPoint(RationalInterval[] box) {
        Rational[] p = new Rational[k];
        for (int v = 0; v < k; v++) {
            p[v] = box[v].simplest();
        }
        for (MultivariatePolynomial f : equations) {
            if (!f.evaluate(p).isZero()) {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }

    private static Rational width(RationalInterval[] x) {
        Rational w = Rational.ZERO;
        for (RationalInterval i : x) {
            w = w.max(i.width());
        }
        return w;
    }

    /** The componentwise intersection; empty when some component's is. */
    private static Optional<RationalInterval[]> intersect(RationalInterval[] a, RationalInterval[] b) {
        RationalInterval[] out = new RationalInterval[a.length];
        for (int v = 0; v < a.length; v++) {
            Optional<RationalInterval> common = a[v].intersection(b[v]);
            if (common.isEmpty()) {
                return Optional.empty();
            }
            out[v] = common.get();
        }
        return Optional.of(out);
    }

    private static boolean inInterior(RationalInterval[] inner, RationalInterval[] outer) {
        for (int v = 0; v < inner.length; v++) {
            if (!outer[v].containsInInterior(inner[v])) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(RationalInterval[] outer, RationalInterval[] inner) {
        for (int v = 0; v < inner.length; v++) {
            if (!outer[v].containsInterval(inner[v])) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideAny(RationalInterval[] x, List<RationalInterval[]> found) {
        for (RationalInterval[] f : found) {
            if (contains(f, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(RationalInterval[] x, List<RationalInterval[]> found) {
        for (RationalInterval[] f : found) {
            if (intersect(x, f).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
