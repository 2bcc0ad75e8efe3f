package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The natural statement of a {@code nash-support-exclusion} claim (Issue 12), written from the
 * claim's public data only — the game and the listed support profiles; the players, reference
 * actions and multipliers of the linear certificate are not read — independently of
 * {@link SupportExclusionClaim}'s encoding: "no mixed profile with exactly these supports is a Nash
 * equilibrium".
 *
 * <p>Variables p_j_a are the probabilities of a mixed profile; the expected payoff of player j's
 * action a is U_j_a = Σ over the others' pure profiles of u_j·Π_{l≠j} p_l (degree n − 1), and
 * player j's payoff is V_j = Σ_a p_j_a·U_j_a. The profile is a Nash equilibrium when the p_j are
 * distributions and U_j_a ≤ V_j for every j and a. It has supports exactly S_k when p_j_a &gt; 0 for
 * a ∈ S_kj and p_j_a = 0 otherwise. Negation asserted: a Nash equilibrium with the supports of some
 * listed profile. QF_NRA; size O(n·|A| + K·Σ|A_j|).
 */
final class NaturalSupportExclusion {

    private NaturalSupportExclusion() {
    }

    /** The statement, or empty when a listed support does not fit the game. */
    @SuppressWarnings("unchecked")
    static Optional<String> statement(Map<String, Object> data) {
        PayoffTable t = ClaimData.game(data);
        int n = t.players();
        int[] counts = t.actionCounts();
        List<List<List<Integer>>> profiles = new ArrayList<>();
        for (Object o : (List<Object>) data.get("exclusions")) {
            List<List<Integer>> supports = new ArrayList<>();
            for (Object s : (List<Object>) ((Map<String, Object>) o).get("supports")) {
                List<Integer> actions = new ArrayList<>();
                for (Object a : (List<Object>) s) {
                    int action = ((Number) a).intValue();
                    if (supports.size() >= n || action < 1 || action > counts[supports.size()]) {
                        return Optional.empty();
                    }
                    actions.add(action);
                }
                supports.add(actions);
            }
            if (supports.size() != n) {
                return Optional.empty();
            }
            profiles.add(supports);
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; p_<player>_<action>: a mixed profile\n");
        for (int j = 1; j <= n; j++) {
            for (int a = 1; a <= counts[j - 1]; a++) {
                sb.append("(declare-fun p_").append(j).append('_').append(a).append(" () Real)\n");
            }
        }
        sb.append("; U_<player>_<action>: the expected payoff of the action against the others' strategies\n");
        for (int j = 0; j < n; j++) {
            List<List<String>> terms = new ArrayList<>();
            for (int a = 0; a < counts[j]; a++) {
                terms.add(new ArrayList<>());
            }
            for (int k = 0; k < t.profiles(); k++) {
                if (t.payoff(j, k).isZero()) {
                    continue;
                }
                List<String> factors = new ArrayList<>();
                factors.add(NaturalStatements.num(t.payoff(j, k)));
                for (int l = 0; l < n; l++) {
                    if (l != j) {
                        factors.add("p_" + (l + 1) + "_" + (NaturalStatements.action(counts, k, l) + 1));
                    }
                }
                terms.get(NaturalStatements.action(counts, k, j)).add(NaturalStatements.times(factors));
            }
            for (int a = 0; a < counts[j]; a++) {
                sb.append("(define-fun U_").append(j + 1).append('_').append(a + 1).append(" () Real ")
                        .append(NaturalStatements.plus(terms.get(a))).append(")\n");
            }
        }
        List<String> nash = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            List<String> sum = new ArrayList<>();
            List<String> payoff = new ArrayList<>();
            for (int a = 1; a <= counts[j - 1]; a++) {
                nash.add("(>= p_" + j + "_" + a + " 0.0)");
                sum.add("p_" + j + "_" + a);
                payoff.add("(* p_" + j + "_" + a + " U_" + j + "_" + a + ")");
            }
            nash.add("(= " + NaturalStatements.plus(sum) + " 1.0)");
            sb.append("(define-fun V_").append(j).append(" () Real ").append(NaturalStatements.plus(payoff)).append(")\n");
            for (int a = 1; a <= counts[j - 1]; a++) {
                nash.add("(<= U_" + j + "_" + a + " V_" + j + ")");
            }
        }
        sb.append("; nash: a mixed profile from which no player gains by a pure deviation\n");
        sb.append("(define-fun nash () Bool ").append(NaturalStatements.all(nash)).append(")\n");
        List<String> disjuncts = new ArrayList<>();
        for (List<List<Integer>> supports : profiles) {
            List<String> exact = new ArrayList<>();
            for (int j = 1; j <= n; j++) {
                for (int a = 1; a <= counts[j - 1]; a++) {
                    exact.add(supports.get(j - 1).contains(a) ? "(> p_" + j + "_" + a + " 0.0)" : "(= p_" + j + "_" + a + " 0.0)");
                }
            }
            disjuncts.add(NaturalStatements.all(exact));
        }
        sb.append("(assert nash)\n");
        sb.append(NaturalStatements.negation("negation of the claim: a Nash equilibrium whose supports are exactly those of a listed profile",
                disjuncts));
        return Optional.of(sb.toString());
    }
}
