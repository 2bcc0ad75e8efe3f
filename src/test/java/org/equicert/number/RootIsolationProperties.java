package org.equicert.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RootIsolationProperties {

    @Provide
    Arbitrary<List<Long>> coefficients() {
        return Arbitraries.longs().between(-20, 20).list().ofMinSize(2).ofMaxSize(7)
                .filter(l -> l.get(l.size() - 1) != 0);
    }

    @Property(tries = 150)
    void everyRealRootIsolatedExactlyOnceAndAgreesWithSignChanges(@ForAll("coefficients") List<Long> coeffs) {
        long[] c = coeffs.stream().mapToLong(Long::longValue).toArray();
        UnivariatePolynomial p = UnivariatePolynomial.ofIntegers(c);
        List<RealAlgebraic> roots = new RootIsolation(p).realRoots();
        Rational b = p.rootBound();
        // Count agrees with Sturm's theorem on the whole bound.
        assertEquals(new RootIsolation(p).countRoots(b.negate(), b), roots.size());
        UnivariatePolynomial sf = p.squareFreePart();
        for (int i = 0; i < roots.size(); i++) {
            RealAlgebraic r = roots.get(i);
            if (r.isRational()) {
                assertEquals(0, p.signAt(r.toRational()), "rational root must be an exact zero");
            } else {
                // A simple root of the square-free part: the sign changes across the isolating interval.
                assertNotEquals(sf.signAt(r.lower()), sf.signAt(r.upper()));
                assertEquals(1, new RootIsolation(p).countRoots(r.lower(), r.upper()));
                assertEquals(0, r.signOf(p));
            }
            if (i > 0) {
                assertTrue(roots.get(i - 1).compareTo(r) < 0, "roots strictly increasing, no duplicates");
            }
        }
    }

    @Property(tries = 100)
    void productOfKnownLinearFactorsHasExactlyThoseRoots(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = -12, max = 12) Integer> numerators,
            @ForAll @IntRange(min = 1, max = 5) int denominator) {
        UnivariatePolynomial p = UnivariatePolynomial.ONE;
        TreeSet<Rational> expected = new TreeSet<>();
        for (int n : numerators) {
            Rational r = Rational.of(n, denominator);
            expected.add(r);
            p = p.multiply(UnivariatePolynomial.linearWithRoot(r));
        }
        List<Rational> found = new ArrayList<>();
        for (RealAlgebraic r : new RootIsolation(p).realRoots()) {
            found.add(r.toRational());
        }
        assertEquals(new ArrayList<>(expected), found);
    }
}
