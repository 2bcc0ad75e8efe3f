package org.equicert.certificate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The branch-and-bound subdivision of a product of simplices (one per orbit) that a symmetric bound
 * claim hands to the checker: a binary tree whose inner nodes bisect one edge of one orbit's simplex
 * at its midpoint and whose leaves say how EU ≤ c is shown on their piece.
 *
 * <p>Every node is well formed on its own (indices ≥ 0, a split joins two different vertices);
 * whether an edge or an anchor exists in a given game is decided when the checker replays the tree
 * ({@link SubdivisionReplay}). In a certificate's data line the tree is written in preorder, one
 * JSON array per node — {@code ["bound"]}, {@code ["anchored", a_1, …, a_Q]}, {@code ["split", q, i, j]}
 * followed by its two subtrees — and read back strictly ({@link SubdivisionTreeCodec}).
 */
public sealed interface SubdivisionTree permits SubdivisionTree.Bound, SubdivisionTree.Anchored, SubdivisionTree.Split {

    /** A leaf bounded by its largest Bernstein coefficient: every coefficient ≤ c. */
    record Bound() implements SubdivisionTree {
    }

    /**
     * A leaf bounded by the anchored test at one vertex tuple of the piece.
     *
     * @param anchor per orbit, the 0-based index of the anchor vertex of that orbit's simplex
     */
    record Anchored(List<Integer> anchor) implements SubdivisionTree {

        /**
         * Copies the anchor.
         *
         * @throws IllegalArgumentException if it is empty or has a negative index
         */
        public Anchored {
            anchor = List.copyOf(anchor);
            if (anchor.isEmpty()) {
                throw new IllegalArgumentException("an anchored leaf needs one anchor vertex per orbit, got none");
            }
            for (int a : anchor) {
                if (a < 0) {
                    throw new IllegalArgumentException("an anchored leaf names the vertex " + a + "; vertices are numbered from 0");
                }
            }
        }
    }

    /**
     * A bisection of edge (v_from, v_to) of orbit {@code orbit}'s simplex at its midpoint.
     *
     * @param orbit 0-based orbit
     * @param from 0-based vertex kept by {@code first}
     * @param to 0-based vertex kept by {@code second}, different from {@code from}
     * @param first the subtree of the half keeping v_from
     * @param second the subtree of the half keeping v_to
     */
    record Split(int orbit, int from, int to, SubdivisionTree first, SubdivisionTree second) implements SubdivisionTree {

        /**
         * Validates the edge.
         *
         * @throws IllegalArgumentException if an index is negative, from == to, or a subtree is missing
         */
        public Split {
            if (orbit < 0 || from < 0 || to < 0) {
                throw new IllegalArgumentException("a split names orbit " + orbit + ", edge (" + from + "," + to
                        + "); orbits and vertices are numbered from 0");
            }
            if (from == to) {
                throw new IllegalArgumentException("a split names the edge (" + from + "," + to + "), which joins a vertex to itself");
            }
            if (first == null || second == null) {
                throw new IllegalArgumentException("a split of edge (" + from + "," + to + ") needs two subtrees");
            }
        }
    }

    /** The single Bernstein leaf: the whole domain bounded by its largest coefficient. */
    static SubdivisionTree bound() {
        return new Bound();
    }

    /** An anchored leaf at the given vertex per orbit. */
    static SubdivisionTree anchored(int... anchor) {
        List<Integer> a = new ArrayList<>();
        for (int x : anchor) {
            a.add(x);
        }
        return new Anchored(a);
    }

    /** A split of edge (from, to) of an orbit. */
    static SubdivisionTree split(int orbit, int from, int to, SubdivisionTree first, SubdivisionTree second) {
        return new Split(orbit, from, to, first, second);
    }

    /**
     * The nodes in preorder (a split, then its first subtree, then its second). Iterative, so trees
     * of any depth are walked without recursion. Cost O(nodes).
     */
    default List<SubdivisionTree> preorder() {
        List<SubdivisionTree> out = new ArrayList<>();
        Deque<SubdivisionTree> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            SubdivisionTree n = stack.pop();
            out.add(n);
            if (n instanceof Split s) {
                stack.push(s.second());
                stack.push(s.first());
            }
        }
        return out;
    }
}
