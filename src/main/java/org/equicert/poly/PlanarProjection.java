package org.equicert.poly;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * The projection phase of {@link PlanarDecomposition}: a square-free, pairwise coprime basis in
 * Q[x][y] of the primitive parts (with y and y − 1, the square's sides), the contents in x set
 * aside, and the real roots in (0,1) of the projection — leading coefficients, discriminants
 * Res_y(b, ∂b/∂y), pairwise resultants, b(x, 0), b(x, 1) and the contents — over whose complement
 * every basis polynomial is delineable. Cost: O(s²) gcds to split s polynomials, O(s²) resultants,
 * one root isolation per projection polynomial.
 *
 * <p>Reference: G. E. Collins, "Quantifier elimination for real closed fields by cylindrical algebraic
 * decomposition", LNCS 33 (1975); S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in Real Algebraic
 * Geometry</i>, 2nd ed. 2006, Th. 5.16 (delineability) and §10.2 (square-free bases).
 */
final class PlanarProjection {

    private PlanarProjection() {
    }

    /** The basis of the polynomials {@code all}; their contents of positive degree go to {@code inX}. */
    static List<BivariatePolynomial> basis(List<BivariatePolynomial> all, List<UnivariatePolynomial> inX) {
        List<BivariatePolynomial> basis = new ArrayList<>();
        basis.add(BivariatePolynomial.yMinus(Rational.ZERO));
        basis.add(BivariatePolynomial.yMinus(Rational.ONE));
        for (BivariatePolynomial f : all) {
            if (f.isZero()) {
                continue;
            }
            UnivariatePolynomial content = f.content();
            if (content.degree() > 0) {
                inX.add(content);
            }
            if (f.degree() > 0) {
                insert(basis, f.primitivePart().squareFreePart());
            }
        }
        return basis;
    }

    /** Adds the square-free primitive b to the basis, keeping its elements pairwise coprime. */
    private static void insert(List<BivariatePolynomial> basis, BivariatePolynomial b) {
        List<BivariatePolynomial> pending = new ArrayList<>(List.of(b));
        while (!pending.isEmpty()) {
            BivariatePolynomial f = pending.remove(pending.size() - 1);
            if (f.degree() <= 0) {
                continue;
            }
            boolean split = false;
            for (int i = 0; i < basis.size() && !split; i++) {
                BivariatePolynomial e = basis.get(i);
                BivariatePolynomial g = e.gcd(f);
                if (g.degree() > 0) {
                    basis.remove(i);
                    basis.add(g.primitivePart());
                    pending.add(e.divide(g).primitivePart());
                    pending.add(f.divide(g).primitivePart());
                    split = true;
                }
            }
            if (!split) {
                basis.add(f.primitivePart());
            }
        }
    }

    /** The distinct real roots in (0,1) of the projection of the basis and of {@code inX}, increasing. */
    static List<RealAlgebraic> roots(List<BivariatePolynomial> basis, List<UnivariatePolynomial> inX) {
        List<UnivariatePolynomial> projection = new ArrayList<>(inX);
        for (int i = 0; i < basis.size(); i++) {
            BivariatePolynomial b = basis.get(i);
            projection.add(b.leading());
            projection.add(b.atY(Rational.ZERO));
            projection.add(b.atY(Rational.ONE));
            if (b.degree() > 1) {
                projection.add(b.resultant(b.derivative()));
            }
            for (int j = i + 1; j < basis.size(); j++) {
                projection.add(b.resultant(basis.get(j)));
            }
        }
        List<RealAlgebraic> roots = new ArrayList<>();
        for (UnivariatePolynomial q : projection) {
            if (q.degree() <= 0) {
                continue;
            }
            for (RealAlgebraic a : new RootIsolation(q).realRoots()) {
                if (a.compareTo(RealAlgebraic.of(Rational.ZERO)) > 0 && a.compareTo(RealAlgebraic.of(Rational.ONE)) < 0
                        && roots.stream().noneMatch(a::equals)) {
                    roots.add(a);
                }
            }
        }
        roots.sort(RealAlgebraic::compareTo);
        return roots;
    }
}
