package org.equicert.symmetric;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.equicert.number.Rational;
import org.equicert.poly.MultivariatePolynomial;

/**
 * The global optimum of EU over P-invariant profiles, bracketed exactly by branch and bound on
 * Bernstein coefficients (DESIGN §1).
 *
 * <p>Lower bounds are exact values at rational points (piece centroids and vertex tuples); upper
 * bounds are the largest Bernstein coefficient of each remaining piece. The search stops when the
 * bracket is narrower than the tolerance <em>and</em> it decides whether a pure profile is optimal:
 * either every piece's bound is at most the best pure value (then that value is the exact optimum),
 * or some rational point beats every pure profile (the optimum is mixed). The subdivision tree is
 * kept ({@link Subdivision}) so that a checker can replay it.
 *
 * <p>Reference: branch and bound on Bernstein enclosures (Garloff, "The Bernstein algorithm",
 * Interval Computations 2 (1993); Nataraj and Arounassalame, "A new subdivision algorithm for the
 * Bernstein polynomial approach to global optimization", IJAC 4 (2007)). Cost: at most
 * {@code maxPieces} pieces, each split O(K·d) rational operations for K Bernstein coefficients
 * and orbit degree d, plus one exact evaluation of EU per new piece (its centroid).
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
     * @param tree the subdivision tree whose leaves bound EU by {@code upper}
     * @param pieces the number of pieces examined
     */
    public record Result(Rational lower, Rational[][] bestPoint, Rational upper, Rational bestPure, Rational[][] bestPureStrategies,
            Kind kind, Subdivision tree, int pieces) {

        /** Copies the arrays. */
        public Result {
            bestPoint = copy(bestPoint);
            bestPureStrategies = copy(bestPureStrategies);
        }

        /** The best rational point found, per orbit a strategy (a copy). */
        @Override
        public Rational[][] bestPoint() {
            return copy(bestPoint);
        }

        /** The best pure profile, per orbit a pure strategy (a copy). */
        @Override
        public Rational[][] bestPureStrategies() {
            return copy(bestPureStrategies);
        }

        private static Rational[][] copy(Rational[][] m) {
            Rational[][] c = new Rational[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /**
     * The search's subdivision of the product of the orbits' simplices: a bisection of one edge of
     * one orbit's simplex with its two halves, or a leaf bounded by its largest Bernstein
     * coefficient or by the {@link AnchoredBound} test at a vertex tuple.
     */
    public sealed interface Subdivision permits BernsteinLeaf, AnchoredLeaf, Bisection {
    }

    /** A leaf on which every Bernstein coefficient is at most the upper bound. */
    public record BernsteinLeaf() implements Subdivision {
    }

    /**
     * A leaf on which EU ≤ the best pure value by the {@link AnchoredBound} test.
     *
     * @param anchor per orbit, the 0-based index of the anchor vertex in that orbit's simplex
     */
    public record AnchoredLeaf(List<Integer> anchor) implements Subdivision {

        /** Copies the anchor. */
        public AnchoredLeaf {
            anchor = List.copyOf(anchor);
        }
    }

    /**
     * The bisection of edge (v_from, v_to) of orbit {@code orbit}'s simplex at its midpoint.
     *
     * @param first the subdivision of the half keeping v_from
     * @param second the subdivision of the half keeping v_to
     */
    public record Bisection(int orbit, int from, int to, Subdivision first, Subdivision second) implements Subdivision {
    }

    private static final class Node {
        BernsteinPiece piece;
        Rational bound;
        Optional<int[]> anchor = Optional.empty();
        Optional<int[]> edge = Optional.empty();
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
        MultivariatePolynomial homogeneous = u.homogeneousPolynomial();
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
            if (lower.equals(bestPure) && top.anchor.isEmpty()) {
                int[] anchor = anchorAt(top.piece, bestPureStrategies);
                if (anchor != null && AnchoredBound.holds(u, homogeneous, top.piece.vertices(), anchor, bestPure)) {
                    top.anchor = Optional.of(anchor);
                    top.bound = bestPure;
                    queue.add(top);
                    continue;
                }
            }
            BernsteinPiece[] halves = top.piece.split(edge[0], edge[1], edge[2]);
            top.edge = Optional.of(edge);
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
        return new Result(lower, best, upper, bestPure, bestPureStrategies, kind, subdivision(root), pieces);
    }

    /** The typed tree of the search's nodes, built bottom up without recursion. */
    private static Subdivision subdivision(Node root) {
        Deque<Node> order = new ArrayDeque<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            order.push(n);
            if (n.edge.isPresent()) {
                stack.push(n.left);
                stack.push(n.right);
            }
        }
        java.util.Map<Node, Subdivision> built = new java.util.IdentityHashMap<>();
        while (!order.isEmpty()) {
            Node n = order.pop();
            Subdivision s;
            if (n.edge.isPresent()) {
                int[] e = n.edge.get();
                s = new Bisection(e[0], e[1], e[2], built.remove(n.left), built.remove(n.right));
            } else if (n.anchor.isPresent()) {
                s = new AnchoredLeaf(Arrays.stream(n.anchor.get()).boxed().toList());
            } else {
                s = new BernsteinLeaf();
            }
            built.put(n, s);
        }
        return built.get(root);
    }

    /** Per orbit, the index of the piece vertex equal to the pure strategy, or null if the piece lacks it. */
    private static int[] anchorAt(BernsteinPiece piece, Rational[][] pure) {
        Rational[][][] v = piece.vertices();
        int[] anchor = new int[v.length];
        for (int q = 0; q < v.length; q++) {
            anchor[q] = -1;
            for (int j = 0; j < v[q].length; j++) {
                if (Arrays.equals(v[q][j], pure[q])) {
                    anchor[q] = j;
                }
            }
            if (anchor[q] < 0) {
                return null;
            }
        }
        return anchor;
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
