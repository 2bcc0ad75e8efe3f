package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/** Conversions between exact values and the JSON data embedded in certificate headers. */
final class ClaimData {

    private ClaimData() {
    }

    static List<String> vector(Rational[] v) {
        List<String> r = new ArrayList<>();
        for (Rational x : v) {
            r.add(x.toString());
        }
        return r;
    }

    static List<List<String>> matrix(Rational[][] m) {
        List<List<String>> r = new ArrayList<>();
        for (Rational[] row : m) {
            r.add(vector(row));
        }
        return r;
    }

    static Rational[] vector(Object o) {
        List<?> l = (List<?>) o;
        Rational[] r = new Rational[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Rational.parse(String.valueOf(l.get(i)));
        }
        return r;
    }

    static Rational[][] matrix(Object o) {
        List<?> l = (List<?>) o;
        Rational[][] r = new Rational[l.size()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = vector(l.get(i));
        }
        return r;
    }

    static Rational[][] copy(Rational[][] m) {
        Rational[][] r = new Rational[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = m[i].clone();
        }
        return r;
    }

    /** The start of a claim's data: its kind and its game. */
    static java.util.Map<String, Object> withGame(String kind, PayoffTable table) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kind", kind);
        m.put("game", table.toData());
        return m;
    }

    /** The game of a claim's data. */
    @SuppressWarnings("unchecked")
    static PayoffTable game(java.util.Map<String, Object> m) {
        return PayoffTable.fromData((java.util.Map<String, Object>) m.get("game"));
    }
}
