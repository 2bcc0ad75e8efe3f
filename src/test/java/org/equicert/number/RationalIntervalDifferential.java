package org.equicert.number;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every operation of {@link RationalInterval} against {@link ReferenceRational}: each
 * arithmetic result must equal the exact interval computed from the ends and contain the exact
 * result at sample points of the operands; comparisons, containment and intersection must agree
 * with the reference order; {@code roundOutward} must enclose within one grid step; {@code simplest}
 * must lie in the interval with no smaller denominator there (checked by brute force when the
 * denominator is small).
 */
final class RationalIntervalDifferential {

    private static final int BRUTE_FORCE_DENOMINATOR = 2000;
    private static final int[] BITS = {0, 1, 7, 64, 100};

    private RationalIntervalDifferential() {
    }

    /** The interval with ends a and b in either order. */
    static RationalInterval between(Rational a, Rational b) {
        return a.compareTo(b) <= 0 ? new RationalInterval(a, b) : new RationalInterval(b, a);
    }

    /** Ends, midpoint and the points a third and two thirds of the way. */
    private static List<ReferenceRational> samples(ReferenceRational lo, ReferenceRational hi) {
        ReferenceRational w = hi.subtract(lo);
        List<ReferenceRational> s = new ArrayList<>();
        s.add(lo);
        s.add(hi);
        s.add(lo.add(w.multiply(ReferenceRational.of(BigInteger.ONE, BigInteger.TWO))));
        s.add(lo.add(w.multiply(ReferenceRational.of(BigInteger.ONE, BigInteger.valueOf(3)))));
        s.add(lo.add(w.multiply(ReferenceRational.of(BigInteger.TWO, BigInteger.valueOf(3)))));
        return s;
    }

    private static ReferenceRational ref(Rational r) {
        return ReferenceRational.of(r);
    }

    private static ReferenceRational min(ReferenceRational a, ReferenceRational b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static ReferenceRational max(ReferenceRational a, ReferenceRational b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean inside(ReferenceRational x, ReferenceRational lo, ReferenceRational hi) {
        return lo.compareTo(x) <= 0 && x.compareTo(hi) <= 0;
    }

    /** Checks the interval's ends against reference ends, and that it holds every expected point. */
    private static void interval(RationalDifferential.Tally t, String what, RationalInterval actual,
            ReferenceRational lo, ReferenceRational hi, List<ReferenceRational> exactResults) {
        RationalDifferential.check(t, what + " lower", actual.lower(), lo);
        RationalDifferential.check(t, what + " upper", actual.upper(), hi);
        for (ReferenceRational x : exactResults) {
            t.expect(inside(x, ref(actual.lower()), ref(actual.upper())), () -> what + " = " + actual + " misses the exact value " + x);
        }
    }

    /** All operations on intervals a and b, and the scalar c (about 60 operations). */
    static void all(RationalDifferential.Tally t, RationalInterval a, RationalInterval b, Rational c) {
        try {
            checkAll(t, a, b, c);
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch("on " + a + ", " + b + ", " + c + ": threw " + e);
        }
    }

    private static void checkAll(RationalDifferential.Tally t, RationalInterval a, RationalInterval b, Rational c) {
        ReferenceRational al = ref(a.lower());
        ReferenceRational ah = ref(a.upper());
        ReferenceRational bl = ref(b.lower());
        ReferenceRational bh = ref(b.upper());
        ReferenceRational rc = ref(c);
        List<ReferenceRational> as = samples(al, ah);
        List<ReferenceRational> bs = samples(bl, bh);
        String s = a + " " + b;

        List<ReferenceRational> sums = new ArrayList<>();
        List<ReferenceRational> differences = new ArrayList<>();
        List<ReferenceRational> products = new ArrayList<>();
        for (ReferenceRational x : as) {
            for (ReferenceRational y : bs) {
                sums.add(x.add(y));
                differences.add(x.subtract(y));
                products.add(x.multiply(y));
            }
        }
        interval(t, s + " add", a.add(b), al.add(bl), ah.add(bh), sums);
        interval(t, s + " subtract", a.subtract(b), al.subtract(bh), ah.subtract(bl), differences);
        ReferenceRational p1 = al.multiply(bl);
        ReferenceRational p2 = al.multiply(bh);
        ReferenceRational p3 = ah.multiply(bl);
        ReferenceRational p4 = ah.multiply(bh);
        interval(t, s + " multiply", a.multiply(b), min(min(p1, p2), min(p3, p4)), max(max(p1, p2), max(p3, p4)), products);
        List<ReferenceRational> scaled = new ArrayList<>();
        for (ReferenceRational x : as) {
            scaled.add(x.multiply(rc));
        }
        interval(t, a + " scale " + c, a.scale(c), min(al.multiply(rc), ah.multiply(rc)), max(al.multiply(rc), ah.multiply(rc)), scaled);
        RationalDifferential.check(t, a + " width", a.width(), ah.subtract(al));
        RationalDifferential.check(t, a + " midpoint", a.midpoint(), al.add(ah).multiply(ReferenceRational.of(BigInteger.ONE, BigInteger.TWO)));
        interval(t, "point " + c, RationalInterval.point(c), rc, rc, List.of(rc));

        for (Rational x : List.of(b.lower(), b.upper(), c, b.midpoint())) {
            ReferenceRational rx = ref(x);
            t.expect(a.contains(x) == inside(rx, al, ah), () -> a + " contains " + x + ": " + a.contains(x));
        }
        boolean closed = al.compareTo(bl) <= 0 && bh.compareTo(ah) <= 0;
        boolean open = al.compareTo(bl) < 0 && bh.compareTo(ah) < 0;
        t.expect(a.containsInterval(b) == closed, () -> a + " containsInterval " + b);
        t.expect(a.containsInInterior(b) == open, () -> a + " containsInInterior " + b);
        t.expect(a.containsInterval(a), () -> a + " containsInterval itself");
        t.expect(!a.containsInInterior(a), () -> a + " containsInInterior itself");
        RationalInterval meet = a.intersect(b);
        ReferenceRational lo = max(al, bl);
        ReferenceRational hi = min(ah, bh);
        if (lo.compareTo(hi) > 0) {
            t.expect(meet == null, () -> s + " intersect = " + meet + ", expected disjoint");
        } else if (meet == null) {
            t.mismatch(s + " intersect = null, expected [" + lo + ", " + hi + "]");
        } else {
            interval(t, s + " intersect", meet, lo, hi, List.of());
        }
        for (int bits : BITS) {
            roundOutward(t, a, bits);
        }
        simplest(t, a);
        simplest(t, b);
    }

    private static void roundOutward(RationalDifferential.Tally t, RationalInterval a, int bits) {
        RationalInterval r = a.roundOutward(bits);
        ReferenceRational step = ReferenceRational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(bits));
        ReferenceRational lo = ref(r.lower());
        ReferenceRational hi = ref(r.upper());
        ReferenceRational al = ref(a.lower());
        ReferenceRational ah = ref(a.upper());
        String what = a + " roundOutward(" + bits + ") = " + r;
        t.expect(lo.compareTo(al) <= 0 && al.subtract(lo).compareTo(step) < 0, () -> what + ": lower end not within one step below");
        t.expect(ah.compareTo(hi) <= 0 && hi.subtract(ah).compareTo(step) < 0, () -> what + ": upper end not within one step above");
        t.expect(lo.divide(step).den().equals(BigInteger.ONE) && hi.divide(step).den().equals(BigInteger.ONE),
                () -> what + ": ends not multiples of 2^-" + bits);
    }

    private static void simplest(RationalDifferential.Tally t, RationalInterval a) {
        Rational s = a.simplest();
        ReferenceRational rs = ref(s);
        ReferenceRational lo = ref(a.lower());
        ReferenceRational hi = ref(a.upper());
        String what = a + " simplest = " + s;
        RationalDifferential.check(t, what, s, rs);
        t.expect(inside(rs, lo, hi), () -> what + ": outside");
        // Both ends lie in the interval, so the simplest denominator is at most theirs.
        t.expect(rs.den().compareTo(lo.den().min(hi.den())) <= 0, () -> what + ": denominator above the ends'");
        if (rs.den().compareTo(BigInteger.valueOf(BRUTE_FORCE_DENOMINATOR)) <= 0) {
            int den = rs.den().intValueExact();
            for (int q = 1; q < den; q++) {
                BigInteger bq = BigInteger.valueOf(q);
                BigInteger p = lo.multiply(ReferenceRational.of(bq, BigInteger.ONE)).ceil();
                ReferenceRational candidate = ReferenceRational.of(p, bq);
                int qq = q;
                t.expect(candidate.compareTo(hi) > 0, () -> what + ": " + candidate + " has the smaller denominator " + qq);
            }
            // Of the fractions with this denominator, the one nearest zero.
            ReferenceRational towardZero = rs.subtract(ReferenceRational.of(BigInteger.valueOf(rs.signum()), rs.den()));
            t.expect(rs.signum() == 0 || !inside(towardZero, lo, hi) || towardZero.signum() * rs.signum() < 0,
                    () -> what + ": " + towardZero + " is simpler");
        }
    }
}
