package org.equicert.oracle;

import java.util.Objects;

/**
 * The branch-and-bound tree {@link SpoSearch} builds over one simplex of a class slice: a split
 * bisects the edge between two corners; a leaf names the Bernstein bound that closes its
 * sub-simplex. Immutable; depth at most {@link SpoSearch#MAX_DEPTH} + 1.
 */
public sealed interface BranchAndBoundTree permits BranchAndBoundTree.Split, BranchAndBoundTree.NoGain, BranchAndBoundTree.Worse {

    /**
     * The edge between corners {@code first} and {@code second} bisected: in {@code firstHalf} the
     * midpoint replaces corner {@code second}, in {@code secondHalf} corner {@code first}.
     */
    record Split(int first, int second, BranchAndBoundTree firstHalf, BranchAndBoundTree secondHalf) implements BranchAndBoundTree {
        /** @throws IllegalArgumentException if a corner index is negative or both are the same */
        public Split {
            if (first < 0 || second < 0 || first == second) {
                throw new IllegalArgumentException("a split needs two different corners, got " + first + " and " + second);
            }
            Objects.requireNonNull(firstHalf, "firstHalf");
            Objects.requireNonNull(secondHalf, "secondHalf");
        }
    }

    /** Every member's largest Bernstein coefficient is at most its utility at the candidate: nobody gains. */
    record NoGain() implements BranchAndBoundTree {
    }

    /** Member {@code member}'s (index in the class) largest coefficient is below its utility at the candidate. */
    record Worse(int member) implements BranchAndBoundTree {
        /** @throws IllegalArgumentException if the index is negative */
        public Worse {
            if (member < 0) {
                throw new IllegalArgumentException("a member index must not be negative, got " + member);
            }
        }
    }
}
