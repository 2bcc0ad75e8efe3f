package org.equicert.number;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Integers and rationals for differential tests, biased to the boundaries of {@link Rational}'s
 * long fast path: 0, ±1, ±(2^k) and ±(2^k ± 1) (which include Long.MIN_VALUE and Long.MAX_VALUE),
 * values near 2^31 and 2^63, random longs, and BigInteger-sized values. The same distribution is
 * offered as a jqwik {@link Arbitrary} (for properties, with shrinking) and as a plain seeded
 * sampler (for the long benchmark run).
 */
final class DifferentialOperands {

    /** The edge integers, each with its negation. */
    static final List<BigInteger> EDGES;

    static {
        List<BigInteger> e = new ArrayList<>();
        e.add(BigInteger.ZERO);
        int[] exponents = {1, 2, 3, 7, 8, 15, 16, 30, 31, 32, 33, 52, 53, 61, 62, 63, 64, 65, 96, 126, 127, 128, 129};
        e.add(BigInteger.ONE);
        for (int k : exponents) {
            BigInteger p = BigInteger.ONE.shiftLeft(k);
            e.add(p);
            e.add(p.subtract(BigInteger.ONE));
            e.add(p.add(BigInteger.ONE));
        }
        for (long delta = -3; delta <= 3; delta++) {
            e.add(BigInteger.ONE.shiftLeft(31).add(BigInteger.valueOf(delta)));
            e.add(BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(delta)));
        }
        e.add(BigInteger.valueOf(1000));
        e.add(BigInteger.valueOf(3).pow(40));
        List<BigInteger> all = new ArrayList<>();
        for (BigInteger x : e) {
            if (!all.contains(x)) {
                all.add(x);
            }
            if (!all.contains(x.negate())) {
                all.add(x.negate());
            }
        }
        EDGES = Collections.unmodifiableList(all);
    }

    private static final BigInteger TWO_POW_200 = BigInteger.ONE.shiftLeft(200);

    private DifferentialOperands() {
    }

    /** Sums and products aimed at: the ends of the long range, one past them, 2^31, 0 and ±1. */
    static final List<BigInteger> TARGETS = List.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
            BigInteger.ONE.shiftLeft(63), BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
            BigInteger.valueOf(Long.MIN_VALUE).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(31), BigInteger.ZERO,
            BigInteger.ONE, BigInteger.ONE.negate());

    /**
     * A partner for x whose sum with x is target/d (same written denominator d, so the long fast
     * path adds the numerators and lands on the target when the denominators reduce alike).
     */
    static Operand sumPartner(Operand x, BigInteger target, int route) {
        return new Operand(target.subtract(x.numerator()), x.denominator(), route);
    }

    /**
     * A partner for x whose product with x has numerator target (exactly when x's numerator
     * divides the target, e.g. powers of two against Long.MIN_VALUE).
     */
    static Operand productPartner(Operand x, BigInteger target, int route) {
        BigInteger n = x.numerator();
        BigInteger cofactor = n.signum() != 0 && target.mod(n.abs()).signum() == 0 ? target.divide(n) : target;
        return new Operand(cofactor, BigInteger.ONE, route);
    }

    // ---- jqwik ----

    /** Pairs of operands, one in three built so that their sum or product hits a boundary target. */
    static Arbitrary<Operand[]> pairs() {
        return Combinators.combine(operands(), operands(), Arbitraries.integers().between(0, 5), Arbitraries.of(TARGETS),
                        Arbitraries.integers().between(0, 3))
                .as((x, y, kind, target, route) -> kind == 0 ? new Operand[] {x, sumPartner(x, target, route)}
                        : kind == 1 ? new Operand[] {x, productPartner(x, target, route)} : new Operand[] {x, y});
    }

    /** Integers: edges, small, long-sized and BigInteger-sized. */
    static Arbitrary<BigInteger> integers() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(EDGES)),
                Tuple.of(2, Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf)),
                Tuple.of(2, longSizedIntegers()),
                Tuple.of(2, bigSizedIntegers()));
    }

    /** Integers that fit in a long (edges inside the range, near 2^31 and 2^63, any long). */
    static Arbitrary<BigInteger> longSizedIntegers() {
        Arbitrary<BigInteger> edges = Arbitraries.of(EDGES.stream().filter(x -> x.bitLength() <= 63).toList());
        return Arbitraries.oneOf(edges, Arbitraries.longs().map(BigInteger::valueOf));
    }

    /** Integers of 64 to 200 bits: never a long. */
    static Arbitrary<BigInteger> bigSizedIntegers() {
        Arbitrary<BigInteger> edges = Arbitraries.of(EDGES.stream().filter(x -> x.bitLength() > 63).toList());
        Arbitrary<BigInteger> random = Arbitraries.bigIntegers().between(TWO_POW_200.negate(), TWO_POW_200)
                .filter(x -> x.bitLength() > 63);
        return Arbitraries.oneOf(edges, random);
    }

    /** An integer numerator and nonzero denominator from the given parts; denominator 1 often. */
    static Arbitrary<BigInteger[]> fractions(Arbitrary<BigInteger> numerators, Arbitrary<BigInteger> denominators) {
        Arbitrary<BigInteger> dens = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigInteger.ONE)),
                Tuple.of(4, denominators.filter(d -> d.signum() != 0)));
        return Combinators.combine(numerators, dens).as((n, d) -> new BigInteger[] {n, d});
    }

    /** Operands: a fraction plus the construction route (see {@link RationalDifferential#build}). */
    static Arbitrary<Operand> operands() {
        return Combinators.combine(fractions(integers(), integers()), Arbitraries.integers().between(0, 3))
                .as((f, route) -> new Operand(f[0], f[1], route));
    }

    /** Operands whose parts fit in a long. */
    static Arbitrary<Operand> longSizedOperands() {
        return Combinators.combine(fractions(longSizedIntegers(), longSizedIntegers()), Arbitraries.integers().between(0, 3))
                .as((f, route) -> new Operand(f[0], f[1], route));
    }

    /** Operands whose numerator or denominator is BigInteger-sized. */
    static Arbitrary<Operand> bigSizedOperands() {
        return Combinators.combine(bigSizedIntegers(), longSizedIntegers(), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3))
                .as((big, small, bigNumerator, route) -> bigNumerator || small.signum() == 0
                        ? new Operand(big, small.signum() == 0 ? BigInteger.ONE : small, route)
                        : new Operand(small, big, route));
    }

    /** Rationals: half with the edge-biased parts above, half with small numerators and denominators. */
    static Arbitrary<Rational> rationals() {
        Arbitrary<Rational> simple = Combinators.combine(Arbitraries.longs().between(-60, 60), Arbitraries.longs().between(1, 40))
                .as(Rational::of);
        Arbitrary<Rational> edgy = fractions(integers(), integers()).map(f -> Rational.of(f[0], f[1]));
        return Arbitraries.oneOf(simple, edgy);
    }

    /** Intervals between two rationals, one in eight a point. */
    static Arbitrary<RationalInterval> intervals() {
        return Combinators.combine(rationals(), rationals(), Arbitraries.integers().between(0, 7))
                .as((a, b, point) -> point == 0 ? RationalInterval.point(a) : RationalIntervalDifferential.between(a, b));
    }

    // ---- seeded sampler (same shape, for the benchmark run) ----

    static BigInteger integer(SplittableRandom random) {
        int pick = random.nextInt(10);
        if (pick < 4) {
            return EDGES.get(random.nextInt(EDGES.size()));
        }
        if (pick < 6) {
            return BigInteger.valueOf(random.nextLong(-1000, 1001));
        }
        if (pick < 8) {
            return longSized(random);
        }
        return bigSized(random);
    }

    static BigInteger longSized(SplittableRandom random) {
        if (random.nextBoolean()) {
            BigInteger x = EDGES.get(random.nextInt(EDGES.size()));
            return x.bitLength() <= 63 ? x : BigInteger.valueOf(random.nextLong());
        }
        return BigInteger.valueOf(random.nextLong());
    }

    static BigInteger bigSized(SplittableRandom random) {
        if (random.nextBoolean()) {
            BigInteger x = EDGES.get(random.nextInt(EDGES.size()));
            if (x.bitLength() > 63) {
                return x;
            }
        }
        BigInteger x = new BigInteger(64 + random.nextInt(137), new Random(random.nextLong())).setBit(63);
        return random.nextBoolean() ? x : x.negate();
    }

    /** A pair of operands as {@link #pairs()} makes them. */
    static Operand[] pair(SplittableRandom random) {
        Operand x = operand(random);
        int kind = random.nextInt(6);
        BigInteger target = TARGETS.get(random.nextInt(TARGETS.size()));
        if (kind == 0) {
            return new Operand[] {x, sumPartner(x, target, random.nextInt(4))};
        }
        if (kind == 1) {
            return new Operand[] {x, productPartner(x, target, random.nextInt(4))};
        }
        return new Operand[] {x, operand(random)};
    }

    static Operand operand(SplittableRandom random) {
        int kind = random.nextInt(4);
        BigInteger n;
        BigInteger d;
        if (kind == 0) {
            n = longSized(random);
            d = longSized(random);
        } else if (kind == 1) {
            n = random.nextBoolean() ? bigSized(random) : longSized(random);
            d = n.bitLength() > 63 ? longSized(random) : bigSized(random);
        } else {
            n = integer(random);
            d = integer(random);
        }
        if (d.signum() == 0 || random.nextInt(5) == 0) {
            d = BigInteger.ONE;
        }
        return new Operand(n, d, random.nextInt(4));
    }

    static Rational rational(SplittableRandom random) {
        if (random.nextBoolean()) {
            return Rational.of(random.nextLong(-60, 61), random.nextLong(1, 41));
        }
        Operand o = operand(random);
        return Rational.of(o.numerator(), o.denominator());
    }

    static RationalInterval interval(SplittableRandom random) {
        Rational a = rational(random);
        return random.nextInt(8) == 0 ? RationalInterval.point(a) : RationalIntervalDifferential.between(a, rational(random));
    }

    /**
     * An unreduced fraction n/d (d nonzero) and how to build the {@link Rational}.
     *
     * @param numerator the numerator as given
     * @param denominator the denominator as given, nonzero, any sign
     * @param route 0 = of(BigInteger, BigInteger), 1 = of(long, long) or of(long) when the parts
     *     fit, 2 = parse("n/d"), 3 = of(n).divide(of(d))
     */
    record Operand(BigInteger numerator, BigInteger denominator, int route) {
        @Override
        public String toString() {
            return numerator + "/" + denominator + " (route " + route + ")";
        }
    }
}
