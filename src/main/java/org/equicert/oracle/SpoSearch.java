package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equicert.number.Rational;

/**
 * Proves that no point of one polytope of a class's equilibrium slice is a stratified Pareto
 * improvement on a candidate x*, by branch and bound over Bernstein coefficients (DESIGN §1).
 *
 * <p>The polytope is the image of a simplex Δ_m under λ ↦ Σ λ_k Y_k (its vertices Y_k). Each
 * member's utility is multilinear in the players' distributions, so on a sub-simplex with corner
 * points Z_1..Z_m it has Bernstein coefficients of degree R (R = players whose distribution varies
 * there): the average of U over the assignments of corners to those players with a given multiset.
 * A leaf holds when one member's coefficients are all below its value at x* ("lt:j": that member is
 * worse everywhere there), or every member's coefficients are at most its value ("le": nobody gains).
 * Otherwise the longest edge is bisected. When x* lies inside the polytope without being a vertex,
 * the simplex is first split into the stars of x* ("anchor" barycentric weights).
 */
final class SpoSearch {

    /** Node budget per polytope. */
    static final int MAX_NODES = 4000;

    /** The deepest split the search makes. */
    static final int MAX_DEPTH = 60;

    /**
     * The proof for one polytope, or why there is none.
     *
     * @param proved true when every tree closed
     * @param anchor the star split's barycentric weights, as given
     * @param trees one per root simplex when proved, else empty
     * @param improvement a corner that is a Pareto improvement on the candidate, when one was met
     */
    record Outcome(boolean proved, Optional<Rational[]> anchor, List<BranchAndBoundTree> trees, Optional<Rational[]> improvement) {
        Outcome {
            anchor = anchor.map(Rational[]::clone);
            trees = List.copyOf(trees);
            improvement = improvement.map(Rational[]::clone);
        }
    }

    private final OracleGame game;
    private final List<Integer> members;
    private final Rational[] target;
    private int nodes;
    private Optional<Rational[]> improvement = Optional.empty();

    SpoSearch(OracleGame game, List<Integer> members, Rational[] target) {
        this.game = game;
        this.members = members;
        this.target = target.clone();
    }

    /** The members' utilities at a full variable vector. */
    static Rational[] utilities(OracleGame game, List<Integer> members, Rational[] x) {
        Rational[][] d = FixedPoints.split(game, x);
        Rational[] u = new Rational[members.size()];
        for (int k = 0; k < members.size(); k++) {
            u[k] = game.utility(members.get(k), d);
        }
        return u;
    }

    /**
     * Searches one polytope given by its vertices, from the star of the candidate when {@code anchor}
     * (its barycentric weights) is present. At most {@link #MAX_NODES} nodes.
     */
    Outcome prove(List<Rational[]> vertices, Optional<Rational[]> anchor) {
        nodes = 0;
        improvement = Optional.empty();
        List<BranchAndBoundTree> trees = new ArrayList<>();
        List<List<Rational[]>> roots = new ArrayList<>();
        if (anchor.isEmpty()) {
            roots.add(vertices);
        } else {
            Rational[] weights = anchor.get();
            Rational[] star = combination(vertices, weights);
            for (int k = 0; k < vertices.size(); k++) {
                if (weights[k].signum() > 0) {
                    List<Rational[]> child = new ArrayList<>(vertices);
                    child.set(k, star);
                    roots.add(child);
                }
            }
        }
        for (List<Rational[]> r : roots) {
            Optional<BranchAndBoundTree> tree = node(r, 0);
            if (tree.isEmpty()) {
                return new Outcome(false, anchor, List.of(), improvement);
            }
            trees.add(tree.get());
        }
        return new Outcome(true, anchor, trees, Optional.empty());
    }

    static Rational[] combination(List<Rational[]> points, Rational[] weights) {
        Rational[] x = new Rational[points.get(0).length];
        Arrays.fill(x, Rational.ZERO);
        for (int k = 0; k < points.size(); k++) {
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i].add(weights[k].multiply(points.get(k)[i]));
            }
        }
        return x;
    }

    private boolean dominates(Rational[] u) {
        boolean strict = false;
        for (int k = 0; k < u.length; k++) {
            int c = u[k].compareTo(target[k]);
            if (c < 0) {
                return false;
            }
            strict |= c > 0;
        }
        return strict;
    }

    /** The closed tree of this simplex, or empty (budget exhausted, or an improvement met). */
    private Optional<BranchAndBoundTree> node(List<Rational[]> pts, int depth) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        for (Rational[] p : pts) {
            if (dominates(utilities(game, members, p))) {
                improvement = Optional.of(p.clone());
                return Optional.empty();
            }
        }
        Rational[] max = new Rational[members.size()];
        for (int k = 0; k < members.size(); k++) {
            Optional<Rational> m = maxCoefficient(game, members.get(k), pts);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            max[k] = m.get();
        }
        for (int k = 0; k < members.size(); k++) {
            if (max[k].compareTo(target[k]) < 0) {
                return Optional.of(new BranchAndBoundTree.Worse(k));
            }
        }
        boolean le = true;
        for (int k = 0; k < members.size(); k++) {
            le &= max[k].compareTo(target[k]) <= 0;
        }
        if (le) {
            return Optional.of(new BranchAndBoundTree.NoGain());
        }
        int a = -1;
        int b = -1;
        Rational best = Rational.ZERO;
        for (int i = 0; i < pts.size(); i++) {
            for (int j = i + 1; j < pts.size(); j++) {
                Rational dist = Rational.ZERO;
                for (int v = 0; v < pts.get(i).length; v++) {
                    Rational d = pts.get(i)[v].subtract(pts.get(j)[v]);
                    dist = dist.add(d.multiply(d));
                }
                if (dist.compareTo(best) > 0) {
                    best = dist;
                    a = i;
                    b = j;
                }
            }
        }
        if (a < 0) {
            return Optional.empty();
        }
        Rational[] mid = new Rational[pts.get(a).length];
        for (int v = 0; v < mid.length; v++) {
            mid[v] = pts.get(a)[v].midpoint(pts.get(b)[v]);
        }
        List<Rational[]> first = new ArrayList<>(pts);
        first.set(b, mid);
        List<Rational[]> second = new ArrayList<>(pts);
        second.set(a, mid);
        Optional<BranchAndBoundTree> firstHalf = node(first, depth + 1);
        if (firstHalf.isEmpty()) {
            return Optional.empty();
        }
        Optional<BranchAndBoundTree> secondHalf = node(second, depth + 1);
        if (secondHalf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BranchAndBoundTree.Split(a, b, firstHalf.get(), secondHalf.get()));
    }

    /**
     * The largest Bernstein coefficient of player q's utility on the simplex with the given corner
     * points (full variable vectors), or empty when more than 200,000 corner assignments.
     */
    static Optional<Rational> maxCoefficient(OracleGame game, int q, List<Rational[]> pts) {
        Rational[][] first = FixedPoints.split(game, pts.get(0));
        List<Integer> varying = new ArrayList<>();
        for (int p : game.utilityQueries(q)) {
            for (Rational[] y : pts) {
                if (!Arrays.equals(FixedPoints.split(game, y)[p], first[p])) {
                    varying.add(p);
                    break;
                }
            }
        }
        int m = pts.size();
        int r = varying.size();
        long count = 1;
        for (int i = 0; i < r; i++) {
            count *= m;
            if (count > 200_000) {
                return Optional.empty();
            }
        }
        List<Rational[][]> split = new ArrayList<>();
        pts.forEach(y -> split.add(FixedPoints.split(game, y)));
        Map<List<Integer>, Rational[]> sums = new TreeMap<>(SpoSearch::compareLists);
        int[] tuple = new int[r];
        for (long t = 0; t < count; t++) {
            long rest = t;
            for (int i = 0; i < r; i++) {
                tuple[i] = (int) (rest % m);
                rest /= m;
            }
            Rational[][] profile = first.clone();
            for (int i = 0; i < r; i++) {
                profile[varying.get(i)] = split.get(tuple[i])[varying.get(i)];
            }
            List<Integer> key = new ArrayList<>();
            for (int v : tuple) {
                key.add(v);
            }
            key.sort(null);
            Rational u = game.utility(q, profile);
            sums.merge(key, new Rational[] {u, Rational.ONE},
                    (x, y) -> new Rational[] {x[0].add(y[0]), x[1].add(y[1])});
        }
        return sums.values().stream().map(s -> s[0].divide(s[1])).max(Rational::compareTo);
    }

    private static int compareLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
