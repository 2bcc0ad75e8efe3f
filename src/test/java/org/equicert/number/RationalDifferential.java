package org.equicert.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every public operation of {@link Rational} against {@link ReferenceRational}: the value
 * must agree, and every result must be canonical (positive denominator coprime to the numerator),
 * equal with the same hash code to the value reached by another route (BigInteger factory, long
 * factory when it fits, parsing its own text). Mismatches are counted, not thrown, so one body of
 * checks serves both the jqwik properties (which assert none) and the long benchmark run (which
 * reports how many).
 */
final class RationalDifferential {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final int[] DIGITS = {0, 1, 3, 25};
    private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    /** Operations checked and mismatches found, with the first few mismatches described. */
    static final class Tally {
        private long operations;
        private long mismatches;
        private final List<String> first = new ArrayList<>();

        long operations() {
            return operations;
        }

        long mismatches() {
            return mismatches;
        }

        List<String> firstMismatches() {
            return first;
        }

        void count() {
            operations++;
        }

        void mismatch(String description) {
            mismatches++;
            if (first.size() < 20) {
                first.add(description);
            }
        }

        void expect(boolean ok, Supplier<String> description) {
            operations++;
            if (!ok) {
                mismatch(description.get());
            }
        }

        /** Fails the calling test if any mismatch was counted. */
        void assertNone() {
            if (mismatches > 0) {
                throw new AssertionError(mismatches + " of " + operations + " operations disagree with the reference:\n  "
                        + String.join("\n  ", first));
            }
        }
    }

    private RationalDifferential() {
    }

    static boolean fitsLong(BigInteger x) {
        return x.compareTo(LONG_MIN) >= 0 && x.compareTo(LONG_MAX) <= 0;
    }

    /** Builds the operand's Rational by its route and checks it; null if the construction itself failed. */
    static Rational build(Tally t, DifferentialOperands.Operand op) {
        BigInteger n = op.numerator();
        BigInteger d = op.denominator();
        ReferenceRational expected = ReferenceRational.of(n, d);
        String what = "build " + op;
        try {
            Rational r;
            switch (op.route()) {
                case 1:
                    if (fitsLong(n) && fitsLong(d)) {
                        r = d.equals(BigInteger.ONE) ? Rational.of(n.longValue()) : Rational.of(n.longValue(), d.longValue());
                        break;
                    }
                    r = Rational.of(n, d);
                    break;
                case 2:
                    r = d.signum() < 0 ? Rational.parse(n.negate() + "/" + d.negate()) : Rational.parse(n + "/" + d);
                    break;
                case 3:
                    r = Rational.of(n).divide(Rational.of(d));
                    break;
                default:
                    r = Rational.of(n, d);
                    break;
            }
            return check(t, what, r, expected) ? r : null;
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(what + " threw " + e);
            return null;
        }
    }

    /**
     * Checks value and canonical form of one result; true if all agree. Counts as one operation.
     */
    static boolean check(Tally t, String what, Rational actual, ReferenceRational expected) {
        t.count();
        String problem = problem(actual, expected);
        if (problem != null) {
            t.mismatch(what + ": " + problem);
            return false;
        }
        return true;
    }

    private static String problem(Rational actual, ReferenceRational expected) {
        BigInteger n = actual.numerator();
        BigInteger d = actual.denominator();
        if (d.signum() <= 0) {
            return "non-canonical " + n + "/" + d + " (denominator not positive), expected " + expected;
        }
        if (!n.gcd(d).equals(BigInteger.ONE)) {
            return "non-canonical " + n + "/" + d + " (not reduced), expected " + expected;
        }
        if (!n.equals(expected.num()) || !d.equals(expected.den())) {
            return "got " + actual + ", expected " + expected;
        }
        if (!actual.toString().equals(expected.toString())) {
            return "toString " + actual + ", expected " + expected;
        }
        Rational viaBig = Rational.of(expected.num(), expected.den());
        if (!actual.equals(viaBig) || !viaBig.equals(actual) || actual.hashCode() != viaBig.hashCode()) {
            return "equals/hashCode differ from Rational.of(BigInteger, BigInteger) for " + expected;
        }
        if (fitsLong(expected.num()) && fitsLong(expected.den())) {
            Rational viaLong = Rational.of(expected.num().longValue(), expected.den().longValue());
            if (!actual.equals(viaLong) || !viaLong.equals(actual) || actual.hashCode() != viaLong.hashCode()) {
                return "equals/hashCode differ from Rational.of(long, long) for " + expected;
            }
        }
        Rational parsed = Rational.parse(actual.toString());
        if (!parsed.equals(actual) || parsed.hashCode() != actual.hashCode()) {
            return "parse(toString) gives " + parsed + " (hash " + parsed.hashCode() + "), not " + actual;
        }
        if (actual.compareTo(viaBig) != 0) {
            return "compareTo with an equal value is not 0";
        }
        return null;
    }

    /** Checks one result computed by {@code op}, recording a throw as a mismatch. */
    private static void result(Tally t, String what, Supplier<Rational> op, ReferenceRational expected) {
        try {
            check(t, what, op.get(), expected);
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(what + " threw " + e + ", expected " + expected);
        }
    }

    /** Checks that {@code op} throws ArithmeticException (division by zero and the like). */
    private static void throwsArithmetic(Tally t, String what, Supplier<?> op) {
        t.count();
        try {
            Object r = op.get();
            t.mismatch(what + " returned " + r + " instead of throwing ArithmeticException");
        } catch (ArithmeticException expected) {
            // as specified
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(what + " threw " + e + " instead of ArithmeticException");
        }
    }

    private static void same(Tally t, String what, Supplier<Object> actual, Object expected) {
        try {
            Object a = actual.get();
            t.expect(expected.equals(a), () -> what + ": got " + a + ", expected " + expected);
        } catch (RuntimeException | StackOverflowError e) {
            t.mismatch(what + " threw " + e + ", expected " + expected);
        }
    }

    /** Every one-argument operation on a (about 40 operations). */
    static void unary(Tally t, Rational a) {
        ReferenceRational ra = ReferenceRational.of(a);
        String s = "(" + a + ")";
        result(t, s + ".negate()", a::negate, ra.negate());
        result(t, s + ".abs()", a::abs, ra.abs());
        result(t, s + ".subtract(self)", () -> a.subtract(a), ReferenceRational.ZERO);
        if (ra.signum() == 0) {
            throwsArithmetic(t, s + ".reciprocal()", a::reciprocal);
            throwsArithmetic(t, s + ".divide(0)", () -> Rational.ONE.divide(a));
            throwsArithmetic(t, s + ".pow(-1)", () -> a.pow(-1));
        } else {
            result(t, s + ".reciprocal()", a::reciprocal, ReferenceRational.ONE.divide(ra));
            result(t, s + ".divide(self)", () -> a.divide(a), ReferenceRational.ONE);
            result(t, s + ".reciprocal().reciprocal()", () -> a.reciprocal().reciprocal(), ra);
        }
        for (int e = -3; e <= 3; e++) {
            if (e < 0 && ra.signum() == 0) {
                continue;
            }
            int exponent = e;
            result(t, s + ".pow(" + e + ")", () -> a.pow(exponent), ra.pow(exponent));
        }
        same(t, s + ".signum()", a::signum, ra.signum());
        same(t, s + ".isZero()", a::isZero, ra.signum() == 0);
        same(t, s + ".isInteger()", a::isInteger, ra.den().equals(BigInteger.ONE));
        same(t, s + ".floor()", a::floor, ra.floor());
        same(t, s + ".ceil()", a::ceil, ra.ceil());
        same(t, s + ".numerator()", a::numerator, ra.num());
        same(t, s + ".denominator()", a::denominator, ra.den());
        same(t, s + ".toString()", a::toString, ra.toString());
        same(t, s + ".toSmtLib()", a::toSmtLib, smtLib(ra));
        same(t, s + ".compareTo(self)", () -> a.compareTo(a), 0);
        for (int digits : DIGITS) {
            same(t, s + ".toDecimalString(" + digits + ")", () -> a.toDecimalString(digits), ra.decimal(digits, RoundingMode.HALF_EVEN));
            for (RoundingMode mode : MODES) {
                same(t, s + ".toDecimalString(" + digits + ", " + mode + ")", () -> a.toDecimalString(digits, mode), ra.decimal(digits, mode));
            }
        }
        try {
            BigDecimal exact = a.toBigDecimalExact();
            t.expect((exact != null) == ra.terminates(), () -> s + ".toBigDecimalExact() = " + exact + " but terminates = " + ra.terminates());
            if (exact != null) {
                result(t, "of(BigDecimal " + exact + ")", () -> Rational.of(exact), ra);
                result(t, "parse(\"" + exact + "\")", () -> Rational.parse(exact.toString()), ra);
                result(t, "parse(\"" + exact.toPlainString() + "\")", () -> Rational.parse(exact.toPlainString()), ra);
            }
        } catch (RuntimeException e) {
            t.mismatch(s + ".toBigDecimalExact() threw " + e);
        }
        // An unreduced text with a common factor 6 parses to the same value.
        result(t, "parse(6n/6d) of " + s, () -> Rational.parse(ra.num().multiply(BigInteger.valueOf(6)) + "/"
                + ra.den().multiply(BigInteger.valueOf(6))), ra);
        // The exact quotient of numerator and denominator gives the value back by yet another route.
        result(t, "of(num).divide(of(den)) of " + s, () -> Rational.of(a.numerator()).divide(Rational.of(a.denominator())), ra);
    }

    private static String smtLib(ReferenceRational r) {
        String n = r.num().abs() + ".0";
        String body = r.den().equals(BigInteger.ONE) ? n : "(/ " + n + " " + r.den() + ".0)";
        return r.signum() < 0 ? "(- " + body + ")" : body;
    }

    /** Every two-argument operation on (a, b), and multiply/of with a long (about 15 operations). */
    static void binary(Tally t, Rational a, Rational b, long n) {
        ReferenceRational ra = ReferenceRational.of(a);
        ReferenceRational rb = ReferenceRational.of(b);
        String s = "(" + a + ")";
        String o = "(" + b + ")";
        result(t, s + " + " + o, () -> a.add(b), ra.add(rb));
        result(t, o + " + " + s, () -> b.add(a), ra.add(rb));
        result(t, s + " - " + o, () -> a.subtract(b), ra.subtract(rb));
        result(t, s + " * " + o, () -> a.multiply(b), ra.multiply(rb));
        result(t, o + " * " + s, () -> b.multiply(a), ra.multiply(rb));
        if (rb.signum() == 0) {
            throwsArithmetic(t, s + " / " + o, () -> a.divide(b));
        } else {
            result(t, s + " / " + o, () -> a.divide(b), ra.divide(rb));
        }
        result(t, "midpoint " + s + " " + o, () -> a.midpoint(b), ra.add(rb).multiply(ReferenceRational.of(BigInteger.ONE, BigInteger.TWO)));
        int c = Integer.signum(ra.compareTo(rb));
        same(t, s + ".compareTo" + o, () -> Integer.signum(a.compareTo(b)), c);
        same(t, o + ".compareTo" + s, () -> Integer.signum(b.compareTo(a)), -c);
        same(t, s + ".lessThan" + o, () -> a.lessThan(b), c < 0);
        same(t, s + ".greaterThan" + o, () -> a.greaterThan(b), c > 0);
        same(t, s + ".equals" + o, () -> a.equals(b) && b.equals(a), c == 0);
        if (c == 0) {
            same(t, s + ".hashCode() vs " + o, () -> a.hashCode() == b.hashCode(), true);
        }
        result(t, s + ".min" + o, () -> a.min(b), c <= 0 ? ra : rb);
        result(t, s + ".max" + o, () -> a.max(b), c >= 0 ? ra : rb);
        ReferenceRational rn = ReferenceRational.of(n);
        result(t, s + ".multiply(" + n + "L)", () -> a.multiply(n), ra.multiply(rn));
        result(t, "of(" + n + "L)", () -> Rational.of(n), rn);
        if (n != 0) {
            result(t, "of(" + n + "L, " + n + "L)", () -> Rational.of(n, n), ReferenceRational.ONE);
            long m = a.numerator().longValue();
            result(t, "of(" + m + "L, " + n + "L)", () -> Rational.of(m, n), ReferenceRational.of(BigInteger.valueOf(m), BigInteger.valueOf(n)));
        } else {
            throwsArithmetic(t, "of(1L, 0L)", () -> Rational.of(1L, n));
        }
    }

    /** Builds both operands and runs all checks on them. */
    static void all(Tally t, DifferentialOperands.Operand x, DifferentialOperands.Operand y, long n) {
        Rational a = build(t, x);
        Rational b = build(t, y);
        if (a == null || b == null) {
            return;
        }
        unary(t, a);
        binary(t, a, b, n);
    }
}
