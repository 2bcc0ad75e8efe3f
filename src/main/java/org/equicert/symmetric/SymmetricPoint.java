package org.equicert.symmetric;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;

/**
 * An exact P-invariant profile: every orbit's strategy is an affine function of k free unknowns z,
 * and z is known exactly — a rational vector, a real algebraic number (k = 1), or a box proven to
 * hold exactly one solution of the defining system (k ≥ 2, irrational).
 *
 * <p>The sign of any polynomial in the strategies is decided exactly for the first two forms, and
 * by interval arithmetic (possibly undecided, returned as null) for boxes: at an algebraic point by
 * {@link RealAlgebraic#signOf}, at a box by one interval evaluation (Moore, Kearfott and Cloud,
 * "Introduction to Interval Analysis", SIAM 2009, ch. 5). Cost: one exact evaluation at a rational
 * point, one algebraic sign determination, or one interval evaluation over the polynomial's terms.
 */
public final class SymmetricPoint {

    private final MultivariatePolynomial[][] entries;
    private final Rational[] rational;
    private final RealAlgebraic algebraic;
    private final RationalInterval[] box;

    private SymmetricPoint(MultivariatePolynomial[][] entries, Rational[] rational, RealAlgebraic algebraic, RationalInterval[] box) {
        this.entries = entries;
        this.rational = rational;
        this.algebraic = algebraic;
        this.box = box;
    }

    /** A rational profile. */
    public static SymmetricPoint rational(Rational[][] s) {
        MultivariatePolynomial[][] e = new MultivariatePolynomial[s.length][];
        for (int q = 0; q < s.length; q++) {
            e[q] = new MultivariatePolynomial[s[q].length];
            for (int a = 0; a < s[q].length; a++) {
                e[q][a] = MultivariatePolynomial.constant(1, s[q][a]);
            }
        }
        return new SymmetricPoint(e, new Rational[] {Rational.ZERO}, null, null);
    }

    static SymmetricPoint ofRational(MultivariatePolynomial[][] entries, Rational[] z) {
        return new SymmetricPoint(entries, z, null, null);
    }

    static SymmetricPoint ofAlgebraic(MultivariatePolynomial[][] entries, RealAlgebraic z) {
        if (z.isRational()) {
            return new SymmetricPoint(entries, new Rational[] {z.toRational()}, null, null);
        }
        return new SymmetricPoint(entries, null, z, null);
    }

    static SymmetricPoint ofBox(MultivariatePolynomial[][] entries, RationalInterval[] box) {
        return new SymmetricPoint(entries, null, null, box);
    }

    /** True when every probability is rational. */
    public boolean isRational() {
        return rational != null;
    }

    /** The exact strategies, when rational. */
    public Optional<Rational[][]> exact() {
        if (rational == null) {
            return Optional.empty();
        }
        Rational[][] s = new Rational[entries.length][];
        for (int q = 0; q < entries.length; q++) {
            s[q] = new Rational[entries[q].length];
            for (int a = 0; a < s[q].length; a++) {
                s[q][a] = entries[q][a].evaluate(rational);
            }
        }
        return Optional.of(s);
    }

    /** The real algebraic unknown, when there is one irrational unknown. */
    public Optional<RealAlgebraic> algebraic() {
        return Optional.ofNullable(algebraic);
    }

    /**
     * For an irrational point in one unknown z (the algebraic case), the per-orbit strategies as
     * polynomials in z; empty otherwise. With {@link #algebraic()} this is the exact point.
     */
    public Optional<UnivariatePolynomial[][]> strategiesInUnknown() {
        if (algebraic == null || unknowns() != 1) {
            return Optional.empty();
        }
        UnivariatePolynomial[][] s = new UnivariatePolynomial[entries.length][];
        for (int q = 0; q < entries.length; q++) {
            s[q] = new UnivariatePolynomial[entries[q].length];
            for (int a = 0; a < entries[q].length; a++) {
                UnivariatePolynomial p = UnivariatePolynomial.ZERO;
                for (var term : entries[q][a].terms().entrySet()) {
                    Rational[] c = new Rational[term.getKey().exponents()[0] + 1];
                    Arrays.fill(c, Rational.ZERO);
                    c[c.length - 1] = term.getValue();
                    p = p.add(UnivariatePolynomial.of(c));
                }
                s[q][a] = p;
            }
        }
        return Optional.of(s);
    }

    /**
     * Per orbit and action, whether the probability is positive; empty when a box cannot decide
     * some sign. Exact for rational and algebraic points. Cost: one sign evaluation per entry.
     */
    public Optional<boolean[][]> support() {
        boolean[][] out = new boolean[entries.length][];
        for (int q = 0; q < entries.length; q++) {
            out[q] = new boolean[entries[q].length];
            for (int a = 0; a < entries[q].length; a++) {
                OptionalInt s = entries[q][a].isZero() ? OptionalInt.of(0) : sign(entries[q][a]);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                out[q][a] = s.getAsInt() > 0;
            }
        }
        return Optional.of(out);
    }

    /** Strategy entries as polynomials in the unknowns. */
    MultivariatePolynomial[][] entries() {
        return entries;
    }

    /** Number of unknowns. */
    int unknowns() {
        return entries[0][0].variables();
    }

    /** Sign (-1, 0, 1) of q (a polynomial in the unknowns) at the point; empty when a box cannot decide it. */
    public OptionalInt sign(MultivariatePolynomial q) {
        if (rational != null) {
            return OptionalInt.of(q.evaluate(rational).signum());
        }
        if (algebraic != null) {
            return OptionalInt.of(algebraic.signOf(q.restrict(0, new Rational[] {Rational.ZERO})));
        }
        RationalInterval v = BoxSolver.evaluate(q, box);
        if (v.lower().signum() > 0) {
            return OptionalInt.of(1);
        }
        if (v.upper().signum() < 0) {
            return OptionalInt.of(-1);
        }
        return OptionalInt.empty();
    }

    /** True when q is decided to vanish at the point. */
    public boolean vanishes(MultivariatePolynomial q) {
        return sign(q).equals(OptionalInt.of(0));
    }

    /** An enclosure of q at the point (a point interval when rational). */
    public RationalInterval enclose(MultivariatePolynomial q) {
        if (rational != null) {
            return RationalInterval.point(q.evaluate(rational));
        }
        if (algebraic != null) {
            RealAlgebraic z = algebraic.refineTo(Rational.of(1, 1L << 60));
            return BoxSolver.evaluate(q, new RationalInterval[] {new RationalInterval(z.lower(), z.upper())});
        }
        return BoxSolver.evaluate(q, box);
    }

    /** A rational profile within 2^-60 of this one (each orbit's strategy renormalised to sum 1). */
    public Rational[][] approximation() {
        Rational[] z;
        if (rational != null) {
            z = rational;
        } else if (algebraic != null) {
            RealAlgebraic r = algebraic.refineTo(Rational.of(1, 1L << 62));
            z = new Rational[] {r.lower().midpoint(r.upper())};
        } else {
            z = new Rational[box.length];
            for (int v = 0; v < box.length; v++) {
                z[v] = box[v].midpoint();
            }
        }
        Rational[][] s = new Rational[entries.length][];
        for (int q = 0; q < entries.length; q++) {
            s[q] = new Rational[entries[q].length];
            for (int a = 0; a < s[q].length; a++) {
                s[q][a] = entries[q][a].evaluate(z).max(Rational.ZERO);
            }
        }
        return s;
    }

    /** The exact form of the strategy entries, e.g. "2 - √2" for one irrational unknown. */
    public String describe() {
        List<String> orbits = new ArrayList<>();
        for (MultivariatePolynomial[] row : entries) {
            List<String> xs = new ArrayList<>();
            for (MultivariatePolynomial e : row) {
                xs.add(entryText(e));
            }
            orbits.add(String.join(", ", xs));
        }
        return "(" + String.join("); (", orbits) + ")";
    }

    private String entryText(MultivariatePolynomial e) {
        if (rational != null) {
            return e.evaluate(rational).toString();
        }
        if (algebraic != null) {
            UnivariatePolynomial u = e.restrict(0, new Rational[] {Rational.ZERO});
            if (u.degree() <= 0) {
                return u.evaluate(Rational.ZERO).toString();
            }
            RealAlgebraic x = affineImage(algebraic, u.coefficient(1), u.coefficient(0));
            // closed forms exist for rationals and quadratic irrationals only; otherwise a 12-digit decimal
            return x.quadraticForm().orElseGet(() -> "≈" + x.toDecimalString(12));
        }
        RationalInterval v = BoxSolver.evaluate(e, box);
        if (v.lower().equals(v.upper())) {
            return v.lower().toString();
        }
        return "[" + v.lower().toDecimalString(12, RoundingMode.FLOOR) + ", " + v.upper().toDecimalString(12, RoundingMode.CEILING) + "]";
    }

    /** The real algebraic number c1·z + c0 (c1 ≠ 0). */
    static RealAlgebraic affineImage(RealAlgebraic z, Rational c1, Rational c0) {
        // w = c1 z + c0  ⇔  z = (w − c0)/c1: w is a root of p((w − c0)/c1)
        UnivariatePolynomial inner = UnivariatePolynomial.of(c0.negate().divide(c1), Rational.ONE.divide(c1));
        UnivariatePolynomial q = z.polynomial().compose(inner);
        Rational a = c1.multiply(z.lower()).add(c0);
        Rational b = c1.multiply(z.upper()).add(c0);
        return RealAlgebraic.of(q, a.min(b), a.max(b));
    }

    /** The value of q at the point: exact (rational, or algebraic when q reduces to degree ≤ 1 in z), else an enclosure. */
    public String valueText(MultivariatePolynomial q) {
        if (rational != null) {
            return q.evaluate(rational).toString();
        }
        if (algebraic != null) {
            UnivariatePolynomial u = q.restrict(0, new Rational[] {Rational.ZERO});
            UnivariatePolynomial r = u.remainder(algebraic.polynomial());
            if (r.degree() <= 0) {
                return r.evaluate(Rational.ZERO).toString();
            }
            if (r.degree() == 1) {
                return affineImage(algebraic, r.coefficient(1), r.coefficient(0)).toString();
            }
        }
        RationalInterval v = enclose(q);
        return "[" + v.lower().toDecimalString(12, RoundingMode.FLOOR) + ", " + v.upper().toDecimalString(12, RoundingMode.CEILING) + "]";
    }
}
