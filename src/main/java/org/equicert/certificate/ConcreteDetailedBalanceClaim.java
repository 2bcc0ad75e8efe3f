package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * Seed 000's chain at a concrete rational base b = e^{α/D} (D a positive integer making every
 * D·(U − u_min) an integer): transition probabilities t(a→a') = b^{D(u_min − U(a))}/(n|A_i|) are
 * rationals, and the claimed distribution π(a) = b^{D(U(a) − u_min)}/Z satisfies detailed balance
 * exactly — hence is stationary.
 */
public final class ConcreteDetailedBalanceClaim implements Claim {

    private final PayoffTable table;
    private final Rational uMin;
    private final Rational base;
    private final Rational scale;
    private final Rational[] distribution;

    /**
     * The claim for base b = e^{α/scale} and the claimed distribution over profiles.
     */
    public ConcreteDetailedBalanceClaim(PayoffTable table, Rational uMin, Rational base, int scale, Rational[] distribution) {
        this(table, uMin, base, Rational.of(scale), distribution);
    }

    /**
     * The claim for base b = e^{α/scale} with a rational scale: with scale = 1/g, b = e^{gα}, which
     * is rational at Theorem 1's α when g is the common step of the payoffs (seed 000: e^{5α} = 400).
     */
    public ConcreteDetailedBalanceClaim(PayoffTable table, Rational uMin, Rational base, Rational scale, Rational[] distribution) {
        this.table = table;
        this.uMin = uMin;
        this.base = base;
        this.scale = scale;
        this.distribution = distribution.clone();
    }

    @Override
    public String kind() {
        return "detailed-balance";
    }

    @Override
    public String statement() {
        return "at base b = " + baseText(scale) + " = " + base + " the distribution pi(a) = b^(" + scale
                + "(U(a) - u_min))/Z satisfies detailed balance exactly for seed 000's chain (u_min = " + uMin + "), so it is stationary";
    }

    @Override
    public String subject() {
        return table.title();
    }

    /** e^(alpha/D) for an integer D (as always written), e^(q alpha/p) for a fraction p/q. */
    static String baseText(Rational scale) {
        if (scale.isInteger()) {
            return "e^(alpha/" + scale + ")";
        }
        String q = scale.denominator().toString();
        return scale.numerator().equals(BigInteger.ONE) ? "e^(" + q + " alpha)" : "e^(" + q + " alpha/" + scale.numerator() + ")";
    }

    private int exponent(int k) {
        Rational e = table.payoff(0, k).subtract(uMin).multiply(scale);
        if (!e.isInteger()) {
            throw new ArithmeticException(scale + "·(U − u_min) is not an integer at profile " + (k + 1));
        }
        long bits = (long) e.numerator().abs().intValue() * (base.numerator().bitLength() + base.denominator().bitLength());
        if (e.numerator().bitLength() > 20 || bits > 4_000_000L) {
            throw new ArithmeticException("b^" + e + " at profile " + (k + 1) + " is too large to check (about " + bits / 8 + " bytes)");
        }
        return e.numerator().intValueExact();
    }

    /** t(a→a') for a neighbour changing player i's action. */
    private Rational transition(int k, int player) {
        return base.pow(-exponent(k)).divide(Rational.of((long) table.players() * table.actions(player)));
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = ChainStructure.commonPayoffFailures(table, uMin);
        if (base.compareTo(Rational.ONE) < 0) {
            f.add("base " + base + " < 1 (alpha < 0): switching probabilities would exceed 1");
        }
        if (scale.signum() <= 0) {
            f.add("scale must be positive");
        }
        if (distribution.length != table.profiles()) {
            f.add("distribution has " + distribution.length + " entries for " + table.profiles() + " profiles");
        }
        if (!f.isEmpty()) {
            return f;
        }
        Rational z = Rational.ZERO;
        try {
            for (int k = 0; k < table.profiles(); k++) {
                z = z.add(base.pow(exponent(k)));
            }
            for (int k = 0; k < table.profiles(); k++) {
                Rational expected = base.pow(exponent(k)).divide(z);
                if (!expected.equals(distribution[k])) {
                    f.add("pi at profile " + (k + 1) + " is " + expected + ", not " + distribution[k]);
                }
            }
            for (int k = 0; k < table.profiles(); k++) {
                Rational out = Rational.ZERO;
                for (int i = 0; i < table.players(); i++) {
                    out = out.add(transition(k, i).multiply(table.actions(i) - 1));
                }
                if (out.compareTo(Rational.ONE) > 0) {
                    f.add("transition probabilities out of profile " + (k + 1) + " sum to " + out + " > 1");
                }
            }
            for (ChainStructure.Edge e : ChainStructure.neighbourPairs(table)) {
                Rational l = distribution[e.from()].multiply(transition(e.from(), e.player()));
                Rational r = distribution[e.to()].multiply(transition(e.to(), e.player()));
                if (!l.equals(r)) {
                    f.add("detailed balance fails between profiles " + (e.from() + 1) + " and " + (e.to() + 1) + ": " + l + " ≠ " + r);
                }
            }
        } catch (ArithmeticException ex) {
            f.add(ex.getMessage());
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        List<String> negation = new ArrayList<>();
        appendEncoding(sb, negation);
        sb.append(Smt.negatedClaim("negation: pi is not a distribution, or pi(a) t(a→a') ≠ pi(a') t(a'→a) for a neighbour pair", negation));
        return sb.toString();
    }

    /** Appends the definitions of pi_k and the disjuncts of the negated detailed-balance claim. */
    void appendEncoding(StringBuilder sb, List<String> negation) {
        sb.append("; pi_<profile>: the claimed stationary distribution\n");
        List<String> sum = new ArrayList<>();
        for (int k = 0; k < table.profiles(); k++) {
            sb.append("(define-fun pi_").append(k + 1).append(" () Real ").append(Smt.num(distribution[k])).append(")\n");
            sum.add("pi_" + (k + 1));
            negation.add("(< pi_" + (k + 1) + " 0.0)");
        }
        negation.add("(not (= " + Smt.sum(sum) + " 1.0))");
        for (ChainStructure.Edge e : ChainStructure.neighbourPairs(table)) {
            negation.add("(not (= (* pi_" + (e.from() + 1) + " " + Smt.num(transition(e.from(), e.player())) + ") (* pi_"
                    + (e.to() + 1) + " " + Smt.num(transition(e.to(), e.player())) + ")))");
        }
    }

    PayoffTable table() {
        return table;
    }

    Rational uMin() {
        return uMin;
    }

    Rational base() {
        return base;
    }

    Rational scale() {
        return scale;
    }

    Rational[] distribution() {
        return distribution.clone();
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
        m.put("base", base.toString());
        m.put("scale", scale.isInteger() ? (Object) scale.numerator().intValueExact() : scale.toString());
        m.put("distribution", ClaimData.vector(distribution));
        return m;
    }

    static ConcreteDetailedBalanceClaim fromData(Map<String, Object> m) {
        return new ConcreteDetailedBalanceClaim(ClaimData.game(m), Rational.parse((String) m.get("uMin")),
                Rational.parse((String) m.get("base")), scale(m.get("scale")), ClaimData.vector(m.get("distribution")));
    }

    private static Rational scale(Object o) {
        if (o instanceof Integer i) {
            return Rational.of(i);
        }
        Rational r = Rational.parse((String) o);
        if (r.isInteger()) {
            throw new IllegalArgumentException("an integer scale is written as a JSON number");
        }
        return r;
    }
}
