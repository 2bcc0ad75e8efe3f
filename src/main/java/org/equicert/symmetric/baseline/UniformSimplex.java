package org.equicert.symmetric.baseline;

import java.util.Random;

/**
 * Uniform draws from the probability simplex (normalised exponentials, i.e. Dirichlet(1, …, 1)).
 *
 * <p>Reference: L. Devroye, <i>Non-Uniform Random Variate Generation</i>, 1986, §V.2 (Dirichlet
 * via exponential spacings). Cost O(m) per draw.
 */
final class UniformSimplex {

    private UniformSimplex() {
    }

    static double[] draw(int n, Random random) {
        double[] s = new double[n];
        double total = 0.0;
        for (int a = 0; a < n; a++) {
            s[a] = -Math.log(1.0 - random.nextDouble());
            total += s[a];
        }
        for (int a = 0; a < n; a++) {
            s[a] /= total;
        }
        return s;
    }
}
