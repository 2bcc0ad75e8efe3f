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
 * <p>Each listed profile S = S_1 × … × S_n carries a linear exclusion certificate for one player i:
 * a reference action r ∈ S_i and multipliers y_a, any sign for a ∈ S_i, y_b ≥ 0 for b ∉ S_i (and
 * y_r = 0). With Δ_a(s) = u_i(a, s) − u_i(r, s) for the others' profiles s ∈ S_{−i}, the combination
 * c(s) = Σ_a y_a·Δ_a(s) must be ≥ 0 for every s and &gt; 0 for some s. Why that excludes S: an
 * equilibrium σ with supports S gives weights μ(s) = Π_{j≠i} σ_j(s_j) &gt; 0 on S_{−i}; player i
 * is indifferent on S_i and no b ∉ S_i pays more, so Σ_s μ(s)·Δ_a(s) is 0 for a ∈ S_i and ≤ 0 for
 * b ∉ S_i. Then Σ_s μ(s)·c(s) = Σ_a y_a·Σ_s μ(s)·Δ_a(s) ≤ 0, yet it is &gt; 0 since c ≥ 0, c ≢ 0
 * and μ &gt; 0. (Farkas' lemma: such y exist exactly when the relaxed conditions have no positive μ.)
 *
 * <p>Exact obligations re-done by the checker (its own arithmetic, no solver code): supports are
 * non-empty, strictly increasing, within range, one per player and pairwise distinct; the player
 * and reference are valid; multipliers have one entry per action of the player, y_r = 0 and
 * y_b ≥ 0 off the support; c(s) ≥ 0 on S_{−i} with some c(s) &gt; 0, recomputed from the payoff
 * table in the data. Cost: O(Σ_k |A_i|·|S_{−i}|) rational operations.
 *
 * <p>Linear encoding (QF_LRA): player i's relaxed conditions — weights m_s &gt; 0 on S_{−i} with
 * Σ_s m_s·Δ_a(s) = 0 for a ∈ S_i and ≤ 0 for b ∉ S_i — one disjunct per profile; {@code unsat}
 * proves them infeasible independently of the stated multipliers. The SMT part is <b>sampled</b>:
 * it states at most {@value #SMT_PROFILES} profiles, every d-th of the list (d = ⌈K / 256⌉), because
 * SMTInterpol with proofs is superlinear in the number of disjuncts (8x2x2's 2,285 profiles: 41 s;
 * with the multipliers' side conditions as numerals instead: 72 s). The exact obligations replay
 * every profile's multipliers, which alone prove the claim. The natural statement
 * ({@link NaturalSupportExclusion}) is the nonlinear claim for every listed profile: no mixed
 * profile with exactly these supports is a Nash equilibrium.
 */
public final class SupportExclusionClaim implements Claim {

    /**
     * One excluded support profile with its certificate; all indices 1-based.
     *
     * @param supports per player, the actions of its support (increasing)
     * @param player the player whose conditions exclude the profile
     * @param reference the reference action r in that player's support
     * @param multipliers y_a per action of that player
     */
    public record Exclusion(List<List<Integer>> supports, int player, int reference, List<Rational> multipliers) {

        /** Deep copies. */
        public Exclusion {
            supports = supports.stream().map(List::copyOf).toList();
            multipliers = List.copyOf(multipliers);
        }
    }

    /** The most profiles the SMT part states (a sample of every d-th beyond that). */
    static final int SMT_PROFILES = 256;

    private final PayoffTable table;
    private final List<Exclusion> exclusions;

    /** A claim about the game {@code table}. */
    public SupportExclusionClaim(PayoffTable table, List<Exclusion> exclusions) {
        this.table = table;
        this.exclusions = List.copyOf(exclusions);
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    /** The listed support profiles with their certificates. */
    public List<Exclusion> exclusions() {
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
                + " (each excluded by a non-negative combination of one player's payoff differences)";
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
            Exclusion e = exclusions.get(k);
            String where = "profile " + (k + 1) + " " + e.supports();
            List<String> shape = shapeFailures(e);
            if (!shape.isEmpty()) {
                shape.forEach(s -> f.add(where + ": " + s));
                continue;
            }
            if (!seen.add(e.supports())) {
                f.add(where + ": listed twice");
            }
            int i = e.player() - 1;
            Rational[] y = e.multipliers().toArray(new Rational[0]);
            boolean positive = false;
            boolean negative = false;
            for (int[] s : othersProfiles(e.supports(), i)) {
                Rational c = Rational.ZERO;
                Rational[] delta = differences(e, s);
                for (int a = 0; a < y.length; a++) {
                    c = c.add(y[a].multiply(delta[a]));
                }
                if (c.signum() < 0) {
                    f.add(where + ": the combination is " + c + " < 0 at the others' actions " + oneBased(s, i));
                    negative = true;
                    break;
                }
                positive |= c.signum() > 0;
            }
            if (!positive && !negative) {
                f.add(where + ": the combination is 0 at every profile of the others' supports (it proves nothing)");
            }
        }
        return f;
    }

    /** Shapes of supports, player, reference and multipliers; empty when all are well formed. */
    private List<String> shapeFailures(Exclusion e) {
        List<String> f = new ArrayList<>();
        int n = table.players();
        if (e.supports().size() != n) {
            f.add("supports for " + e.supports().size() + " players; the game has " + n);
            return f;
        }
        for (int j = 0; j < n; j++) {
            List<Integer> s = e.supports().get(j);
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
        if (!f.isEmpty()) {
            return f;
        }
        if (e.player() < 1 || e.player() > n) {
            f.add("player " + e.player() + " is out of range 1.." + n);
            return f;
        }
        List<Integer> own = e.supports().get(e.player() - 1);
        if (!own.contains(e.reference())) {
            f.add("reference action " + e.reference() + " is not in player " + e.player() + "'s support " + own);
        }
        int m = table.actions(e.player() - 1);
        if (e.multipliers().size() != m) {
            f.add(e.multipliers().size() + " multipliers for player " + e.player() + "'s " + m + " actions");
            return f;
        }
        for (int a = 1; a <= m; a++) {
            Rational y = e.multipliers().get(a - 1);
            if (a == e.reference() && !y.isZero()) {
                f.add("the reference action's multiplier is " + y + ", not 0");
            }
            if (!own.contains(a) && y.signum() < 0) {
                f.add("action " + a + " is outside the support and its multiplier " + y + " is negative");
            }
        }
        return f;
    }

    /** Δ_a(s) = u_i(a, s) − u_i(r, s) for every action a of the exclusion's player i. */
    private Rational[] differences(Exclusion e, int[] others) {
        int i = e.player() - 1;
        int[] profile = others.clone();
        profile[i] = e.reference() - 1;
        Rational ur = table.payoff(i, index(profile));
        Rational[] d = new Rational[table.actions(i)];
        for (int a = 0; a < d.length; a++) {
            profile[i] = a;
            d[a] = table.payoff(i, index(profile)).subtract(ur);
        }
        return d;
    }

    /** The index of a pure profile (0-based actions) in the payoff table, player 1 fastest. */
    private int index(int[] profile) {
        int k = 0;
        for (int j = profile.length - 1; j >= 0; j--) {
            k = k * table.actions(j) + profile[j];
        }
        return k;
    }

    /** Every profile (0-based actions) of the supports of the players other than i; entry i is 0. */
    private static List<int[]> othersProfiles(List<List<Integer>> supports, int i) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[supports.size()]);
        for (int j = 0; j < supports.size(); j++) {
            if (j == i) {
                continue;
            }
            List<int[]> next = new ArrayList<>();
            for (int[] s : out) {
                for (int a : supports.get(j)) {
                    int[] t = s.clone();
                    t[j] = a - 1;
                    next.add(t);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<Integer> oneBased(int[] s, int skip) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < s.length; j++) {
            if (j != skip) {
                out.add(s[j] + 1);
            }
        }
        return out;
    }

    /**
     * The listed profiles (0-based) whose relaxed conditions the SMT part states: all when there are
     * at most {@link #SMT_PROFILES}, else every d-th from the first, d = ⌈K / SMT_PROFILES⌉.
     */
    List<Integer> smtProfiles() {
        int stride = (exclusions.size() + SMT_PROFILES - 1) / SMT_PROFILES;
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < exclusions.size(); k += Math.max(1, stride)) {
            out.add(k);
        }
        return out;
    }

    @Override
    public String linearSmtLib() {
        List<Integer> chosen = smtProfiles();
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; the relaxed conditions of ").append(chosen.size()).append(" of the ").append(exclusions.size())
                .append(" listed profiles: ").append(chosen.size() == exclusions.size() ? "all of them"
                        : "profiles 1, 1 + d, 1 + 2d, ... with d = " + (chosen.get(1) - chosen.get(0)))
                .append("; the checker replays the multipliers of all ").append(exclusions.size()).append(" exactly\n");
        sb.append("; the listed profiles (1-based supports), each with the player, reference action and multipliers replayed:\n");
        for (int k = 0; k < exclusions.size(); k++) {
            Exclusion e = exclusions.get(k);
            sb.append("; ").append(k + 1).append(": ").append(e.supports()).append(" player ").append(e.player()).append(" reference ")
                    .append(e.reference()).append(" y ").append(e.multipliers()).append('\n');
        }
        sb.append("; m_<t>: a positive weight on the t-th profile of the others' supports (shared by the listed profiles:\n");
        sb.append("; each disjunct below is about one profile, so one set of variables serves them all)\n");
        int declared = 0;
        List<String> negation = new ArrayList<>();
        for (int k : chosen) {
            Exclusion e = exclusions.get(k);
            if (!shapeFailures(e).isEmpty()) {
                negation.add("true"); // a malformed entry proves nothing: the negation is satisfiable
                continue;
            }
            int i = e.player() - 1;
            List<int[]> others = othersProfiles(e.supports(), i);
            for (; declared < others.size(); declared++) {
                sb.append("(declare-fun m_").append(declared + 1).append(" () Real)\n");
            }
            List<Rational[]> deltas = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            for (int t = 0; t < others.size(); t++) {
                deltas.add(differences(e, others.get(t)));
                conditions.add("(> m_" + (t + 1) + " 0.0)");
            }
            List<Integer> own = e.supports().get(i);
            for (int a = 0; a < table.actions(i); a++) {
                if (a == e.reference() - 1) {
                    continue;
                }
                List<String> terms = new ArrayList<>();
                for (int t = 0; t < others.size(); t++) {
                    Rational d = deltas.get(t)[a];
                    if (!d.isZero()) {
                        terms.add("(* " + Smt.num(d) + " m_" + (t + 1) + ")");
                    }
                }
                conditions.add("(" + (own.contains(a + 1) ? "=" : "<=") + " " + Smt.sum(terms) + " 0.0)");
            }
            negation.add(Smt.and(conditions));
        }
        sb.append(Smt.negatedClaim("negation: for some of these profiles, player i's conditions relaxed to positive weights on the"
                + " others' support profiles (indifferent on S_i, no better action off it) have a solution", negation));
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
        for (Exclusion e : exclusions) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("supports", e.supports());
            x.put("player", e.player());
            x.put("reference", e.reference());
            x.put("multipliers", e.multipliers().stream().map(Rational::toString).toList());
            list.add(x);
        }
        m.put("exclusions", list);
        return m;
    }

    @SuppressWarnings("unchecked")
    static SupportExclusionClaim fromData(Map<String, Object> m) {
        List<Exclusion> list = new ArrayList<>();
        for (Object o : (List<Object>) m.get("exclusions")) {
            Map<String, Object> x = (Map<String, Object>) o;
            List<List<Integer>> supports = new ArrayList<>();
            for (Object s : (List<Object>) x.get("supports")) {
                List<Integer> actions = new ArrayList<>();
                for (Object a : (List<Object>) s) {
                    actions.add((Integer) a);
                }
                supports.add(actions);
            }
            List<Rational> y = new ArrayList<>();
            for (Object v : (List<Object>) x.get("multipliers")) {
                y.add(Rational.parse((String) v));
            }
            list.add(new Exclusion(supports, (Integer) x.get("player"), (Integer) x.get("reference"), y));
        }
        return new SupportExclusionClaim(ClaimData.game(m), list);
    }
}
