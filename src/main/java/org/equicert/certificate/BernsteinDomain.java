package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * The checker's own Bernstein machinery for symmetric bound claims: EU of a common-payoff game on a
 * product of simplices Δ(A_1) × … × Δ(A_Q), one per orbit, from its Bernstein coefficients indexed
 * by per-orbit action-count vectors (orbit by orbit, each orbit's counts lexicographically
 * descending). For orbit sizes n_q the coefficient of count vector k is the average payoff of the
 * pure profiles with those counts, and EU(s) = Σ_k c_k · Π_q multinomial(n_q; k_q) · Π_a s_{q,a}^{k_{q,a}}.
 *
 * <p>Subdivision bisects one simplex edge at its midpoint by univariate de Casteljau along every
 * line of coefficients parallel to that edge (Farouki, "The Bernstein polynomial basis: a centennial
 * retrospective", CAGD 29 (2012), §4). Written for the checker, independently of the producer's
 * {@code symmetric.BernsteinPiece}. Cost: building from a game O(P·n) for P pure profiles and n
 * players; a split O(K·d) rational operations for K coefficients and orbit degree d.
 */
final class BernsteinDomain {

    /** Per orbit, its number of actions (the simplex has that many vertices). */
    final int[] actions;
    /** The count vectors, in coefficient order. */
    final List<int[][]> indices = new ArrayList<>();
    private final Map<String, Integer> position = new HashMap<>();
    /** Set once by the factory that builds the domain. */
    private Rational[] coefficients;
    private final int[] orbitSizes;

    private BernsteinDomain(int[] orbitSizes, int[] actions) {
        this.orbitSizes = orbitSizes.clone();
        this.actions = actions.clone();
        enumerate(0, new int[actions.length][]);
        for (int p = 0; p < indices.size(); p++) {
            position.put(Arrays.deepToString(indices.get(p)), p);
        }
    }

    /** All count vectors of N players over A actions, lexicographically descending. Cost O(C(N+A−1, A−1)·A). */
    static List<int[]> countVectors(int players, int actions) {
        return new BernsteinDomain(new int[] {players}, new int[] {actions}).indices.stream().map(k -> k[0].clone()).toList();
    }

    /**
     * The domain of a totally symmetric game given by its count table: one orbit of {@code players}
     * players, the table entries being the Bernstein coefficients.
     */
    static BernsteinDomain ofCounts(int players, int actions, Rational[] table) {
        BernsteinDomain d = new BernsteinDomain(new int[] {players}, new int[] {actions});
        if (table.length != d.size()) {
            throw new IllegalArgumentException("a count table of " + d.size() + " entries is needed, got " + table.length);
        }
        d.coefficients = table.clone();
        return d;
    }

    /**
     * The domain of a game and a partition of its players into orbits, or empty with the reason
     * added to {@code failures} when the orbits are not a partition, an orbit's players differ in
     * their numbers of actions, or the payoffs are not common.
     */
    static Optional<BernsteinDomain> of(PayoffTable table, List<List<Integer>> orbits, List<String> failures) {
        int n = table.players();
        int[] actions = new int[orbits.size()];
        int[] orbitOf = new int[n];
        Arrays.fill(orbitOf, -1);
        for (int q = 0; q < orbits.size(); q++) {
            if (orbits.get(q).isEmpty()) {
                failures.add("orbit " + (q + 1) + " is empty");
                return Optional.empty();
            }
            for (int i : orbits.get(q)) {
                if (i < 0 || i >= n || orbitOf[i] >= 0) {
                    failures.add("the orbits are not a partition of the " + n + " players");
                    return Optional.empty();
                }
                orbitOf[i] = q;
            }
            actions[q] = table.actions(orbits.get(q).get(0));
            for (int i : orbits.get(q)) {
                if (table.actions(i) != actions[q]) {
                    failures.add("players of orbit " + (q + 1) + " have different numbers of actions");
                    return Optional.empty();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (orbitOf[i] < 0) {
                failures.add("player " + (i + 1) + " is in no orbit");
                return Optional.empty();
            }
        }
        for (int k = 0; k < table.profiles(); k++) {
            for (int i = 1; i < n; i++) {
                if (!table.payoff(i, k).equals(table.payoff(0, k))) {
                    failures.add("payoffs are not common (profile " + (k + 1) + ")");
                    return Optional.empty();
                }
            }
        }
        int[] sizes = orbits.stream().mapToInt(List::size).toArray();
        BernsteinDomain d = new BernsteinDomain(sizes, actions);
        d.coefficients = d.averages(table, orbitOf);
        return Optional.of(d);
    }

    /** Per count vector, the average common payoff of the pure profiles with those counts. */
    private Rational[] averages(PayoffTable table, int[] orbitOf) {
        Rational[] sums = new Rational[indices.size()];
        long[] counts = new long[indices.size()];
        Arrays.fill(sums, Rational.ZERO);
        for (int k = 0; k < table.profiles(); k++) {
            int[][] c = new int[actions.length][];
            for (int q = 0; q < c.length; q++) {
                c[q] = new int[actions[q]];
            }
            for (int i = 0; i < table.players(); i++) {
                c[orbitOf[i]][table.action(k, i)]++;
            }
            int p = position.get(Arrays.deepToString(c));
            sums[p] = sums[p].add(table.payoff(0, k));
            counts[p]++;
        }
        Rational[] out = new Rational[indices.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = sums[p].divide(Rational.of(counts[p]));
        }
        return out;
    }

    /** The number of coefficients. */
    int size() {
        return indices.size();
    }

    /** The number of orbits. */
    int orbits() {
        return actions.length;
    }

    /** The Bernstein coefficient of count vector p on the whole domain. */
    Rational coefficient(int p) {
        return coefficients[p];
    }

    private void enumerate(int q, int[][] prefix) {
        if (q == prefix.length) {
            indices.add(deepCopy(prefix));
            return;
        }
        compose(orbitSizes[q], actions[q], 0, new int[actions[q]], q, prefix);
    }

    private void compose(int left, int parts, int at, int[] cur, int q, int[][] prefix) {
        if (at == parts - 1) {
            cur[at] = left;
            prefix[q] = cur.clone();
            enumerate(q + 1, prefix);
            return;
        }
        for (int v = left; v >= 0; v--) {
            cur[at] = v;
            compose(left - v, parts, at + 1, cur, q, prefix);
        }
    }

    /** Π_q multinomial(n_q; k_q) for count vector p. */
    BigInteger multinomial(int p) {
        BigInteger r = BigInteger.ONE;
        for (int[] k : indices.get(p)) {
            int total = 0;
            for (int v : k) {
                for (int t = 1; t <= v; t++) {
                    total++;
                    r = r.multiply(BigInteger.valueOf(total)).divide(BigInteger.valueOf(t));
                }
            }
        }
        return r;
    }

    /** EU when orbit q plays s[q]. */
    Rational value(Rational[][] s) {
        Rational total = Rational.ZERO;
        for (int p = 0; p < indices.size(); p++) {
            Rational term = coefficients[p].multiply(Rational.of(multinomial(p)));
            int[][] k = indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    term = term.multiply(s[q][a].pow(k[q][a]));
                }
            }
            total = total.add(term);
        }
        return total;
    }

    /**
     * A piece: per orbit the simplex vertices (vertex by vertex, a point of Δ(A_q) each), and the
     * coefficients. Pieces are never mutated, so halves share the vertex rows they do not change.
     */
    record Piece(Rational[][][] vertices, Rational[] coefficients) {
    }

    /** The whole domain: each orbit's simplex with the unit vectors as vertices. */
    Piece root() {
        Rational[][][] v = new Rational[actions.length][][];
        for (int q = 0; q < actions.length; q++) {
            v[q] = new Rational[actions[q]][];
            for (int r = 0; r < actions[q]; r++) {
                v[q][r] = unitVector(actions[q], r);
            }
        }
        return new Piece(v, coefficients.clone());
    }

    /** Whether orbit q's simplex has the edge (i, j). */
    boolean hasEdge(int q, int i, int j) {
        return q < actions.length && i < actions[q] && j < actions[q] && i != j;
    }

    /**
     * The two halves after bisecting edge (v_i, v_j) of orbit q at its midpoint m: first [v_i, m]
     * (keeping v_i), then [m, v_j]. Each line β_0, …, β_r of coefficients parallel to the edge (β_t
     * moves t of the r units of vertex i to vertex j, every other count fixed) runs through the de
     * Casteljau triangle β⁰_t = β_t, βˡ_t = (βˡ⁻¹_t + βˡ⁻¹_{t+1})/2; the first half's coefficient at
     * β_t's index is βᵗ_0, the second half's is β^{r−t}_t. O(K·d) rational operations for K
     * coefficients and orbit degree d; O(d²) extra memory per line.
     */
    Piece[] split(Piece piece, int q, int i, int j) {
        Rational[] first = new Rational[size()];
        Rational[] second = new Rational[size()];
        for (int[] line : linesAlong(q, i, j)) {
            Rational[][] triangle = deCasteljauTriangle(line, piece.coefficients());
            int r = line.length - 1;
            for (int t = 0; t <= r; t++) {
                first[line[t]] = triangle[t][0];
                second[line[t]] = triangle[r - t][t];
            }
        }
        Rational[][][] v = piece.vertices();
        Rational[] m = midpoint(v[q][i], v[q][j]);
        return new Piece[] {new Piece(withVertex(v, q, j, m), first), new Piece(withVertex(v, q, i, m), second)};
    }

    /**
     * The coefficient lines parallel to edge (i, j) of orbit q, each as positions β_0, …, β_r: a line
     * starts at a count vector with no unit on vertex j and moves one unit from i to j per step.
     */
    private List<int[]> linesAlong(int q, int i, int j) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0; start < size(); start++) {
            int[][] k = indices.get(start);
            if (k[q][j] > 0) {
                continue;
            }
            int[] line = new int[k[q][i] + 1];
            line[0] = start;
            int[][] walk = deepCopy(k);
            for (int t = 1; t < line.length; t++) {
                walk[q][i]--;
                walk[q][j]++;
                line[t] = position.get(Arrays.deepToString(walk));
            }
            lines.add(line);
        }
        return lines;
    }

    /** Row l of the result holds βˡ_0, …, βˡ_{r−l} for the line's coefficients β⁰ = c[line]. */
    private static Rational[][] deCasteljauTriangle(int[] line, Rational[] c) {
        Rational[][] rows = new Rational[line.length][];
        rows[0] = new Rational[line.length];
        for (int t = 0; t < line.length; t++) {
            rows[0][t] = c[line[t]];
        }
        for (int l = 1; l < line.length; l++) {
            Rational[] above = rows[l - 1];
            rows[l] = new Rational[above.length - 1];
            for (int t = 0; t < rows[l].length; t++) {
                rows[l][t] = above[t].add(above[t + 1]).multiply(Rational.HALF);
            }
        }
        return rows;
    }

    private static Rational[] unitVector(int length, int one) {
        Rational[] e = new Rational[length];
        Arrays.fill(e, Rational.ZERO);
        e[one] = Rational.ONE;
        return e;
    }

    private static Rational[] midpoint(Rational[] x, Rational[] y) {
        Rational[] m = new Rational[x.length];
        for (int a = 0; a < m.length; a++) {
            m[a] = x[a].add(y[a]).multiply(Rational.HALF);
        }
        return m;
    }

    /** The vertices with vertex r of orbit q replaced by {@code point}; unchanged rows are shared. */
    private static Rational[][][] withVertex(Rational[][][] v, int q, int r, Rational[] point) {
        Rational[][][] out = v.clone();
        out[q] = v[q].clone();
        out[q][r] = point;
        return out;
    }

    private static int[][] deepCopy(int[][] k) {
        return Arrays.stream(k).map(int[]::clone).toArray(int[][]::new);
    }
}
