package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A branch-and-bound tree of an {@code oracle-spo} claim over one simplex of a class slice: a split
 * bisects the edge between two corners, a leaf says which Bernstein bound closes the sub-simplex.
 * The checker replays it ({@link OracleSpoReplay}); its shape alone proves nothing.
 *
 * <p>On a certificate's data line a tree is written in prefix order as strings, {@code "le"},
 * {@code "lt:K"} and {@code "split:A:B"} (indices in decimal without leading zeros);
 * {@link #parse} accepts exactly the lists {@link #tokens()} writes. Immutable.
 */
public sealed interface SpoTree permits SpoTree.Split, SpoTree.NoGain, SpoTree.Worse {

    /** The deepest tree {@link #parse} accepts (equicert's search stops at depth 60). */
    int MAX_DEPTH = 1_000;

    /**
     * Bisect the edge between corners {@code first} and {@code second}: {@code firstHalf} is the
     * sub-simplex in which the midpoint replaces corner {@code second}, {@code secondHalf} the one
     * in which it replaces corner {@code first}.
     */
    record Split(int first, int second, SpoTree firstHalf, SpoTree secondHalf) implements SpoTree {
        /** @throws IllegalArgumentException if a corner index is negative or both are the same */
        public Split {
            if (first < 0 || second < 0 || first == second) {
                throw new IllegalArgumentException("bad split split:" + first + ":" + second
                        + " (two different corner indices, both at least 0)");
            }
            Objects.requireNonNull(firstHalf, "firstHalf");
            Objects.requireNonNull(secondHalf, "secondHalf");
        }
    }

    /** Leaf {@code le}: every member's largest Bernstein coefficient is at most its utility at the point. */
    record NoGain() implements SpoTree {
    }

    /** Leaf {@code lt:K}: member K's (0-based, in the class) largest coefficient is below its utility at the point. */
    record Worse(int member) implements SpoTree {
        /** @throws IllegalArgumentException if the member index is negative */
        public Worse {
            if (member < 0) {
                throw new IllegalArgumentException("bad leaf lt:" + member);
            }
        }
    }

    /** The prefix-order strings of this tree, as on a certificate's data line. O(size). */
    default List<String> tokens() {
        List<String> out = new ArrayList<>();
        SpoTreeTokens.write(this, out);
        return out;
    }

    /**
     * Reads a tree from its prefix-order strings. O(size).
     *
     * @throws IllegalArgumentException naming the first entry that is not {@code le}, {@code lt:K}
     *     or {@code split:A:B}, a split of a corner with itself, a list that ends early or has
     *     unused entries, or nesting deeper than {@link #MAX_DEPTH}
     */
    static SpoTree parse(List<String> tokens) {
        return SpoTreeTokens.read(tokens);
    }
}
