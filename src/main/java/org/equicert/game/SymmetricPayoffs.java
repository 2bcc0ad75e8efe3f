package org.equicert.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;

/**
 * A totally symmetric common-payoff game in compact form: n players with the same m actions, and a
 * payoff for each unordered profile, i.e. each count vector k = (k_1, …, k_m) with Σk = n. The
 * number of count vectors is C(n + m − 1, m − 1), polynomial in n for fixed m, so games with e.g.
 * 100 players and 3 actions (5,151 count vectors, 3^100 profiles) are handled exactly.
 */
public final class SymmetricPayoffs {

    private final int players;
    private final int actions;
    private final Map<List<Integer>, Rational> payoffs;

    private SymmetricPayoffs(int players, int actions, Map<List<Integer>, Rational> payoffs) {
        this.players = players;
        this.actions = actions;
        this.payoffs = payoffs;
    }

    /**
     * A game from a payoff per count vector (every count vector must be present).
     *
     * @throws IllegalArgumentException if a count vector is missing or malformed
     */
    public static SymmetricPayoffs of(int players, int actions, Map<List<Integer>, Rational> payoffs) {
        Map<List<Integer>, Rational> copy = new LinkedHashMap<>();
        for (List<Integer> k : countVectors(players, actions)) {
            Rational u = payoffs.get(k);
            if (u == null) {
                throw new IllegalArgumentException("missing payoff for action counts " + k);
            }
            copy.put(k, u);
        }
        if (payoffs.size() != copy.size()) {
            throw new IllegalArgumentException("payoffs given for count vectors that do not sum to " + players);
        }
        return new SymmetricPayoffs(players, actions, Collections.unmodifiableMap(copy));
    }

    /**
     * All count vectors (k_1..k_m) with Σ k = n, in descending lexicographic order
     * ({@link Combinatorics#compositions}).
     */
    public static List<List<Integer>> countVectors(int players, int actions) {
        List<List<Integer>> out = new ArrayList<>();
        for (int[] k : Combinatorics.compositions(players, actions)) {
            out.add(Arrays.stream(k).boxed().toList());
        }
        return out;
    }

    /** {@return number of players} */
    public int players() {
        return players;
    }

    /** {@return number of actions} */
    public int actions() {
        return actions;
    }

    /** {@return the payoffs by count vector, in lexicographic order of count vectors} */
    public Map<List<Integer>, Rational> payoffs() {
        return payoffs;
    }

    /** {@return the payoff of a pure profile} */
    public Rational payoff(int[] profile) {
        Integer[] c = new Integer[actions];
        Arrays.fill(c, 0);
        for (int a : profile) {
            c[a]++;
        }
        return payoffs.get(List.of(c));
    }

    /**
     * The full normal-form game (every player receives the common payoff).
     *
     * @throws IllegalArgumentException if it would have more than 5,000,000 profiles
     */
    public NormalFormGame toGame(String title) {
        long size = 1;
        for (int i = 0; i < players; i++) {
            size *= actions;
            if (size > 5_000_000L) {
                throw new IllegalArgumentException(actions + "^" + players + " profiles is too many for a full table; work with orbits");
            }
        }
        int[] counts = new int[players];
        Arrays.fill(counts, actions);
        Rational[] u = new Rational[(int) size];
        int[] a = new int[players];
        for (int idx = 0; idx < size; idx++) {
            int x = idx;
            for (int i = 0; i < players; i++) {
                a[i] = x % actions;
                x /= actions;
            }
            u[idx] = payoff(a);
        }
        Rational[][] table = new Rational[players][];
        List<String> names = new ArrayList<>();
        List<List<String>> acts = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            table[i] = u;
            names.add("Player " + (i + 1));
            List<String> as = new ArrayList<>();
            for (int j = 0; j < actions; j++) {
                as.add("a" + (j + 1));
            }
            acts.add(as);
        }
        return NormalFormGame.of(title, names, acts, table);
    }
}
