package org.equicert.certificate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "At base b = e^{α/D}, the stationary distribution π of seed 000's chain (the softmax, certified by
 * detailed balance) has E_π[U] ≥ c" — or "&lt; c". With an ε given, the claim is seed 000's
 * Theorem 1 at a base b below the theorem's: b^{D(u* − u')}·ε ≤ |A|^n(u* − u_min) (so b ≤ e^{α_thm/D})
 * and c = u* − ε; by monotonicity of E_α[U] in α (dE/dα = Var_α U ≥ 0) the bound then holds at the
 * theorem's α too.
 */
public final class SoftmaxExpectationClaim implements Claim {

    private final ConcreteDetailedBalanceClaim balance;
    private final Rational bound;
    private final boolean atLeast;
    private final Rational epsilon;

    /**
     * A bound on E_π[U].
     *
     * @param atLeast true for "E ≥ bound", false for "E &lt; bound"
     */
    public SoftmaxExpectationClaim(PayoffTable table, Rational uMin, Rational base, int scale, Rational[] distribution,
            Rational bound, boolean atLeast) {
        this(new ConcreteDetailedBalanceClaim(table, uMin, base, scale, distribution), bound, atLeast, null);
    }

    /** Theorem 1: E_π[U] ≥ u* − ε at a base b with b^{D(u* − u')} ε ≤ |A|^n (u* − u_min). */
    public static SoftmaxExpectationClaim theoremOne(PayoffTable table, Rational uMin, Rational base, int scale,
            Rational[] distribution, Rational epsilon) {
        return theoremOne(table, uMin, base, Rational.of(scale), distribution, epsilon);
    }

    /**
     * Theorem 1 at a rational scale D (b = e^{α/D}); when b^{D(u* − u')} ε = |A|^n (u* − u_min)
     * exactly, b is Theorem 1's own base and the claim is about its α itself.
     */
    public static SoftmaxExpectationClaim theoremOne(PayoffTable table, Rational uMin, Rational base, Rational scale,
            Rational[] distribution, Rational epsilon) {
        Rational best = best(table);
        return new SoftmaxExpectationClaim(new ConcreteDetailedBalanceClaim(table, uMin, base, scale, distribution),
                best.subtract(epsilon), true, epsilon);
    }

    private SoftmaxExpectationClaim(ConcreteDetailedBalanceClaim balance, Rational bound, boolean atLeast, Rational epsilon) {
        this.balance = balance;
        this.bound = bound;
        this.atLeast = atLeast;
        this.epsilon = epsilon;
    }

    private static Rational best(PayoffTable t) {
        Rational b = t.payoff(0, 0);
        for (int k = 0; k < t.profiles(); k++) {
            b = b.max(t.payoff(0, k));
        }
        return b;
    }

    private static Rational secondBest(PayoffTable t) {
        Rational best = best(t);
        Rational s = null;
        for (int k = 0; k < t.profiles(); k++) {
            Rational u = t.payoff(0, k);
            if (u.compareTo(best) < 0) {
                s = s == null ? u : s.max(u);
            }
        }
        return s;
    }

    @Override
    public String kind() {
        return epsilon == null ? "softmax-expectation" : "theorem1";
    }

    @Override
    public String statement() {
        String e = "at base b = " + ConcreteDetailedBalanceClaim.baseText(balance.scale()) + " = " + balance.base()
                + " the stationary distribution of seed 000's chain has E[U] "
                + (atLeast ? ">= " : "< ") + bound;
        if (epsilon != null) {
            e += " = u* - epsilon with epsilon = " + epsilon + (atTheoremBase()
                    ? ", and b is exactly the base of Theorem 1's alpha (b^(D(u*-u')) epsilon = |A|^n (u* - u_min))"
                    : ", and b is at most the base of Theorem 1's alpha, so by monotonicity in alpha Theorem 1's bound holds at its alpha");
        }
        return e;
    }

    @Override
    public String subject() {
        return balance.subject();
    }

    /** True when b^{D(u* − u')} ε equals |A|^n (u* − u_min): b is Theorem 1's base itself. */
    private boolean atTheoremBase() {
        Object[] td = theoremData();
        if (!obligationFailures().isEmpty()) {
            return false;
        }
        if (td == null || epsilon == null || epsilon.signum() <= 0 || !((Rational) td[0]).isInteger()
                || ((Rational) td[0]).numerator().bitLength() > 20) {
            return false;
        }
        return balance.base().pow(((Rational) td[0]).numerator().intValueExact()).multiply(epsilon).equals(td[1]);
    }

    private Rational expectation() {
        Rational[] pi = balance.distribution();
        Rational s = Rational.ZERO;
        for (int k = 0; k < pi.length; k++) {
            s = s.add(pi[k].multiply(balance.table().payoff(0, k)));
        }
        return s;
    }

    /** For Theorem 1: m = D(u* − u') and R = |A|^n (u* − u_min); null if not applicable. */
    private Object[] theoremData() {
        PayoffTable t = balance.table();
        Rational second = secondBest(t);
        if (second == null) {
            return null;
        }
        Rational m = best(t).subtract(second).multiply(balance.scale());
        Rational r = Rational.of(t.profiles()).multiply(best(t).subtract(balance.uMin()));
        return new Object[] {m, r};
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>(balance.obligationFailures());
        if (!f.isEmpty()) {
            return f;
        }
        Rational e = expectation();
        if (atLeast ? e.compareTo(bound) < 0 : e.compareTo(bound) >= 0) {
            f.add("E[U] = " + e + " is " + (atLeast ? "below " : "not below ") + bound);
        }
        if (epsilon != null) {
            if (epsilon.signum() <= 0) {
                f.add("epsilon must be positive");
                return f;
            }
            Rational least = balance.table().payoff(0, 0);
            for (int k = 0; k < balance.table().profiles(); k++) {
                least = least.min(balance.table().payoff(0, k));
            }
            if (!balance.uMin().equals(least)) {
                f.add("u_min = " + balance.uMin() + " is not the least payoff " + least + ": Theorem 1's alpha is defined with the least payoff");
                return f;
            }
            if (!bound.equals(best(balance.table()).subtract(epsilon))) {
                f.add("the bound is not u* - epsilon");
            }
            Object[] td = theoremData();
            if (td == null) {
                f.add("every profile is optimal: Theorem 1's alpha is undefined");
                return f;
            }
            Rational m = (Rational) td[0];
            if (!m.isInteger()) {
                f.add("D(u* - u') is not an integer");
                return f;
            }
            Rational lhs = balance.base().pow(m.numerator().intValueExact()).multiply(epsilon);
            if (lhs.compareTo((Rational) td[1]) > 0) {
                f.add("b^(D(u*-u')) epsilon = " + lhs + " exceeds |A|^n (u* - u_min) = " + td[1] + ": b is above Theorem 1's base");
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        List<String> negation = new ArrayList<>();
        balance.appendEncoding(sb, negation);
        PayoffTable t = balance.table();
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < t.profiles(); k++) {
            terms.add("(* " + Smt.num(t.payoff(0, k)) + " pi_" + (k + 1) + ")");
        }
        sb.append("(define-fun expected_U () Real ").append(Smt.sum(terms)).append(")\n");
        negation.add(atLeast ? "(< expected_U " + Smt.num(bound) + ")" : "(>= expected_U " + Smt.num(bound) + ")");
        if (epsilon != null) {
            Object[] td = theoremData();
            int m = ((Rational) td[0]).numerator().intValueExact();
            sb.append("(define-fun b () Real ").append(Smt.num(balance.base())).append(")\n");
            sb.append("(define-fun epsilon () Real ").append(Smt.num(epsilon)).append(")\n");
            String power = m <= 64 ? Smt.product(java.util.Collections.nCopies(m, "b")) : Smt.num(balance.base().pow(m));
            negation.add("(> (* epsilon " + power + ") " + Smt.num((Rational) td[1]) + ")");
        }
        sb.append(Smt.negatedClaim("negation: pi is not the detailed-balance distribution, the expectation bound fails"
                + (epsilon == null ? "" : ", or b exceeds Theorem 1's base (b^(D(u*-u')) epsilon > |A|^n (u* - u_min))"), negation));
        return sb.toString();
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalChainStatements.chain(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>(balance.data());
        m.put("kind", kind());
        m.put("bound", bound.toString());
        m.put("atLeast", atLeast);
        if (epsilon != null) {
            m.put("epsilon", epsilon.toString());
        }
        return m;
    }

    static SoftmaxExpectationClaim fromData(Map<String, Object> m) {
        ConcreteDetailedBalanceClaim balance = ConcreteDetailedBalanceClaim.fromData(m);
        Object eps = m.get("epsilon");
        return new SoftmaxExpectationClaim(balance, Rational.parse((String) m.get("bound")), (Boolean) m.get("atLeast"),
                eps == null ? null : Rational.parse((String) eps));
    }

}
