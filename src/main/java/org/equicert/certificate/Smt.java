package org.equicert.certificate;

import java.util.List;
import org.equicert.number.Rational;

/** Small helpers for writing SMT-LIB terms. */
final class Smt {

    private Smt() {
    }

    static String num(Rational r) {
        return r.toSmtLib();
    }

    /** An n-ary application that stays well-formed for 0 or 1 arguments. */
    static String sum(List<String> terms) {
        if (terms.isEmpty()) {
            return "0.0";
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return "(+ " + String.join(" ", terms) + ")";
    }

    static String and(List<String> terms) {
        if (terms.isEmpty()) {
            return "true";
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return "(and " + String.join(" ", terms) + ")";
    }

    static String or(List<String> terms) {
        if (terms.isEmpty()) {
            return "false";
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return "(or " + String.join("\n    ", terms) + ")";
    }

    static String product(List<String> factors) {
        if (factors.isEmpty()) {
            return "1.0";
        }
        if (factors.size() == 1) {
            return factors.get(0);
        }
        return "(* " + String.join(" ", factors) + ")";
    }

    /** The end of every certificate: a comment, the asserted negation, (check-sat) and (exit). */
    static String negatedClaim(String comment, List<String> negation) {
        return "; " + comment + "\n(assert " + or(negation) + ")\n(check-sat)\n(exit)\n";
    }
}
