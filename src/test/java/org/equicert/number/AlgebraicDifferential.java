package org.equicert.number;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@link RealAlgebraic} comparisons against {@link QuadraticSurd}'s exact reasoning: numbers
 * a + b√n are built by several routes (the minimal polynomial's root isolation; the polynomial times
 * a linear factor, squared, or times another quadratic, with an isolating interval found by exact
 * bisection), then compareTo, equals, hashCode and signOf are compared with the reference, against
 * each other and against rationals close to them from both sides.
 */
final class AlgebraicDifferential {

    private AlgebraicDifferential() {
    }

    /** Radicands that are not perfect squares (8 = 4·2, 12 = 4·3, 18 = 9·2 give equal numbers written differently). */
    static final long[] RADICANDS = {2, 3, 5, 6, 7, 8, 10, 12, 18, 50, 99, 1_000_003};

    /**
     * The surd as a RealAlgebraic by one of four routes, or null if the route does not apply to it
     * (the extra factor has a root too close).
     */
    static RealAlgebraic build(QuadraticSurd x, int route, Rational extraRoot, long otherRadicand) {
        UnivariatePolynomial p = x.minimalPolynomial();
        int up = x.b().signum() > 0 ? 1 : 0;
        switch (route) {
            case 1: {
                UnivariatePolynomial q = p.multiply(UnivariatePolynomial.linearWithRoot(extraRoot));
                return isolated(x, q, List.of(ReferenceRational.of(extraRoot)));
            }
            case 2: {
                UnivariatePolynomial q = p.multiply(p).multiply(UnivariatePolynomial.ofIntegers(-5, 1));
                return isolated(x, q, List.of(ReferenceRational.of(5)));
            }
            case 3: {
                UnivariatePolynomial q = p.multiply(UnivariatePolynomial.ofIntegers(-otherRadicand, 0, 1));
                ReferenceRational zero = ReferenceRational.ZERO;
                ReferenceRational one = ReferenceRational.ONE;
                BigInteger m = BigInteger.valueOf(otherRadicand);
                List<QuadraticSurd> roots = List.of(x.conjugate(), new QuadraticSurd(zero, one, m), new QuadraticSurd(zero, one.negate(), m));
                // The index of x among the distinct roots of q, by the reference order.
                List<QuadraticSurd> below = new ArrayList<>();
                for (QuadraticSurd r : roots) {
                    if (r.compareTo(x) < 0 && below.stream().noneMatch(s -> s.compareTo(r) == 0)) {
                        below.add(r);
                    }
                }
                return new RootIsolation(q).realRoots().get(below.size());
            }
            default:
                return new RootIsolation(p).realRoots().get(up);
        }
    }

    /** RealAlgebraic.of(q, lo, hi) on a bracket of x narrow enough to hold no other root of q. */
    private static RealAlgebraic isolated(QuadraticSurd x, UnivariatePolynomial q, List<ReferenceRational> otherRoots) {
        ReferenceRational gap = ReferenceRational.ONE;
        int steps = 8;
        while (true) {
            ReferenceRational[] br = x.bracket(steps);
            boolean clear = x.conjugate().compareTo(br[0]) <= 0 || x.conjugate().compareTo(br[1]) > 0;
            for (ReferenceRational r : otherRoots) {
                clear &= r.compareTo(br[0]) <= 0 || r.compareTo(br[1]) > 0;
            }
            if (clear) {
                return RealAlgebraic.of(q, QuadraticSurd.rational(br[0]), QuadraticSurd.rational(br[1]));
            }
            steps += 8;
            if (steps > 400) {
                return null;
            }
        }
    }

    /** Checks one algebraic number's comparisons and signs (about 20 operations). */
    static void single(RationalDifferential.Tally t, QuadraticSurd x, RealAlgebraic ax, List<Rational> rationals,
            Rational c0, Rational c1, Rational c2) {
        String s = x + " = " + ax;
        try {
            t.expect(!ax.isRational(), () -> s + " reported rational");
            t.expect(Integer.signum(ax.compareTo(ax)) == 0 && ax.equals(ax), () -> s + " not equal to itself");
            int sign = x.compareTo(ReferenceRational.ZERO);
            t.expect(ax.signOf(UnivariatePolynomial.X) == sign, () -> s + " signum " + ax.signOf(UnivariatePolynomial.X) + ", expected " + sign);
            t.expect(Integer.signum(ax.compareTo(RealAlgebraic.of(Rational.ZERO))) == sign, () -> s + " compareTo 0");
            t.expect(ax.signOf(x.minimalPolynomial()) == 0, () -> s + " minimal polynomial does not vanish");
            t.expect(ax.signOf(x.minimalPolynomial().multiply(UnivariatePolynomial.ofIntegers(7, 1))) == 0,
                    () -> s + " a multiple of the minimal polynomial does not vanish");
            int expected = x.signOf(ReferenceRational.of(c0), ReferenceRational.of(c1), ReferenceRational.of(c2));
            UnivariatePolynomial q = UnivariatePolynomial.of(c0, c1, c2);
            t.expect(ax.signOf(q) == expected, () -> s + " sign of " + q + " is " + ax.signOf(q) + ", expected " + expected);
            for (Rational r : rationals) {
                ReferenceRational rr = ReferenceRational.of(r);
                int c = x.compareTo(rr);
                RealAlgebraic ar = RealAlgebraic.of(r);
                t.expect(Integer.signum(ax.compareTo(ar)) == c, () -> s + " compareTo " + r + " is " + ax.compareTo(ar) + ", expected " + c);
                t.expect(Integer.signum(ar.compareTo(ax)) == -c, () -> r + " compareTo " + s + ", expected " + -c);
                t.expect(!ax.equals(ar) && !ar.equals(ax), () -> s + " equals the rational " + r);
                t.expect(ax.signOf(UnivariatePolynomial.linearWithRoot(r)) == c, () -> s + " sign of x - " + r);
            }
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(s + ": threw " + e);
        }
    }

    /** Checks the comparison of two algebraic numbers (4 operations). */
    static void pair(RationalDifferential.Tally t, QuadraticSurd x, RealAlgebraic ax, QuadraticSurd y, RealAlgebraic ay) {
        String s = x + " vs " + y;
        try {
            int c = x.compareTo(y);
            t.expect(Integer.signum(ax.compareTo(ay)) == c, () -> s + ": compareTo " + ax.compareTo(ay) + ", expected " + c);
            t.expect(Integer.signum(ay.compareTo(ax)) == -c, () -> s + ": reverse compareTo " + ay.compareTo(ax) + ", expected " + -c);
            t.expect(ax.equals(ay) == (c == 0) && ay.equals(ax) == (c == 0), () -> s + ": equals " + ax.equals(ay) + ", expected " + (c == 0));
            t.expect(c != 0 || ax.hashCode() == ay.hashCode(), () -> s + ": equal with different hash codes");
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(s + ": threw " + e);
        }
    }

    /** Rationals near x from both sides (brackets of several widths) plus its rational part. */
    static List<Rational> nearby(QuadraticSurd x) {
        List<Rational> r = new ArrayList<>();
        for (int steps : new int[] {3, 20, 70}) {
            ReferenceRational[] br = x.bracket(steps);
            r.add(QuadraticSurd.rational(br[0]));
            r.add(QuadraticSurd.rational(br[1]));
        }
        r.add(QuadraticSurd.rational(x.a()));
        return r;
    }
}
