package org.equicert.poly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/**
 * One vertical line of {@link PlanarDecomposition}, over x-cell {@code index} (even: an open
 * interval, sampled at a rational x; odd: a root α of the projection): the roots in (0,1) of the
 * basis over Q(x) isolated exactly ({@link AlgebraicFiber}), the sections and sectors between them as
 * cells 0 … 2r (even: sector, odd: section), and which cells satisfy the conditions, by exact signs
 * at each cell's sample. Cost: one product and square-free part of the basis over Q(x), one root
 * isolation of degree at most the sum of the basis degrees, one sign per condition and cell.
 *
 * <p>Reference: the lifting phase of cylindrical algebraic decomposition (S. Basu, R. Pollack,
 * M.-F. Roy, <i>Algorithms in Real Algebraic Geometry</i>, 2nd ed. 2006, §5.2).
 */
final class PlanarFiber {

    final int index;
    final AlgebraicFiber field;
    final UnivariatePolynomial[] product;
    final List<Rational[]> sections;
    final boolean[] satisfied;
    private final List<BivariatePolynomial> basis;
    private final List<BivariatePolynomial> equations;
    private final List<BivariatePolynomial> positive;
    private final List<BivariatePolynomial> nonnegative;

    PlanarFiber(int index, RealAlgebraic x, List<BivariatePolynomial> basis, List<List<BivariatePolynomial>> conditions, boolean signs) {
        this.index = index;
        this.basis = basis;
        this.equations = conditions.get(0);
        this.positive = conditions.get(1);
        this.nonnegative = conditions.get(2);
        this.field = new AlgebraicFiber(x);
        UnivariatePolynomial[] p = {UnivariatePolynomial.ONE};
        for (BivariatePolynomial b : basis) {
            p = field.multiply(p, field.restrict(b));
        }
        this.product = field.squareFreePart(p);
        List<Rational[]> all = field.isolate(product, Rational.ZERO, Rational.ONE);
        List<Rational[]> inside = new ArrayList<>();
        for (Rational[] r : all) {
            if (!(r[0].equals(Rational.ONE) && r[1].equals(Rational.ONE))) {
                inside.add(r);
            }
        }
        this.sections = inside;
        this.satisfied = new boolean[2 * inside.size() + 1];
        for (int c = 0; c < satisfied.length && signs; c++) {
            satisfied[c] = holds(c);
        }
    }

    boolean isInterval() {
        return index % 2 == 0;
    }

    /** The rational y of sector cell c (even), strictly between its bounding roots (0 and 1 at the ends). */
    Rational sectorSample(int c) {
        int l = c / 2;
        int r = sections.size();
        while (true) {
            Rational lo = l == 0 ? Rational.ZERO : sections.get(l - 1)[1];
            Rational hi = l == r ? Rational.ONE : sections.get(l)[0];
            if (lo.compareTo(hi) < 0) {
                return PlanarDecomposition.between(lo, hi);
            }
            if (l > 0 && l < r) {
                separate(l - 1);
            } else if (l == 0) {
                sections.set(0, field.bisect(product, sections.get(0)));
            } else {
                sections.set(r - 1, field.bisect(product, sections.get(r - 1)));
            }
        }
    }

    /** Refines sections l and l + 1 until the upper end of l is below the lower end of l + 1. */
    void separate(int l) {
        while (sections.get(l)[1].compareTo(sections.get(l + 1)[0]) >= 0) {
            sections.set(l, field.bisect(product, sections.get(l)));
            sections.set(l + 1, field.bisect(product, sections.get(l + 1)));
        }
    }

    int sign(BivariatePolynomial f, int c) {
        UnivariatePolynomial[] g = field.restrict(f);
        if (c % 2 == 0) {
            return field.signAt(g, sectorSample(c));
        }
        return field.signAtRoot(g, product, sections.get(c / 2));
    }

    boolean holds(int c) {
        for (BivariatePolynomial f : equations) {
            if (sign(f, c) != 0) {
                return false;
            }
        }
        for (BivariatePolynomial p : positive) {
            if (sign(p, c) <= 0) {
                return false;
            }
        }
        for (BivariatePolynomial q : nonnegative) {
            if (sign(q, c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rational separators c_0 &lt; … &lt; c_r: c_l strictly between root l and root l + 1 of the
     * list 0, β_1, …, β_r, 1.
     */
    Rational[] separators() {
        int r = sections.size();
        Rational[] c = new Rational[r + 1];
        for (int l = 0; l <= r; l++) {
            if (l > 0 && l < r) {
                separate(l - 1);
            }
            c[l] = sectorSample(2 * l);
        }
        return c;
    }

    /** The section's y when the fiber is over a rational x and the root is rational. */
    Optional<Rational> rationalRoot(int c) {
        if (!field.alpha().isRational()) {
            return Optional.empty();
        }
        RealAlgebraic r = algebraicRoot(c).orElseThrow();
        return r.isRational() ? Optional.of(r.toRational()) : Optional.empty();
    }

    /**
     * The section's y as a real algebraic number over a rational x, defined by the basis polynomial
     * that vanishes there (so a quadratic irrational prints in closed form).
     */
    Optional<RealAlgebraic> algebraicRoot(int c) {
        if (!field.alpha().isRational()) {
            return Optional.empty();
        }
        Rational x = field.alpha().toRational();
        Rational[] iv = sections.get(c / 2);
        if (iv[0].equals(iv[1])) {
            return Optional.of(RealAlgebraic.of(iv[0]));
        }
        Rational[] c0 = new Rational[product.length];
        for (int j = 0; j < c0.length; j++) {
            c0[j] = product[j].evaluate(x);
        }
        RealAlgebraic root = RealAlgebraic.of(UnivariatePolynomial.of(c0), iv[0], iv[1]);
        for (BivariatePolynomial b : basis) {
            UnivariatePolynomial h = b.atX(x);
            if (h.degree() > 0 && root.signOf(h) == 0) {
                return Optional.of(RealAlgebraic.of(h, iv[0], iv[1]));
            }
        }
        return Optional.of(root);
    }
}
