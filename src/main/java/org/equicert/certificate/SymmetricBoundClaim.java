package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * "In the common-payoff game, every profile in which the players of each orbit play alike has
 * expected payoff at most c; the profile w (one strategy per orbit) attains exactly L." With L = c
 * this says the P-invariant optimum is exactly c, attained at w (seed 001).
 *
 * <p>The checker recomputes everything from the game: the Bernstein coefficients of EU on the
 * product of simplices (average payoff per vector of per-orbit action counts), the subdivision tree
 * replayed by de Casteljau bisection of simplex edges, and at each leaf either "every coefficient
 * ≤ c" (Bernstein bound) or the anchored test (the leaf's local polynomial at a vertex tuple, with
 * positive mixed terms absorbed into squares, has a non-positive constant and L_j ≤ 0, L_j + D_j ≤ 0
 * for every local coordinate). The SMT-LIB statement is the resulting linear fact: each leaf's
 * largest coefficient (or anchored quantity) as a numeral, asserted to exceed its bound — unsat.
 * The natural nonlinear statement (∃ strategies with EU &gt; c) is written beside for z3 and cvc5 when the
 * optimum is exact (c attained) and the game small.
 */
public final class SymmetricBoundClaim implements Claim {

    private final PayoffTable table;
    private final List<List<Integer>> orbits;
    private final Rational bound;
    private final List<Integer> tree;
    private final Rational[][] witness;
    private final Rational witnessValue;

    /**
     * @param orbits 0-based players per orbit
     * @param tree preorder: −1 Bernstein leaf, −2 − code anchored leaf (mixed-radix anchor tuple),
     *     else orbit·10⁴ + i·10² + j for bisecting edge (i, j)
     * @param witness one strategy per orbit
     * @param witnessValue its claimed exact expected payoff
     */
    public SymmetricBoundClaim(PayoffTable table, List<List<Integer>> orbits, Rational bound, List<Integer> tree,
            Rational[][] witness, Rational witnessValue) {
        this.table = table;
        this.orbits = orbits.stream().map(List::copyOf).toList();
        this.bound = bound;
        this.tree = List.copyOf(tree);
        this.witness = ClaimData.copy(witness);
        this.witnessValue = witnessValue;
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    @Override
    public String kind() {
        return "symmetric-bound";
    }

    @Override
    public String statement() {
        String orbitText = orbitText();
        return bound.equals(witnessValue)
                ? "the optimal expected payoff over profiles constant on the orbits " + orbitText + " is exactly " + bound
                        + ", attained at " + NashClaim.profileText(witness)
                : "every profile constant on the orbits " + orbitText + " has expected payoff at most " + bound
                        + "; the profile " + NashClaim.profileText(witness) + " attains " + witnessValue;
    }

    private String orbitText() {
        List<String> out = new ArrayList<>();
        for (List<Integer> o : orbits) {
            List<String> p = new ArrayList<>();
            for (int i : o) {
                p.add(Integer.toString(i + 1));
            }
            out.add("{" + String.join(",", p) + "}");
        }
        return String.join(" ", out);
    }

    @Override
    public String subject() {
        return table.title();
    }

    /** The recomputed leaf quantities, each of which must be ≤ 0; null entries for shape failures. */
    private List<Rational> leafExcesses(List<String> failures) {
        Domain d = new Domain(table, orbits, failures);
        if (!failures.isEmpty()) {
            return List.of();
        }
        return leafExcesses(d, tree, bound, failures);
    }

    /** The leaf quantities of the subdivision tree replayed on the domain (empty after a shape failure). */
    static List<Rational> leafExcesses(Domain d, List<Integer> tree, Rational bound, List<String> failures) {
        List<Rational> excess = new ArrayList<>();
        int[] at = {0};
        d.replay(d.root(), tree, at, bound, excess, failures);
        if (failures.isEmpty() && at[0] != tree.size()) {
            failures.add("the subdivision tree has " + (tree.size() - at[0]) + " unused entries");
        }
        return excess;
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        List<Rational> excess = leafExcesses(f);
        if (!f.isEmpty()) {
            return f;
        }
        return boundFailures(new Domain(table, orbits, f), excess, bound, witness, witnessValue);
    }

    /**
     * The obligations of a bound claim on a domain whose leaf quantities were recomputed: every
     * quantity ≤ 0, the witness a strategy per orbit earning exactly the witness value, not above the bound.
     */
    static List<String> boundFailures(Domain d, List<Rational> excess, Rational bound, Rational[][] witness, Rational witnessValue) {
        List<String> f = new ArrayList<>();
        for (int k = 0; k < excess.size(); k++) {
            if (excess.get(k).signum() > 0) {
                f.add("leaf quantity " + (k + 1) + " exceeds the bound by " + excess.get(k));
                break;
            }
        }
        if (witness.length != d.actions.length) {
            f.add("the witness has " + witness.length + " strategies for " + d.actions.length + " orbits");
            return f;
        }
        for (int q = 0; q < witness.length; q++) {
            Rational s = Rational.ZERO;
            for (Rational x : witness[q]) {
                if (x.signum() < 0) {
                    f.add("the witness has a negative probability " + x);
                }
                s = s.add(x);
            }
            if (!s.equals(Rational.ONE) || witness[q].length != d.actions[q]) {
                f.add("the witness strategy of orbit " + (q + 1) + " is not a distribution over its " + d.actions[q] + " actions");
                return f;
            }
        }
        Rational v = d.value(witness);
        if (!v.equals(witnessValue)) {
            f.add("the witness earns " + v + ", not " + witnessValue);
        }
        if (witnessValue.compareTo(bound) > 0) {
            f.add("the witness value " + witnessValue + " exceeds the bound " + bound);
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        List<String> f = new ArrayList<>();
        return boundSmtLib(leafExcesses(f), bound, witnessValue);
    }

    /** The linear certificate of a bound claim from its recomputed leaf quantities. */
    static String boundSmtLib(List<Rational> excess, Rational bound, Rational witnessValue) {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an\n");
        sb.append("; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.\n");
        List<String> negation = new ArrayList<>();
        for (int k = 0; k < excess.size(); k++) {
            sb.append("(define-fun q_").append(k + 1).append(" () Real ").append(Smt.num(excess.get(k))).append(")\n");
            negation.add("(> q_" + (k + 1) + " 0.0)");
        }
        sb.append("(define-fun bound () Real ").append(Smt.num(bound)).append(")\n");
        sb.append("(define-fun witnessValue () Real ").append(Smt.num(witnessValue)).append(")\n");
        negation.add("(> witnessValue bound)");
        sb.append(Smt.negatedClaim("negation: some leaf quantity is positive, or the witness beats the bound", negation));
        return sb.toString();
    }

    @Override
    public java.util.Optional<String> nonlinearSmtLib() {
        List<String> f = new ArrayList<>();
        Domain d = new Domain(table, orbits, f);
        // only for exact optima of small games: a bound strictly above an irrational optimum is a hard NRA query
        if (!f.isEmpty() || d.size() > 60 || !bound.equals(witnessValue)) {
            return java.util.Optional.empty();
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        List<String> constraints = new ArrayList<>();
        for (int q = 0; q < orbits.size(); q++) {
            List<String> sum = new ArrayList<>();
            for (int a = 0; a < d.actions[q]; a++) {
                String x = "s_" + (q + 1) + "_" + (a + 1);
                sb.append("(declare-fun ").append(x).append(" () Real)\n");
                constraints.add("(>= " + x + " 0.0)");
                sum.add(x);
            }
            constraints.add("(= " + Smt.sum(sum) + " 1.0)");
        }
        List<String> terms = new ArrayList<>();
        for (int p = 0; p < d.size(); p++) {
            Rational c = d.coefficients[p].multiply(Rational.of(d.multinomial(p)));
            if (c.isZero()) {
                continue;
            }
            List<String> factors = new ArrayList<>();
            factors.add(Smt.num(c));
            int[][] k = d.indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    for (int e = 0; e < k[q][a]; e++) {
                        factors.add("s_" + (q + 1) + "_" + (a + 1));
                    }
                }
            }
            terms.add(Smt.product(factors));
        }
        sb.append("; EU of the profile in which orbit o plays s_o (Bernstein form)\n");
        sb.append("(define-fun eu () Real ").append(Smt.sum(terms)).append(")\n");
        constraints.add("(> eu " + Smt.num(bound) + ")");
        sb.append("(assert ").append(Smt.and(constraints)).append(")\n(check-sat)\n(exit)\n");
        return java.util.Optional.of(sb.toString());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        m.put("orbits", orbits);
        m.put("bound", bound.toString());
        m.put("tree", tree);
        m.put("witness", ClaimData.matrix(witness));
        m.put("witnessValue", witnessValue.toString());
        return m;
    }

    @SuppressWarnings("unchecked")
    static SymmetricBoundClaim fromData(Map<String, Object> m) {
        List<List<Integer>> orbits = new ArrayList<>();
        for (Object o : (List<Object>) m.get("orbits")) {
            List<Integer> orbit = new ArrayList<>();
            for (Object i : (List<Object>) o) {
                orbit.add(((Number) i).intValue());
            }
            orbits.add(orbit);
        }
        List<Integer> tree = new ArrayList<>();
        for (Object t : (List<Object>) m.get("tree")) {
            tree.add(((Number) t).intValue());
        }
        return new SymmetricBoundClaim(ClaimData.game(m), orbits, Rational.parse((String) m.get("bound")), tree,
                ClaimData.matrix(m.get("witness")), Rational.parse((String) m.get("witnessValue")));
    }

    /**
     * The checker's own Bernstein machinery: EU on a product of simplices, one per orbit, from its
     * Bernstein coefficients indexed by per-orbit action-count vectors (in the order of
     * {@link #indices}: orbit by orbit, each orbit's counts lexicographically descending).
     */
    static final class Domain {
        final int[] actions;
        final List<int[][]> indices = new ArrayList<>();
        final Map<String, Integer> position = new HashMap<>();
        Rational[] coefficients;
        private final int[] orbitSizes;

        /** A domain whose coefficients are given: one orbit per entry of the arrays; coefficients set by the caller. */
        Domain(int[] orbitSizes, int[] actions) {
            this.orbitSizes = orbitSizes.clone();
            this.actions = actions.clone();
            enumerate(0, new int[actions.length][]);
            for (int p = 0; p < indices.size(); p++) {
                position.put(Arrays.deepToString(indices.get(p)), p);
            }
        }

        Domain(PayoffTable table, List<List<Integer>> orbits, List<String> failures) {
            orbitSizes = orbits.stream().mapToInt(List::size).toArray();
            int n = table.players();
            actions = new int[orbits.size()];
            int[] orbitOf = new int[n];
            Arrays.fill(orbitOf, -1);
            for (int q = 0; q < orbits.size(); q++) {
                if (orbits.get(q).isEmpty()) {
                    failures.add("orbit " + (q + 1) + " is empty");
                    return;
                }
                for (int i : orbits.get(q)) {
                    if (i < 0 || i >= n || orbitOf[i] >= 0) {
                        failures.add("the orbits are not a partition of the " + n + " players");
                        return;
                    }
                    orbitOf[i] = q;
                }
                actions[q] = table.actions(orbits.get(q).get(0));
                for (int i : orbits.get(q)) {
                    if (table.actions(i) != actions[q]) {
                        failures.add("players of orbit " + (q + 1) + " have different numbers of actions");
                        return;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (orbitOf[i] < 0) {
                    failures.add("player " + (i + 1) + " is in no orbit");
                    return;
                }
            }
            for (int k = 0; k < table.profiles(); k++) {
                for (int i = 1; i < n; i++) {
                    if (!table.payoff(i, k).equals(table.payoff(0, k))) {
                        failures.add("payoffs are not common (profile " + (k + 1) + ")");
                        return;
                    }
                }
            }
            enumerate(0, new int[orbits.size()][]);
            for (int p = 0; p < indices.size(); p++) {
                position.put(Arrays.deepToString(indices.get(p)), p);
            }
            Rational[] sums = new Rational[indices.size()];
            long[] counts = new long[indices.size()];
            Arrays.fill(sums, Rational.ZERO);
            for (int k = 0; k < table.profiles(); k++) {
                int[][] c = new int[orbits.size()][];
                for (int q = 0; q < c.length; q++) {
                    c[q] = new int[actions[q]];
                }
                for (int i = 0; i < n; i++) {
                    c[orbitOf[i]][table.action(k, i)]++;
                }
                int p = position.get(Arrays.deepToString(c));
                sums[p] = sums[p].add(table.payoff(0, k));
                counts[p]++;
            }
            coefficients = new Rational[indices.size()];
            for (int p = 0; p < coefficients.length; p++) {
                coefficients[p] = sums[p].divide(Rational.of(counts[p]));
            }
        }

        int size() {
            return indices.size();
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

        /** A piece: per orbit the simplex vertices, and the coefficients. */
        record Piece(Rational[][][] vertices, Rational[] coefficients) {
        }

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

        void replay(Piece piece, List<Integer> tree, int[] at, Rational c, List<Rational> excess, List<String> failures) {
            if (!failures.isEmpty()) {
                return;
            }
            if (at[0] >= tree.size()) {
                failures.add("the subdivision tree ends early");
                return;
            }
            int code = tree.get(at[0]++);
            if (code == -1) {
                Rational max = piece.coefficients()[0];
                for (Rational x : piece.coefficients()) {
                    max = max.max(x);
                }
                excess.add(max.subtract(c));
                return;
            }
            if (code <= -2) {
                anchored(piece, code, c, excess, failures);
                return;
            }
            int q = code / 10_000;
            int i = code / 100 % 100;
            int j = code % 100;
            if (q >= actions.length || i >= actions[q] || j >= actions[q] || i == j) {
                failures.add("the subdivision tree names an edge (" + i + "," + j + ") of orbit " + q + " that does not exist");
                return;
            }
            Piece[] halves = split(piece, q, i, j);
            replay(halves[0], tree, at, c, excess, failures);
            replay(halves[1], tree, at, c, excess, failures);
        }

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

        /**
         * The anchored test: EU on the piece in local coordinates t at the anchor tuple, as a sparse
         * polynomial (exponent vector → coefficient), then absorption into squares.
         */
        private void anchored(Piece piece, int code, Rational c, List<Rational> excess, List<String> failures) {
            int rest = -2 - code;
            int[] anchor = new int[actions.length];
            for (int q = 0; q < actions.length; q++) {
                anchor[q] = rest % actions[q];
                rest /= actions[q];
            }
            int m = 0;
            for (int a : actions) {
                m += a - 1;
            }
            // per orbit and action: the affine image in t (constant, then one coefficient per local coordinate)
            Rational[][][] image = new Rational[actions.length][][];
            int t = 0;
            for (int q = 0; q < actions.length; q++) {
                image[q] = new Rational[actions[q]][m + 1];
                Rational[] w0 = piece.vertices()[q][anchor[q]];
                for (int a = 0; a < actions[q]; a++) {
                    Arrays.fill(image[q][a], Rational.ZERO);
                    image[q][a][0] = w0[a];
                }
                for (int j = 0; j < actions[q]; j++) {
                    if (j == anchor[q]) {
                        continue;
                    }
                    for (int a = 0; a < actions[q]; a++) {
                        image[q][a][1 + t] = piece.vertices()[q][j][a].subtract(w0[a]);
                    }
                    t++;
                }
            }
            Map<List<Integer>, Rational> poly = new HashMap<>();
            Integer[] zero = new Integer[m];
            Arrays.fill(zero, 0);
            for (int p = 0; p < indices.size(); p++) {
                Map<List<Integer>, Rational> term = new HashMap<>();
                term.put(Arrays.asList(zero.clone()), coefficients[p].multiply(Rational.of(multinomial(p))));
                int[][] k = indices.get(p);
                for (int q = 0; q < k.length; q++) {
                    for (int a = 0; a < k[q].length; a++) {
                        for (int e = 0; e < k[q][a]; e++) {
                            term = times(term, image[q][a], m);
                        }
                    }
                }
                term.forEach((key, v) -> poly.merge(key, v, Rational::add));
            }
            Rational constant = poly.getOrDefault(Arrays.asList(zero.clone()), Rational.ZERO).subtract(c);
            Rational[] linear = new Rational[m];
            Rational[] square = new Rational[m];
            Arrays.fill(linear, Rational.ZERO);
            Arrays.fill(square, Rational.ZERO);
            for (Map.Entry<List<Integer>, Rational> e : poly.entrySet()) {
                List<Integer> ex = e.getKey();
                Rational k = e.getValue();
                int degree = 0;
                int first = -1;
                int second = -1;
                boolean hasSquare = false;
                for (int v = 0; v < m; v++) {
                    int x = ex.get(v);
                    degree += x;
                    hasSquare |= x == 2;
                    if (x > 0) {
                        if (first < 0) {
                            first = v;
                        } else if (second < 0) {
                            second = v;
                        }
                    }
                }
                if (degree == 0 || k.isZero()) {
                    continue;
                }
                if (degree == 1) {
                    linear[first] = linear[first].add(k);
                } else if (k.signum() > 0 || (degree == 2 && hasSquare)) {
                    if (second < 0) {
                        square[first] = square[first].add(k);
                    } else {
                        square[first] = square[first].add(k.multiply(Rational.HALF));
                        square[second] = square[second].add(k.multiply(Rational.HALF));
                    }
                }
            }
            excess.add(constant);
            for (int v = 0; v < m; v++) {
                excess.add(linear[v]);
                excess.add(linear[v].add(square[v]));
            }
        }

        private static Map<List<Integer>, Rational> times(Map<List<Integer>, Rational> poly, Rational[] affine, int m) {
            Map<List<Integer>, Rational> out = new HashMap<>();
            for (Map.Entry<List<Integer>, Rational> e : poly.entrySet()) {
                for (int v = 0; v <= m; v++) {
                    if (affine[v].isZero()) {
                        continue;
                    }
                    List<Integer> key = new ArrayList<>(e.getKey());
                    if (v > 0) {
                        key.set(v - 1, key.get(v - 1) + 1);
                    }
                    out.merge(key, e.getValue().multiply(affine[v]), Rational::add);
                }
            }
            out.values().removeIf(Rational::isZero);
            return out;
        }
    }
}
