package org.equicert.dynamics.simulation;

import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import org.equicert.dynamics.MarkovChain;
import org.equicert.number.Rational;

/**
 * Seeded simulation of a chain from the generative model (uniform first round), as a cross-check of
 * the exact distributions — never a source of claims. Transitions are sampled <em>exactly</em>: a
 * probability p/q is hit by a uniformly random integer in [0, q), so no floating point enters the
 * sampling. Each of N runs is independent and ends at round T, so the final profiles are an i.i.d.
 * sample of the exact round-T distribution.
 */
public final class ChainSimulation {

    private final MarkovChain chain;
    private final long seed;

    /** A simulation of the chain with a seed (same seed, same result). */
    public ChainSimulation(MarkovChain chain, long seed) {
        this.chain = chain;
        this.seed = seed;
    }

    /** Counts of the state at round T over N independent runs started uniformly at round 1. */
    public long[] finalStateCounts(int runs, int rounds) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Random big = new Random(rnd.nextLong());
        long[] counts = new long[chain.states()];
        for (int r = 0; r < runs; r++) {
            int s = rnd.nextInt(chain.states());
            for (int t = 1; t < rounds; t++) {
                s = step(s, big);
            }
            counts[s]++;
        }
        return counts;
    }

    private int step(int s, Random big) {
        BigInteger common = BigInteger.ONE;
        for (int k = 0; k < chain.degree(s); k++) {
            BigInteger d = chain.probabilityAt(s, k).denominator();
            common = common.divide(common.gcd(d)).multiply(d);
        }
        BigInteger draw;
        do {
            draw = new BigInteger(common.bitLength(), big);
        } while (draw.compareTo(common) >= 0);
        BigInteger acc = BigInteger.ZERO;
        for (int k = 0; k < chain.degree(s); k++) {
            Rational p = chain.probabilityAt(s, k);
            acc = acc.add(p.numerator().multiply(common.divide(p.denominator())));
            if (draw.compareTo(acc) < 0) {
                return chain.successor(s, k);
            }
        }
        return chain.successor(s, chain.degree(s) - 1);
    }

    /**
     * Comparison of simulated final-state frequencies with an exact distribution.
     *
     * @param worstState the state with the largest deviation
     * @param maxDeviation the largest |frequency − probability|
     * @param radius Hoeffding's radius at confidence 1 − δ
     */
    public record Comparison(int worstState, double maxDeviation, double radius) {
        /** True if every frequency is within the radius. */
        public boolean agrees() {
            return maxDeviation <= radius;
        }
    }

    /** Compares counts from N runs with the exact distribution, at confidence 1 − δ. */
    public static Comparison compare(long[] counts, Rational[] exact, double delta) {
        long runs = 0;
        for (long c : counts) {
            runs += c;
        }
        double worst = 0;
        int worstState = 0;
        for (int k = 0; k < counts.length; k++) {
            double dev = Math.abs(counts[k] / (double) runs - toDouble(exact[k]));
            if (dev > worst) {
                worst = dev;
                worstState = k;
            }
        }
        return new Comparison(worstState, worst, hoeffdingRadius(runs, delta));
    }

    /** A double approximation of an exact probability, for this numeric cross-check only. */
    public static double toDouble(Rational r) {
        return new java.math.BigDecimal(r.numerator()).divide(new java.math.BigDecimal(r.denominator()), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    /**
     * Hoeffding's bound: with probability at least 1 − δ, each empirical frequency from N i.i.d.
     * samples lies within sqrt(ln(2/δ)/(2N)) of its probability. A numeric baseline value for display.
     */
    public static double hoeffdingRadius(long samples, double delta) {
        return Math.sqrt(Math.log(2 / delta) / (2.0 * samples));
    }
}
