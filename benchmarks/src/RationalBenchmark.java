import java.math.BigInteger;
import java.util.SplittableRandom;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.equicert.number.Rational;

/**
 * Rational arithmetic throughput: equicert's Rational (long fast path + BigInteger) against
 * Apfloat's Aprational and a naive BigInteger fraction, measured in the same run on the same
 * operand streams. Workloads:
 *   small  - expected-utility style sums of products of small fractions (payoffs x probabilities)
 *   growth - a harmonic-like sum whose denominators outgrow 64 bits (exercises the big path)
 * Prints operations per second and the ratios ours/peer (higher is better for us).
 */
public final class RationalBenchmark {

    /** A naive fraction: BigInteger numerator/denominator, gcd after every operation. */
    record Naive(BigInteger n, BigInteger d) {
        static Naive of(long n, long d) {
            return norm(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        static Naive norm(BigInteger n, BigInteger d) {
            if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
            BigInteger g = n.gcd(d);
            return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Naive(n, d) : new Naive(n.divide(g), d.divide(g));
        }
        Naive add(Naive o) { return norm(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d)); }
        Naive mul(Naive o) { return norm(n.multiply(o.n), d.multiply(o.d)); }
    }

    static long[][] operands(int count, long seed, int maxNum, int maxDen) {
        SplittableRandom r = new SplittableRandom(seed);
        long[][] ops = new long[count][4];
        for (long[] o : ops) {
            o[0] = r.nextInt(-maxNum, maxNum + 1);
            o[1] = r.nextInt(1, maxDen + 1);
            o[2] = r.nextInt(0, maxNum + 1);
            o[3] = r.nextInt(1, maxDen + 1);
        }
        return ops;
    }

    static Object ours(long[][] ops, boolean growth) {
        Rational acc = Rational.ZERO;
        for (int i = 0; i < ops.length; i++) {
            long[] o = ops[i];
            Rational term = growth ? Rational.of(1, i + 1) : Rational.of(o[0], o[1]).multiply(Rational.of(o[2], o[3]));
            acc = acc.add(term);
            if (!growth && (i & 63) == 63) {
                acc = Rational.ZERO;
            }
        }
        return acc;
    }

    static Object apfloat(long[][] ops, boolean growth) {
        Aprational acc = new Aprational(new Apint(0));
        Aprational zero = acc;
        for (int i = 0; i < ops.length; i++) {
            long[] o = ops[i];
            Aprational term = growth ? new Aprational(new Apint(1), new Apint(i + 1))
                    : new Aprational(new Apint(o[0]), new Apint(o[1])).multiply(new Aprational(new Apint(o[2]), new Apint(o[3])));
            acc = acc.add(term);
            if (!growth && (i & 63) == 63) {
                acc = zero;
            }
        }
        return acc;
    }

    static Object naive(long[][] ops, boolean growth) {
        Naive acc = Naive.of(0, 1);
        Naive zero = acc;
        for (int i = 0; i < ops.length; i++) {
            long[] o = ops[i];
            Naive term = growth ? Naive.of(1, i + 1) : Naive.of(o[0], o[1]).mul(Naive.of(o[2], o[3]));
            acc = acc.add(term);
            if (!growth && (i & 63) == 63) {
                acc = zero;
            }
        }
        return acc;
    }

    interface Workload {
        Object run(long[][] ops, boolean growth);
    }

    /** Best of several timed repetitions, in operations per second. */
    static double throughput(Workload w, long[][] ops, boolean growth, int reps) {
        double best = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            Object sink = w.run(ops, growth);
            long t1 = System.nanoTime();
            if (sink == null) {
                throw new AssertionError();
            }
            best = Math.max(best, ops.length / ((t1 - t0) / 1e9));
        }
        return best;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int growthN = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        long[][] small = operands(n, 42, 100, 12);
        long[][] growth = operands(growthN, 7, 1, 1);
        // warm-up
        for (int i = 0; i < 3; i++) {
            ours(small, false); apfloat(small, false); naive(small, false);
            ours(growth, true); apfloat(growth, true); naive(growth, true);
        }
        // correctness cross-check of the three implementations on the growth sum
        String a = ours(growth, true).toString();
        Naive nv = (Naive) naive(growth, true);
        if (!a.equals(nv.n() + "/" + nv.d())) {
            throw new AssertionError("implementations disagree");
        }
        System.out.println("workload, equicert Rational ops/s, Aprational ops/s, naive BigInteger ops/s, ratio vs Aprational, ratio vs naive");
        for (boolean g : new boolean[] {false, true}) {
            long[][] ops = g ? growth : small;
            double o = throughput(RationalBenchmark::ours, ops, g, 5);
            double ap = throughput(RationalBenchmark::apfloat, ops, g, 5);
            double nb = throughput(RationalBenchmark::naive, ops, g, 5);
            System.out.printf("%s, %.0f, %.0f, %.0f, %.2f, %.2f%n", g ? "growth (H_" + ops.length + ")" : "small (mul+add)", o, ap, nb, o / ap, o / nb);
        }
    }
}
