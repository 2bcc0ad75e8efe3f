package org.equicert.poly;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * A point whose coordinates lie in one real algebraic number field Q(θ): each coordinate is a
 * polynomial in θ with rational coefficients, of degree below deg θ's defining polynomial (for
 * example (1/2 − θ/10) with θ = √5). Used for witnesses of sets of equilibria that hold no
 * rational point.
 *
 * @param theta the primitive element θ
 * @param coordinates each coordinate as a polynomial in θ, reduced modulo θ's defining polynomial
 */
public record AlgebraicPoint(RealAlgebraic theta, List<UnivariatePolynomial> coordinates) {

    /** Immutable copy. */
    public AlgebraicPoint {
        coordinates = List.copyOf(coordinates);
    }

    /**
     * The value of a polynomial q(θ) as a real algebraic number: the square-free part of the
     * resultant Res_t(p(t), X − q(t)), p θ's defining polynomial, with an isolating interval from
     * interval evaluation of q over θ's refined isolating interval. Cost: one resultant of size
     * deg p + 1, then O(log(1/separation)) refinements with one Sturm count each.
     *
     * @throws IllegalArgumentException if deg p &gt; 7 (the resultant's size limit)
     */
    public static RealAlgebraic value(RealAlgebraic theta, UnivariatePolynomial q) {
        if (theta.isRational()) {
            return RealAlgebraic.of(q.evaluate(theta.toRational()));
        }
        UnivariatePolynomial r = q.remainder(theta.polynomial());
        if (r.degree() <= 0) {
            return RealAlgebraic.of(r.isZero() ? Rational.ZERO : r.coefficient(0));
        }
        // variables: 0 = X, 1 = t
        MultivariatePolynomial p = MultivariatePolynomial.zero(2);
        UnivariatePolynomial tp = theta.polynomial();
        for (int e = 0; e <= tp.degree(); e++) {
            p = p.add(MultivariatePolynomial.monomial(2, tp.coefficient(e), new int[] {0, e}));
        }
        MultivariatePolynomial g = MultivariatePolynomial.variable(2, 0);
        for (int e = 0; e <= r.degree(); e++) {
            g = g.subtract(MultivariatePolynomial.monomial(2, r.coefficient(e), new int[] {0, e}));
        }
        UnivariatePolynomial res = Resultants.resultant(p, g, 0, 1).squareFreePart();
        RootIsolation roots = new RootIsolation(res);
        RealAlgebraic t = theta;
        while (true) {
            Rational lo = t.lower();
            Rational hi = t.upper();
            // Horner over [lo, hi]
            Rational vlo = Rational.ZERO;
            Rational vhi = Rational.ZERO;
            for (int e = r.degree(); e >= 0; e--) {
                Rational[] ends = {vlo.multiply(lo), vlo.multiply(hi), vhi.multiply(lo), vhi.multiply(hi)};
                Rational min = ends[0];
                Rational max = ends[0];
                for (Rational x : ends) {
                    min = min.min(x);
                    max = max.max(x);
                }
                vlo = min.add(r.coefficient(e));
                vhi = max.add(r.coefficient(e));
            }
            if (vlo.compareTo(vhi) < 0 && res.signAt(vlo) != 0 && roots.countRoots(vlo, vhi) == 1) {
                return RealAlgebraic.of(res, vlo, vhi);
            }
            t = t.refine();
        }
    }

    /**
     * {@return f at this point, as a polynomial in θ reduced modulo θ's defining polynomial} Cost: one
     * product and one remainder per unit of each monomial's degree.
     */
    public UnivariatePolynomial evaluate(MultivariatePolynomial f) {
        UnivariatePolynomial m = theta.isRational() ? UnivariatePolynomial.linearWithRoot(theta.toRational()) : theta.polynomial();
        UnaryOperator<UnivariatePolynomial> reduce = a -> a.remainder(m);
        return reduce.apply(evaluate(f, coordinates.toArray(UnivariatePolynomial[]::new), reduce));
    }

    /**
     * f at z ∈ Q(θ)^k, each product reduced by {@code reduce}; the sum is returned unreduced. Shared
     * with {@link PlanarPieces}, which reduces modulo its fiber's (possibly smaller) modulus.
     */
    static UnivariatePolynomial evaluate(MultivariatePolynomial f, UnivariatePolynomial[] z, UnaryOperator<UnivariatePolynomial> reduce) {
        UnivariatePolynomial sum = UnivariatePolynomial.ZERO;
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> t : f.terms().entrySet()) {
            UnivariatePolynomial term = UnivariatePolynomial.constant(t.getValue());
            int[] e = t.getKey().exponents();
            for (int v = 0; v < e.length; v++) {
                for (int j = 0; j < e[v]; j++) {
                    term = reduce.apply(term.multiply(z[v]));
                }
            }
            sum = sum.add(term);
        }
        return sum;
    }

    /** {@return coordinate i as a real algebraic number} */
    public RealAlgebraic coordinate(int i) {
        return value(theta, coordinates.get(i));
    }
}
