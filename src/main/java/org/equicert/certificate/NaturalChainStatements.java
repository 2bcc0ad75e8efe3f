package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * The natural statements (Issue 12) of seed 000's chain kinds {@code detailed-balance-symbolic},
 * {@code detailed-balance}, {@code softmax-expectation} and {@code theorem1}, written as
 * {@link NaturalStatements} writes the others: from the claim's data only, with the base b a variable
 * (constrained to the stated base, or free and positive for the symbolic claim), softmax weights as
 * powers of b by repeated squaring, and transition probabilities defined by t·b^e = 1/(n|A_i|).
 * Empty when an exponent is not an integer or exceeds {@link #MAX_EXPONENT}. Size: linear in the
 * payoff table plus O(log e) per power b^e.
 */
final class NaturalChainStatements {

    /** The largest exponent of b written out (by repeated squaring). */
    static final int MAX_EXPONENT = 4096;

    private NaturalChainStatements() {
    }

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
            return NaturalStatements.times(factors);
        }
    }

    /** Neighbour pairs (k, k', i): k &lt; k' differ in player i's action only. */
    private static List<int[]> neighbours(int[] counts, int profiles) {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            int stride = 1;
            for (int i = 0; i < counts.length; i++) {
                int a = NaturalStatements.action(counts, k, i);
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
        sb.append(symbolic ? "(assert (> b 0.0))\n" : "(assert (= b " + NaturalStatements.num(Rational.parse((String) data.get("base"))) + "))\n");
        Powers powers = new Powers(sb);
        String[] power = new String[profiles];
        for (int k = 0; k < profiles; k++) {
            power[k] = powers.of(Math.abs(exponent[k]));
        }
        sb.append("; U_<k>: the common payoff at profile k; w_<k> = b^(D (U_k - u_min)), the softmax weight; Z = the sum of the weights\n");
        sb.append("(define-fun u_min () Real ").append(NaturalStatements.num(uMin)).append(")\n");
        List<String> weights = new ArrayList<>();
        for (int k = 0; k < profiles; k++) {
            sb.append("(define-fun U_").append(k + 1).append(" () Real ").append(NaturalStatements.num(t.payoff(0, k))).append(")\n");
            negation.add("(< U_" + (k + 1) + " u_min)");
            if (exponent[k] >= 0) {
                sb.append("(define-fun w_").append(k + 1).append(" () Real ").append(power[k]).append(")\n");
            } else {
                sb.append("(declare-fun w_").append(k + 1).append(" () Real)\n");
                sb.append("(assert (= (* w_").append(k + 1).append(' ').append(power[k]).append(") 1.0))\n");
            }
            weights.add("w_" + (k + 1));
        }
        sb.append("(define-fun Z () Real ").append(NaturalStatements.plus(weights)).append(")\n");
        sb.append("; t_<k>_<i>: probability that player i (chosen with probability 1/n) moves profile k to a given other action\n");
        for (int k = 0; k < profiles; k++) {
            List<String> leave = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String tki = "t_" + (k + 1) + "_" + (i + 1);
                sb.append("(declare-fun ").append(tki).append(" () Real)\n");
                sb.append("(assert (= (* ").append(tki).append(" w_").append(k + 1).append(") ")
                        .append(NaturalStatements.num(Rational.of(1, (long) n * counts[i]))).append("))\n");
                if (counts[i] > 1) {
                    leave.add(counts[i] == 2 ? tki : "(* " + (counts[i] - 1) + ".0 " + tki + ")");
                }
            }
            sb.append("(define-fun stay_").append(k + 1).append(" () Real (- 1.0 ").append(NaturalStatements.plus(leave)).append("))\n");
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
                sb.append("(assert (= ").append(p).append(' ').append(NaturalStatements.num(pi[k])).append("))\n");
                negation.add("(< " + p + " 0.0)");
                negation.add("(not (= (* " + p + " Z) w_" + (k + 1) + "))");
            }
            total.add(p);
        }
        if (!symbolic) {
            negation.add("(not (= " + NaturalStatements.plus(total) + " 1.0))");
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
            negation.add("(not (= " + NaturalStatements.plus(inflow.get(k)) + " pi_" + (k + 1) + "))");
        }
        String what = "u_min exceeds a payoff, " + (symbolic ? "" : "pi is not the distribution w/Z, a row leaves more than 1, ")
                + "detailed balance fails for a neighbour pair, or pi P differs from pi";
        if (kind.equals("softmax-expectation") || kind.equals("theorem1")) {
            List<String> terms = new ArrayList<>();
            for (int k = 0; k < profiles; k++) {
                terms.add("(* U_" + (k + 1) + " pi_" + (k + 1) + ")");
            }
            sb.append("(define-fun expected_U () Real ").append(NaturalStatements.plus(terms)).append(")\n");
            boolean atLeast = (Boolean) data.get("atLeast");
            String bound = NaturalStatements.num(Rational.parse((String) data.get("bound")));
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
        sb.append(NaturalStatements.negation("negation: " + what, negation));
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
        sb.append("(define-fun u_star () Real ").append(NaturalStatements.num(best)).append(")\n");
        sb.append("(define-fun u_second () Real ").append(NaturalStatements.num(second)).append(")\n");
        sb.append("(define-fun epsilon () Real ").append(NaturalStatements.num(epsilon)).append(")\n");
        String power = powers.of(m.numerator().intValueExact());
        return Optional.of("(or (<= epsilon 0.0) (not (= " + NaturalStatements.num(bound) + " (- u_star epsilon))) (< expected_U (- u_star epsilon)) (> (* epsilon "
                + power + ") (* " + NaturalStatements.num(Rational.of(t.profiles())) + " (- u_star u_min))))");
    }
}
