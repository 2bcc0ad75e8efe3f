package org.equicert.number;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Exact counting and enumeration shared by the producers: binomial and multinomial coefficients,
 * the k-subsets of {0, …, n−1} in lexicographic order, and the weak compositions of n (count
 * vectors) in descending lexicographic order.
 *
 * <p>Reference: D. E. Knuth, <i>The Art of Computer Programming</i> Vol. 4A (2011), §7.2.1.3
 * (lexicographic generation of combinations, Algorithm L); the multinomial as a product of
 * binomials, n!/(k₁!⋯k_m!) = Π_i C(k₁+⋯+k_i, k_i). Complexity: binomial O(k) and multinomial
 * O(n) multiplications of numbers of O(n log n) bits; each next subset O(k); the C(n+p−1, p−1)
 * compositions of n into p parts in O(p) each.
 */
public final class Combinatorics {

    private Combinatorics() {
    }

    /**
     * The binomial coefficient C(n, k): zero when k &lt; 0 or k &gt; n.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public static BigInteger binomial(int n, int k) {
        if (n < 0) {
            throw new IllegalArgumentException("binomial of a negative n = " + n);
        }
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        int m = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < m; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }

    /**
     * The multinomial coefficient (Σk)! / Π k_i!: the number of sequences with k_i copies of
     * symbol i, e.g. the number of pure profiles with these action counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static BigInteger multinomial(int... counts) {
        BigInteger r = BigInteger.ONE;
        int total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("multinomial of a negative count " + c);
            }
            for (int j = 1; j <= c; j++) {
                total++;
                r = r.multiply(BigInteger.valueOf(total)).divide(BigInteger.valueOf(j));
            }
        }
        return r;
    }

    /**
     * The multinomial coefficient of a list of counts; see {@link #multinomial(int...)}.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static BigInteger multinomial(List<Integer> counts) {
        return multinomial(counts.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The k-subsets of {0, …, n−1} as increasing index arrays, in lexicographic order; each array
     * is fresh. There are C(n, k) of them: one (the empty array) when k = 0, none when k &gt; n.
     *
     * @throws IllegalArgumentException if n or k is negative
     */
    public static Iterable<int[]> kSubsets(int n, int k) {
        if (n < 0 || k < 0) {
            throw new IllegalArgumentException("k-subsets with n = " + n + ", k = " + k);
        }
        return () -> new Iterator<>() {
            private int[] next = k <= n ? first(k) : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public int[] next() {
                if (next == null) {
                    throw new NoSuchElementException("no further " + k + "-subset of " + n);
                }
                int[] current = next.clone();
                next = successor(next, n);
                return current;
            }
        };
    }

    /**
     * All vectors of {@code parts} non-negative integers summing to {@code total} (weak
     * compositions, e.g. the action counts of {@code total} players over {@code parts} actions), in
     * descending lexicographic order: (total, 0, …, 0) first, (0, …, 0, total) last. There are
     * C(total + parts − 1, parts − 1) of them; with no parts, one empty vector when total = 0.
     *
     * @throws IllegalArgumentException if total or parts is negative
     */
    public static List<int[]> compositions(int total, int parts) {
        if (total < 0 || parts < 0) {
            throw new IllegalArgumentException("compositions of " + total + " into " + parts + " parts");
        }
        List<int[]> out = new ArrayList<>();
        if (parts == 0) {
            if (total == 0) {
                out.add(new int[0]);
            }
            return out;
        }
        compose(total, 0, new int[parts], out);
        return out;
    }

    private static void compose(int left, int at, int[] current, List<int[]> out) {
        if (at == current.length - 1) {
            current[at] = left;
            out.add(current.clone());
            return;
        }
        for (int v = left; v >= 0; v--) {
            current[at] = v;
            compose(left - v, at + 1, current, out);
        }
    }

    private static int[] first(int k) {
        int[] s = new int[k];
        for (int i = 0; i < k; i++) {
            s[i] = i;
        }
        return s;
    }

    /** The lexicographic successor of s (changed in place), or null after the last subset. */
    private static int[] successor(int[] s, int n) {
        int k = s.length;
        int i = k - 1;
        while (i >= 0 && s[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        s[i]++;
        for (int j = i + 1; j < k; j++) {
            s[j] = s[j - 1] + 1;
        }
        return s;
    }
}
