package org.equicert.number;

import java.util.Optional;

/**
 * A closed interval [lower, upper] of rationals, used as a rigorous enclosure of a real value.
 *
 * <p>Reference: interval arithmetic (R. E. Moore, <i>Interval Analysis</i>, 1966). Cost: each
 * operation O(1) rational operations (four products for a product).
 *
 * @param lower the lower end
 * @param upper the upper end, not less than {@code lower}
 */
public record RationalInterval(Rational lower, Rational upper) {

    /** Validates the order of the ends. */
    public RationalInterval {
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("empty interval [" + lower + ", " + upper + "]");
        }
    }

    /** {@return the degenerate interval [x, x]} */
    public static RationalInterval point(Rational x) {
        return new RationalInterval(x, x);
    }

    /** upper − lower. */
    public Rational width() {
        return upper.subtract(lower);
    }

    /** {@return true if x lies in the interval} */
    public boolean contains(Rational x) {
        return lower.compareTo(x) <= 0 && x.compareTo(upper) <= 0;
    }

    /** {@return the midpoint} */
    public Rational midpoint() {
        return lower.midpoint(upper);
    }

    /** Interval sum. */
    public RationalInterval add(RationalInterval o) {
        return new RationalInterval(lower.add(o.lower), upper.add(o.upper));
    }

    /** Interval product. */
    public RationalInterval multiply(RationalInterval o) {
        Rational a = lower.multiply(o.lower);
        Rational b = lower.multiply(o.upper);
        Rational c = upper.multiply(o.lower);
        Rational d = upper.multiply(o.upper);
        return new RationalInterval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    /** Interval difference. */
    public RationalInterval subtract(RationalInterval o) {
        return new RationalInterval(lower.subtract(o.upper), upper.subtract(o.lower));
    }

    /** {@return the interval scaled by a rational} */
    public RationalInterval scale(Rational c) {
        Rational a = lower.multiply(c);
        Rational b = upper.multiply(c);
        return new RationalInterval(a.min(b), a.max(b));
    }

    /** {@return true if o lies strictly inside this interval (both ends)} */
    public boolean containsInInterior(RationalInterval o) {
        return lower.compareTo(o.lower) < 0 && o.upper.compareTo(upper) < 0;
    }

    /** {@return true if o lies inside this interval (closed)} */
    public boolean containsInterval(RationalInterval o) {
        return lower.compareTo(o.lower) <= 0 && o.upper.compareTo(upper) <= 0;
    }

    /**
     * The intersection, or null when it is empty. Kept for callers of this record; prefer
     * {@link #intersection}.
     *
     * @param o the other interval
     * @return the intersection, or null
     */
    public RationalInterval intersect(RationalInterval o) {
        return intersection(o).orElse(null);
    }

    /**
     * {@return the intersection with {@code o}; empty when the intervals are disjoint}
     *
     * @param o the other interval
     */
    public Optional<RationalInterval> intersection(RationalInterval o) {
        Rational lo = lower.max(o.lower);
        Rational hi = upper.min(o.upper);
        return lo.compareTo(hi) <= 0 ? Optional.of(new RationalInterval(lo, hi)) : Optional.empty();
    }

    /**
     * The same interval widened outward to ends that are multiples of 2^−bits (keeps enclosures
     * rigorous while bounding the size of the numbers).
     *
     * @throws IllegalArgumentException if {@code bits} is negative
     */
    public RationalInterval roundOutward(int bits) {
        if (bits < 0) {
            throw new IllegalArgumentException("roundOutward needs a nonnegative number of bits, not " + bits);
        }
        java.math.BigInteger scale = java.math.BigInteger.ONE.shiftLeft(bits);
        Rational s = Rational.of(scale);
        Rational lo = Rational.of(lower.multiply(s).floor(), scale);
        Rational hi = Rational.of(upper.multiply(s).ceil(), scale);
        return new RationalInterval(lo, hi);
    }

    /** {@return the rational with the smallest denominator in the interval (then the smallest numerator in size)} */
    public Rational simplest() {
        if (lower.signum() <= 0 && upper.signum() >= 0) {
            return Rational.ZERO;
        }
        if (upper.signum() < 0) {
            return new RationalInterval(upper.negate(), lower.negate()).simplest().negate();
        }
        return simplestPositive(lower, upper);
    }

    private static Rational simplestPositive(Rational lo, Rational hi) {
        java.math.BigInteger fl = lo.floor();
        Rational f = Rational.of(fl);
        if (f.equals(lo)) {
            return lo;
        }
        if (Rational.of(fl.add(java.math.BigInteger.ONE)).compareTo(hi) <= 0) {
            return Rational.of(fl.add(java.math.BigInteger.ONE));
        }
        // both in (f, f+1): recurse on reciprocals of the fractional parts
        Rational inner = simplestPositive(hi.subtract(f).reciprocal(), lo.subtract(f).reciprocal());
        return f.add(inner.reciprocal());
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
