package org.equicert.equilibrium;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;

/**
 * All Nash equilibria of a two-player game, exactly, degenerate games included.
 *
 * <p>Method (Avis, Rosenberg, Savani and von Stengel, "Enumeration of Nash equilibria for two-player
 * games", Econ. Theory 2010): payoffs are made positive integers by a positive affine map (best
 * responses do not change); all vertices of the best-response polytopes P = {x ≥ 0 : Bᵀx ≤ 1} and
 * Q = {y ≥ 0 : Ay ≤ 1} are enumerated with their labels ({@link LabelledPolytope}); the extreme
 * equilibria are the completely labelled vertex pairs other than (0, 0). The vertices of P are
 * streamed by reverse search and each is matched at once with its partners in Q
 * ({@link PartnerSearch}: one small exact solve, in 64-bit words unless they overflow); only
 * vertices in some equilibrium are kept, so memory does not grow with the vertices of P (the
 * reverse search stores no visited basis). The maximal Nash subsets
 * are the maximal bicliques of the bipartite graph of extreme equilibria, found as the closure of
 * neighbourhoods under intersection; components are its connected parts.
 *
 * <p>Cost: the vertex enumeration is output-sensitive, two pivots per lexicographically feasible
 * basis of P plus one O(m³) solve per vertex (exponential in min(m, n) in the worst case); the bicliques cost O(e²) set intersections
 * for e extreme equilibria.
 */
public final class TwoPlayerEnumeration {

    private TwoPlayerEnumeration() {
    }

    /**
     * Every equilibrium of a two-player game.
     *
     * @throws IllegalArgumentException if the game does not have two players
     */
    public static TwoPlayerNashSet solve(NormalFormGame game) {
        if (game.playerCount() != 2) {
            throw new IllegalArgumentException("two-player enumeration needs two players; the game has " + game.playerCount());
        }
        int m = game.actionCount(0);
        int n = game.actionCount(1);
        BigInteger[][] a = positiveIntegers(game, 0);
        BigInteger[][] b = positiveIntegers(game, 1);
        // P: rows are the column player's actions j: sum_i B_ij x_i <= 1
        BigInteger[][] pm = new BigInteger[n][m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                pm[j][i] = b[i][j];
            }
        }
        int[] rowLabels = range(0, m);
        int[] columnLabels = range(m, n);
        // stream the vertices of P, keeping only those with an equilibrium partner
        PartnerSearch partners = new PartnerSearch(a, m, n);
        List<LabelledPolytope.Vertex> pv = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        new LabelledPolytope(pm, rowLabels, columnLabels).forEachVertex(x -> {
            if (x.isOrigin()) {
                return;
            }
            List<Integer> found = partners.partners(x.labels());
            if (!found.isEmpty()) {
                for (int j : found) {
                    pairs.add(new int[] {pv.size(), j});
                }
                pv.add(x);
            }
        });
        List<LabelledPolytope.Vertex> qv = partners.found();
        // keep only vertices that occur in an equilibrium, in a canonical order
        List<Integer> usedP = used(pairs, 0);
        List<Integer> usedQ = used(pairs, 1);
        List<Rational[]> xs = new ArrayList<>();
        List<BitSet> xl = new ArrayList<>();
        for (int i : usedP) {
            xs.add(normalize(pv.get(i).point()));
            xl.add(pv.get(i).labels());
        }
        List<Rational[]> ys = new ArrayList<>();
        List<BitSet> yl = new ArrayList<>();
        for (int j : usedQ) {
            ys.add(normalize(qv.get(j).point()));
            yl.add(qv.get(j).labels());
        }
        Integer[] xOrder = canonicalOrder(xs);
        Integer[] yOrder = canonicalOrder(ys);
        int[] xRank = inverse(xOrder, usedP, pv.size());
        int[] yRank = inverse(yOrder, usedQ, qv.size());
        List<Rational[]> rowStrategies = new ArrayList<>();
        List<BitSet> rowLabelSets = new ArrayList<>();
        for (Integer k : xOrder) {
            rowStrategies.add(xs.get(k));
            rowLabelSets.add(xl.get(k));
        }
        List<Rational[]> columnStrategies = new ArrayList<>();
        List<BitSet> columnLabelSets = new ArrayList<>();
        for (Integer k : yOrder) {
            columnStrategies.add(ys.get(k));
            columnLabelSets.add(yl.get(k));
        }
        List<int[]> edges = new ArrayList<>();
        for (int[] p : pairs) {
            edges.add(new int[] {xRank[p[0]], yRank[p[1]]});
        }
        edges.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));

        ExpectedUtility eu = new ExpectedUtility(game);
        List<TwoPlayerNashSet.ExtremeEquilibrium> extremes = new ArrayList<>();
        for (int[] e : edges) {
            MixedProfile profile = MixedProfile.of(new Rational[][] {rowStrategies.get(e[0]), columnStrategies.get(e[1])});
            extremes.add(new TwoPlayerNashSet.ExtremeEquilibrium(e[0], e[1], profile,
                    new Rational[] {eu.payoff(0, profile), eu.payoff(1, profile)}));
        }
        List<TwoPlayerNashSet.NashSubset> subsets = maximalSubsets(edges, rowStrategies, columnStrategies,
                rowLabelSets, columnLabelSets);
        List<TwoPlayerNashSet.Component> components = components(subsets, edges);
        return new TwoPlayerNashSet(m, n, List.copyOf(rowStrategies), List.copyOf(columnStrategies),
                List.copyOf(extremes), List.copyOf(subsets), List.copyOf(components));
    }

    /** The player's payoffs as a positive integer matrix [row action][column action]. */
    static BigInteger[][] positiveIntegers(NormalFormGame game, int player) {
        int m = game.actionCount(0);
        int n = game.actionCount(1);
        Rational min = null;
        BigInteger lcm = BigInteger.ONE;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Rational v = game.payoff(player, new int[] {i, j});
                min = min == null ? v : min.min(v);
                BigInteger d = v.denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
        }
        BigInteger[][] out = new BigInteger[m][n];
        Rational scale = Rational.of(lcm);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Rational v = game.payoff(player, new int[] {i, j}).subtract(min).multiply(scale).add(Rational.ONE);
                out[i][j] = v.numerator();
            }
        }
        return out;
    }

    private static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int k = 0; k < count; k++) {
            r[k] = from + k;
        }
        return r;
    }

    private static List<Integer> used(List<int[]> pairs, int side) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int[] p : pairs) {
            s.add(p[side]);
        }
        return new ArrayList<>(s);
    }

    static Rational[] normalize(Rational[] z) {
        Rational sum = Rational.ZERO;
        for (Rational r : z) {
            sum = sum.add(r);
        }
        Rational[] out = new Rational[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = z[k].divide(sum);
        }
        return out;
    }

    /** Indices sorted so that strategies compare lexicographically descending (pure first action first). */
    private static Integer[] canonicalOrder(List<Rational[]> s) {
        Integer[] order = new Integer[s.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> {
            Rational[] u = s.get(p);
            Rational[] v = s.get(q);
            for (int k = 0; k < u.length; k++) {
                int c = v[k].compareTo(u[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return order;
    }

    private static int[] inverse(Integer[] order, List<Integer> used, int size) {
        int[] rank = new int[size];
        Arrays.fill(rank, -1);
        for (int r = 0; r < order.length; r++) {
            rank[used.get(order[r])] = r;
        }
        return rank;
    }

    private static List<TwoPlayerNashSet.NashSubset> maximalSubsets(List<int[]> edges, List<Rational[]> xs,
            List<Rational[]> ys, List<BitSet> xl, List<BitSet> yl) {
        int nx = xs.size();
        BitSet[] neighbours = new BitSet[nx];
        for (int i = 0; i < nx; i++) {
            neighbours[i] = new BitSet();
        }
        for (int[] e : edges) {
            neighbours[e[0]].set(e[1]);
        }
        // closure of {N(x)} under intersection: the column sides of the maximal bicliques
        Set<BitSet> closed = new LinkedHashSet<>();
        List<BitSet> work = new ArrayList<>();
        for (BitSet nb : neighbours) {
            if (closed.add(nb)) {
                work.add(nb);
            }
        }
        for (int w = 0; w < work.size(); w++) {
            for (BitSet nb : neighbours) {
                BitSet meet = (BitSet) work.get(w).clone();
                meet.and(nb);
                if (!meet.isEmpty() && closed.add(meet)) {
                    work.add(meet);
                }
            }
        }
        TreeMap<String, TwoPlayerNashSet.NashSubset> sorted = new TreeMap<>();
        for (BitSet columns : closed) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < nx; i++) {
                BitSet c = (BitSet) columns.clone();
                c.andNot(neighbours[i]);
                if (c.isEmpty()) {
                    rows.add(i);
                }
            }
            List<Integer> cols = columns.stream().boxed().toList();
            BitSet rl = intersection(rows, xl);
            BitSet cl = intersection(cols, yl);
            int dim = affineDimension(rows, xs) + affineDimension(cols, ys);
            String key = String.format("%08d/%08d/%s", rows.get(0), cols.get(0), rows + "" + cols);
            sorted.put(key, new TwoPlayerNashSet.NashSubset(List.copyOf(rows), List.copyOf(cols), rl, cl, dim));
        }
        return new ArrayList<>(sorted.values());
    }

    private static BitSet intersection(List<Integer> indices, List<BitSet> labels) {
        BitSet out = (BitSet) labels.get(indices.get(0)).clone();
        for (int k : indices) {
            out.and(labels.get(k));
        }
        return out;
    }

    static int affineDimension(List<Integer> indices, List<Rational[]> points) {
        if (indices.size() <= 1) {
            return 0;
        }
        Rational[] base = points.get(indices.get(0));
        Rational[][] diffs = new Rational[indices.size() - 1][];
        for (int k = 1; k < indices.size(); k++) {
            Rational[] p = points.get(indices.get(k));
            diffs[k - 1] = new Rational[p.length];
            for (int c = 0; c < p.length; c++) {
                diffs[k - 1][c] = p[c].subtract(base[c]);
            }
        }
        return RationalMatrix.of(diffs).rank();
    }

    private static List<TwoPlayerNashSet.Component> components(List<TwoPlayerNashSet.NashSubset> subsets, List<int[]> edges) {
        int s = subsets.size();
        int[] parent = new int[s];
        for (int k = 0; k < s; k++) {
            parent[k] = k;
        }
        for (int p = 0; p < s; p++) {
            for (int q = p + 1; q < s; q++) {
                if (shares(subsets.get(p).rows(), subsets.get(q).rows()) && shares(subsets.get(p).columns(), subsets.get(q).columns())) {
                    parent[find(parent, p)] = find(parent, q);
                }
            }
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int k = 0; k < s; k++) {
            groups.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
        }
        List<TwoPlayerNashSet.Component> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            List<Integer> eqs = new ArrayList<>();
            int dim = 0;
            for (int e = 0; e < edges.size(); e++) {
                for (int k : members) {
                    TwoPlayerNashSet.NashSubset sub = subsets.get(k);
                    if (sub.rows().contains(edges.get(e)[0]) && sub.columns().contains(edges.get(e)[1])) {
                        eqs.add(e);
                        break;
                    }
                }
            }
            for (int k : members) {
                dim = Math.max(dim, subsets.get(k).dimension());
            }
            out.add(new TwoPlayerNashSet.Component(List.copyOf(members), List.copyOf(eqs), dim));
        }
        out.sort(Comparator.comparingInt(c -> c.extremeEquilibria().get(0)));
        return out;
    }

    private static boolean shares(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }
}
