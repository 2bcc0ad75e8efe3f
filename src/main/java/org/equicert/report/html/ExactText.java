package org.equicert.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;

/**
 * Exact numbers as a reader sees them — the rational, a closed form, or a polynomial with an
 * isolating interval — with a decimal beside them; and the conversion to {@code double} used for
 * drawing coordinates only (never for a claim). Pure functions.
 */
public final class ExactText {

    private ExactText() {
    }

    /** E.g. {@code 1/3 ≈ 0.333333}, or {@code 2} for an integer. */
    public static String of(Rational r) {
        if (r.isInteger()) {
            return r.toString();
        }
        return r + " ≈ " + r.toDecimalString(6, RoundingMode.HALF_EVEN);
    }

    /**
     * E.g. {@code 2 - √2 ≈ 0.585786}, or {@code the root of x^3 - 2 in (1, 2] ≈ 1.259921} when no
     * closed form is known. Cost: refining the isolating interval to 10⁻⁸ (a few bisections).
     */
    public static String of(RealAlgebraic x) {
        if (x.isRational()) {
            return of(x.toRational());
        }
        String exact = x.quadraticForm().orElseGet(() -> "the root of " + x.polynomial() + " in (" + x.lower() + ", " + x.upper() + "]");
        return exact + " ≈ " + x.toDecimalString(6).replace("…", "");
    }

    /** A profile per player, e.g. {@code (1/3, 2/3); (1, 0)}, exact. */
    public static String profile(Rational[][] p) {
        List<String> players = new ArrayList<>();
        for (Rational[] s : p) {
            List<String> xs = new ArrayList<>();
            for (Rational x : s) {
                xs.add(x.toString());
            }
            players.add("(" + String.join(", ", xs) + ")");
        }
        return String.join("; ", players);
    }

    /** A list of exact values, comma separated, each with its decimal when not an integer. */
    public static String values(List<Rational> values) {
        List<String> out = new ArrayList<>();
        for (Rational v : values) {
            out.add(of(v));
        }
        return String.join(", ", out);
    }

    /** The nearest double, for drawing only. */
    public static double draw(Rational r) {
        return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), MathContext.DECIMAL64).doubleValue();
    }

    /** A double within 10⁻¹⁵ of x, for drawing only. */
    public static double draw(RealAlgebraic x) {
        return x.isRational() ? draw(x.toRational()) : Double.parseDouble(x.toDecimalString(17).replace("…", ""));
    }
}
