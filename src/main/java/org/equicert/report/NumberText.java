package org.equicert.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/** Text and JSON forms of exact numbers and profiles shared by the equilibrium renderers. */
final class NumberText {

    private NumberText() {
    }

    /** An upper bound of a non-negative rational with two significant digits, e.g. 8.1e-30; O(log of its size) steps. */
    static String upperScientific(Rational r) {
        if (r.signum() == 0) {
            return "0";
        }
        int exponent = 0;
        Rational x = r;
        while (x.compareTo(Rational.of(10)) >= 0) {
            x = x.divide(Rational.of(10));
            exponent++;
        }
        while (x.compareTo(Rational.ONE) < 0) {
            x = x.multiply(Rational.of(10));
            exponent--;
        }
        return x.toDecimalString(1, RoundingMode.CEILING) + "e" + exponent;
    }

    /** The rational itself when at most 40 characters long, else ≈ its 30-digit upper decimal. */
    static String shortRational(Rational r) {
        String s = r.toString();
        return s.length() <= 40 ? s : "≈" + r.toDecimalString(30, RoundingMode.CEILING);
    }

    /** A point as its rational; otherwise {@code [lo, hi]} with 12 decimals rounded outwards. */
    static String interval(RationalInterval iv) {
        if (iv.lower().equals(iv.upper())) {
            return iv.lower().toString();
        }
        return "[" + iv.lower().toDecimalString(12, RoundingMode.FLOOR) + ", " + iv.upper().toDecimalString(12, RoundingMode.CEILING) + "]";
    }

    /** Intervals joined by {@code separator}. */
    static String intervals(List<RationalInterval> row, String separator) {
        List<String> out = new ArrayList<>();
        for (RationalInterval iv : row) {
            out.add(interval(iv));
        }
        return String.join(separator, out);
    }

    /** Each rational's canonical text. */
    static List<String> vector(List<Rational> v) {
        return v.stream().map(Rational::toString).toList();
    }

    /** A profile as per-player lists of rational texts. */
    static List<Object> profileJson(MixedProfile p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.playerCount(); i++) {
            out.add(vector(List.of(p.strategy(i))));
        }
        return out;
    }

    /** A profile as {@code 1/3,2/3;1,0}: {@link MixedProfile#format}. */
    static String profile(Rational[][] p) {
        return MixedProfile.format(p);
    }
}
