package org.equicert.poly;

import java.util.HashMap;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * Composition: substitution of polynomials for the variables of a polynomial, p(images[0], …, images[v−1]),
 * term by term with each power of an image computed once (Horner-free expansion; see e.g. J. von
 * zur Gathen and J. Gerhard, <i>Modern Computer Algebra</i>, 3rd ed. 2013, §5.1 on evaluation and
 * composition). Complexity: one product of polynomials per variable occurrence in each term, plus
 * e−1 products for each distinct power x_v^e.
 */
public final class Composition {

    private Composition() {
    }

    /**
     * p with variable v replaced by images[v]; all images in the same ring (same number of
     * variables), which is the ring of the result; images are needed only for the variables that
     * occur in p.
     *
     * @throws IllegalArgumentException if there are no images
     */
    public static MultivariatePolynomial compose(MultivariatePolynomial p, MultivariatePolynomial[] images) {
        if (images.length == 0) {
            throw new IllegalArgumentException("no images for the " + p.variables() + " variables of " + p);
        }
        int vars = images[0].variables();
        MultivariatePolynomial total = MultivariatePolynomial.zero(vars);
        Map<String, MultivariatePolynomial> powers = new HashMap<>();
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> t : p.terms().entrySet()) {
            MultivariatePolynomial term = MultivariatePolynomial.constant(vars, t.getValue());
            int[] e = t.getKey().exponents();
            for (int v = 0; v < e.length; v++) {
                if (e[v] > 0) {
                    final int vv = v;
                    term = term.multiply(powers.computeIfAbsent(v + ":" + e[v], x -> power(images[vv], e[vv])));
                }
            }
            total = total.add(term);
        }
        return total;
    }

    /**
     * p to the power e by repeated multiplication.
     *
     * @throws IllegalArgumentException if e is negative
     */
    public static MultivariatePolynomial power(MultivariatePolynomial p, int e) {
        if (e < 0) {
            throw new IllegalArgumentException("negative exponent " + e);
        }
        MultivariatePolynomial r = MultivariatePolynomial.constant(p.variables(), Rational.ONE);
        for (int t = 0; t < e; t++) {
            r = r.multiply(p);
        }
        return r;
    }
}
