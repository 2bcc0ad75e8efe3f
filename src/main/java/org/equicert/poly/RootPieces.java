package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * The branches of {@link SemialgebraicSolver} left with one or two unknowns, decided by exact
 * real roots: the common roots of the equations in one unknown (root isolation of their gcd),
 * a sign table over the cells of (0,1) for sign conditions alone, and, for two unknowns, the
 * candidates given by the gcd of pairwise resultants. References: cylindrical decomposition in one
 * variable (S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in Real Algebraic Geometry</i>, 2nd ed.
 * 2006, §5.1 and Ch. 10 for root isolation); resultants eliminate one unknown (ibid. §4.2).
 * Complexity: root isolation of polynomials of degree d with b-bit coefficients, Õ(d⁴b²) bit
 * operations per isolation; one resultant per pair of equations (degree sum at most 8).
 */
final class RootPieces {

    private final SemialgebraicSolver solver;
    private final int k;

    RootPieces(SemialgebraicSolver solver, int k) {
        this.solver = solver;
        this.k = k;
    }

    /** Equations in one unknown u: the real roots of their gcd in (0,1) that meet the conditions. */
    void univariateRoots(EliminationState s, int u) {
        UnivariatePolynomial g = null;
        for (MultivariatePolynomial f : s.equations()) {
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
                addPoint(s, u, r, "a single point: " + solver.name(u) + " the root " + r.toString() + " of " + g.toString(solver.name(u))
                        + solver.describe(s));
            }
        }
    }

    /** Sign conditions only, in one unknown u: a sign table over the cells of (0,1). */
    void univariateCells(EliminationState s, int u) {
        List<UnivariatePolynomial> polys = new ArrayList<>();
        UnivariatePolynomial product = UnivariatePolynomial.ONE;
        for (MultivariatePolynomial p : s.positive()) {
            polys.add(p.toUnivariate(u));
        }
        for (MultivariatePolynomial q : s.nonnegative()) {
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
                    addPoint(s, u, r, "a single point: " + solver.name(u) + " = " + r.toString() + solver.describe(s));
                }
                c++;
                continue;
            }
            int first = c;
            while (c < n && pointGood[c] && openGood[c + 1]) {
                c++;
            }
            int last = c;
            String lo = first == 0 ? "0" : roots.get(first - 1).toString();
            String hi = last == n ? "1" : roots.get(last).toString();
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
            Rational[] point = s.backSubstitute(z);
            String desc = "a curve of dimension 1 parametrised by " + solver.name(u) + " in " + (loClosed ? "[" : "(") + lo + ", " + hi
                    + (hiClosed ? "]" : ")") + solver.describe(s);
            solver.add(new SemialgebraicSolver.Piece(1, Optional.of(point), EliminationState.points(point), boundary, desc, false, List.of(), List.of()));
            if (loClosed && first > 0 && roots.get(first - 1).isRational()) {
                solver.add(pointPiece(s, u, roots.get(first - 1).toRational(), "an end of the curve above"));
            }
            if (hiClosed && roots.get(last).isRational()) {
                solver.add(pointPiece(s, u, roots.get(last).toRational(), "an end of the curve above"));
            }
            c = last + 1;
        }
    }

    private SemialgebraicSolver.Piece pointPiece(EliminationState s, int u, Rational value, String desc) {
        Rational[] z = new Rational[k];
        Arrays.fill(z, Rational.ZERO);
        z[u] = value;
        Rational[] point = s.backSubstitute(z);
        return new SemialgebraicSolver.Piece(0, Optional.of(point), EliminationState.points(point), List.of(), desc, false, List.of(), List.of());
    }

    /** The limit point at u = value when every substitution's denominator is nonzero there. */
    private Optional<Rational[]> endpoint(EliminationState s, int u, Rational value) {
        Rational[] z = new Rational[k];
        Arrays.fill(z, Rational.ZERO);
        z[u] = value;
        return s.defined(z);
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
    private int holdsAt(EliminationState s, int u, RealAlgebraic r) {
        for (MultivariatePolynomial p : s.positive()) {
            if (r.signOf(p.toUnivariate(u)) <= 0) {
                return 0;
            }
        }
        for (MultivariatePolynomial q : s.nonnegative()) {
            if (r.signOf(q.toUnivariate(u)) < 0) {
                return 0;
            }
        }
        return 1;
    }

    private void addPoint(EliminationState s, int u, RealAlgebraic r, String desc) {
        if (r.isRational()) {
            Rational[] z = new Rational[k];
            Arrays.fill(z, Rational.ZERO);
            z[u] = r.toRational();
            Rational[] point = s.backSubstitute(z);
            solver.add(new SemialgebraicSolver.Piece(0, Optional.of(point), EliminationState.points(point), List.of(), desc, false, List.of(), List.of()));
            return;
        }
        RealAlgebraic x = r.refineTo(Rational.of(1, 1L << 60));
        for (int attempt = 0; attempt < 8; attempt++) {
            RationalInterval[] box = new RationalInterval[k];
            Arrays.fill(box, RationalInterval.point(Rational.ZERO));
            box[u] = new RationalInterval(x.lower(), x.upper());
            if (s.enclose(box)) {
                solver.add(new SemialgebraicSolver.Piece(0, Optional.empty(), box, List.of(), desc, false, List.of(), List.of()));
                return;
            }
            x = x.refineTo(x.upper().subtract(x.lower()).multiply(Rational.of(1, 1L << 30)));
        }
        solver.undecided("an irrational point whose eliminated coordinates could not be enclosed");
    }

    /**
     * Two or more equations in two unknowns x, y: every common zero has x a root of the gcd of the
     * resultants Res_y over pairs of equations, and y likewise. Decides when a gcd is constant (no
     * solution) or when every candidate pair of roots in (0,1)² is rational (checked exactly).
     * Returns false, deciding nothing, when the resultants vanish identically (a common factor: a
     * curve of solutions) or an irrational candidate needs Krawczyk's test.
     */
    boolean bivariate(EliminationState s, int x, int y) {
        Optional<UnivariatePolynomial> resultantX = gcdOfResultants(s.equations(), x, y);
        Optional<UnivariatePolynomial> resultantY = gcdOfResultants(s.equations(), y, x);
        if (resultantX.isEmpty() || resultantY.isEmpty()) {
            return false;
        }
        UnivariatePolynomial gx = resultantX.get();
        UnivariatePolynomial gy = resultantY.get();
        List<RealAlgebraic> xs = rootsInside(gx);
        List<RealAlgebraic> ys = rootsInside(gy);
        List<SemialgebraicSolver.Piece> found = new ArrayList<>();
        boolean open = false;
        for (RealAlgebraic a : xs) {
            for (RealAlgebraic b : ys) {
                if (a.isRational() && b.isRational()) {
                    Rational[] z = new Rational[k];
                    Arrays.fill(z, Rational.ZERO);
                    z[x] = a.toRational();
                    z[y] = b.toRational();
                    if (s.holdsExactly(z)) {
                        Rational[] point = s.backSubstitute(z);
                        found.add(new SemialgebraicSolver.Piece(0, Optional.of(point), EliminationState.points(point), List.of(),
                                "a single point (resultants)" + solver.describe(s), false, List.of(), List.of()));
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
                for (MultivariatePolynomial f : s.equations()) {
                    RationalInterval v = BoxSolver.evaluate(f, box);
                    excluded |= v.lower().signum() > 0 || v.upper().signum() < 0;
                }
                open |= !excluded;
            }
        }
        if (open) {
            // two equations go to Krawczyk boxes, more to the planar decomposition
            return false;
        }
        found.forEach(solver::add);
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

    /** The gcd of Res_y over pairs of equations involving y, in x; empty when none is a nonzero polynomial. */
    private static Optional<UnivariatePolynomial> gcdOfResultants(List<MultivariatePolynomial> eqs, int x, int y) {
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
        return Optional.ofNullable(g);
    }
}
