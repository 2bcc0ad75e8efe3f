package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equicert.number.Rational;

/**
 * The natural statements (Issue 12) of the claim kinds {@code regret}, {@code detailed-balance-symbolic},
 * {@code detailed-balance}, {@code softmax-expectation}, {@code theorem1} and {@code stationary-unique}:
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
 * stated this way (wrong shapes, exponents that are not integers or exceed {@link #MAX_EXPONENT});
 * the claim then has only its linear certificate. Size: linear in the payoff table (times n for
 * products), plus O(log e) per power b^e.
 */
final class NaturalStatements {

    /** The largest exponent of b written out (by repeated squaring). */
    static final int MAX_EXPONENT = 4096;

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
    private static int action(int[] counts, int k, int i) {
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

    // ------------------------------------------------------------------ seed 000's chain

    /** The powers of b written so far: b_<2^j> by squaring. */
    private static final class Powers {
        private final StringBuilder sb;
        private int highest = 1;

        Powers(StringBuilder sb) {
            this.sb = sb;
        }

        /** The term b^e for 0 ≤ e ≤ MAX_EXPONENT, a product of squares of b. */
        String of(int e) {
            List<String> factors = new ArrayList<>();
            for (int bit = 1; bit <= e; bit <<= 1) {
                while (highest < bit) {
                    highest <<= 1;
                    String half = highest == 2 ? "b" : "b_" + (highest / 2);
                    sb.append("(define-fun b_").append(highest).append(" () Real (* ").append(half).append(' ').append(half).append("))\n");
                }
                if ((e & bit) != 0) {
                    factors.add(bit == 1 ? "b" : "b_" + bit);
                }
            }
            return times(factors);
        }
    }

    /** Neighbour pairs (k, k', i): k &lt; k' differ in player i's action only. */
    private static List<int[]> neighbours(int[] counts, int profiles) {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            int stride = 1;
            for (int i = 0; i < counts.length; i++) {
                int a = action(counts, k, i);
                for (int other = a + 1; other < counts[i]; other++) {
                    pairs.add(new int[] {k, k + (other - a) * stride, i});
                }
                stride *= counts[i];
            }
        }
        return pairs;
    }

    /**
     * The detailed-balance family: {@code detailed-balance-symbolic} (every b = e^{α/D} &gt; 0, with D the
     * least positive integer making every D(U − u_min) integral), {@code detailed-balance} at the
     * stated base and scale, and on top of it {@code softmax-expectation} (E_π[U] compared with the
     * stated bound) and {@code theorem1} (also: the bound is u* − ε, ε &gt; 0 and ε·b^{D(u* − u')} ≤ |A|^n(u* − u_min),
     * with u* and u' the best and second-best payoffs read from the game).
     *
     * <p>Weights w_k = b^{D(U(k) − u_min)} (w_k·b^{−e} = 1 for a negative exponent), Z = Σ w_k,
     * t_k_i·w_k = 1/(n|A_i|) the probability that player i moves profile k to a given neighbour, and
     * P(k → k) = 1 − Σ_i (|A_i| − 1)·t_k_i. Negation: u_min exceeds a payoff; π is not a distribution
     * or not w/Z; a row of P leaves more than 1; detailed balance π_k t_k_i = π_k' t_k'_i fails
     * for a neighbour pair; (πP)_k ≠ π_k; or the expectation bound (or Theorem 1's condition on b) fails.
     * In the symbolic kind b is free (b &gt; 0) and π_k is defined by π_k·Z = w_k.
     */
    static Optional<String> chain(Map<String, Object> data) {
        String kind = (String) data.get("kind");
        boolean symbolic = kind.equals("detailed-balance-symbolic");
        PayoffTable t = ClaimData.game(data);
        Rational uMin = Rational.parse((String) data.get("uMin"));
        int n = t.players();
        int[] counts = t.actionCounts();
        int profiles = t.profiles();
        for (int i = 1; i < n; i++) {
            for (int k = 0; k < profiles; k++) {
                if (!t.payoff(i, k).equals(t.payoff(0, k))) {
                    return Optional.empty();
                }
            }
        }
        Rational scale;
        if (symbolic) {
            BigInteger d = BigInteger.ONE;
            for (int k = 0; k < profiles; k++) {
                BigInteger q = t.payoff(0, k).subtract(uMin).denominator();
                d = d.divide(d.gcd(q)).multiply(q);
            }
            scale = Rational.of(d);
        } else {
            Object s = data.get("scale");
            scale = s instanceof Number ? Rational.of(((Number) s).longValue()) : Rational.parse(String.valueOf(s));
        }
        if (scale.signum() <= 0) {
            return Optional.empty();
        }
        int[] exponent = new int[profiles];
        for (int k = 0; k < profiles; k++) {
            Rational e = t.payoff(0, k).subtract(uMin).multiply(scale);
            if (!e.isInteger() || e.abs().compareTo(Rational.of(MAX_EXPONENT)) > 0) {
                return Optional.empty();
            }
            exponent[k] = e.numerator().intValueExact();
        }
        Rational[] pi = symbolic ? null : ClaimData.vector(data.get("distribution"));
        if (pi != null && pi.length != profiles) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        List<String> negation = new ArrayList<>();
        sb.append("; b = e^(alpha/D) with D = ").append(scale).append(symbolic ? ": any positive real (every alpha)\n"
                : ": a variable constrained to the stated base\n");
        sb.append("(declare-fun b () Real)\n");
        sb.append(symbolic ? "(assert (> b 0.0))\n" : "(assert (= b " + num(Rational.parse((String) data.get("base"))) + "))\n");
        Powers powers = new Powers(sb);
        String[] power = new String[profiles];
        for (int k = 0; k < profiles; k++) {
            power[k] = powers.of(Math.abs(exponent[k]));
        }
        sb.append("; U_<k>: the common payoff at profile k; w_<k> = b^(D (U_k - u_min)), the softmax weight; Z = the sum of the weights\n");
        sb.append("(define-fun u_min () Real ").append(num(uMin)).append(")\n");
        List<String> weights = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            sb.append("(define-fun U_").append(k + 1).append(" () Real ").append(num(t.payoff(0, k))).append(")\n");
            negation.add("(< U_" + (k + 1) + " u_min)");
            if (exponent[k] >= 0) {
                sb.append("(define-fun w_").append(k + 1).append(" () Real ").append(power[k]).append(")\n");
            } else {
                sb.append("(declare-fun w_").append(k + 1).append(" () Real)\n");
                sb.append("(assert (= (* w_").append(k + 1).append(' ').append(power[k]).append(") 1.0))\n");
            }
            weights.add("w_" + (k + 1));
        }
        sb.append("(define-fun Z () Real ").append(plus(weights)).append(")\n");
        sb.append("; t_<k>_<i>: probability that player i (chosen with probability 1/n) moves profile k to a given other action\n");
        for (int k = 0; k < profiles; k++) {
            List<String> leave = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String tki = "t_" + (k + 1) + "_" + (i + 1);
                sb.append("(declare-fun ").append(tki).append(" () Real)\n");
                sb.append("(assert (= (* ").append(tki).append(" w_").append(k + 1).append(") ")
                        .append(num(Rational.of(1, (long) n * counts[i]))).append("))\n");
                if (counts[i] > 1) {
                    leave.add(counts[i] == 2 ? tki : "(* " + (counts[i] - 1) + ".0 " + tki + ")");
                }
            }
            sb.append("(define-fun stay_").append(k + 1).append(" () Real (- 1.0 ").append(plus(leave)).append("))\n");
            if (!symbolic) {
                negation.add("(< stay_" + (k + 1) + " 0.0)");
            }
        }
        sb.append("; pi_<k>: ").append(symbolic ? "the softmax, pi_k Z = w_k\n" : "the stated distribution, variables constrained to it\n");
        List<String> total = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            String p = "pi_" + (k + 1);
            sb.append("(declare-fun ").append(p).append(" () Real)\n");
            if (symbolic) {
                sb.append("(assert (= (* ").append(p).append(" Z) w_").append(k + 1).append("))\n");
            } else {
                sb.append("(assert (= ").append(p).append(' ').append(num(pi[k])).append("))\n");
                negation.add("(< " + p + " 0.0)");
                negation.add("(not (= (* " + p + " Z) w_" + (k + 1) + "))");
            }
            total.add(p);
        }
        if (!symbolic) {
            negation.add("(not (= " + plus(total) + " 1.0))");
        }
        List<List<String>> inflow = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            inflow.add(new ArrayList<>(List.of("(* pi_" + (k + 1) + " stay_" + (k + 1) + ")")));
        }
        for (int[] e : neighbours(counts, profiles)) {
            String from = "(* pi_" + (e[0] + 1) + " t_" + (e[0] + 1) + "_" + (e[2] + 1) + ")";
            String back = "(* pi_" + (e[1] + 1) + " t_" + (e[1] + 1) + "_" + (e[2] + 1) + ")";
            negation.add("(not (= " + from + " " + back + "))");
            inflow.get(e[1]).add(from);
            inflow.get(e[0]).add(back);
        }
        for (int k = 0; k < profiles; k++) {
            negation.add("(not (= " + plus(inflow.get(k)) + " pi_" + (k + 1) + "))");
        }
        String what = "u_min exceeds a payoff, " + (symbolic ? "" : "pi is not the distribution w/Z, a row leaves more than 1, ")
                + "detailed balance fails for a neighbour pair, or pi P differs from pi";
        if (kind.equals("softmax-expectation") || kind.equals("theorem1")) {
            List<String> terms = new ArrayList<>();
            for (int k = 0; k < profiles; k++) {
                terms.add("(* U_" + (k + 1) + " pi_" + (k + 1) + ")");
            }
            sb.append("(define-fun expected_U () Real ").append(plus(terms)).append(")\n");
            boolean atLeast = (Boolean) data.get("atLeast");
            String bound = num(Rational.parse((String) data.get("bound")));
            negation.add(atLeast ? "(< expected_U " + bound + ")" : "(>= expected_U " + bound + ")");
            what += ", or E[U] " + (atLeast ? "< " : ">= ") + "the stated bound";
            if (kind.equals("theorem1")) {
                Optional<String> theorem = theoremOne(t, uMin, scale, Rational.parse((String) data.get("epsilon")),
                        Rational.parse((String) data.get("bound")), sb, powers);
                if (theorem.isEmpty()) {
                    return Optional.empty();
                }
                negation.add(theorem.get());
                what += ", or Theorem 1 fails: epsilon <= 0, the bound is not u* - epsilon, E[U] < u* - epsilon, or"
                        + " epsilon b^(D(u* - u')) > |A|^n (u* - u_min)";
            }
        }
        sb.append(negation("negation: " + what, negation));
        return Optional.of(sb.toString());
    }

    /** Theorem 1's negated conclusion and condition on b, or empty when u' is missing or D(u* − u') is not a small integer. */
    private static Optional<String> theoremOne(PayoffTable t, Rational uMin, Rational scale, Rational epsilon, Rational bound,
            StringBuilder sb, Powers powers) {
        Rational best = t.payoff(0, 0);
        for (int k = 0; k < t.profiles(); k++) {
            best = best.max(t.payoff(0, k));
        }
        Rational second = null;
        for (int k = 0; k < t.profiles(); k++) {
            Rational u = t.payoff(0, k);
            if (u.compareTo(best) < 0) {
                second = second == null ? u : second.max(u);
            }
        }
        if (second == null) {
            return Optional.empty();
        }
        Rational m = best.subtract(second).multiply(scale);
        if (!m.isInteger() || m.compareTo(Rational.of(MAX_EXPONENT)) > 0) {
            return Optional.empty();
        }
        sb.append("; Theorem 1: u* the best payoff, u' the second best, epsilon the allowed shortfall\n");
        sb.append("(define-fun u_star () Real ").append(num(best)).append(")\n");
        sb.append("(define-fun u_second () Real ").append(num(second)).append(")\n");
        sb.append("(define-fun epsilon () Real ").append(num(epsilon)).append(")\n");
        String power = powers.of(m.numerator().intValueExact());
        return Optional.of("(or (<= epsilon 0.0) (not (= " + num(bound) + " (- u_star epsilon))) (< expected_U (- u_star epsilon)) (> (* epsilon "
                + power + ") (* " + num(Rational.of(t.profiles())) + " (- u_star u_min))))");
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
