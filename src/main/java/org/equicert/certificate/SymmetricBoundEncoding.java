package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.equicert.number.Rational;

/**
 * The SMT-LIB of symmetric bound claims. The linear certificate (QF_LRA) states the recomputed leaf
 * quantities as numerals and asserts that one is positive or that the witness beats the bound —
 * unsat proves the claim given the replay. The natural statement (QF_NRA), for exact optima of
 * small games, asserts a profile constant on the orbits with EU above the bound, EU written in
 * Bernstein form, for external solvers. Cost linear in the quantities, resp. O(K·n) for K
 * coefficients and n players.
 */
final class SymmetricBoundEncoding {

    /** Domains with more Bernstein coefficients than this get no natural statement. */
    static final int MAX_NATURAL_COEFFICIENTS = 60;

    private SymmetricBoundEncoding() {
    }

    /** The linear certificate of a bound claim from its recomputed leaf quantities. */
    static String linear(List<Rational> excess, Rational bound, Rational witnessValue) {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an\n");
        sb.append("; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.\n");
        List<String> negation = new ArrayList<>();
        for (int k = 0; k < excess.size(); k++) {
            sb.append("(define-fun q_").append(k + 1).append(" () Real ").append(Smt.num(excess.get(k))).append(")\n");
            negation.add("(> q_" + (k + 1) + " 0.0)");
        }
        sb.append("(define-fun bound () Real ").append(Smt.num(bound)).append(")\n");
        sb.append("(define-fun witnessValue () Real ").append(Smt.num(witnessValue)).append(")\n");
        negation.add("(> witnessValue bound)");
        sb.append(Smt.negatedClaim("negation: some leaf quantity is positive, or the witness beats the bound", negation));
        return sb.toString();
    }

    /**
     * The natural statement "∃ a strategy s_o per orbit with EU &gt; bound", or empty for domains
     * above {@link #MAX_NATURAL_COEFFICIENTS} coefficients or a bound that is not attained (a bound
     * strictly above an irrational optimum is a hard NRA query).
     */
    static Optional<String> natural(BernsteinDomain d, Rational bound, Rational witnessValue) {
        if (d.size() > MAX_NATURAL_COEFFICIENTS || !bound.equals(witnessValue)) {
            return Optional.empty();
        }
        return Optional.of(naturalStatement(d, bound, (q, a) -> "s_" + (q + 1) + "_" + (a + 1),
                "EU of the profile in which orbit o plays s_o (Bernstein form)"));
    }

    /**
     * The QF_NRA statement "∃ a strategy per orbit with EU &gt; bound" over the domain, EU in
     * Bernstein form (coefficient times multinomial times the monomial of the count vector), shared
     * by the orbit and the count-table bound claims. Orbit q's probability of action a is the real
     * named {@code variable.apply(q, a)} (both 0-based); {@code euComment} is the comment line above
     * EU's definition. O(K·n) for K coefficients and n players.
     */
    static String naturalStatement(BernsteinDomain d, Rational bound, BiFunction<Integer, Integer, String> variable, String euComment) {
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        List<String> constraints = new ArrayList<>();
        for (int q = 0; q < d.orbits(); q++) {
            List<String> sum = new ArrayList<>();
            for (int a = 0; a < d.actions[q]; a++) {
                String x = variable.apply(q, a);
                sb.append("(declare-fun ").append(x).append(" () Real)\n");
                constraints.add("(>= " + x + " 0.0)");
                sum.add(x);
            }
            constraints.add("(= " + Smt.sum(sum) + " 1.0)");
        }
        List<String> terms = new ArrayList<>();
        for (int p = 0; p < d.size(); p++) {
            Rational c = d.coefficient(p).multiply(Rational.of(d.multinomial(p)));
            if (c.isZero()) {
                continue;
            }
            List<String> factors = new ArrayList<>();
            factors.add(Smt.num(c));
            int[][] k = d.indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    for (int e = 0; e < k[q][a]; e++) {
                        factors.add(variable.apply(q, a));
                    }
                }
            }
            terms.add(Smt.product(factors));
        }
        sb.append("; ").append(euComment).append("\n");
        sb.append("(define-fun eu () Real ").append(Smt.sum(terms)).append(")\n");
        constraints.add("(> eu " + Smt.num(bound) + ")");
        sb.append("(assert ").append(Smt.and(constraints)).append(")\n(check-sat)\n(exit)\n");
        return sb.toString();
    }
}
