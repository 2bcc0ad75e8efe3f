package org.equicert.symmetric.baseline;

import java.util.Random;

/**
 * The SLSQP-like local search baseline: projected gradient ascent on the simplex with Armijo
 * backtracking, from a start drawn uniformly from the simplex, until the step is below 1e-12 or
 * {@code iterations} steps. Like SLSQP (the seed's optimiser) it is a local method on the
 * constrained problem max EU(s) s.t. s ∈ Δ(A); unlike SLSQP it uses no quasi-Newton model. The
 * gradient of EU(s) = Σ_k U(k) multinomial(n; k) s^k is n·EU(a, s) per action.
 *
 * <p>Reference: Euclidean projection onto the simplex by sorting (J. Duchi, S. Shalev-Shwartz,
 * Y. Singer and T. Chandra, ICML 2008); Armijo's rule (L. Armijo, Pacific J. Math. 16 (1966)).
 * Cost per step: one gradient, O(C(n + m − 2, m − 1)·m) floating-point operations, plus an
 * O(m log m) projection per backtracking trial.
 */
public final class ProjectedGradientSearch {

    private final SymmetricObjective objective;
    private final int players;
    private final int iterations;

    /** A search on the objective of an n-player game. */
    public ProjectedGradientSearch(SymmetricObjective objective, int players, int iterations) {
        this.objective = objective;
        this.players = players;
        this.iterations = iterations;
    }

    /** {@return the final strategy of one seeded run} */
    public double[] run(Random random) {
        int n = objective.actions();
        double[] s = UniformSimplex.draw(n, random);
        double value = objective.value(s);
        double step = 1.0;
        for (int t = 0; t < iterations; t++) {
            double[] g = objective.actionPayoffs(s);
            for (int a = 0; a < n; a++) {
                g[a] *= players;
            }
            boolean moved = false;
            while (step > 1e-14) {
                double[] x = new double[n];
                for (int a = 0; a < n; a++) {
                    x[a] = s[a] + step * g[a];
                }
                double[] y = project(x);
                double decrease = 0.0;
                for (int a = 0; a < n; a++) {
                    decrease += g[a] * (y[a] - s[a]);
                }
                double v = objective.value(y);
                if (v >= value + 1e-4 * decrease && decrease > 0) {
                    double dist = 0.0;
                    for (int a = 0; a < n; a++) {
                        dist = Math.max(dist, Math.abs(y[a] - s[a]));
                    }
                    s = y;
                    value = v;
                    moved = dist > 1e-12;
                    step *= 2.0;
                    break;
                }
                step *= 0.5;
            }
            if (!moved) {
                break;
            }
        }
        return s;
    }

    /** Euclidean projection onto the simplex (sort-based). */
    static double[] project(double[] x) {
        int n = x.length;
        double[] u = x.clone();
        java.util.Arrays.sort(u);
        double cumulative = 0.0;
        double theta = 0.0;
        for (int k = n - 1; k >= 0; k--) {
            cumulative += u[k];
            double t = (cumulative - 1.0) / (n - k);
            if (k == 0 || u[k - 1] <= t) {
                theta = t;
                break;
            }
        }
        double[] y = new double[n];
        for (int a = 0; a < n; a++) {
            y[a] = Math.max(0.0, x[a] - theta);
        }
        return y;
    }
}
