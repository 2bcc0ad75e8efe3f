package org.equicert.symmetric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Combinatorics;
import org.equicert.number.Rational;
import org.equicert.poly.MultivariatePolynomial;
import org.equicert.poly.Composition;

/**
 * The common expected utility of P-invariant profiles (Emmons et al. 2022, Sec. 3.3) as a
 * polynomial on a product of simplices, one simplex Δ(A_o) per orbit o of players.
 *
 * <p>Bernstein form (DESIGN §1): with k_o a multiset of n_o actions for orbit o,
 * EU(s) = Σ_k c_k · Π_o multinomial(n_o; k_o) · Π_a s_o(a)^{k_o(a)}, where the Bernstein coefficient
 * c_k is the average payoff over the pure profiles whose per-orbit action counts are k. For a
 * totally symmetric game it is simply the payoff of the unordered profile k. Hence
 * min payoff ≤ EU ≤ max payoff, and coefficients bound EU on sub-simplices after subdivision.
 *
 * <p>Reference: the Bernstein form on a simplex and its range-enclosing property (R. T. Farouki,
 * "The Bernstein polynomial basis: a centennial retrospective", CAGD 29 (2012); for products of
 * simplices, Garloff's subdivision method). Complexity: building it is one pass over the game's
 * profiles, O(players·profiles); the number of coefficients is Π_o C(n_o + A_o − 1, A_o − 1);
 * {@link #value} and {@link #regrets} cost O(size·Σ A_o) rational operations.
 */
public final class SymmetricUtility {

    private final NormalFormGame game;
    private final List<List<Integer>> orbits;
    private final int[] actions;
    private final List<int[][]> indices;
    private final Map<String, Integer> position;
    private final Rational[] coefficients;
    private final BigInteger[] multinomials;
    private final boolean countDetermined;
    private final Map<String, int[][]> lineCache = new ConcurrentHashMap<>();

    private SymmetricUtility(NormalFormGame game, List<List<Integer>> orbits) {
        this.game = game;
        this.orbits = List.copyOf(orbits);
        int o = orbits.size();
        actions = new int[o];
        for (int q = 0; q < o; q++) {
            actions[q] = game.actionCount(orbits.get(q).get(0));
            for (int i : orbits.get(q)) {
                if (game.actionCount(i) != actions[q]) {
                    throw new IllegalArgumentException("players " + (orbits.get(q).get(0) + 1) + " and " + (i + 1)
                            + " share an orbit but have different numbers of actions");
                }
            }
        }
        indices = new ArrayList<>();
        enumerate(0, new int[o][], indices);
        position = new HashMap<>();
        for (int p = 0; p < indices.size(); p++) {
            position.put(key(indices.get(p)), p);
        }
        Rational[] sums = new Rational[indices.size()];
        Rational[] first = new Rational[indices.size()];
        boolean uniform = true;
        long[] counts = new long[indices.size()];
        Arrays.fill(sums, Rational.ZERO);
        int[] orbitOf = new int[game.playerCount()];
        for (int q = 0; q < o; q++) {
            for (int i : orbits.get(q)) {
                orbitOf[i] = q;
            }
        }
        for (int k = 0; k < game.profileCount(); k++) {
            int[] profile = game.profile(k);
            int[][] c = new int[o][];
            for (int q = 0; q < o; q++) {
                c[q] = new int[actions[q]];
            }
            for (int i = 0; i < profile.length; i++) {
                c[orbitOf[i]][profile[i]]++;
            }
            int p = position.get(key(c));
            Rational payoff = game.payoff(0, k);
            sums[p] = sums[p].add(payoff);
            counts[p]++;
            if (first[p] == null) {
                first[p] = payoff;
            } else {
                uniform &= first[p].equals(payoff);
            }
        }
        countDetermined = uniform;
        coefficients = new Rational[indices.size()];
        multinomials = new BigInteger[indices.size()];
        for (int p = 0; p < indices.size(); p++) {
            coefficients[p] = sums[p].divide(Rational.of(counts[p]));
            BigInteger m = BigInteger.ONE;
            for (int[] kq : indices.get(p)) {
                m = m.multiply(Combinatorics.multinomial(kq));
            }
            multinomials[p] = m;
        }
    }

    /**
     * The expected utility of a common-payoff game over profiles constant on the given orbits.
     *
     * @param orbits a partition of the players (0-based), e.g. the orbits of ⟨P⟩
     * @throws IllegalArgumentException if payoffs are not common or orbits mix action counts
     */
    public static SymmetricUtility of(NormalFormGame game, List<List<Integer>> orbits) {
        if (!game.isCommonPayoff()) {
            throw new IllegalArgumentException("symmetric optimisation needs a common-payoff game (every player gets the same payoff)");
        }
        int covered = 0;
        for (List<Integer> orbit : orbits) {
            covered += orbit.size();
        }
        if (covered != game.playerCount()) {
            throw new IllegalArgumentException("the orbits cover " + covered + " players; the game has " + game.playerCount());
        }
        return new SymmetricUtility(game, orbits);
    }

    private void enumerate(int q, int[][] prefix, List<int[][]> out) {
        if (q == prefix.length) {
            int[][] copy = new int[prefix.length][];
            for (int r = 0; r < prefix.length; r++) {
                copy[r] = prefix[r].clone();
            }
            out.add(copy);
            return;
        }
        for (int[] k : Combinatorics.compositions(orbits.get(q).size(), actions[q])) {
            prefix[q] = k;
            enumerate(q + 1, prefix, out);
        }
    }

    static String key(int[][] k) {
        return Arrays.deepToString(k);
    }

    /**
     * Whether each pure profile's payoff is determined by its per-orbit action counts (every profile
     * of a count class pays the same). With one orbit this says the game is totally symmetric and
     * the coefficients are its count table.
     */
    public boolean countDetermined() {
        return countDetermined;
    }

    /**
     * The Bernstein coefficient of the multi-index with these per-orbit action counts.
     *
     * @throws IllegalArgumentException if the counts are not a multi-index of this utility
     */
    public Rational coefficient(int[][] counts) {
        Integer p = position.get(key(counts));
        if (p == null) {
            throw new IllegalArgumentException("no Bernstein coefficient for action counts " + key(counts));
        }
        return coefficients[p];
    }

    /** {@return the game} */
    public NormalFormGame game() {
        return game;
    }

    /** {@return the orbits (0-based players)} */
    public List<List<Integer>> orbits() {
        return orbits;
    }

    /** {@return number of actions of orbit o} */
    public int actions(int o) {
        return actions[o];
    }

    /** {@return number of Bernstein coefficients} */
    public int size() {
        return indices.size();
    }

    /** The multi-index at a position (per orbit, action counts). */
    int[][] index(int p) {
        return indices.get(p);
    }

    /** The de Casteljau lines for bisecting edge (i, j) of orbit q, computed once. */
    int[][] lines(int q, int i, int j, Supplier<int[][]> compute) {
        return lineCache.computeIfAbsent(q + ":" + i + ":" + j, x -> compute.get());
    }

    /** The position of a multi-index. */
    int position(int[][] k) {
        return position.get(key(k));
    }

    /** {@return the Bernstein coefficients on the whole domain (a copy)} */
    public Rational[] coefficients() {
        return coefficients.clone();
    }

    /** {@return the exact expected utility when orbit o plays {@code s[o]}} */
    public Rational value(Rational[][] s) {
        Rational total = Rational.ZERO;
        for (int p = 0; p < indices.size(); p++) {
            if (coefficients[p].isZero()) {
                continue;
            }
            Rational term = coefficients[p].multiply(Rational.of(multinomials[p]));
            int[][] k = indices.get(p);
            for (int q = 0; q < k.length && !term.isZero(); q++) {
                for (int a = 0; a < k[q].length; a++) {
                    if (k[q][a] > 0) {
                        term = term.multiply(s[q][a].pow(k[q][a]));
                    }
                }
            }
            total = total.add(term);
        }
        return total;
    }

    /**
     * The largest regret of the profile in which orbit o plays s[o], from the Bernstein form alone
     * (no pass over the game's profiles): a player of orbit o gets (1/n_o)·∂f/∂x_{o,b} for action b,
     * f the {@link #homogeneousPolynomial()}, because the orbit's players are interchanged by
     * symmetries that fix the profile. Cost O(size · Σ actions) Rational operations, against
     * O(players · profiles) for the full game.
     */
    public Rational maxRegret(Rational[][] s) {
        Rational worst = Rational.ZERO;
        for (Rational[] row : regrets(s)) {
            for (Rational r : row) {
                worst = worst.max(r);
            }
        }
        return worst;
    }

    /**
     * The exact regret of every action of every orbit at the profile in which orbit o plays s[o]
     * (a player's payoff for the action against the others, minus the profile's value), from the
     * Bernstein form as in {@link #maxRegret}.
     */
    public Rational[][] regrets(Rational[][] s) {
        Rational value = value(s);
        Rational[][] regrets = new Rational[orbits.size()][];
        for (int q = 0; q < orbits.size(); q++) {
            regrets[q] = new Rational[actions[q]];
            Rational n = Rational.of(orbits.get(q).size());
            for (int b = 0; b < actions[q]; b++) {
                Rational derivative = Rational.ZERO;
                for (int p = 0; p < indices.size(); p++) {
                    int[][] k = indices.get(p);
                    if (k[q][b] == 0 || coefficients[p].isZero()) {
                        continue;
                    }
                    Rational term = coefficients[p].multiply(Rational.of(multinomials[p])).multiply(Rational.of(k[q][b]));
                    for (int r = 0; r < k.length && !term.isZero(); r++) {
                        for (int a = 0; a < k[r].length; a++) {
                            int e = r == q && a == b ? k[r][a] - 1 : k[r][a];
                            if (e > 0) {
                                term = term.multiply(s[r][a].pow(e));
                            }
                        }
                    }
                    derivative = derivative.add(term);
                }
                regrets[q][b] = derivative.divide(n).subtract(value);
            }
        }
        return regrets;
    }

    /** {@return the full profile in which every player of orbit o plays s[o]} */
    public MixedProfile profile(Rational[][] s) {
        Rational[][] p = new Rational[game.playerCount()][];
        for (int q = 0; q < orbits.size(); q++) {
            for (int i : orbits.get(q)) {
                p[i] = s[q].clone();
            }
        }
        return MixedProfile.of(p);
    }

    /**
     * EU as a polynomial in the free probabilities: for orbit o, variables for actions
     * 0..A_o−2 (numbered consecutively over orbits); the last action gets one minus the others.
     */
    public MultivariatePolynomial polynomial() {
        int vars = 0;
        for (int a : actions) {
            vars += a - 1;
        }
        MultivariatePolynomial[][] prob = new MultivariatePolynomial[orbits.size()][];
        int v = 0;
        for (int q = 0; q < orbits.size(); q++) {
            prob[q] = new MultivariatePolynomial[actions[q]];
            MultivariatePolynomial last = MultivariatePolynomial.constant(vars, Rational.ONE);
            for (int a = 0; a + 1 < actions[q]; a++) {
                prob[q][a] = MultivariatePolynomial.variable(vars, v++);
                last = last.subtract(prob[q][a]);
            }
            prob[q][actions[q] - 1] = last;
        }
        MultivariatePolynomial total = MultivariatePolynomial.zero(vars);
        Map<String, MultivariatePolynomial> powers = new HashMap<>();
        for (int p = 0; p < indices.size(); p++) {
            if (coefficients[p].isZero()) {
                continue;
            }
            MultivariatePolynomial term = MultivariatePolynomial.constant(vars, coefficients[p].multiply(Rational.of(multinomials[p])));
            int[][] k = indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    if (k[q][a] > 0) {
                        final int qq = q;
                        final int aa = a;
                        final int e = k[q][a];
                        MultivariatePolynomial pw = powers.computeIfAbsent(q + ":" + a + ":" + e, x -> Composition.power(prob[qq][aa], e));
                        term = term.multiply(pw);
                    }
                }
            }
            total = total.add(term);
        }
        return total;
    }

    /**
     * EU in homogeneous form: one variable per (orbit, action), numbered orbit by orbit, without
     * using that probabilities sum to one. Its partial derivative in x_{o,b}, divided by the orbit's
     * size, is the payoff to one player of orbit o for action b against the others (for P-invariant
     * profiles, where every player of the orbit faces the same); second derivatives give the
     * payoffs of two players' joint actions in the same way.
     */
    public MultivariatePolynomial homogeneousPolynomial() {
        int vars = 0;
        int[] offset = new int[orbits.size()];
        for (int q = 0; q < orbits.size(); q++) {
            offset[q] = vars;
            vars += actions[q];
        }
        MultivariatePolynomial total = MultivariatePolynomial.zero(vars);
        for (int p = 0; p < indices.size(); p++) {
            if (coefficients[p].isZero()) {
                continue;
            }
            int[] e = new int[vars];
            int[][] k = indices.get(p);
            for (int q = 0; q < k.length; q++) {
                for (int a = 0; a < k[q].length; a++) {
                    e[offset[q] + a] = k[q][a];
                }
            }
            total = total.add(MultivariatePolynomial.monomial(vars, coefficients[p].multiply(Rational.of(multinomials[p])), e));
        }
        return total;
    }

    /** {@return the offset of orbit q's variables in {@link #homogeneousPolynomial()}} */
    public int offset(int q) {
        int v = 0;
        for (int r = 0; r < q; r++) {
            v += actions[r];
        }
        return v;
    }

    /**
     * p with variable v replaced by images[v] (all images in the same ring); delegates to
     * {@link Composition#compose}, kept for callers of this class.
     */
    public static MultivariatePolynomial compose(MultivariatePolynomial p, MultivariatePolynomial[] images) {
        return Composition.compose(p, images);
    }
}
