package org.equicert.number;

/**
 * A closed interval [lower, upper] of rationals, used as a rigorous enclosure of a real value.
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

    /** The degenerate interval [x, x]. */
    public static RationalInterval point(Rational x) {
        return new RationalInterval(x, x);
    }

    /** upper − lower. */
    public Rational width() {
        return upper.subtract(lower);
    }

    /** True if x lies in the interval. */
    public boolean contains(Rational x) {
        return lower.compareTo(x) <= 0 && x.compareTo(upper) <= 0;
    }

    /** The midpoint. */
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

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
