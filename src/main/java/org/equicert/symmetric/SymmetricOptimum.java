package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.equicert.number.Rational;

/**
 * The global optimum of EU over P-invariant profiles, bracketed exactly by branch and bound on
 * Bernstein coefficients (DESIGN §1).
 *
 * <p>Lower bounds are exact values at rational points (piece centroids and vertex tuples); upper
 * bounds are the largest Bernstein coefficient of each remaining piece. The search stops when the
 * bracket is narrower than the tolerance <em>and</em> it decides whether a pure profile is optimal:
 * either every piece's bound is at most the best pure value (then that value is the exact optimum),
 * or some rational point beats every pure profile (the optimum is mixed). The subdivision tree is
 * kept so that a checker can replay it.
 */
public final class SymmetricOptimum {

    /** Whether the optimum is attained by a pure profile. */
    public enum Kind {
        /** Every P-invariant profile earns at most the best pure value: the optimum is pure. */
        PURE,
        /** A mixed P-invariant profile beats every pure one. */
        MIXED,
        /** Not decided within the piece budget (e.g. a tie between a pure and a mixed optimum). */
        UNDECIDED
    }

    /**
     * The outcome.
     *
     * @param lower the exact value at {@code bestPoint}, a lower bound of the optimum
     * @param bestPoint the best rational point found (per orbit a strategy)
     * @param upper an upper bound of EU over all P-invariant profiles
     * @param bestPure the best pure P-invariant value
     * @param bestPureStrategies the pure profile attaining it
     * @param kind pure, mixed or undecided
     * @param tree the subdivision tree in preorder: −1 for a Bernstein leaf, −2 − code for a leaf bounded by the
     *     {@link AnchoredBound} test at the anchor tuple with that mixed-radix code, else orbit·10⁴ + i·10² + j for a
     *     bisection of edge (i, j)
     * @param pieces the number of pieces examined
     */
    public record Result(Rational lower, Rational[][] bestPoint, Rational upper, Rational bestPure, Rational[][] bestPureStrategies,
            Kind kind, List<Integer> tree, int pieces) {
    }

    private static final class Node {
        BernsteinPiece piece;
        Rational bound;
        int split = -1;
        Node left;
        Node right;

        Node(BernsteinPiece piece) {
            this.piece = piece;
            this.bound = piece.upperBound();
        }
    }

    private SymmetricOptimum() {
    }

    /**
     * Brackets the optimum to within {@code tolerance}, deciding pure versus mixed, with at most
     * {@code maxPieces} pieces.
     */
    public static Result maximize(SymmetricUtility u, Rational tolerance, int maxPieces) {
        BernsteinPiece rootPiece = BernsteinPiece.root(u);
        org.equicert.poly.MultivariatePolynomial homogeneous = u.homogeneousPolynomial();
        Rational[][] bestPureStrategies = null;
        Rational bestPure = null;
        for (int p = 0; p < u.size(); p++) {
            int[][] k = u.index(p);
            Rational[][] s = pureOf(k, u);
            if (s != null) {
                Rational c = u.coefficients()[p];
                if (bestPure == null || c.compareTo(bestPure) > 0) {
                    bestPure = c;
                    bestPureStrategies = s;
                }
            }
        }
        Rational lower = bestPure;
        Rational[][] best = bestPureStrategies;
        Node root = new Node(rootPiece);
        PriorityQueue<Node> queue = new PriorityQueue<>((x, y) -> y.bound.compareTo(x.bound));
        queue.add(root);
        int pieces = 1;
        {
            Rational[][] c = rootPiece.centroid();
            Rational v = u.value(c);
            if (v.compareTo(lower) > 0) {
                lower = v;
                best = c;
            }
        }
        while (!queue.isEmpty()) {
            Node top = queue.peek();
            boolean decided = top.bound.compareTo(bestPure) <= 0 || lower.compareTo(bestPure) > 0;
            if (top.bound.subtract(lower).compareTo(tolerance) <= 0 && decided) {
                break;
            }
            if (top.bound.compareTo(lower) <= 0 && lower.equals(bestPure)) {
                break;
            }
            if (pieces >= maxPieces) {
                break;
            }
            int[] edge = top.piece.longestEdge();
            if (edge == null) {
                break;
            }
            queue.poll();
            if (lower.equals(bestPure) && top.split == -1) {
                int[] anchor = anchorAt(top.piece, bestPureStrategies);
                if (anchor != null && AnchoredBound.holds(u, homogeneous, top.piece.vertices(), anchor, bestPure)) {
                    top.split = -2 - anchorCode(anchor, top.piece);
                    top.bound = bestPure;
                    queue.add(top);
                    continue;
                }
            }
            BernsteinPiece[] halves = top.piece.split(edge[0], edge[1], edge[2]);
            top.split = edge[0] * 10_000 + edge[1] * 100 + edge[2];
            top.piece = null;
            top.left = new Node(halves[0]);
            top.right = new Node(halves[1]);
            pieces += 2;
            for (Node child : new Node[] {top.left, top.right}) {
                Rational[][] c = child.piece.centroid();
                Rational v = u.value(c);
                if (v.compareTo(lower) > 0) {
                    lower = v;
                    best = c;
                }
                queue.add(child);
            }
        }
        Rational upper = queue.isEmpty() ? lower : queue.peek().bound.max(lower);
        Kind kind = upper.compareTo(bestPure) <= 0 ? Kind.PURE : lower.compareTo(bestPure) > 0 ? Kind.MIXED : Kind.UNDECIDED;
        if (kind == Kind.PURE) {
            upper = bestPure;
            lower = bestPure;
            best = bestPureStrategies;
        }
        List<Integer> tree = new ArrayList<>();
        preorder(root, tree);
        return new Result(lower, best, upper, bestPure, bestPureStrategies, kind, List.copyOf(tree), pieces);
    }

    private static void preorder(Node root, List<Integer> out) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n.split);
            if (n.split >= 0 && n.left != null) {
                stack.push(n.right);
                stack.push(n.left);
            }
        }
    }

    /** Per orbit, the index of the piece vertex equal to the pure strategy, or null if the piece lacks it. */
    private static int[] anchorAt(BernsteinPiece piece, Rational[][] pure) {
        Rational[][][] v = piece.vertices();
        int[] anchor = new int[v.length];
        for (int q = 0; q < v.length; q++) {
            anchor[q] = -1;
            for (int j = 0; j < v[q].length; j++) {
                if (java.util.Arrays.equals(v[q][j], pure[q])) {
                    anchor[q] = j;
                }
            }
            if (anchor[q] < 0) {
                return null;
            }
        }
        return anchor;
    }

    /** Mixed-radix code of an anchor tuple. */
    static int anchorCode(int[] anchor, BernsteinPiece piece) {
        int code = 0;
        for (int q = anchor.length - 1; q >= 0; q--) {
            code = code * piece.vertices()[q].length + anchor[q];
        }
        return code;
    }

    /** The pure orbit strategies of a corner multi-index (all of an orbit on one action), or null. */
    private static Rational[][] pureOf(int[][] k, SymmetricUtility u) {
        Rational[][] s = new Rational[k.length][];
        for (int q = 0; q < k.length; q++) {
            int n = u.orbits().get(q).size();
            s[q] = new Rational[k[q].length];
            boolean corner = false;
            for (int a = 0; a < k[q].length; a++) {
                s[q][a] = k[q][a] == n ? Rational.ONE : Rational.ZERO;
                corner |= k[q][a] == n;
            }
            if (!corner) {
                return null;
            }
        }
        return s;
    }
}
