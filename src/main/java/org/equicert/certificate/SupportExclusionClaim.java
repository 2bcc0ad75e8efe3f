package org.equicert.certificate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equicert.number.Rational;

/**
 * "No Nash equilibrium of the game has supports exactly S, for each of these K support profiles S."
 *
 * <p>Each listed profile S = S_1 × … × S_n carries a linear exclusion certificate of one of two
 * relaxations, named in the data ({@code "relaxation"}). <b>One player</b> ({@link Exclusion}):
 * a reference action r ∈ S_i and multipliers y_a, any sign for a ∈ S_i, y_b ≥ 0 for b ∉ S_i (and
 * y_r = 0). With Δ_a(s) = u_i(a, s) − u_i(r, s) for the others' profiles s ∈ S_{−i}, the combination
 * c(s) = Σ_a y_a·Δ_a(s) must be ≥ 0 for every s and &gt; 0 for some s. Why that excludes S: an
 * equilibrium σ with supports S gives weights μ(s) = Π_{j≠i} σ_j(s_j) &gt; 0 on S_{−i}; player i
 * is indifferent on S_i and no b ∉ S_i pays more, so Σ_s μ(s)·Δ_a(s) is 0 for a ∈ S_i and ≤ 0 for
 * b ∉ S_i. Then Σ_s μ(s)·c(s) = Σ_a y_a·Σ_s μ(s)·Δ_a(s) ≤ 0, yet it is &gt; 0 since c ≥ 0, c ≢ 0
 * and μ &gt; 0. (Farkas' lemma: such y exist exactly when the relaxed conditions have no positive μ.)
 *
 * <p><b>Joint</b> ({@link JointExclusion}): a reference r_i ∈ S_i per player and multipliers
 * y_i[a'][a] per player i, supported action a' ∈ S_i and action a (0 at a = r_i, ≥ 0 for a ∉ S_i).
 * The checker builds the rows itself, from the payoff table and the supports: for each i, a' ∈ S_i
 * and a ≠ r_i, the row R_{i,a',a}(s) = [s_i = a']·(u_i(a, s_{−i}) − u_i(r_i, s_{−i})) over the
 * profiles s ∈ S; the combination c(s) = Σ y_i[a'][a]·R_{i,a',a}(s) must be ≥ 0 on every s ∈ S and
 * &gt; 0 at some s. Why that excludes S: an equilibrium σ with supports S gives π(s) = Π_j σ_j(s_j)
 * &gt; 0 on S, and Σ_s π(s)·R_{i,a',a}(s) = σ_i(a')·(U_i(a) − U_i(r_i)) is 0 for a ∈ S_i and ≤ 0 for
 * a ∉ S_i, so Σ_s π(s)·c(s) ≤ 0, yet it is &gt; 0. These are the conditions of a correlated
 * equilibrium on S with the support's indifferences, which every product of an equilibrium meets.
 *
 * <p>Exact obligations re-done by the checker (its own arithmetic, no solver code): supports are
 * non-empty, strictly increasing, within range, one per player and pairwise distinct; the player
 * and reference are valid; multipliers have one entry per action of the player (joint: per player,
 * one slice per supported action, one entry per action), 0 at the reference and ≥ 0 off the support;
 * c ≥ 0 with some c(s) &gt; 0, recomputed from the payoff table in the data. Cost: O(Σ_k |A_i|·|S_{−i}|)
 * rational operations per one-player entry, O(|S|·Σ_i |A_i|) per joint entry.
 *
 * <p>Linear encoding (QF_LRA), one disjunct per profile: player i's relaxed conditions — weights m_s
 * &gt; 0 on S_{−i} with Σ_s m_s·Δ_a(s) = 0 for a ∈ S_i and ≤ 0 for b ∉ S_i — or, for a joint entry,
 * weights m_s &gt; 0 on S with Σ_s m_s·R_{i,a',a}(s) = 0 for a ∈ S_i and ≤ 0 for a ∉ S_i; {@code unsat}
 * proves them infeasible independently of the stated multipliers. The SMT part is <b>sampled</b>:
 * it states at most {@value #SMT_PROFILES} profiles, every d-th of the list (d = ⌈K / 256⌉), and of
 * their joint entries at most {@value #SMT_JOINT} of at most {@value #SMT_JOINT_CELLS} cells, because
 * SMTInterpol with proofs is superlinear in the number of disjuncts (8x2x2's 2,285 profiles: 41 s;
 * with the multipliers' side conditions as numerals instead: 72 s). The exact obligations replay
 * every profile's multipliers, which alone prove the claim. The natural statement
 * ({@link NaturalSupportExclusion}) is the nonlinear claim for every listed profile: no mixed
 * profile with exactly these supports is a Nash equilibrium.
 */
public final class SupportExclusionClaim implements Claim {

    /** One excluded support profile with its certificate: of one player's relaxation or of the joint one. */
    public sealed interface Entry permits Exclusion, JointExclusion {

        /** {@return per player, the actions of the support (1-based, increasing)} */
        List<List<Integer>> supports();
    }

    /**
     * One excluded support profile with one player's certificate; all indices 1-based.
     *
     * @param supports per player, the actions of its support (increasing)
     * @param player the player whose conditions exclude the profile
     * @param reference the reference action r in that player's support
     * @param multipliers y_a per action of that player
     */
    public record Exclusion(List<List<Integer>> supports, int player, int reference, List<Rational> multipliers) implements Entry {

        /** Deep copies. */
        public Exclusion {
            supports = supports.stream().map(List::copyOf).toList();
            multipliers = List.copyOf(multipliers);
        }
    }

    /**
     * One excluded support profile with a certificate of the joint (correlated) relaxation; all
     * indices 1-based.
     *
     * @param supports per player, the actions of its support (increasing)
     * @param references per player i, the reference action r_i in S_i
     * @param multipliers per player i, per supported action a' (in the order of S_i), y_i[a'][a] per
     *     action a of player i
     */
    public record JointExclusion(List<List<Integer>> supports, List<Integer> references, List<List<List<Rational>>> multipliers)
            implements Entry {

        /** Deep copies. */
        public JointExclusion {
            supports = supports.stream().map(List::copyOf).toList();
            references = List.copyOf(references);
            multipliers = multipliers.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** The most profiles the SMT part states (a sample of every d-th beyond that). */
    static final int SMT_PROFILES = 256;
    /** The most joint entries the SMT sample states. */
    static final int SMT_JOINT = 8;
    /** The most cells |S| of a joint entry the SMT sample states. */
    static final int SMT_JOINT_CELLS = 16;

    private final PayoffTable table;
    private final ExclusionRows rows;
    private final List<Entry> exclusions;

    /** A claim about the game {@code table}. */
    public SupportExclusionClaim(PayoffTable table, List<? extends Entry> exclusions) {
        this.table = table;
        this.rows = new ExclusionRows(table);
        this.exclusions = List.copyOf(exclusions);
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    /** The listed support profiles with their certificates. */
    public List<Entry> exclusions() {
        return exclusions;
    }

    @Override
    public String kind() {
        return "nash-support-exclusion";
    }

    @Override
    public String statement() {
        String title = table.title().isEmpty() ? "the game" : "'" + table.title() + "'";
        return "no Nash equilibrium of " + title + " has supports exactly S, for each of these " + exclusions.size()
                + (exclusions.size() == 1 ? " support profile S" : " support profiles S")
                + (exclusions.stream().anyMatch(JointExclusion.class::isInstance)
                        ? " (each excluded by a non-negative combination of one player's payoff differences, or of every player's"
                                + " payoff differences conditional on each of its own supported actions)"
                        : " (each excluded by a non-negative combination of one player's payoff differences)");
    }

    @Override
    public String subject() {
        return table.title();
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        if (exclusions.isEmpty()) {
            f.add("no support profile listed");
        }
        Set<List<List<Integer>>> seen = new HashSet<>();
        for (int k = 0; k < exclusions.size(); k++) {
            Entry entry = exclusions.get(k);
            String where = "profile " + (k + 1) + " " + entry.supports();
            List<String> shape = shapeFailures(entry);
            if (!shape.isEmpty()) {
                shape.forEach(s -> f.add(where + ": " + s));
                continue;
            }
            if (!seen.add(entry.supports())) {
                f.add(where + ": listed twice");
            }
            Optional<String> sign = entry instanceof Exclusion e ? rows.combinationFailure(e) : rows.combinationFailure((JointExclusion) entry);
            sign.ifPresent(s -> f.add(where + ": " + s));
        }
        return f;
    }

    /** Shapes of supports, player, reference and multipliers; empty when all are well formed. */
    private List<String> shapeFailures(Entry entry) {
        List<String> f = supportFailures(entry.supports());
        if (!f.isEmpty()) {
            return f;
        }
        if (entry instanceof Exclusion e) {
            int n = table.players();
            if (e.player() < 1 || e.player() > n) {
                f.add("player " + e.player() + " is out of range 1.." + n);
                return f;
            }
            f.addAll(multiplierFailures(e.supports(), e.player() - 1, e.reference(), e.multipliers(), ""));
        } else if (entry instanceof JointExclusion e) {
            int n = table.players();
            if (e.references().size() != n || e.multipliers().size() != n) {
                f.add(e.references().size() + " references and " + e.multipliers().size() + " players' multipliers; the game has " + n
                        + " players");
                return f;
            }
            for (int i = 0; i < n; i++) {
                List<Integer> own = e.supports().get(i);
                List<List<Rational>> slices = e.multipliers().get(i);
                if (slices.size() != own.size()) {
                    f.add(slices.size() + " multiplier slices for player " + (i + 1) + "'s " + own.size()
                            + " supported actions (the joint relaxation has one per supported action)");
                    continue;
                }
                for (int q = 0; q < own.size(); q++) {
                    f.addAll(multiplierFailures(e.supports(), i, e.references().get(i), slices.get(q),
                            " (slice of supported action " + own.get(q) + ")"));
                }
            }
        }
        return f;
    }

    /** Supports: one per player, non-empty, strictly increasing, in range. */
    private List<String> supportFailures(List<List<Integer>> supports) {
        List<String> f = new ArrayList<>();
        int n = table.players();
        if (supports.size() != n) {
            f.add("supports for " + supports.size() + " players; the game has " + n);
            return f;
        }
        for (int j = 0; j < n; j++) {
            List<Integer> s = supports.get(j);
            if (s.isEmpty()) {
                f.add("player " + (j + 1) + "'s support is empty");
            }
            for (int q = 0; q < s.size(); q++) {
                if (s.get(q) < 1 || s.get(q) > table.actions(j)) {
                    f.add("player " + (j + 1) + "'s action " + s.get(q) + " is out of range 1.." + table.actions(j));
                } else if (q > 0 && s.get(q) <= s.get(q - 1)) {
                    f.add("player " + (j + 1) + "'s support " + s + " is not strictly increasing");
                }
            }
        }
        return f;
    }

    /** Player i's multipliers y (one per action): the reference in S_i, y_r = 0, y ≥ 0 off S_i. */
    private List<String> multiplierFailures(List<List<Integer>> supports, int i, int reference, List<Rational> y, String slice) {
        List<String> f = new ArrayList<>();
        List<Integer> own = supports.get(i);
        if (!own.contains(reference)) {
            f.add("reference action " + reference + " is not in player " + (i + 1) + "'s support " + own);
        }
        int m = table.actions(i);
        if (y.size() != m) {
            f.add(y.size() + " multipliers for player " + (i + 1) + "'s " + m + " actions" + slice);
            return f;
        }
        for (int a = 1; a <= m; a++) {
            Rational v = y.get(a - 1);
            if (a == reference && !v.isZero()) {
                f.add("the reference action's multiplier is " + v + ", not 0" + slice);
            }
            if (!own.contains(a) && v.signum() < 0) {
                f.add("action " + a + " is outside the support and its multiplier " + v + " is negative" + slice);
            }
        }
        return f;
    }

    /**
     * The listed profiles (0-based) whose relaxed conditions the SMT part states: all when there are
     * at most {@link #SMT_PROFILES}, else every d-th from the first, d = ⌈K / SMT_PROFILES⌉; of the
     * joint entries among those, at most {@link #SMT_JOINT} (every e-th, e = ⌈J / SMT_JOINT⌉, from the
     * first) among those with at most {@value #SMT_JOINT_CELLS} support profiles |S|, because each is a
     * larger LP (|S| weights, Σ|S_i|·(|A_i| − 1) rows) and SMTInterpol with proofs slows sharply with
     * them (5x4x3: 99 s with 8 joint disjuncts of up to 36 cells in the sample; 26 s without).
     */
    List<Integer> smtProfiles() {
        int stride = (exclusions.size() + SMT_PROFILES - 1) / SMT_PROFILES;
        List<Integer> sample = new ArrayList<>();
        for (int k = 0; k < exclusions.size(); k += Math.max(1, stride)) {
            sample.add(k);
        }
        Set<Integer> dropped = new HashSet<>();
        List<Integer> joint = new ArrayList<>();
        for (int k : sample) {
            if (exclusions.get(k) instanceof JointExclusion e) {
                long cells = e.supports().stream().mapToLong(List::size).reduce(1, (x, y) -> x * y);
                if (cells <= SMT_JOINT_CELLS) {
                    joint.add(k);
                } else {
                    dropped.add(k);
                }
            }
        }
        int jointStride = (joint.size() + SMT_JOINT - 1) / SMT_JOINT;
        for (int q = 0; q < joint.size(); q++) {
            if (q % Math.max(1, jointStride) != 0) {
                dropped.add(joint.get(q));
            }
        }
        return sample.stream().filter(k -> !dropped.contains(k)).toList();
    }

    @Override
    public String linearSmtLib() {
        List<Integer> chosen = smtProfiles();
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; the relaxed conditions of ").append(chosen.size()).append(" of the ").append(exclusions.size())
                .append(" listed profiles: ").append(chosen.size() == exclusions.size() ? "all of them"
                        : "profiles 1, 1 + d, 1 + 2d, ... with d = " + Math.max(1, (exclusions.size() + SMT_PROFILES - 1) / SMT_PROFILES)
                                + ", of whose joint entries at most " + SMT_JOINT + " with at most " + SMT_JOINT_CELLS + " cells (every e-th)")
                .append("; the checker replays the multipliers of all ").append(exclusions.size()).append(" exactly\n");
        sb.append("; the listed profiles (1-based supports), each with its relaxation and the multipliers replayed:\n");
        for (int k = 0; k < exclusions.size(); k++) {
            sb.append("; ").append(k + 1).append(": ");
            if (exclusions.get(k) instanceof Exclusion e) {
                sb.append(e.supports()).append(" player ").append(e.player()).append(" reference ").append(e.reference()).append(" y ")
                        .append(e.multipliers());
            } else if (exclusions.get(k) instanceof JointExclusion e) {
                sb.append(e.supports()).append(" joint references ").append(e.references()).append(" y ").append(e.multipliers());
            }
            sb.append('\n');
        }
        sb.append("; m_<t>: a positive weight on the t-th profile of the others' supports (one player) or of the supports\n");
        sb.append("; (joint), shared by the listed profiles: each disjunct below is about one profile, so one set of variables serves them all)\n");
        int[] declared = {0};
        List<String> negation = new ArrayList<>();
        for (int k : chosen) {
            Entry entry = exclusions.get(k);
            if (!shapeFailures(entry).isEmpty()) {
                negation.add("true"); // a malformed entry proves nothing: the negation is satisfiable
                continue;
            }
            negation.add(entry instanceof Exclusion e ? rows.relaxedConditions(e, sb, declared)
                    : rows.relaxedConditions((JointExclusion) entry, sb, declared));
        }
        sb.append(Smt.negatedClaim("negation: for some of these profiles, the relaxed conditions (one player's: positive weights on the"
                + " others' support profiles; joint: positive weights on the support profiles, every player's conditions given each own"
                + " supported action; indifferent on the support, no better action off it) have a solution", negation));
        return sb.toString();
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalSupportExclusion.statement(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        List<Object> list = new ArrayList<>();
        for (Entry entry : exclusions) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("supports", entry.supports());
            if (entry instanceof Exclusion e) {
                x.put("relaxation", ONE_PLAYER);
                x.put("player", e.player());
                x.put("reference", e.reference());
                x.put("multipliers", e.multipliers().stream().map(Rational::toString).toList());
            } else if (entry instanceof JointExclusion e) {
                x.put("relaxation", JOINT);
                x.put("references", e.references());
                x.put("multipliers", e.multipliers().stream().map(p -> p.stream().map(y -> y.stream().map(Rational::toString).toList())
                        .toList()).toList());
            }
            list.add(x);
        }
        m.put("exclusions", list);
        return m;
    }

    /** The data's name of one player's relaxation. */
    static final String ONE_PLAYER = "one-player";
    /** The data's name of the joint (correlated) relaxation. */
    static final String JOINT = "joint";

    @SuppressWarnings("unchecked")
    static SupportExclusionClaim fromData(Map<String, Object> m) {
        List<Entry> list = new ArrayList<>();
        for (Object o : (List<Object>) m.get("exclusions")) {
            Map<String, Object> x = (Map<String, Object>) o;
            List<List<Integer>> supports = new ArrayList<>();
            for (Object s : (List<Object>) x.get("supports")) {
                supports.add(integers(s));
            }
            Object relaxation = x.get("relaxation");
            if (ONE_PLAYER.equals(relaxation)) {
                list.add(new Exclusion(supports, (Integer) x.get("player"), (Integer) x.get("reference"), rationals(x.get("multipliers"))));
            } else if (JOINT.equals(relaxation)) {
                List<List<List<Rational>>> y = new ArrayList<>();
                for (Object player : (List<Object>) x.get("multipliers")) {
                    List<List<Rational>> slices = new ArrayList<>();
                    for (Object slice : (List<Object>) player) {
                        slices.add(rationals(slice));
                    }
                    y.add(slices);
                }
                list.add(new JointExclusion(supports, integers(x.get("references")), y));
            } else {
                throw new IllegalArgumentException("exclusion relaxation " + relaxation + " is not '" + ONE_PLAYER + "' or '" + JOINT + "'");
            }
        }
        return new SupportExclusionClaim(ClaimData.game(m), list);
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> integers(Object o) {
        List<Integer> out = new ArrayList<>();
        for (Object a : (List<Object>) o) {
            out.add((Integer) a);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Rational> rationals(Object o) {
        List<Rational> out = new ArrayList<>();
        for (Object v : (List<Object>) o) {
            out.add(Rational.parse((String) v));
        }
        return out;
    }
}
