package org.equicert.certificate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The JSON form of a {@link SubdivisionTree} on a certificate's data line: the nodes in preorder,
 * each one array — {@code ["bound"]}, {@code ["anchored", a_1, …, a_Q]} or {@code ["split", q, i, j]}
 * (a split is followed by its first, then its second subtree). Reading is strict: a node of any
 * other shape, a tree that ends before every split has both subtrees, or entries after the tree
 * are refused, so the only accepted text of a tree is the one {@link #toData} renders. Both
 * directions are iterative and cost O(nodes).
 */
final class SubdivisionTreeCodec {

    static final String BOUND = "bound";
    static final String ANCHORED = "anchored";
    static final String SPLIT = "split";

    private SubdivisionTreeCodec() {
    }

    /** The preorder node list of the tree. */
    static List<List<Object>> toData(SubdivisionTree tree) {
        List<List<Object>> out = new ArrayList<>();
        for (SubdivisionTree n : tree.preorder()) {
            List<Object> node = new ArrayList<>();
            if (n instanceof SubdivisionTree.Anchored a) {
                node.add(ANCHORED);
                node.addAll(a.anchor());
            } else if (n instanceof SubdivisionTree.Split s) {
                node.add(SPLIT);
                node.add(s.orbit());
                node.add(s.from());
                node.add(s.to());
            } else {
                node.add(BOUND);
            }
            out.add(node);
        }
        return out;
    }

    /**
     * Reads a preorder node list.
     *
     * @throws IllegalArgumentException naming the first bad node, or saying that the tree ends early
     *     or has unused entries
     */
    static SubdivisionTree fromData(Object data) {
        if (!(data instanceof List<?> entries)) {
            throw new IllegalArgumentException("field 'tree' is not a list of nodes");
        }
        int needed = 1;
        for (int k = 0; k < entries.size(); k++) {
            arguments(entries.get(k), k);
            if (needed == 0) {
                throw new IllegalArgumentException("the subdivision tree has " + (entries.size() - k) + " unused entries");
            }
            needed += SPLIT.equals(((List<?>) entries.get(k)).get(0)) ? 1 : -1;
        }
        if (needed > 0) {
            throw new IllegalArgumentException("the subdivision tree ends early: " + needed + " subtrees are missing");
        }
        Deque<SubdivisionTree> built = new ArrayDeque<>();
        for (int k = entries.size() - 1; k >= 0; k--) {
            List<Integer> args = arguments(entries.get(k), k);
            String tag = (String) ((List<?>) entries.get(k)).get(0);
            switch (tag) {
                case BOUND -> {
                    arity(args, 0, k, "[\"bound\"]");
                    built.push(new SubdivisionTree.Bound());
                }
                case ANCHORED -> {
                    if (args.isEmpty()) {
                        throw new IllegalArgumentException(node(k) + "an anchored leaf names no anchor vertex (one per orbit is needed)");
                    }
                    built.push(new SubdivisionTree.Anchored(args));
                }
                default -> {
                    arity(args, 3, k, "[\"split\", orbit, i, j]");
                    SubdivisionTree first = built.pop();
                    SubdivisionTree second = built.pop();
                    try {
                        built.push(new SubdivisionTree.Split(args.get(0), args.get(1), args.get(2), first, second));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(node(k) + e.getMessage());
                    }
                }
            }
        }
        return built.pop();
    }

    /** The integer arguments of node k, after checking its tag. */
    private static List<Integer> arguments(Object entry, int k) {
        if (!(entry instanceof List<?> node) || node.isEmpty() || !(node.get(0) instanceof String tag)
                || !(tag.equals(BOUND) || tag.equals(ANCHORED) || tag.equals(SPLIT))) {
            throw new IllegalArgumentException(node(k) + "not a node; expected [\"bound\"], [\"anchored\", a_1, …, a_Q]"
                    + " or [\"split\", orbit, i, j]");
        }
        List<Integer> args = new ArrayList<>();
        for (Object x : node.subList(1, node.size())) {
            if (!(x instanceof Integer i) || i < 0) {
                throw new IllegalArgumentException(node(k) + "'" + x + "' is not an index (a whole number ≥ 0)");
            }
            args.add(i);
        }
        return args;
    }

    private static void arity(List<Integer> args, int expected, int k, String shape) {
        if (args.size() != expected) {
            throw new IllegalArgumentException(node(k) + "has " + args.size() + " indices; the node is written " + shape);
        }
    }

    private static String node(int k) {
        return "subdivision tree node " + (k + 1) + ": ";
    }
}
