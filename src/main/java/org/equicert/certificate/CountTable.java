package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The count table of a totally symmetric common-payoff game with N players and A actions: the
 * payoff u(k) of every count vector k (k_a players play action a), C(N+A−1, A−1) entries in
 * lexicographically descending order. The game it stands for is the expanded one, in which every
 * player of every pure profile a gets u(counts of a); {@link #expandedPayoff(long)} gives its payoff at
 * any profile index and {@link #fingerprint()} its {@link Fingerprint}, both without building the
 * A^N table. Shared by the count-table claim kinds; parsed strictly (every count vector exactly once,
 * in order).
 */
final class CountTable {

    /** Tables larger than this are refused (the data line holds the table). */
    static final int MAX_COUNT_VECTORS = 1_000_000;

    /**
     * Expanded games with more pure profiles than this are refused: the fingerprint is that of the
     * expanded game, hashed profile by profile (N · A^N payoff lines).
     */
    static final long MAX_EXPANDED_PROFILES = 1_000_000L;

    private final String title;
    private final int players;
    private final int actions;
    private final Rational[] payoffs;
    /** compositions[n][parts]: the number of count vectors of n players over {@code parts} actions. */
    private final long[][] compositions;
    /** The expanded game's fingerprint, computed once (it hashes every profile). */
    private volatile String fingerprint;

    /**
     * @param title the game's title
     * @param players N ≥ 1
     * @param actions A ≥ 1
     * @param payoffs u(k) for each count vector k, in the order of {@link #countVectors(int, int)}
     * @throws IllegalArgumentException if N, A or the table's length is wrong
     */
    CountTable(String title, int players, int actions, Rational[] payoffs) {
        if (players < 1 || actions < 1 || players > 10_000 || actions > 10_000) {
            throw new IllegalArgumentException("a count table needs 1..10000 players and 1..10000 actions, not " + players + " and " + actions);
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
        return BernsteinDomain.countVectors(players, actions);
    }

    /** The game's title. */
    String title() {
        return title;
    }

    /** Number of players N. */
    int players() {
        return players;
    }

    /** Number of actions A. */
    int actions() {
        return actions;
    }

    /** Number of count vectors, the table's length. */
    int size() {
        return payoffs.length;
    }

    /** u(k) for the count vector at position p of the table's order. */
    Rational payoff(int p) {
        return payoffs[p];
    }

    /** The payoffs, in the table's order (a copy). */
    Rational[] payoffs() {
        return payoffs.clone();
    }

    /**
     * The {@link Fingerprint} of the expanded game (N players with A actions each, every player paid
     * u(counts) at every profile), streamed over its A^N profiles in Gambit order without building
     * its table, so it equals the fingerprint of the same game given as a full payoff table.
     */
    String fingerprint() {
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
        Arrays.fill(r, actions);
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

    /** Puts the table's fields (title, players, actions, table) into a claim's data, in that order. */
    void putData(Map<String, Object> m) {
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
    }

    /**
     * Rebuilds the table from a claim's data, requiring every count vector exactly once in order;
     * the limits are checked before anything is counted.
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    @SuppressWarnings("unchecked")
    static CountTable fromData(Map<String, Object> m) {
        int players = ((Number) m.get("players")).intValue();
        int actions = ((Number) m.get("actions")).intValue();
        if (players < 1 || actions < 1 || players > 10_000 || actions > 10_000
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
                        + Arrays.toString(expected));
            }
            payoffs[p] = Rational.parse((String) row.get("payoff"));
        }
        return new CountTable((String) m.get("title"), players, actions, payoffs);
    }
}
