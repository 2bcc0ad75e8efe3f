package org.equicert.number;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long differential run behind {@code benchmarks/rational-differential.sh}: the property code
 * of {@link RationalDifferential}, {@link RationalIntervalDifferential} and
 * {@link AlgebraicDifferential} on seeded operands from {@link DifferentialOperands}, until
 * {@code -Dequicert.differential.operations=N} Rational operations (N/10 interval and N/1000
 * algebraic ones) have been checked. Disabled in the normal test run. Prints operations,
 * mismatches and seconds per kind, also to {@code target/rational-differential.txt}; fails if any
 * operation disagreed with the reference.
 */
class DifferentialRunTest {

    private static final String OPERATIONS = "equicert.differential.operations";

    @Test
    @EnabledIfSystemProperty(named = OPERATIONS, matches = "[0-9]+")
    void manyOperationsAgreeWithTheReference() throws IOException {
        long target = Long.parseLong(System.getProperty(OPERATIONS));
        long seed = Long.parseLong(System.getProperty("equicert.differential.seed", "1"));
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("seed %d, target %,d Rational operations", seed, target));
        lines.add(String.format("%-18s %14s %10s %9s", "kind", "operations", "mismatches", "seconds"));

        RationalDifferential.Tally rational = new RationalDifferential.Tally();
        long start = System.nanoTime();
        while (rational.operations() < target) {
            DifferentialOperands.Operand[] pair = DifferentialOperands.pair(random);
            RationalDifferential.all(rational, pair[0], pair[1], DifferentialOperands.longSized(random).longValue());
        }
        lines.add(row("Rational", rational, start));

        RationalDifferential.Tally interval = new RationalDifferential.Tally();
        start = System.nanoTime();
        while (interval.operations() < target / 10) {
            RationalIntervalDifferential.all(interval, DifferentialOperands.interval(random), DifferentialOperands.interval(random),
                    DifferentialOperands.rational(random));
        }
        lines.add(row("RationalInterval", interval, start));

        RationalDifferential.Tally algebraic = new RationalDifferential.Tally();
        start = System.nanoTime();
        while (algebraic.operations() < target / 1000) {
            QuadraticSurd x = surd(random);
            QuadraticSurd y = random.nextInt(3) == 0 ? x : surd(random);
            long m = AlgebraicDifferential.RADICANDS[random.nextInt(AlgebraicDifferential.RADICANDS.length)];
            Rational extra = Rational.of(random.nextLong(-30, 31), random.nextLong(1, 13));
            RealAlgebraic ax = AlgebraicDifferential.build(x, random.nextInt(4), extra, m);
            RealAlgebraic ay = AlgebraicDifferential.build(y, random.nextInt(4), extra.negate(), m);
            if (ax == null || ay == null) {
                continue;
            }
            List<Rational> near = new ArrayList<>(AlgebraicDifferential.nearby(x));
            near.add(extra);
            AlgebraicDifferential.single(algebraic, x, ax, near, small(random), small(random), small(random));
            AlgebraicDifferential.pair(algebraic, x, ax, y, ay);
        }
        lines.add(row("RealAlgebraic", algebraic, start));

        long total = rational.operations() + interval.operations() + algebraic.operations();
        long mismatches = rational.mismatches() + interval.mismatches() + algebraic.mismatches();
        lines.add(String.format("%-18s %,14d %,10d", "total", total, mismatches));
        for (RationalDifferential.Tally t : List.of(rational, interval, algebraic)) {
            for (String m : t.firstMismatches()) {
                lines.add("mismatch: " + m);
            }
        }
        Path out = Path.of("target", "rational-differential.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        PrintStream o = System.out;
        lines.forEach(o::println);
        rational.assertNone();
        interval.assertNone();
        algebraic.assertNone();
    }

    private static String row(String kind, RationalDifferential.Tally t, long start) {
        return String.format("%-18s %,14d %,10d %9.1f", kind, t.operations(), t.mismatches(), (System.nanoTime() - start) / 1e9);
    }

    private static Rational small(SplittableRandom random) {
        return Rational.of(random.nextLong(-30, 31), random.nextLong(1, 13));
    }

    private static QuadraticSurd surd(SplittableRandom random) {
        Rational a = random.nextInt(5) == 0 ? Rational.of(BigInteger.valueOf(random.nextLong()), BigInteger.valueOf(random.nextLong(1, 1L << 40)))
                : small(random);
        long bn = random.nextLong(1, 7) * (random.nextBoolean() ? 1 : -1);
        Rational b = Rational.of(bn, random.nextLong(1, 7));
        long n = AlgebraicDifferential.RADICANDS[random.nextInt(AlgebraicDifferential.RADICANDS.length)];
        return QuadraticSurd.of(a, b, n);
    }
}
