package org.equicert.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact rational number in canonical form: the denominator is positive and coprime to the
 * numerator, so {@code equals} and {@code hashCode} are structural.
 *
 * <p>Values whose numerator and denominator fit in a {@code long} (excluding
 * {@code Long.MIN_VALUE}) are held in two {@code long} fields and combined with overflow-checked
 * machine arithmetic; anything larger falls back to {@link BigInteger}. The choice of this
 * representation over Apfloat's {@code Aprational} is recorded in
 * {@code benchmarks/RESULTS.md}.
 *
 * <p>Invariant: {@code parse(x.toString()).equals(x)} for every value. Parsing and decimal and
 * SMT-LIB rendering live in {@code RationalText}, powers and rounding to integers in
 * {@code RationalFunctions}.
 *
 * <p>Reference: canonical fractions as in D. E. Knuth, <i>The Art of Computer Programming</i>
 * Vol. 2, §4.5.1 (rational arithmetic with gcd reduction; Henrici's multiplication and addition
 * reducing by gcds of the cross terms). Complexity: add and multiply O(M(b)·log b) for b-bit
 * parts (a gcd each); O(1) machine operations in the small form; {@link #pow} O(log |e|) products.
 */
public final class Rational implements Comparable<Rational> {

    /** The rational 0. */
    public static final Rational ZERO = new Rational(0L, 1L);
    /** The rational 1. */
    public static final Rational ONE = new Rational(1L, 1L);
    /** The rational -1. */
    public static final Rational MINUS_ONE = new Rational(-1L, 1L);
    /** The rational 2. */
    public static final Rational TWO = new Rational(2L, 1L);
    /** The rational 1/2. */
    public static final Rational HALF = new Rational(1L, 2L);

    /** The largest decimal exponent {@link #parse} accepts (10^1000000 has a million digits). */
    public static final int MAX_DECIMAL_EXPONENT = 1_000_000;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Small form; meaningful only when {@code bigNum == null}. */
    private final long num;
    private final long den;
    /** Large form; both null for small values. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger bigNum, BigInteger bigDen) {
        this.num = 0;
        this.den = 0;
        this.bigNum = bigNum;
        this.bigDen = bigDen;
    }

    /** {@return the integer {@code n}} */
    public static Rational of(long n) {
        if (n == 0) {
            return ZERO;
        }
        if (n == 1) {
            return ONE;
        }
        if (n == Long.MIN_VALUE) {
            return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
        }
        return new Rational(n, 1L);
    }

    /**
     * The rational {@code n/d}.
     *
     * @throws ArithmeticException if {@code d} is zero
     */
    public static Rational of(long n, long d) {
        if (d == 0) {
            throw new ArithmeticException("zero denominator in " + n + "/" + d);
        }
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        return reduceSmall(n, d);
    }

    /** {@return the integer {@code n}} */
    public static Rational of(BigInteger n) {
        return canonicalBig(n, BigInteger.ONE);
    }

    /**
     * The rational {@code n/d}.
     *
     * @throws ArithmeticException if {@code d} is zero
     */
    public static Rational of(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("zero denominator in " + n + "/" + d);
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.signum() == 0) {
            return ZERO;
        }
        return canonicalBig(n, d);
    }

    /** {@return the exact value of a {@link BigDecimal}} */
    public static Rational of(BigDecimal value) {
        return RationalText.fromDecimal(value);
    }

    /**
     * Parses an exact rational: an integer ({@code -12}), a fraction ({@code 3/7}, {@code -3/7}),
     * or a decimal with optional exponent ({@code 1.25}, {@code .5}, {@code -1e-3},
     * {@code 2.5E+2}); every form denotes its exact value. Decimal exponents are limited to
     * {@link #MAX_DECIMAL_EXPONENT} in size.
     *
     * @throws NumberFormatException with a message naming the text if it is not a number
     */
    public static Rational parse(String text) {
        return RationalText.parse(text);
    }

    /**
     * The canonical form of {@code n/d} for a nonzero {@code d}. {@code Long.MIN_VALUE} in either
     * part goes the {@link BigInteger} way: its absolute value and negation overflow, and the
     * Euclidean loop below would return a negative gcd for it.
     */
    private static Rational reduceSmall(long n, long d) {
        if (n == 0) {
            return ZERO;
        }
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        if (d < 0) {
            n = -n;
            d = -d;
        }
        long g = gcd(Math.abs(n), d);
        if (g != 1) {
            n /= g;
            d /= g;
        }
        if (d == 1) {
            if (n == 1) {
                return ONE;
            }
        }
        return new Rational(n, d);
    }

    /** Builds from an already reduced pair with positive denominator. */
    static Rational canonicalBig(BigInteger n, BigInteger d) {
        if (n.signum() == 0) {
            return ZERO;
        }
        if (fitsSmall(n) && fitsSmall(d)) {
            return new Rational(n.longValueExact(), d.longValueExact());
        }
        return new Rational(n, d);
    }

    private static boolean fitsSmall(BigInteger x) {
        return x.bitLength() < 64 && x.compareTo(LONG_MIN) > 0 && x.compareTo(LONG_MAX) <= 0;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private boolean isSmall() {
        return bigNum == null;
    }

    /** {@return the numerator (sign carrier) of the canonical form} */
    public BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(num) : bigNum;
    }

    /** {@return the positive denominator of the canonical form} */
    public BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(den) : bigDen;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return isSmall() ? Long.signum(num) : bigNum.signum();
    }

    /** {@return true if this is zero} */
    public boolean isZero() {
        return signum() == 0;
    }

    /** {@return true if the denominator is 1} */
    public boolean isInteger() {
        return isSmall() ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    /** {@return {@code this + other}} */
    public Rational add(Rational other) {
        if (isSmall() && other.isSmall()) {
            try {
                if (den == other.den) {
                    return reduceSmall(Math.addExact(num, other.num), den);
                }
                long g = gcd(den, other.den);
                long d1 = den / g;
                long d2 = other.den / g;
                long n = Math.addExact(Math.multiplyExact(num, d2), Math.multiplyExact(other.num, d1));
                long d = Math.multiplyExact(den, d2);
                return reduceSmall(n, d);
            } catch (ArithmeticException overflow) {
                // fall through to the exact big path
            }
        }
        BigInteger d1 = denominator();
        BigInteger d2 = other.denominator();
        return of(numerator().multiply(d2).add(other.numerator().multiply(d1)), d1.multiply(d2));
    }

    /** {@return {@code this - other}} */
    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    /** {@return {@code this * other}} */
    public Rational multiply(Rational other) {
        if (signum() == 0 || other.signum() == 0) {
            return ZERO;
        }
        if (isSmall() && other.isSmall()) {
            try {
                long g1 = gcd(Math.abs(num), other.den);
                long g2 = gcd(Math.abs(other.num), den);
                long n = Math.multiplyExact(num / g1, other.num / g2);
                long d = Math.multiplyExact(den / g2, other.den / g1);
                if (n == Long.MIN_VALUE) {
                    throw new ArithmeticException("overflow");
                }
                return n == 1 && d == 1 ? ONE : new Rational(n, d);
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /** {@return {@code this * n}} */
    public Rational multiply(long n) {
        return multiply(of(n));
    }

    /**
     * {@code this / other}.
     *
     * @throws ArithmeticException if {@code other} is zero
     */
    public Rational divide(Rational other) {
        return multiply(other.reciprocal());
    }

    /** {@return {@code -this}} */
    public Rational negate() {
        if (isSmall()) {
            return num == 0 ? ZERO : new Rational(-num, den);
        }
        return canonicalBig(bigNum.negate(), bigDen);
    }

    /** {@return {@code |this|}} */
    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * {@code 1 / this}.
     *
     * @throws ArithmeticException if this is zero
     */
    public Rational reciprocal() {
        if (signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        if (isSmall()) {
            return num < 0 ? new Rational(-den, -num) : new Rational(den, num);
        }
        return bigNum.signum() < 0
                ? canonicalBig(bigDen.negate(), bigNum.negate())
                : canonicalBig(bigDen, bigNum);
    }

    /**
     * {@code this^exponent} for any integer exponent, by repeated squaring (O(log |exponent|)
     * multiplications).
     *
     * @throws ArithmeticException if the exponent is negative and this is zero, or if the result
     *     is beyond the range of {@link BigInteger} (a numerator or denominator of 2^31 bits or more)
     */
    public Rational pow(int exponent) {
        return RationalFunctions.pow(this, exponent);
    }

    /** {@return the largest integer not greater than this} */
    public BigInteger floor() {
        return RationalFunctions.floor(this);
    }

    /** {@return the smallest integer not less than this} */
    public BigInteger ceil() {
        return RationalFunctions.ceil(this);
    }

    /** {@return the smaller of this and {@code other}} */
    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** {@return the larger of this and {@code other}} */
    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@return the midpoint {@code (this + other) / 2}} */
    public Rational midpoint(Rational other) {
        return add(other).multiply(HALF);
    }

    @Override
    public int compareTo(Rational other) {
        if (isSmall() && other.isSmall()) {
            if (den == other.den) {
                return Long.compare(num, other.num);
            }
            long hi1 = Math.multiplyHigh(num, other.den);
            long lo1 = num * other.den;
            long hi2 = Math.multiplyHigh(other.num, den);
            long lo2 = other.num * den;
            if (hi1 != hi2) {
                return Long.compare(hi1, hi2);
            }
            return Long.compareUnsigned(lo1, lo2);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    /** {@return true if {@code this < other}} */
    public boolean lessThan(Rational other) {
        return compareTo(other) < 0;
    }

    /** {@return true if {@code this > other}} */
    public boolean greaterThan(Rational other) {
        return compareTo(other) > 0;
    }

    /**
     * A decimal rendering rounded half-even to {@code digits} places after the point. This is a
     * display form; use {@link #toString()} for the exact value.
     */
    public String toDecimalString(int digits) {
        return toDecimalString(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * A decimal rendering with {@code digits} places rounded in the given direction: use
     * {@link RoundingMode#FLOOR} for the lower end of an enclosure and {@link RoundingMode#CEILING}
     * for the upper end, so the printed interval still encloses.
     */
    public String toDecimalString(int digits, RoundingMode mode) {
        return RationalText.decimal(this, digits, mode);
    }

    /** {@return the exact value as a {@link BigDecimal} if the denominator is of the form 2^a 5^b, else null} */
    public BigDecimal toBigDecimalExact() {
        return terminatingDecimal().orElse(null);
    }

    /** {@return the exact value as a {@link BigDecimal}; empty unless the denominator is of the form 2^a 5^b} */
    public Optional<BigDecimal> terminatingDecimal() {
        return RationalText.terminatingDecimal(this);
    }

    /** The canonical form {@code p/q}, or {@code p} when the denominator is 1. */
    @Override
    public String toString() {
        if (isSmall()) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }

    /** {@return the value as an SMT-LIB real term: {@code 3.0}, {@code (- 3.0)}, {@code (/ 1.0 3.0)}} */
    public String toSmtLib() {
        return RationalText.smtLib(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Rational)) {
            return false;
        }
        Rational r = (Rational) o;
        if (isSmall() != r.isSmall()) {
            return false;
        }
        if (isSmall()) {
            return num == r.num && den == r.den;
        }
        return bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
    }

    @Override
    public int hashCode() {
        if (isSmall()) {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }
        return bigNum.hashCode() * 31 + bigDen.hashCode();
    }
}
