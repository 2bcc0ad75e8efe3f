package org.equicert.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/**
 * JSON forms of exact numbers that a program can read back without loss.
 *
 * <ul>
 * <li>a rational is its canonical text {@code "p/q"} (or {@code "p"});</li>
 * <li>an interval is {@code ["lo", "hi"]};</li>
 * <li>a real algebraic number is {@code {"polynomial": [c0, c1, …], "interval": ["lo", "hi"],
 *     "decimal": "…", "closedForm": "…"}}: the coefficients of a squarefree polynomial with
 *     rational coefficients in ascending degree, an isolating interval (lo, hi] of width below 10^-DIGITS holding
 *     exactly one of its roots, that root truncated to {@link #DIGITS} digits (an ellipsis marks the truncation), and its closed form when one is known.
 *     A rational algebraic number is written as a rational.</li>
 * </ul>
 */
public final class ExactJson {

    /** Decimal digits after the point in {@code "decimal"}. */
    public static final int DIGITS = 20;

    private ExactJson() {
    }

    /** {@code "p/q"}. */
    public static String rational(Rational x) {
        return x.toString();
    }

    /** {@code ["lo", "hi"]}. */
    public static List<String> interval(RationalInterval x) {
        return List.of(x.lower().toString(), x.upper().toString());
    }

    /** A box as one interval per coordinate. */
    public static List<List<String>> box(List<RationalInterval> box) {
        List<List<String>> out = new ArrayList<>();
        for (RationalInterval x : box) {
            out.add(interval(x));
        }
        return out;
    }

    /**
     * A rational as its text; an irrational number as {@code {"polynomial", "interval", "decimal",
     * "closedForm"}} (the last only when a closed form is known). Cost: refining the isolating
     * interval to 10^-DIGITS, O(DIGITS·log 10) Sturm evaluations.
     */
    public static Object algebraic(RealAlgebraic x) {
        if (x.isRational()) {
            return x.toRational().toString();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        UnivariatePolynomial p = x.polynomial();
        List<String> coefficients = new ArrayList<>();
        for (int i = 0; i <= p.degree(); i++) {
            coefficients.add(p.coefficient(i).toString());
        }
        m.put("polynomial", coefficients);
        RealAlgebraic tight = x.refineTo(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(DIGITS)));
        m.put("interval", List.of(tight.lower().toString(), tight.upper().toString()));
        m.put("decimal", x.toDecimalString(DIGITS));
        x.quadraticForm().ifPresent(closed -> m.put("closedForm", closed));
        return m;
    }
}
