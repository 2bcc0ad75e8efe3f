package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equicert.number.Rational;

/**
 * The natural statements (Issue 12) of the claim kinds {@code regret} and {@code stationary-unique}
 * (and the formatting helpers that {@link NaturalChainStatements} shares for seed 000's chain kinds):
 * SMT-LIB written the way the claim reads in mathematics, for z3 and cvc5, by code separate from the
 * linear certificates. Each method reads only the claim's public {@link Claim#data() data} and never
 * calls the linear encoders ({@link ProfileEncoding}, the claims' own SMT code); it shares nothing
 * with them but {@link Rational#toSmtLib()} for numerals. {@link NaturalNashSet} and
 * {@link NaturalOracleSpo} do the same for {@code nash-set} and {@code oracle-spo}.
 *
 * <p>Probabilities, bases and distributions are <em>variables</em> constrained to the stated values,
 * expected payoffs are sums of products of those variables, softmax weights are powers of the base
 * b, and transition probabilities are defined by t·b^e = 1/(n|A_i|). The assertions state the
 * negation of the claim, so {@code unsat} proves it. A statement is empty when the data cannot be
 * stated this way (wrong shapes, or for the chain kinds exponents that are not small integers);
 * the claim then has only its linear certificate. Size: linear in the payoff table (times n for
 * products). The chain kinds' statements are in {@link NaturalChainStatements}.
 */
final class NaturalStatements {

    private NaturalStatements() {
    }

    // ------------------------------------------------------------------ formatting

    static String num(Rational r) {
        return r.toSmtLib();
    }

    /** n-ary application of {@code op} that stays well-formed for 0 or 1 arguments. */
    static String apply(String op, List<String> args, String empty) {
        if (args.isEmpty()) {
            return empty;
        }
        return args.size() == 1 ? args.get(0) : "(" + op + " " + String.join(" ", args) + ")";
    }

    static String plus(List<String> terms) {
        return apply("+", terms, "0.0");
    }

    static String times(List<String> factors) {
        return apply("*", factors, "1.0");
    }

    static String all(List<String> conditions) {
        return apply("and", conditions, "true");
    }

    static String any(List<String> conditions) {
        if (conditions.isEmpty()) {
            return "false";
        }
        return conditions.size() == 1 ? conditions.get(0) : "(or " + String.join("\n    ", conditions) + ")";
    }

    /** The asserted negation and the end of the script. */
    static String negation(String comment, List<String> disjuncts) {
        return "; " + comment + "\n(assert " + any(disjuncts) + ")\n(check-sat)\n(exit)\n";
    }

    /** The action of player i in profile k of a table (player 1 fastest). */
    static int action(int[] counts, int k, int i) {
        for (int j = 0; j < i; j++) {
            k /= counts[j];
        }
        return k % counts[i];
    }

    // ------------------------------------------------------------------ regret

    /**
     * {@code regret}: the profile, as variables s_i_a constrained to its probabilities, is not a
     * mixed profile, or for some player i and action a, payoff_i_a − payoff_i differs from the
     * stated regret, where payoff_i = Σ_k u_i(k)·Π_j s_j,k_j over all pure profiles k and payoff_i_a
     * is the same sum with player i playing a for sure (degree n).
     */
    static Optional<String> regret(Map<String, Object> data) {
        PayoffTable t = ClaimData.game(data);
        Rational[][] profile = ClaimData.matrix(data.get("profile"));
        Rational[][] regrets = ClaimData.matrix(data.get("regrets"));
        int n = t.players();
        int[] counts = t.actionCounts();
        if (profile.length != n || regrets.length != n) {
            return Optional.empty();
        }
        for (int i = 0; i < n; i++) {
            if (profile[i].length != counts[i] || regrets[i].length != counts[i]) {
                return Optional.empty();
            }
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; s_<player>_<action>: the profile, variables constrained to the stated probabilities\n");
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < counts[i]; a++) {
                String s = "s_" + (i + 1) + "_" + (a + 1);
                sb.append("(declare-fun ").append(s).append(" () Real)\n");
                fixed.add("(= " + s + " " + num(profile[i][a]) + ")");
            }
        }
        sb.append("(assert ").append(all(fixed)).append(")\n");
        sb.append("; payoff_<i>: player i's expected payoff, the sum over pure profiles of payoff times probability;\n");
        sb.append("; payoff_<i>_<a>: the same when player i plays action a for sure\n");
        List<String> negation = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> expected = new ArrayList<>();
            List<List<String>> given = new ArrayList<>();
            for (int a = 0; a < counts[i]; a++) {
                given.add(new ArrayList<>());
            }
            for (int k = 0; k < t.profiles(); k++) {
                List<String> factors = new ArrayList<>();
                List<String> others = new ArrayList<>();
                factors.add(num(t.payoff(i, k)));
                others.add(num(t.payoff(i, k)));
                for (int j = 0; j < n; j++) {
                    String s = "s_" + (j + 1) + "_" + (action(counts, k, j) + 1);
                    factors.add(s);
                    if (j != i) {
                        others.add(s);
                    }
                }
                expected.add(times(factors));
                given.get(action(counts, k, i)).add(times(others));
            }
            sb.append("(define-fun payoff_").append(i + 1).append(" () Real ").append(plus(expected)).append(")\n");
            for (int a = 0; a < counts[i]; a++) {
                sb.append("(define-fun payoff_").append(i + 1).append('_').append(a + 1).append(" () Real ")
                        .append(plus(given.get(a))).append(")\n");
            }
            List<String> total = new ArrayList<>();
            for (int a = 0; a < counts[i]; a++) {
                String s = "s_" + (i + 1) + "_" + (a + 1);
                negation.add("(< " + s + " 0.0)");
                total.add(s);
            }
            negation.add("(not (= " + plus(total) + " 1.0))");
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < counts[i]; a++) {
                negation.add("(not (= (- payoff_" + (i + 1) + "_" + (a + 1) + " payoff_" + (i + 1) + ") " + num(regrets[i][a]) + "))");
            }
        }
        sb.append(negation("negation: the profile is not a mixed profile, or some regret payoff_i_a - payoff_i is not the stated one",
                negation));
        return Optional.of(sb.toString());
    }

    // ------------------------------------------------------------------ stationary-unique

    /**
     * {@code stationary-unique}: with the transition matrix P (entries summed per pair of states) and
     * π and x as variables, the negation is: a row of P is not a probability vector, π (constrained to
     * the stated values) is not a distribution or πP ≠ π, or some distribution x ≠ π has xP = x.
     * Coefficients are numerals times variables: QF_LRA.
     */
    static Optional<String> stationary(Map<String, Object> data) {
        int states = ((Number) data.get("states")).intValue();
        Rational[] pi = ClaimData.vector(data.get("distribution"));
        if (states < 1 || pi.length != states) {
            return Optional.empty();
        }
        List<Map<Integer, Rational>> into = new ArrayList<>();
        List<Map<Integer, Rational>> rows = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            into.add(new TreeMap<>());
            rows.add(new TreeMap<>());
        }
        for (Object o : (List<?>) data.get("transitions")) {
            List<?> tr = (List<?>) o;
            int from = ((Number) tr.get(0)).intValue();
            int to = ((Number) tr.get(1)).intValue();
            Rational p = Rational.parse(String.valueOf(tr.get(2)));
            if (from < 0 || from >= states || to < 0 || to >= states) {
                return Optional.empty();
            }
            into.get(to).merge(from, p, Rational::add);
            rows.get(from).merge(to, p, Rational::add);
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; pi_<s>: the stated distribution (variables constrained to it); x_<s>: any other distribution\n");
        List<String> fixed = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            sb.append("(declare-fun pi_").append(s + 1).append(" () Real)\n(declare-fun x_").append(s + 1).append(" () Real)\n");
            fixed.add("(= pi_" + (s + 1) + " " + num(pi[s]) + ")");
        }
        sb.append("(assert ").append(all(fixed)).append(")\n");
        List<String> negation = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> piTotal = new ArrayList<>();
        List<String> xTotal = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            List<String> row = new ArrayList<>();
            for (Rational p : rows.get(s).values()) {
                negation.add("(< " + num(p) + " 0.0)");
                row.add(num(p));
            }
            negation.add("(not (= " + plus(row) + " 1.0))");
            List<String> piFlow = new ArrayList<>();
            List<String> xFlow = new ArrayList<>();
            into.get(s).forEach((from, p) -> {
                piFlow.add("(* " + num(p) + " pi_" + (from + 1) + ")");
                xFlow.add("(* " + num(p) + " x_" + (from + 1) + ")");
            });
            String pis = "pi_" + (s + 1);
            String xs = "x_" + (s + 1);
            negation.add("(< " + pis + " 0.0)");
            negation.add("(not (= " + plus(piFlow) + " " + pis + "))");
            other.add("(>= " + xs + " 0.0)");
            other.add("(= " + plus(xFlow) + " " + xs + ")");
            piTotal.add(pis);
            xTotal.add(xs);
            differs.add("(not (= " + xs + " " + pis + "))");
        }
        negation.add("(not (= " + plus(piTotal) + " 1.0))");
        other.add("(= " + plus(xTotal) + " 1.0)");
        other.add(any(differs));
        negation.add(all(other));
        sb.append(negation("negation: a row of P is not a probability vector, pi is not a stationary distribution,"
                + " or another distribution x has x P = x", negation));
        return Optional.of(sb.toString());
    }
}
