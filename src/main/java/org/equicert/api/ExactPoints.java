package org.equicert.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.MultivariatePolynomial;
import org.equicert.symmetric.SymmetricPoint;
import org.equicert.symmetric.SymmetricUtility;

/**
 * The exact numbers of a P-invariant point for programs: its probabilities and its expected payoff
 * as rationals or real algebraic numbers (polynomial and isolating interval).
 *
 * <p>At an irrational point the probabilities are polynomials r(z) in one real algebraic unknown z
 * with minimal polynomial p; r mod p of degree ≤ 1, c₁z + c₀, is the root of p((w − c₀)/c₁) in the
 * image of z's isolating interval (an affine change of variable maps roots to roots and intervals to
 * intervals). Cost: O(d²) rational operations per number for polynomials of degree d; the payoff
 * needs one substitution into EU's homogeneous polynomial, O(terms · degree · d²).
 */
final class ExactPoints {

    private ExactPoints() {
    }

    /** Per orbit and action, the exact probabilities; empty for a point known only as an isolating box. */
    static Optional<List<List<RealAlgebraic>>> coordinates(SymmetricPoint point) {
        Optional<Rational[][]> exact = point.exact();
        if (exact.isPresent()) {
            List<List<RealAlgebraic>> out = new ArrayList<>();
            for (Rational[] row : exact.get()) {
                out.add(Arrays.stream(row).map(RealAlgebraic::of).toList());
            }
            return Optional.of(out);
        }
        if (point.algebraic().isEmpty() || point.strategiesInUnknown().isEmpty()) {
            return Optional.empty();
        }
        RealAlgebraic z = point.algebraic().get();
        List<List<RealAlgebraic>> out = new ArrayList<>();
        for (UnivariatePolynomial[] row : point.strategiesInUnknown().get()) {
            List<RealAlgebraic> xs = new ArrayList<>();
            for (UnivariatePolynomial r : row) {
                Optional<RealAlgebraic> x = at(z, r);
                if (x.isEmpty()) {
                    return Optional.empty();
                }
                xs.add(x.get());
            }
            out.add(xs);
        }
        return Optional.of(out);
    }

    /**
     * The exact expected payoff at the point; empty for a box, or when at an algebraic point it
     * does not reduce to a polynomial of degree ≤ 1 in the unknown.
     */
    static Optional<RealAlgebraic> value(SymmetricUtility utility, SymmetricPoint point) {
        Optional<Rational[][]> exact = point.exact();
        if (exact.isPresent()) {
            return Optional.of(RealAlgebraic.of(utility.value(exact.get())));
        }
        if (point.algebraic().isEmpty() || point.strategiesInUnknown().isEmpty()) {
            return Optional.empty();
        }
        UnivariatePolynomial[][] s = point.strategiesInUnknown().get();
        MultivariatePolynomial f = utility.homogeneousPolynomial();
        UnivariatePolynomial[] flat = new UnivariatePolynomial[f.variables()];
        for (int q = 0; q < s.length; q++) {
            for (int a = 0; a < s[q].length; a++) {
                flat[utility.offset(q) + a] = s[q][a];
            }
        }
        RealAlgebraic z = point.algebraic().get();
        UnivariatePolynomial g = UnivariatePolynomial.ZERO;
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> term : f.terms().entrySet()) {
            int[] e = term.getKey().exponents();
            UnivariatePolynomial product = UnivariatePolynomial.constant(term.getValue());
            for (int v = 0; v < e.length; v++) {
                if (e[v] > 0) {
                    product = product.multiply(flat[v].pow(e[v])).remainder(z.polynomial());
                }
            }
            g = g.add(product);
        }
        return at(z, g);
    }

    /** r(z) when r mod z's polynomial has degree ≤ 1; else empty. */
    static Optional<RealAlgebraic> at(RealAlgebraic z, UnivariatePolynomial r) {
        if (z.isRational()) {
            return Optional.of(RealAlgebraic.of(r.evaluate(z.toRational())));
        }
        UnivariatePolynomial reduced = r.remainder(z.polynomial());
        if (reduced.degree() <= 0) {
            return Optional.of(RealAlgebraic.of(reduced.evaluate(Rational.ZERO)));
        }
        if (reduced.degree() > 1) {
            return Optional.empty();
        }
        Rational c1 = reduced.coefficient(1);
        Rational c0 = reduced.coefficient(0);
        // w = c1·z + c0 is a root of p((w − c0)/c1), and lies strictly inside the image of z's interval (z is irrational)
        UnivariatePolynomial inverse = UnivariatePolynomial.of(c0.negate().divide(c1), Rational.ONE.divide(c1));
        UnivariatePolynomial q = z.polynomial().compose(inverse);
        Rational a = c1.multiply(z.lower()).add(c0);
        Rational b = c1.multiply(z.upper()).add(c0);
        return Optional.of(RealAlgebraic.of(q, a.min(b), a.max(b)));
    }
}
