package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;

/**
 * Differential test of the checker's own Sturm counts and Tarski queries against the solver's
 * independent root isolation and sign decision (number package), on random integer polynomials
 * biased to repeated factors, zero constants and ±1 coefficients.
 */
class SylvesterSequenceProperties {

    @Provide
    Arbitrary<List<Long>> coefficients() {
        return Arbitraries.longs().between(-9, 9).edgeCases(c -> c.includeOnly(-1L, 0L, 1L)).list().ofMinSize(2).ofMaxSize(6)
                .filter(l -> l.get(l.size() - 1) != 0);
    }

    private static RationalPolynomial ours(List<Long> c) {
        Rational[] r = new Rational[c.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = Rational.of(c.get(k));
        }
        return RationalPolynomial.of(r);
    }

    private static UnivariatePolynomial theirs(List<Long> c) {
        return UnivariatePolynomial.ofIntegers(c.stream().mapToLong(Long::longValue).toArray());
    }

    /** Squares the first factor so that multiple roots occur often. */
    private static List<Long> square(List<Long> c) {
        long[] a = c.stream().mapToLong(Long::longValue).toArray();
        long[] r = new long[2 * a.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                r[i + j] += a[i] * a[j];
            }
        }
        return java.util.Arrays.stream(r).boxed().toList();
    }

    @Property(tries = 200)
    void tarskiQueriesAgreeWithTheSolversSignsAtEveryIsolatedRoot(@ForAll("coefficients") List<Long> p, @ForAll("coefficients") List<Long> q,
            @ForAll boolean repeated) {
        List<Long> pc = repeated ? square(p) : p;
        RationalPolynomial mine = ours(pc);
        for (RealAlgebraic root : new RootIsolation(theirs(pc)).realRoots()) {
            // an interval around the root whose ends are not roots of p (the theorem's condition) and that holds no other root
            Rational width = Rational.of(1, 1 << 20);
            Rational lo = root.isRational() ? root.toRational().subtract(width) : root.lower();
            Rational hi = root.isRational() ? root.toRational().add(width) : root.upper();
            for (int k = 0; mine.evaluate(lo).isZero() || mine.evaluate(hi).isZero()
                    || SylvesterSequence.of(mine, RationalPolynomial.ONE).tarskiQuery(lo, hi) != 1; k++) {
                assertTrue(k < 200, "no isolating interval with non-root ends for " + root);
                root = root.refine();
                width = width.multiply(Rational.HALF);
                lo = root.isRational() ? root.toRational().subtract(width) : root.lower();
                hi = root.isRational() ? root.toRational().add(width) : root.upper();
            }
            assertEquals(root.signOf(theirs(q)), SylvesterSequence.of(mine, ours(q)).tarskiQuery(lo, hi), "p = " + pc + ", q = " + q + " at " + root);
            // and sign q(θ) = sign (q mod p)(θ)
            assertEquals(root.signOf(theirs(q)), SylvesterSequence.of(mine, ours(q).remainder(mine)).tarskiQuery(lo, hi));
        }
    }

    @Property(tries = 200)
    void sturmCountsAgreeWithRootIsolation(@ForAll("coefficients") List<Long> p, @ForAll boolean repeated, @ForAll("coefficients") List<Long> ends) {
        List<Long> pc = repeated ? square(p) : p;
        Rational a = Rational.of(ends.get(0), 3);
        Rational b = Rational.of(ends.get(1), 2);
        net.jqwik.api.Assume.that(a.compareTo(b) < 0 && !ours(pc).evaluate(a).isZero() && !ours(pc).evaluate(b).isZero());
        assertEquals(new RootIsolation(theirs(pc)).countRoots(a, b), SylvesterSequence.of(ours(pc), RationalPolynomial.ONE).tarskiQuery(a, b));
    }

    @Example
    void twoMinusRootTwoHasTheExpectedSigns() {
        RationalPolynomial p = ours(List.of(2L, -4L, 1L));
        // θ = 2 − √2 ≈ 0.586: θ − 1/2 > 0, θ − 3/5 < 0, θ² − 4θ + 2 = 0, (2θ − 1)·(θ − 3/5) < 0
        assertEquals(1, SylvesterSequence.of(p, RationalPolynomial.ONE).tarskiQuery(Rational.HALF, Rational.ONE));
        assertEquals(1, SylvesterSequence.of(p, RationalPolynomial.of(Rational.of(-1, 2), Rational.ONE)).tarskiQuery(Rational.HALF, Rational.ONE));
        assertEquals(-1, SylvesterSequence.of(p, RationalPolynomial.of(Rational.of(-3, 5), Rational.ONE)).tarskiQuery(Rational.HALF, Rational.ONE));
        assertEquals(0, SylvesterSequence.of(p, p).tarskiQuery(Rational.HALF, Rational.ONE));
        assertEquals(-1, SylvesterSequence.of(p, RationalPolynomial.of(Rational.of(-1), Rational.TWO)
                .multiply(RationalPolynomial.of(Rational.of(-3, 5), Rational.ONE))).tarskiQuery(Rational.HALF, Rational.ONE));
    }
}
