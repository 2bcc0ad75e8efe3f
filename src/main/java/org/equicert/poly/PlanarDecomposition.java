package org.equicert.poly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * Decides a basic semialgebraic set S = {f = 0, p &gt; 0, q ≥ 0} in the open unit square (0,1)² of
 * two unknowns x, y exactly, by a cylindrical algebraic decomposition of the plane, and describes it
 * by its connected components, each with its dimension and an exact witness.
 *
 * <p>Method (Collins 1975, in the plane). <b>Basis:</b> every polynomial is split into its content in
 * x (a polynomial in x alone) and its primitive part, made square-free, and the primitive parts are
 * split into pairwise coprime factors by gcds in Q[x][y]; y and y − 1 (the square's sides) belong to
 * the basis. <b>Projection:</b> the leading coefficients, discriminants (Res_y(b, ∂b/∂y)) and
 * pairwise resultants of the basis, the values b(x, 0), b(x, 1) and the polynomials in x alone; their
 * real roots α₁ &lt; … &lt; α_m in (0,1), isolated exactly, cut (0,1) into points and open intervals
 * over which every basis polynomial is delineable. <b>Lifting:</b> over a rational sample of each
 * interval and over each α_i (exact arithmetic in Q(α_i), {@link AlgebraicFiber}) the roots in y of
 * the basis are isolated; the sections and sectors between them are the cells, with a sample point
 * each (rational between roots, algebraic at roots), at which every condition's sign is decided
 * exactly. <b>Adjacency:</b> a section over an interval next to α tends, as x → α, to the root over
 * α in the same band between rational separators c, once x is closer to α than every root of
 * b(x, c); cells whose closures meet are joined, so the satisfying cells fall into the connected
 * components of S. A component of dimension 0 is an isolated point of S, given exactly (rational) or
 * by an isolating box that holds no other point of S.
 *
 * <p>References: G. E. Collins, "Quantifier elimination for real closed fields by cylindrical
 * algebraic decomposition", LNCS 33 (1975) 134–183; S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in
 * Real Algebraic Geometry</i>, 2nd ed. 2006, Ch. 5 and 11 (cylindrical decomposition). Cost: for s
 * basis polynomials of degree d, O(s²) resultants of degree O(d²) in x, O(s²d²) projection roots,
 * per cell a root isolation in y of degree O(sd) over a field of degree O(d²).
 */
final class PlanarDecomposition {

    /**
     * A connected component of S.
     *
     * @param dimension 0, 1 or 2
     * @param point a rational point of it, when one was found
     * @param x the x-coordinate of the witness (exact, rational or algebraic)
     * @param y the y-coordinate of the witness, when exactly known over Q (else see {@code box})
     * @param box for a point: an isolating box [x] × [y] holding no other point of S; otherwise a box
     *     around the witness
     * @param cells the number of cells of the decomposition that make it up
     * @param xRange the closed range of x over the component, as text
     */
    record Component(int dimension, Optional<Rational[]> point, RealAlgebraic x, Optional<RealAlgebraic> y, RationalInterval[] box,
            int cells, String xRange) {
        /** Defensive copies. */
        Component {
            point = point.map(Rational[]::clone);
            box = box.clone();
        }

        /** {@return the rational point (a copy)} */
        @Override
        public Optional<Rational[]> point() {
            return point.map(Rational[]::clone);
        }

        /** {@return the box (a copy)} */
        @Override
        public RationalInterval[] box() {
            return box.clone();
        }
    }

    /** Refusal above this many basis polynomials (the projection grows quadratically). */
    static final int MAX_BASIS = 24;
    /** Refusal above this degree in y of a basis polynomial. */
    static final int MAX_DEGREE = 12;
    /** Refusal when a root of the projection has a defining polynomial of higher degree. */
    static final int MAX_FIELD_DEGREE = 16;
    /** Rational points of a curve are searched at x with denominators up to this. */
    static final int SEARCH_DENOMINATOR = 24;

    private static final Rational WIDTH = Rational.of(1, 1L << 40);

    private final List<BivariatePolynomial> equations;
    private final List<BivariatePolynomial> positive;
    private final List<BivariatePolynomial> nonnegative;
    private final List<BivariatePolynomial> basis = new ArrayList<>();
    private final List<RealAlgebraic> roots = new ArrayList<>();
    private final List<PlanarFiber> fibers = new ArrayList<>();

    /**
     * @param equations f with f = 0, polynomials in Q[x][y]
     * @param positive p with p &gt; 0
     * @param nonnegative q with q ≥ 0
     */
    PlanarDecomposition(List<BivariatePolynomial> equations, List<BivariatePolynomial> positive, List<BivariatePolynomial> nonnegative) {
        this.equations = List.copyOf(equations);
        this.positive = List.copyOf(positive);
        this.nonnegative = List.copyOf(nonnegative);
    }

    /** Decides S; empty when the decomposition is refused as too large (with the reason). */
    Optional<List<Component>> decide(List<String> refusal) {
        List<BivariatePolynomial> all = new ArrayList<>(equations);
        all.addAll(positive);
        all.addAll(nonnegative);
        List<UnivariatePolynomial> inX = new ArrayList<>();
        basis.addAll(PlanarProjection.basis(all, inX));
        if (basis.size() > MAX_BASIS || basis.stream().anyMatch(b -> b.degree() > MAX_DEGREE)) {
            refusal.add("a planar decomposition of " + basis.size() + " polynomials of degree up to "
                    + basis.stream().mapToInt(BivariatePolynomial::degree).max().orElse(0) + " is too large");
            return Optional.empty();
        }
        roots.addAll(PlanarProjection.roots(basis, inX));
        for (RealAlgebraic a : roots) {
            if (!a.isRational() && a.polynomial().degree() > MAX_FIELD_DEGREE) {
                refusal.add("a planar decomposition needs arithmetic over a number field of degree " + a.polynomial().degree()
                        + " (more than " + MAX_FIELD_DEGREE + ")");
                return Optional.empty();
            }
        }
        int m = roots.size();
        for (int index = 0; index <= 2 * m; index++) {
            if (Thread.currentThread().isInterrupted()) {
                refusal.add("interrupted");
                return Optional.empty();
            }
            fibers.add(fiber(index, index % 2 == 0 ? RealAlgebraic.of(intervalSample(index / 2)) : roots.get(index / 2), true));
        }
        return Optional.of(components());
    }

    private PlanarFiber fiber(int index, RealAlgebraic x, boolean signs) {
        return new PlanarFiber(index, x, basis, List.of(equations, positive, nonnegative), signs);
    }

    /** A simple rational in the open x-interval (α_i, α_{i+1}), with α_0 = 0 and α_{m+1} = 1. */
    private Rational intervalSample(int i) {
        RealAlgebraic lo = i == 0 ? RealAlgebraic.of(Rational.ZERO) : roots.get(i - 1);
        RealAlgebraic hi = i == roots.size() ? RealAlgebraic.of(Rational.ONE) : roots.get(i);
        while (upper(lo).compareTo(lower(hi)) >= 0) {
            lo = lo.refine();
            hi = hi.refine();
        }
        return between(upper(lo), lower(hi));
    }

    /** A simple rational strictly inside (lo, hi). */
    static Rational between(Rational lo, Rational hi) {
        Rational quarter = hi.subtract(lo).multiply(Rational.of(1, 4));
        return new RationalInterval(lo.add(quarter), hi.subtract(quarter)).simplest();
    }

    private static Rational upper(RealAlgebraic r) {
        return r.isRational() ? r.toRational() : r.upper();
    }

    private static Rational lower(RealAlgebraic r) {
        return r.isRational() ? r.toRational() : r.lower();
    }

    /** Cell (fiber, c) as one number. */
    private int id(int fiber, int c) {
        int id = 0;
        for (int f = 0; f < fiber; f++) {
            id += fibers.get(f).satisfied.length;
        }
        return id + c;
    }

    private List<Component> components() {
        int total = id(fibers.size(), 0);
        int[] parent = new int[total];
        for (int v = 0; v < total; v++) {
            parent[v] = v;
        }
        for (int f = 0; f < fibers.size(); f++) {
            PlanarFiber fiber = fibers.get(f);
            for (int c = 0; c + 1 < fiber.satisfied.length; c++) {
                if (fiber.satisfied[c] && fiber.satisfied[c + 1]) {
                    union(parent, id(f, c), id(f, c + 1));
                }
            }
        }
        for (int p = 1; p < fibers.size(); p += 2) {
            for (int side : new int[] {-1, 1}) {
                joinAcross(parent, p, p + side);
            }
        }
        List<Component> out = new ArrayList<>();
        boolean[] done = new boolean[total];
        for (int f = 0; f < fibers.size(); f++) {
            for (int c = 0; c < fibers.get(f).satisfied.length; c++) {
                int root = find(parent, id(f, c));
                if (fibers.get(f).satisfied[c] && !done[root]) {
                    done[root] = true;
                    out.add(component(parent, root));
                }
            }
        }
        return out;
    }

    /** The limits, over point fiber p, of the sections over the neighbouring interval fiber q, and joins. */
    private void joinAcross(int[] parent, int p, int q) {
        PlanarFiber point = fibers.get(p);
        PlanarFiber interval = fibers.get(q);
        int[] limit = limits(point, interval, point.separators());
        int s = interval.sections.size();
        int r = point.sections.size();
        for (int c = 0; c < interval.satisfied.length; c++) {
            if (!interval.satisfied[c]) {
                continue;
            }
            int lo;
            int hi;
            if (c % 2 == 1) {
                lo = limit[c / 2 + 1];
                hi = lo;
            } else {
                lo = c == 0 ? 0 : limit[c / 2];
                hi = c / 2 == s ? r + 1 : limit[c / 2 + 1];
            }
            // point-fiber cells within [β_lo, β_hi] (β_0 = 0, β_{r+1} = 1): sections l and sectors between
            for (int d = 0; d < point.satisfied.length; d++) {
                if (!point.satisfied[d]) {
                    continue;
                }
                boolean meets = d % 2 == 1 ? lo <= d / 2 + 1 && d / 2 + 1 <= hi : lo <= d / 2 && d / 2 + 1 <= hi && lo < hi;
                if (meets) {
                    union(parent, id(p, d), id(q, c));
                }
            }
        }
    }

    /**
     * For each section j = 1..s of the interval fiber, the index (0..r+1) of the root of 0, β_1, …,
     * β_r, 1 over the point fiber that it tends to; entry 0 unused.
     */
    private int[] limits(PlanarFiber point, PlanarFiber interval, Rational[] separators) {
        Rational near = nearPoint(point, interval, separators);
        PlanarFiber at = fiber(interval.index, RealAlgebraic.of(near), false);
        if (at.sections.size() != interval.sections.size()) {
            throw new ArithmeticException("sections over " + near + " differ from the interval's sample: not delineable");
        }
        int[] limit = new int[at.sections.size() + 1];
        for (int j = 0; j < at.sections.size(); j++) {
            Rational[] iv = at.sections.get(j);
            int band = 0;
            while (band < separators.length) {
                Rational c = separators[band];
                while (iv[0].compareTo(c) < 0 && iv[1].compareTo(c) >= 0 && !(iv[0].equals(iv[1]))) {
                    iv = at.field.bisect(at.product, iv);
                }
                if (iv[1].compareTo(c) < 0 || iv[0].equals(iv[1]) && iv[0].compareTo(c) < 0) {
                    break;
                }
                band++;
            }
            limit[j + 1] = band;
        }
        return limit;
    }

    /**
     * A rational x in the interval fiber's open interval, on the side of the point fiber's α, closer
     * to α than every root of b(x, c) for the basis b and separators c.
     */
    private Rational nearPoint(PlanarFiber point, PlanarFiber interval, Rational[] separators) {
        RealAlgebraic alpha = point.field.alpha();
        boolean left = interval.index < point.index;
        int i = interval.index / 2;
        RealAlgebraic bound = left ? (i == 0 ? RealAlgebraic.of(Rational.ZERO) : roots.get(i - 1))
                : (i == roots.size() ? RealAlgebraic.of(Rational.ONE) : roots.get(i));
        for (BivariatePolynomial b : basis) {
            for (Rational c : separators) {
                UnivariatePolynomial h = b.atY(c);
                if (h.degree() <= 0) {
                    continue;
                }
                for (RealAlgebraic z : new RootIsolation(h).realRoots()) {
                    int cmp = z.compareTo(alpha);
                    if (cmp == 0) {
                        throw new ArithmeticException("a separator meets a root over " + alpha);
                    }
                    if (left ? cmp < 0 && z.compareTo(bound) > 0 : cmp > 0 && z.compareTo(bound) < 0) {
                        bound = z;
                    }
                }
            }
        }
        RealAlgebraic a = alpha;
        RealAlgebraic b = bound;
        if (left) {
            while (upper(b).compareTo(lower(a)) >= 0) {
                a = a.refine();
                b = b.refine();
            }
            return a.isRational() ? between(upper(b), lower(a)) : lower(a).max(between(upper(b), lower(a)));
        }
        while (upper(a).compareTo(lower(b)) >= 0) {
            a = a.refine();
            b = b.refine();
        }
        return a.isRational() ? between(upper(a), lower(b)) : upper(a).min(between(upper(a), lower(b)));
    }

    private Component component(int[] parent, int root) {
        int dimension = -1;
        int count = 0;
        int bestFiber = -1;
        int bestCell = -1;
        boolean bestRational = false;
        for (int f = 0; f < fibers.size(); f++) {
            PlanarFiber fiber = fibers.get(f);
            for (int c = 0; c < fiber.satisfied.length; c++) {
                if (!fiber.satisfied[c] || find(parent, id(f, c)) != root) {
                    continue;
                }
                count++;
                int dim = (fiber.isInterval() ? 1 : 0) + (c % 2 == 0 ? 1 : 0);
                boolean rational = fiber.field.alpha().isRational() && (c % 2 == 0 || fiber.rationalRoot(c).isPresent());
                if (dim > dimension || dim == dimension && rational && !bestRational) {
                    dimension = dim;
                    bestFiber = f;
                    bestCell = c;
                    bestRational = rational;
                }
            }
        }
        PlanarFiber fiber = fibers.get(bestFiber);
        RealAlgebraic x = fiber.field.alpha();
        Optional<RealAlgebraic> y = bestCell % 2 == 0 ? Optional.of(RealAlgebraic.of(fiber.sectorSample(bestCell)))
                : fiber.algebraicRoot(bestCell);
        Optional<Rational[]> point = Optional.empty();
        if (x.isRational() && y.isPresent() && y.get().isRational()) {
            point = Optional.of(new Rational[] {x.toRational(), y.get().toRational()});
        } else if (dimension == 1 && fiber.isInterval() && bestCell % 2 == 1) {
            point = rationalPointOnSection(fiber, bestCell);
        }
        RationalInterval[] box;
        if (dimension == 0) {
            box = isolatingBox(bestFiber, bestCell);
        } else {
            RealAlgebraic fx = x.refineTo(WIDTH);
            Rational[] iy = bestCell % 2 == 0 ? new Rational[] {y.get().toRational(), y.get().toRational()} : fiber.sections.get(bestCell / 2);
            box = new RationalInterval[] {new RationalInterval(lower(fx), upper(fx)), new RationalInterval(iy[0], iy[1])};
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int f = 0; f < fibers.size(); f++) {
            for (int c = 0; c < fibers.get(f).satisfied.length; c++) {
                if (fibers.get(f).satisfied[c] && find(parent, id(f, c)) == root) {
                    first = Math.min(first, f);
                    last = Math.max(last, f);
                }
            }
        }
        String range = "[" + xEnd(first, true) + ", " + xEnd(last, false) + "]";
        return new Component(dimension, point, x, y, box, count, range);
    }

    /**
     * A rational point of section c over an interval fiber, searched at the rationals of the interval
     * with denominators up to {@link #SEARCH_DENOMINATOR} (a curve of positive genus or a conic
     * without rational points has none; then empty).
     */
    private Optional<Rational[]> rationalPointOnSection(PlanarFiber fiber, int c) {
        int i = fiber.index / 2;
        RealAlgebraic lo = i == 0 ? RealAlgebraic.of(Rational.ZERO) : roots.get(i - 1);
        RealAlgebraic hi = i == roots.size() ? RealAlgebraic.of(Rational.ONE) : roots.get(i);
        for (int q = 2; q <= SEARCH_DENOMINATOR; q++) {
            for (int p = 1; p < q; p++) {
                Rational x = Rational.of(p, q);
                RealAlgebraic ax = RealAlgebraic.of(x);
                if (x.denominator().intValueExact() != q || ax.compareTo(lo) <= 0 || ax.compareTo(hi) >= 0) {
                    continue;
                }
                PlanarFiber at = fiber(fiber.index, ax, false);
                Optional<RealAlgebraic> y = at.algebraicRoot(c);
                if (y.isPresent() && y.get().isRational()) {
                    return Optional.of(new Rational[] {x, y.get().toRational()});
                }
            }
        }
        return Optional.empty();
    }

    private String xEnd(int fiber, boolean low) {
        if (fiber % 2 == 1) {
            return roots.get(fiber / 2).toString();
        }
        int i = fiber / 2;
        if (low) {
            return i == 0 ? "0" : roots.get(i - 1).toString();
        }
        return i == roots.size() ? "1" : roots.get(i).toString();
    }

    /**
     * An isolating box of the isolated point (section c over point fiber f): x within α's interval
     * closer than every crossing of the separator lines, y between the separators around β.
     */
    private RationalInterval[] isolatingBox(int f, int c) {
        PlanarFiber point = fibers.get(f);
        int l = c / 2;
        point.sections.set(l, refine(point, point.sections.get(l)));
        Rational[] separators = point.separators();
        Rational[] iv = point.sections.get(l);
        if (!iv[0].equals(iv[1]) && point.field.signAt(point.product, iv[0]) != 0 && iv[0].compareTo(separators[l]) > 0
                && iv[1].compareTo(separators[l + 1]) < 0) {
            // the isolating interval's ends are not roots over α either: tighter lines
            separators[l] = iv[0];
            separators[l + 1] = iv[1];
        }
        RealAlgebraic x = point.field.alpha();
        Rational xLo = x.isRational() ? x.toRational() : nearPoint(point, fibers.get(f - 1), separators);
        Rational xHi = x.isRational() ? x.toRational() : nearPoint(point, fibers.get(f + 1), separators);
        if (!x.isRational()) {
            RealAlgebraic narrow = x.refineTo(WIDTH);
            xLo = xLo.max(narrow.lower());
            xHi = xHi.min(narrow.upper());
        }
        Rational yLo = iv[0].equals(iv[1]) ? iv[0] : separators[l];
        Rational yHi = iv[0].equals(iv[1]) ? iv[1] : separators[l + 1];
        return new RationalInterval[] {new RationalInterval(xLo, xHi), new RationalInterval(yLo, yHi)};
    }

    private static Rational[] refine(PlanarFiber fiber, Rational[] iv) {
        Rational[] i = iv;
        while (i[1].subtract(i[0]).compareTo(WIDTH) >= 0) {
            i = fiber.field.bisect(fiber.product, i);
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
