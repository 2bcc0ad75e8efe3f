package org.equicert.poly;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Exact signs of the range of a multilinear polynomial (degree at most one in each unknown) over a
 * box, for {@link BoxSolver}'s exclusion test: such a polynomial takes its least and greatest value
 * at vertices of the box (it is affine in each unknown), so the signs of its 2^k vertex values
 * decide whether the box can hold a zero. Cost O(k·2^k) integer operations per box.
 *
 * <p>Reference: the vertex values are the Bernstein coefficients of a multilinear polynomial on the
 * box (J. Garloff, "The Bernstein algorithm", Interval Computations 2 (1993)).
 */
final class MultilinearSigns {

    private MultilinearSigns() {
    }

    /** Largest number of unknowns for which exact vertex ranges of multilinear polynomials are used. */
    static final int MULTILINEAR_UNKNOWNS = 12;

    /**
     * The coefficients of f times a positive integer, as integers indexed by the bit mask of the
     * unknowns in each monomial, when f has degree at most one in every unknown (the payoff
     * polynomials of a support system) and at most {@value #MULTILINEAR_UNKNOWNS} unknowns.
     */
    static Optional<BigInteger[]> coefficients(MultivariatePolynomial f) {
        int k = f.variables();
        if (k > MULTILINEAR_UNKNOWNS) {
            return Optional.empty();
        }
        BigInteger lcm = BigInteger.ONE;
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> term : f.terms().entrySet()) {
            for (int e : term.getKey().exponents()) {
                if (e > 1) {
                    return Optional.empty();
                }
            }
            BigInteger d = term.getValue().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        BigInteger[] c = new BigInteger[1 << k];
        java.util.Arrays.fill(c, BigInteger.ZERO);
        for (Map.Entry<MultivariatePolynomial.Monomial, Rational> term : f.terms().entrySet()) {
            int[] e = term.getKey().exponents();
            int mask = 0;
            for (int v = 0; v < e.length; v++) {
                mask |= e[v] << v;
            }
            Rational x = term.getValue();
            c[mask] = x.numerator().multiply(lcm.divide(x.denominator()));
        }
        return Optional.of(c);
    }

    /**
     * The signs of the least and greatest value of a multilinear polynomial (integer coefficients
     * as from {@link #coefficients}) over a box: a multilinear function takes its
     * extremes at the 2^k vertices, whose values are the coefficients of its Bernstein form on the
     * box. Computed in integers over the common denominator D of the box's ends (every vertex
     * value times D^k, the same positive factor): O(k·2^k) integer operations, no gcd.
     */
    static int[] atVertices(BigInteger[] coefficients, RationalInterval[] box) {
        int k = box.length;
        BigInteger d = BigInteger.ONE;
        for (RationalInterval x : box) {
            for (Rational end : List.of(x.lower(), x.upper())) {
                BigInteger q = end.denominator();
                d = d.divide(d.gcd(q)).multiply(q);
            }
        }
        BigInteger[] c = coefficients.clone();
        for (int v = 0; v < k; v++) {
            int bit = 1 << v;
            BigInteger lo = box[v].lower().numerator().multiply(d.divide(box[v].lower().denominator()));
            BigInteger hi = box[v].upper().numerator().multiply(d.divide(box[v].upper().denominator()));
            for (int m = 0; m < c.length; m++) {
                if ((m & bit) == 0) {
                    BigInteger slope = c[m | bit];
                    BigInteger base = c[m].multiply(d);
                    c[m] = base.add(slope.multiply(lo));
                    c[m | bit] = base.add(slope.multiply(hi));
                }
            }
        }
        int min = c[0].signum();
        int max = min;
        for (BigInteger x : c) {
            min = Math.min(min, x.signum());
            max = Math.max(max, x.signum());
        }
        return new int[] {min, max};
    }

}
