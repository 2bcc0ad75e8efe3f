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
            int[][] copy = new int[prefix.length][];
            for (int r = 0; r < prefix.length; r++) {
                copy[r] = prefix[r].clone();
            }
            indices.add(copy);
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

    /** A piece: per orbit the simplex vertices (vertex by vertex, a point of Δ(A_q) each), and the coefficients. */
    record Piece(Rational[][][] vertices, Rational[] coefficients) {
    }

    /** The whole domain: each orbit's simplex with the unit vectors as vertices. */
    Piece root() {
        Rational[][][] v = new Rational[actions.length][][];
        for (int q = 0; q < actions.length; q++) {
            v[q] = new Rational[actions[q]][actions[q]];
            for (int r = 0; r < actions[q]; r++) {
                for (int c = 0; c < actions[q]; c++) {
                    v[q][r][c] = r == c ? Rational.ONE : Rational.ZERO;
                }
            }
        }
        return new Piece(v, coefficients.clone());
    }

    /** Whether orbit q's simplex has the edge (i, j). */
    boolean hasEdge(int q, int i, int j) {
        return q < actions.length && i < actions[q] && j < actions[q] && i != j;
    }

    /** The two halves after bisecting edge (i, j) of orbit q at its midpoint: first the half keeping v_i. */
    Piece[] split(Piece piece, int q, int i, int j) {
        Rational[] left = new Rational[coefficients.length];
        Rational[] right = new Rational[coefficients.length];
        for (int p = 0; p < indices.size(); p++) {
            int[][] k = indices.get(p);
            if (k[q][j] != 0) {
                continue;
            }
            int r = k[q][i];
            int[] line = new int[r + 1];
            for (int t = 0; t <= r; t++) {
                int[][] kk = new int[k.length][];
                for (int s = 0; s < k.length; s++) {
                    kk[s] = k[s].clone();
                }
                kk[q][i] = r - t;
                kk[q][j] = t;
                line[t] = position.get(Arrays.deepToString(kk));
            }
            Rational[] beta = new Rational[r + 1];
            for (int t = 0; t <= r; t++) {
                beta[t] = piece.coefficients()[line[t]];
            }
            left[line[0]] = beta[0];
            right[line[r]] = beta[r];
            for (int level = 1; level <= r; level++) {
                for (int t = 0; t + level <= r; t++) {
                    beta[t] = beta[t].add(beta[t + 1]).multiply(Rational.HALF);
                }
                left[line[level]] = beta[0];
                right[line[r - level]] = beta[r - level];
            }
        }
        Rational[] mid = new Rational[actions[q]];
        for (int a = 0; a < mid.length; a++) {
            mid[a] = piece.vertices()[q][i][a].add(piece.vertices()[q][j][a]).multiply(Rational.HALF);
        }
        Rational[][][] lv = copy(piece.vertices());
        lv[q][j] = mid;
        Rational[][][] rv = copy(piece.vertices());
        rv[q][i] = mid.clone();
        return new Piece[] {new Piece(lv, left), new Piece(rv, right)};
    }

    private static Rational[][][] copy(Rational[][][] v) {
        Rational[][][] c = new Rational[v.length][][];
        for (int q = 0; q < v.length; q++) {
            c[q] = new Rational[v[q].length][];
            for (int r = 0; r < v[q].length; r++) {
                c[q][r] = v[q][r].clone();
            }
        }
        return c;
    }
}
