package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Seed 000, Lemma 1, symbolic in α: for the chain t_α(a → a') = e^{α(u_min − U(a))}/(n|A_i|)
 * (a' differs from a in player i only) and p_α(a) = e^{αU(a)}/Z, detailed balance
 * p(a)t(a→a') = p(a')t(a'→a) holds for every α.
 *
 * <p>Linear encoding in log space (DESIGN §1): log p(a) = αU(a) − L and log t(a→a') =
 * α(u_min − U(a)) − M_i with free real symbols α, L = log Z and M_i = log(n|A_i|). Each identity is
 * linear in these symbols; {@code unsat} of "some identity fails" proves them for all values at
 * once — one certificate valid for every α, not a sampled one.
 */
public final class DetailedBalanceClaim implements Claim {

    private final PayoffTable table;
    private final Rational uMin;

    /** The claim for the common-payoff game in {@code table} with lower bound {@code uMin}. */
    public DetailedBalanceClaim(PayoffTable table, Rational uMin) {
        this.table = table;
        this.uMin = uMin;
    }

    @Override
    public String kind() {
        return "detailed-balance-symbolic";
    }

    @Override
    public String statement() {
        return "for every alpha, the softmax p(a) ∝ exp(alpha U(a)) satisfies detailed balance for the chain "
                + "t(a→a') = exp(alpha (u_min − U(a)))/(n|A_i|) with u_min = " + uMin + " (seed 000, Lemma 1)";
    }

    @Override
    public String subject() {
        return table.title();
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = ChainStructure.commonPayoffFailures(table, uMin);
        // The identity itself: alpha-coefficients U(a) + (u_min − U(a)) = u_min on both sides, and the
        // constants −L − M_i agree because both directions change the same player's action.
        for (ChainStructure.Edge e : ChainStructure.neighbourPairs(table)) {
            Rational left = table.payoff(0, e.from()).add(uMin.subtract(table.payoff(0, e.from())));
            Rational right = table.payoff(0, e.to()).add(uMin.subtract(table.payoff(0, e.to())));
            if (!left.equals(right)) {
                f.add("detailed balance fails between profiles " + (e.from() + 1) + " and " + (e.to() + 1));
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; alpha: rationality parameter; logZ = log of the partition function; logNA_i = log(n |A_i|)\n");
        sb.append("(declare-fun alpha () Real)\n(declare-fun logZ () Real)\n");
        for (int i = 0; i < table.players(); i++) {
            sb.append("(declare-fun logNA_").append(i + 1).append(" () Real)\n");
        }
        List<String> negation = new ArrayList<>();
        for (int k = 0; k < table.profiles(); k++) {
            negation.add("(> " + Smt.num(uMin) + " " + Smt.num(table.payoff(0, k)) + ")");
        }
        for (ChainStructure.Edge e : ChainStructure.neighbourPairs(table)) {
            negation.add("(not (= " + side(e.from(), e.player()) + " " + side(e.to(), e.player()) + "))");
        }
        sb.append(Smt.negatedClaim("negation: u_min exceeds a payoff, or log p(a) + log t(a→a') differs from log p(a') + log t(a'→a)"
                + " for a neighbour pair", negation));
        return sb.toString();
    }

    /** log p(a) + log t(a→a') = (U(a)·alpha − logZ) + ((u_min − U(a))·alpha − logNA_i). */
    private String side(int k, int player) {
        Rational u = table.payoff(0, k);
        return "(+ (- (* " + Smt.num(u) + " alpha) logZ) (- (* " + Smt.num(uMin.subtract(u)) + " alpha) logNA_" + (player + 1) + "))";
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalChainStatements.chain(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        m.put("uMin", uMin.toString());
        return m;
    }

    static DetailedBalanceClaim fromData(Map<String, Object> m) {
        return new DetailedBalanceClaim(ClaimData.game(m), Rational.parse((String) m.get("uMin")));
    }
}
