package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
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
 * on them with the checker's independent Bernstein code ({@link BernsteinDomain}, one orbit), and
 * the certificate's SMT-LIB has the same linear form. The table is parsed strictly: every count
 * vector exactly once, in lexicographically descending order (the first action's count largest
 * first). The game the claim is about is the expanded one, u(a) = u(counts of a) for every player;
 * {@link #expandedPayoff(long)} gives its payoff at any profile index without building the A^N table.
 */
public final class SymmetricCountBoundClaim implements Claim {

    /** Tables larger than this are refused (the data line holds the table). */
    public static final int MAX_COUNT_VECTORS = CountTable.MAX_COUNT_VECTORS;

    /**
     * Expanded games with more pure profiles than this are refused: the certificate's fingerprint is
     * that of the expanded game, hashed profile by profile (N · A^N payoff lines).
     */
    public static final long MAX_EXPANDED_PROFILES = CountTable.MAX_EXPANDED_PROFILES;

    private final CountTable table;
    private final Rational bound;
    private final SubdivisionTree tree;
    private final Rational[] witness;
    private final Rational witnessValue;

    /**
     * @param title the game's title
     * @param players N ≥ 1
     * @param actions A ≥ 1
     * @param payoffs u(k) for each count vector k, in the order of {@link #countVectors(int, int)}
     * @param bound c, the claimed upper bound of EU over symmetric profiles
     * @param tree the subdivision of the simplex Δ(A) that proves the bound (one orbit, numbered 0)
     * @param witness one strategy (all players play it)
     * @param witnessValue its claimed exact expected payoff
     * @throws IllegalArgumentException if N, A or the table's length is wrong
     */
    public SymmetricCountBoundClaim(String title, int players, int actions, Rational[] payoffs, Rational bound, SubdivisionTree tree,
            Rational[] witness, Rational witnessValue) {
        this(new CountTable(title, players, actions, payoffs), bound, tree, witness, witnessValue);
    }

    private SymmetricCountBoundClaim(CountTable table, Rational bound, SubdivisionTree tree, Rational[] witness, Rational witnessValue) {
        this.table = table;
        this.bound = bound;
        this.tree = tree;
        this.witness = witness.clone();
        this.witnessValue = witnessValue;
    }

    /** All count vectors of N players over A actions, lexicographically descending: the table's order. */
    public static List<int[]> countVectors(int players, int actions) {
        return CountTable.countVectors(players, actions);
    }

    @Override
    public String kind() {
        return "symmetric-count-bound";
    }

    @Override
    public String statement() {
        String game = "the totally symmetric " + table.players() + "-player game given by its table of " + table.size() + " count vectors";
        String w = NashClaim.profileText(new Rational[][] {witness});
        return bound.equals(witnessValue)
                ? "in " + game + ", the optimal expected payoff when all players play the same strategy is exactly " + bound
                        + ", attained when all play " + w
                : "in " + game + ", every profile in which all players play the same strategy has expected payoff at most " + bound
                        + "; all playing " + w + " attains " + witnessValue;
    }

    @Override
    public String subject() {
        return table.title();
    }

    /** The {@link Fingerprint} of the expanded game: see {@link CountTable#fingerprint()}. */
    @Override
    public String fingerprint() {
        return table.fingerprint();
    }

    /** Number of players. */
    public int players() {
        return table.players();
    }

    /** Number of actions. */
    public int actions() {
        return table.actions();
    }

    /** The subdivision tree the claim hands to the checker. */
    public SubdivisionTree tree() {
        return tree;
    }

    private BernsteinDomain domain() {
        return BernsteinDomain.ofCounts(table.players(), table.actions(), table.payoffs());
    }

    @Override
    public List<String> obligationFailures() {
        return SubdivisionReplay.failures(domain(), tree, bound, new Rational[][] {witness}, witnessValue);
    }

    @Override
    public String linearSmtLib() {
        List<String> f = new ArrayList<>();
        return SymmetricBoundEncoding.linear(SubdivisionReplay.leafExcesses(domain(), tree, bound, f), bound, witnessValue);
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        // exact optima of small tables only: a bound strictly above an irrational optimum is a hard NRA query
        if (table.size() > 120 || !bound.equals(witnessValue)) {
            return Optional.empty();
        }
        return Optional.of(SymmetricBoundEncoding.naturalStatement(domain(), bound, (q, a) -> "s_" + (a + 1),
                "EU when every player plays s (Bernstein form: count-table payoff times multinomial)"));
    }

    /**
     * The expanded game's common payoff at the pure profile with Gambit index {@code profile}: see
     * {@link CountTable#expandedPayoff(long)}.
     *
     * @throws IllegalArgumentException if the index is negative or not below A^N
     */
    public Rational expandedPayoff(long profile) {
        return table.expandedPayoff(profile);
    }

    /** The action counts of the expanded game: A for each of the N players. */
    public int[] expandedActionCounts() {
        return table.expandedActionCounts();
    }

    /** The number of pure profiles of the expanded game, A^N. */
    public BigInteger expandedProfileCount() {
        return table.expandedProfileCount();
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        table.putData(m);
        m.put("bound", bound.toString());
        m.put("tree", SubdivisionTreeCodec.toData(tree));
        m.put("witness", ClaimData.vector(witness));
        m.put("witnessValue", witnessValue.toString());
        return m;
    }

    /**
     * Rebuilds the claim, requiring every count vector exactly once in the table's order.
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    static SymmetricCountBoundClaim fromData(Map<String, Object> m) {
        CountTable table = CountTable.fromData(m);
        return new SymmetricCountBoundClaim(table, Rational.parse((String) m.get("bound")), SubdivisionTreeCodec.fromData(m.get("tree")), ClaimData.vector(m.get("witness")),
                Rational.parse((String) m.get("witnessValue")));
    }
}
