package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** The proof for one polytope, or why there is none. */
    record Outcome(boolean proved, Rational[] anchor, List<List<String>> trees, Rational[] improvement) {
    }

    private final OracleGame game;
    private final List<Integer> members;
    private final Rational[] target;
    private int nodes;
    private Rational[] improvement;

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

    Outcome prove(List<Rational[]> vertices, Rational[] anchor) {
        nodes = 0;
        improvement = null;
        List<List<String>> trees = new ArrayList<>();
        List<List<Rational[]>> roots = new ArrayList<>();
        if (anchor == null) {
            roots.add(vertices);
        } else {
            Rational[] star = combination(vertices, anchor);
            for (int k = 0; k < vertices.size(); k++) {
                if (anchor[k].signum() > 0) {
                    List<Rational[]> child = new ArrayList<>(vertices);
                    child.set(k, star);
                    roots.add(child);
                }
            }
        }
        for (List<Rational[]> r : roots) {
            List<String> tree = new ArrayList<>();
            if (!node(r, tree, 0)) {
                return new Outcome(false, anchor, List.of(), improvement);
            }
            trees.add(tree);
        }
        return new Outcome(true, anchor, trees, null);
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

    private boolean node(List<Rational[]> pts, List<String> tree, int depth) {
        if (++nodes > MAX_NODES || depth > 60) {
            return false;
        }
        for (Rational[] p : pts) {
            if (dominates(utilities(game, members, p))) {
                improvement = p.clone();
                return false;
            }
        }
        Rational[] max = new Rational[members.size()];
        for (int k = 0; k < members.size(); k++) {
            max[k] = maxCoefficient(game, members.get(k), pts);
            if (max[k] == null) {
                return false;
            }
        }
        for (int k = 0; k < members.size(); k++) {
            if (max[k].compareTo(target[k]) < 0) {
                tree.add("lt:" + k);
                return true;
            }
        }
        boolean le = true;
        for (int k = 0; k < members.size(); k++) {
            le &= max[k].compareTo(target[k]) <= 0;
        }
        if (le) {
            tree.add("le");
            return true;
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
            return false;
        }
        tree.add("split:" + a + ":" + b);
        Rational[] mid = new Rational[pts.get(a).length];
        for (int v = 0; v < mid.length; v++) {
            mid[v] = pts.get(a)[v].midpoint(pts.get(b)[v]);
        }
        List<Rational[]> first = new ArrayList<>(pts);
        first.set(b, mid);
        List<Rational[]> second = new ArrayList<>(pts);
        second.set(a, mid);
        return node(first, tree, depth + 1) && node(second, tree, depth + 1);
    }

    /**
     * The largest Bernstein coefficient of player q's utility on the simplex with the given corner
     * points (full variable vectors), or null when too many assignments.
     */
    static Rational maxCoefficient(OracleGame game, int q, List<Rational[]> pts) {
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
                return null;
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
        Rational max = null;
        for (Rational[] s : sums.values()) {
            Rational avg = s[0].divide(s[1]);
            if (max == null || avg.compareTo(max) > 0) {
                max = avg;
            }
        }
        return max;
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
