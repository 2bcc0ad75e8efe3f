package org.equicert.symmetric.baseline;

import java.util.Random;

/**
 * The replicator dynamic of seed 001, App. F.3, simulated with Euler's method and step size 1:
 * s(a) ← s(a) + s(a)·(EU(a, s) − EU(s)), on payoffs mapped onto [0, 1] (which keeps s in the simplex),
 * from a start drawn uniformly from the simplex. Stops after {@code iterations} steps or when the
 * update's largest entry is below 1e-13. A numeric baseline: its output is checked exactly elsewhere.
 *
 * <p>Reference: P. D. Taylor and L. B. Jonker, "Evolutionary stable strategies and game
 * dynamics", Math. Biosci. 40 (1978). Cost per step: one evaluation of EU(a, s) for every action,
 * O(C(n + m − 2, m − 1)·m) floating-point operations.
 */
public final class ReplicatorDynamics {

    private final SymmetricObjective objective;
    private final int iterations;

    /** @param objective must normalise payoffs to [0, 1] */
    public ReplicatorDynamics(SymmetricObjective objective, int iterations) {
        this.objective = objective;
        this.iterations = iterations;
    }

    /** {@return the final strategy of one seeded run} */
    public double[] run(Random random) {
        double[] s = UniformSimplex.draw(objective.actions(), random);
        for (int t = 0; t < iterations; t++) {
            double[] p = objective.actionPayoffs(s);
            double mean = 0.0;
            for (int a = 0; a < s.length; a++) {
                mean += s[a] * p[a];
            }
            double change = 0.0;
            double total = 0.0;
            for (int a = 0; a < s.length; a++) {
                double d = s[a] * (p[a] - mean);
                s[a] = Math.max(0.0, s[a] + d);
                total += s[a];
                change = Math.max(change, Math.abs(d));
            }
            for (int a = 0; a < s.length; a++) {
                s[a] /= total;
            }
            if (change < 1e-13) {
                break;
            }
        }
        return s;
    }
}
