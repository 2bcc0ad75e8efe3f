package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The natural statement (QF_NRA, for z3 and cvc5) of an {@link AlgebraicNashClaim}: some θ with
 * p(θ) = 0 in (lo, hi] at which the profile, whose probabilities are polynomials in θ, is not a
 * mixed profile or gives some player a gain by a pure deviation. That (lo, hi] holds exactly one
 * root is left to the linear certificate's Sturm count. Size O(players² · profiles + degree).
 */
final class NaturalAlgebraicNash {

    private NaturalAlgebraicNash() {
    }

    /** The statement for a well-formed claim's data. */
    static String statement(PayoffTable table, Rational[] polynomial, Rational lo, Rational hi, Rational[][][] profile) {
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("(declare-fun theta () Real)\n");
        sb.append(ProfileEncoding.payoffDefinitions(table));
        sb.append("; the profile: s_<player>_<action> as polynomials in theta\n");
        for (int i = 0; i < profile.length; i++) {
            for (int a = 0; a < profile[i].length; a++) {
                sb.append("(define-fun ").append(ProfileEncoding.s(i, a)).append(" () Real ").append(powerSum(profile[i][a], "theta"))
                        .append(")\n");
            }
        }
        sb.append(ProfileEncoding.expectedPayoffDefinitions(table));
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < table.players(); i++) {
            List<String> sum = new ArrayList<>();
            for (int a = 0; a < table.actions(i); a++) {
                sum.add(ProfileEncoding.s(i, a));
                violations.add("(< " + ProfileEncoding.s(i, a) + " 0.0)");
            }
            violations.add("(not (= " + Smt.sum(sum) + " 1.0))");
            for (int a = 0; a < table.actions(i); a++) {
                violations.add("(> " + ProfileEncoding.eu(i, a) + " " + ProfileEncoding.eu(i) + ")");
            }
        }
        sb.append("; negation of the claim: theta is a root of p in (lo, hi] at which the profile is invalid or some player gains by a\n");
        sb.append("; pure deviation (so by a mixed one); that (lo, hi] holds exactly one root is proved by the linear certificate\n");
        sb.append("(assert (and (= ").append(powerSum(polynomial, "theta")).append(" 0.0) (< ").append(Smt.num(lo)).append(" theta) (<= theta ")
                .append(Smt.num(hi)).append(")\n  ").append(Smt.or(violations)).append("))\n(check-sat)\n(exit)\n");
        return sb.toString();
    }

    /** Σ c_t·x^t as an SMT-LIB term. */
    private static String powerSum(Rational[] coefficients, String x) {
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < coefficients.length; t++) {
            if (coefficients[t].isZero()) {
                continue;
            }
            List<String> factors = new ArrayList<>();
            factors.add(Smt.num(coefficients[t]));
            for (int e = 0; e < t; e++) {
                factors.add(x);
            }
            terms.add(Smt.product(factors));
        }
        return Smt.sum(terms);
    }
}
