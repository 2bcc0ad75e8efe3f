package org.equicert.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of stated facts, summable over reports (e.g. by {@code equicert examples}).
 *
 * @param certified facts citing a certificate (directly or as derived from one)
 * @param notCertified all other facts
 */
public record Tally(int certified, int notCertified) {

    /** No facts. */
    public static final Tally NONE = new Tally(0, 0);

    /**
     * @throws IllegalArgumentException if a count is negative
     */
    public Tally {
        if (certified < 0 || notCertified < 0) {
            throw new IllegalArgumentException("fact counts must not be negative, got " + certified + ", " + notCertified);
        }
    }

    /** The sum of two tallies. */
    public Tally plus(Tally other) {
        return new Tally(certified + other.certified, notCertified + other.notCertified);
    }

    /** The sum of many tallies; O(k). */
    public static Tally sum(Collection<Tally> tallies) {
        Tally t = NONE;
        for (Tally x : tallies) {
            t = t.plus(x);
        }
        return t;
    }

    /** The summary line, e.g. {@code facts: 7 certified, 2 not certified}. */
    public String line() {
        return "facts: " + certified + " certified, " + notCertified + " not certified";
    }

    /** The JSON object {@code {"certified": N, "notCertified": M}}. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certified", certified);
        m.put("notCertified", notCertified);
        return m;
    }
}
