package org.equicert.game.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable permutation ρ of player indices {0, …, n−1}; printed and parsed in 1-based cycle
 * notation such as {@code (1 3)(2 4)}.
 *
 * <p>Reference: cycle notation (e.g. M. Hall, <i>The Theory of Groups</i>, 1959, §5.1). Cost:
 * composition, inverse, application and cycle decomposition O(n).
 */
public final class Permutation {

    private final int[] image;

    private Permutation(int[] image) {
        this.image = image;
    }

    /**
     * The permutation i ↦ image[i] (0-based).
     *
     * @throws IllegalArgumentException if image is not a permutation
     */
    public static Permutation of(int[] image) {
        boolean[] seen = new boolean[image.length];
        for (int x : image) {
            if (x < 0 || x >= image.length || seen[x]) {
                throw new IllegalArgumentException("not a permutation: " + Arrays.toString(image));
            }
            seen[x] = true;
        }
        return new Permutation(image.clone());
    }

    /** {@return the identity on n points} */
    public static Permutation identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return new Permutation(id);
    }

    /**
     * Parses 1-based cycle notation on n points: {@code (1 3)(2 4)}, {@code (1,2,3,4)}, or
     * {@code ()} for the identity.
     *
     * @throws IllegalArgumentException naming the problem if the text is not valid
     */
    public static Permutation parseCycles(String text, int n) {
        int[] image = new int[n];
        for (int i = 0; i < n; i++) {
            image[i] = i;
        }
        boolean[] used = new boolean[n];
        String s = text.strip();
        int pos = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c != '(') {
                throw new IllegalArgumentException("expected '(' at column " + (pos + 1) + " of \"" + text + "\"");
            }
            int close = s.indexOf(')', pos);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed cycle at column " + (pos + 1) + " of \"" + text + "\"");
            }
            String body = s.substring(pos + 1, close).trim();
            List<Integer> cycle = new ArrayList<>();
            if (!body.isEmpty()) {
                for (String part : body.split("[\\s,]+")) {
                    int p;
                    try {
                        p = Integer.parseInt(part) - 1;
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + part + "' is not a player number in \"" + text + "\"");
                    }
                    if (p < 0 || p >= n) {
                        throw new IllegalArgumentException("player " + part + " out of range 1.." + n + " in \"" + text + "\"");
                    }
                    if (used[p]) {
                        throw new IllegalArgumentException("player " + part + " appears twice in \"" + text + "\"");
                    }
                    used[p] = true;
                    cycle.add(p);
                }
            }
            for (int k = 0; k < cycle.size(); k++) {
                image[cycle.get(k)] = cycle.get((k + 1) % cycle.size());
            }
            pos = close + 1;
        }
        return new Permutation(image);
    }

    /** {@return the number of points} */
    public int size() {
        return image.length;
    }

    /** ρ(i). */
    public int apply(int i) {
        return image[i];
    }

    /** {@return the composition {@code this ∘ other}: i ↦ this(other(i))} */
    public Permutation compose(Permutation other) {
        int[] r = new int[image.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = image[other.image[i]];
        }
        return new Permutation(r);
    }

    /** {@return the inverse} */
    public Permutation inverse() {
        int[] r = new int[image.length];
        for (int i = 0; i < r.length; i++) {
            r[image[i]] = i;
        }
        return new Permutation(r);
    }

    /** {@return true for the identity} */
    public boolean isIdentity() {
        for (int i = 0; i < image.length; i++) {
            if (image[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** {@return the images as an array (a copy)} */
    public int[] toArray() {
        return image.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permutation && Arrays.equals(image, ((Permutation) o).image);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(image);
    }

    /** 1-based cycle notation, fixed points omitted; {@code ()} for the identity. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        boolean[] seen = new boolean[image.length];
        for (int i = 0; i < image.length; i++) {
            if (seen[i] || image[i] == i) {
                continue;
            }
            sb.append('(');
            int j = i;
            boolean first = true;
            while (!seen[j]) {
                seen[j] = true;
                sb.append(first ? "" : " ").append(j + 1);
                first = false;
                j = image[j];
            }
            sb.append(')');
        }
        return sb.length() == 0 ? "()" : sb.toString();
    }
}
