package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "In the totally symmetric common-payoff game with N players, A actions and payoff u(k) for each
 * count vector k (k_a players play action a), every profile in which all players play the same
 * strategy has expected payoff at most c; the strategy w attains exactly L" (seed 001, §2.1's ten
 * robots). The game is given by its count table of C(N+A−1, A−1) entries, never by its A^N
 * profiles, so games far beyond a full payoff table are certified.
 *
 * <p>For a symmetric profile x, EU(x) = Σ_k u(k) · N!/Π k_a! · Π x_a^{k_a}: the table entries are
 * exactly the Bernstein coefficients on the simplex Δ(A). The checker replays the subdivision tree
 * on them with the same independent Bernstein code as {@link SymmetricBoundClaim} (one orbit), and
 * the certificate's SMT-LIB has the same linear form. The table is parsed strictly: every count
 * vector exactly once, in lexicographically descending order (the first action's count largest
 * first). The game the claim is about is the expanded one, u(a) = u(counts of a) for every player;
 * {@link #expandedPayoff(long)} gives its payoff at any profile index without building the A^N table.
 */
public final class SymmetricCountBoundClaim implements Claim {

    /** Tables larger than this are refused (the data line holds the table). */
    public static final int MAX_COUNT_VECTORS = 1_000_000;

    /**
     * Expanded games with more pure profiles than this are refused: the certificate's fingerprint is
     * that of the expanded game, hashed profile by profile (N · A^N payoff lines).
     */
    public static final long MAX_EXPANDED_PROFILES = 1_000_000L;

    private final String title;
    private final int players;
    private final int actions;
    private final Rational[] payoffs;
    private final Rational bound;
    private final List<Integer> tree;
    private final Rational[] witness;
    private final Rational witnessValue;
    /** compositions[n][parts]: the number of count vectors of n players over {@code parts} actions. */
    private final long[][] compositions;
    /** The expanded game's fingerprint, computed once (it hashes every profile). */
    private volatile String fingerprint;

    /**
     * @param title the game's title
     * @param players N ≥ 1
     * @param actions A ≥ 1
     * @param payoffs u(k) for each count vector k, in the order of {@link #countVectors(int, int)}
     * @param tree preorder subdivision tree as in {@link SymmetricBoundClaim} (orbit 0 only)
     * @param witness one strategy (all players play it)
     * @param witnessValue its claimed exact expected payoff
     * @throws IllegalArgumentException if N, A or the table's length is wrong
     */
    public SymmetricCountBoundClaim(String title, int players, int actions, Rational[] payoffs, Rational bound, List<Integer> tree,
            Rational[] witness, Rational witnessValue) {
        if (players < 1 || actions < 1 || players > 10_000 || actions > 100) {
            throw new IllegalArgumentException("a count table needs 1..10000 players and 1..100 actions, not " + players + " and " + actions);
        }
        BigInteger size = countVectorCount(players, actions);
        if (size.compareTo(BigInteger.valueOf(MAX_COUNT_VECTORS)) > 0 || payoffs.length != size.intValue()) {
            throw new IllegalArgumentException("the count table has " + payoffs.length + " entries; " + players + " players with " + actions
                    + " actions have " + size + " count vectors");
        }
        if (BigInteger.valueOf(actions).pow(players).compareTo(BigInteger.valueOf(MAX_EXPANDED_PROFILES)) > 0) {
            throw new IllegalArgumentException(actions + "^" + players + " pure profiles is more than " + MAX_EXPANDED_PROFILES
                    + ": the expanded game's fingerprint could not be computed");
        }
        this.title = title == null ? "" : title;
        this.players = players;
        this.actions = actions;
        this.payoffs = payoffs.clone();
        this.bound = bound;
        this.tree = List.copyOf(tree);
        this.witness = witness.clone();
        this.witnessValue = witnessValue;
        compositions = new long[players + 1][actions + 1];
        for (int n = 0; n <= players; n++) {
            compositions[n][1] = 1;
            for (int parts = 2; parts <= actions; parts++) {
                compositions[n][parts] = compositions[n][parts - 1] + (n > 0 ? compositions[n - 1][parts] : 0);
            }
        }
    }

    /** C(N + A − 1, A − 1): the number of count vectors. */
    static BigInteger countVectorCount(int players, int actions) {
        BigInteger r = BigInteger.ONE;
        for (int j = 1; j < actions; j++) {
            r = r.multiply(BigInteger.valueOf(players + j)).divide(BigInteger.valueOf(j));
        }
        return r;
    }

    /** All count vectors of N players over A actions, lexicographically descending: the table's order. */
    public static List<int[]> countVectors(int players, int actions) {
        return new SymmetricBoundClaim.Domain(new int[] {players}, new int[] {actions}).indices.stream().map(k -> k[0].clone()).toList();
    }

    @Override
    public String kind() {
        return "symmetric-count-bound";
    }

    @Override
    public String statement() {
        String game = "the totally symmetric " + players + "-player game given by its table of " + payoffs.length + " count vectors";
        String w = NashClaim.profileText(new Rational[][] {witness});
        return bound.equals(witnessValue)
                ? "in " + game + ", the optimal expected payoff when all players play the same strategy is exactly " + bound
                        + ", attained when all play " + w
                : "in " + game + ", every profile in which all players play the same strategy has expected payoff at most " + bound
                        + "; all playing " + w + " attains " + witnessValue;
    }

    @Override
    public String subject() {
        return title;
    }

    /**
     * The {@link Fingerprint} of the expanded game (N players with A actions each, every player paid
     * u(counts) at every profile), streamed over its A^N profiles in Gambit order without building
     * its table, so it equals the fingerprint of the same game given as a full payoff table.
     */
    @Override
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            // one payoff text per table entry, looked up by the profile's count vector: the stream of
            // N·A^N lines allocates nothing per line beyond the count vector
            String[] texts = new String[payoffs.length];
            for (int p = 0; p < payoffs.length; p++) {
                texts[p] = payoffs[p].toString();
            }
            int[] counts = new int[actions];
            f = Fingerprint.ofGameText(expandedActionCounts(), (player, profile) -> {
                Arrays.fill(counts, 0);
                long x = profile;
                for (int i = 0; i < players; i++) {
                    counts[(int) (x % actions)]++;
                    x /= actions;
                }
                return texts[rank(counts)];
            });
            fingerprint = f;
        }
        return f;
    }

    /** The count table's payoffs, in the order of {@link #countVectors}. */
    Rational[] payoffsTable() {
        return payoffs.clone();
    }

    /** Number of players. */
    public int players() {
        return players;
    }

    /** Number of actions. */
    public int actions() {
        return actions;
    }

    private SymmetricBoundClaim.Domain domain() {
        SymmetricBoundClaim.Domain d = new SymmetricBoundClaim.Domain(new int[] {players}, new int[] {actions});
        d.coefficients = payoffs.clone();
        return d;
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        SymmetricBoundClaim.Domain d = domain();
        List<Rational> excess = SymmetricBoundClaim.leafExcesses(d, tree, bound, f);
        if (!f.isEmpty()) {
            return f;
        }
        return SymmetricBoundClaim.boundFailures(d, excess, bound, new Rational[][] {witness}, witnessValue);
    }

    @Override
    public String linearSmtLib() {
        List<String> f = new ArrayList<>();
        return SymmetricBoundClaim.boundSmtLib(SymmetricBoundClaim.leafExcesses(domain(), tree, bound, f), bound, witnessValue);
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        // exact optima of small tables only: a bound strictly above an irrational optimum is a hard NRA query
        if (payoffs.length > 120 || !bound.equals(witnessValue)) {
            return Optional.empty();
        }
        SymmetricBoundClaim.Domain d = domain();
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        List<String> constraints = new ArrayList<>();
        List<String> sum = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            String x = "s_" + (a + 1);
            sb.append("(declare-fun ").append(x).append(" () Real)\n");
            constraints.add("(>= " + x + " 0.0)");
            sum.add(x);
        }
        constraints.add("(= " + Smt.sum(sum) + " 1.0)");
        List<String> terms = new ArrayList<>();
        for (int p = 0; p < d.size(); p++) {
            Rational c = payoffs[p].multiply(Rational.of(d.multinomial(p)));
            if (c.isZero()) {
                continue;
            }
            List<String> factors = new ArrayList<>();
            factors.add(Smt.num(c));
            int[] k = d.indices.get(p)[0];
            for (int a = 0; a < k.length; a++) {
                for (int e = 0; e < k[a]; e++) {
                    factors.add("s_" + (a + 1));
                }
            }
            terms.add(Smt.product(factors));
        }
        sb.append("; EU when every player plays s (Bernstein form: count-table payoff times multinomial)\n");
        sb.append("(define-fun eu () Real ").append(Smt.sum(terms)).append(")\n");
        constraints.add("(> eu " + Smt.num(bound) + ")");
        sb.append("(assert ").append(Smt.and(constraints)).append(")\n(check-sat)\n(exit)\n");
        return Optional.of(sb.toString());
    }

    /**
     * The expanded game's common payoff at the pure profile with Gambit index {@code profile}
     * (player 1's action is the fastest digit, base A): the table entry of its count vector. O(N + A²)
     * per call, no table of A^N entries is ever built — the game fingerprint streams over all
     * profiles through this.
     *
     * @throws IllegalArgumentException if the index is negative or not below A^N
     */
    public Rational expandedPayoff(long profile) {
        if (profile < 0 || BigInteger.valueOf(profile).compareTo(expandedProfileCount()) >= 0) {
            throw new IllegalArgumentException("profile index " + profile + " is outside 0.." + expandedProfileCount() + "-1");
        }
        int[] counts = new int[actions];
        long x = profile;
        for (int i = 0; i < players; i++) {
            counts[(int) (x % actions)]++;
            x /= actions;
        }
        return payoffs[rank(counts)];
    }

    /** The action counts of the expanded game: A for each of the N players. */
    public int[] expandedActionCounts() {
        int[] r = new int[players];
        java.util.Arrays.fill(r, actions);
        return r;
    }

    /**
     * The position of a count vector in the table's order (lexicographically descending): at each
     * position, the vectors before it are those with a larger entry there and the same prefix.
     */
    int rank(int[] counts) {
        long r = 0;
        int left = players;
        for (int i = 0; i + 1 < actions; i++) {
            int parts = actions - i;
            for (int v = left; v > counts[i]; v--) {
                r += compositions[left - v][parts - 1];
            }
            left -= counts[i];
        }
        return (int) r;
    }

    /** The number of pure profiles of the expanded game, A^N. */
    public BigInteger expandedProfileCount() {
        return BigInteger.valueOf(actions).pow(players);
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        m.put("title", title);
        m.put("players", players);
        m.put("actions", actions);
        List<Map<String, Object>> table = new ArrayList<>();
        List<int[]> vectors = countVectors(players, actions);
        for (int p = 0; p < payoffs.length; p++) {
            Map<String, Object> row = new LinkedHashMap<>();
            List<Integer> k = new ArrayList<>();
            for (int x : vectors.get(p)) {
                k.add(x);
            }
            row.put("counts", k);
            row.put("payoff", payoffs[p].toString());
            table.add(row);
        }
        m.put("table", table);
        m.put("bound", bound.toString());
        m.put("tree", tree);
        m.put("witness", ClaimData.vector(witness));
        m.put("witnessValue", witnessValue.toString());
        return m;
    }

    /**
     * Rebuilds the claim, requiring every count vector exactly once in the table's order.
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    @SuppressWarnings("unchecked")
    static SymmetricCountBoundClaim fromData(Map<String, Object> m) {
        int players = ((Number) m.get("players")).intValue();
        int actions = ((Number) m.get("actions")).intValue();
        if (players < 1 || actions < 1 || players > 10_000 || actions > 100
                || countVectorCount(players, actions).compareTo(BigInteger.valueOf(MAX_COUNT_VECTORS)) > 0) {
            throw new IllegalArgumentException("a count table for " + players + " players and " + actions + " actions is not supported");
        }
        List<Object> rows = (List<Object>) m.get("table");
        List<int[]> vectors = countVectors(players, actions);
        if (rows.size() != vectors.size()) {
            throw new IllegalArgumentException("the count table has " + rows.size() + " rows, expected " + vectors.size());
        }
        Rational[] payoffs = new Rational[rows.size()];
        for (int p = 0; p < payoffs.length; p++) {
            Map<String, Object> row = (Map<String, Object>) rows.get(p);
            List<Object> k = (List<Object>) row.get("counts");
            int[] expected = vectors.get(p);
            boolean same = k.size() == expected.length;
            for (int a = 0; same && a < expected.length; a++) {
                same = ((Number) k.get(a)).intValue() == expected[a];
            }
            if (!same) {
                throw new IllegalArgumentException("row " + (p + 1) + " of the count table has counts " + k + ", expected "
                        + java.util.Arrays.toString(expected));
            }
            payoffs[p] = Rational.parse((String) row.get("payoff"));
        }
        List<Integer> tree = new ArrayList<>();
        for (Object t : (List<Object>) m.get("tree")) {
            tree.add(((Number) t).intValue());
        }
        return new SymmetricCountBoundClaim((String) m.get("title"), players, actions, payoffs, Rational.parse((String) m.get("bound")), tree,
                ClaimData.vector(m.get("witness")), Rational.parse((String) m.get("witnessValue")));
    }
}
