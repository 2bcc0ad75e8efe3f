package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "In the totally symmetric common-payoff game given by its count table, when every player plays
 * the strategy x, the exact regret of action a — its payoff against the others minus the expected
 * payoff — is r_a." With every r_a ≤ 0 the profile is a Nash equilibrium (seed 001's robots).
 *
 * <p>The checker recomputes, with its own code, E_a = Σ_c multinomial(N−1; c)·Π_b x_b^{c_b}·u(c + e_a)
 * over the count vectors c of the N − 1 other players, and r_a = E_a − Σ_b x_b·E_b. The linear
 * certificate states these sums over numerals (each term's coefficient and payoff as literals); the
 * natural statement has x as variables constrained to the claimed values and the powers as products.
 * The fingerprint is that of the expanded game (A^N profiles), as for {@link SymmetricCountBoundClaim}.
 * Cost O(C(N+A−2, A−1)·A) rational operations.
 */
public final class SymmetricCountRegretClaim implements Claim {

    private final CountTable table;
    private final Rational[] strategy;
    private final Rational[] regrets;

    /**
     * @param payoffs u(k) per count vector, in the order of {@link SymmetricCountBoundClaim#countVectors}
     * @param strategy x, the strategy every player plays
     * @param regrets r, one per action
     * @throws IllegalArgumentException if the sizes do not match
     */
    public SymmetricCountRegretClaim(String title, int players, int actions, Rational[] payoffs, Rational[] strategy, Rational[] regrets) {
        this(new CountTable(title, players, actions, payoffs), strategy, regrets);
    }

    private SymmetricCountRegretClaim(CountTable table, Rational[] strategy, Rational[] regrets) {
        if (strategy.length != table.actions() || regrets.length != table.actions()) {
            throw new IllegalArgumentException("a strategy and regrets for " + table.actions() + " actions are needed, got "
                    + strategy.length + " and " + regrets.length);
        }
        this.table = table;
        this.strategy = strategy.clone();
        this.regrets = regrets.clone();
    }

    @Override
    public String kind() {
        return "symmetric-count-regret";
    }

    @Override
    public String statement() {
        StringBuilder r = new StringBuilder();
        for (int a = 0; a < regrets.length; a++) {
            r.append(a == 0 ? "" : ", ").append("action ").append(a + 1).append(": ").append(regrets[a]);
        }
        return "in the totally symmetric " + table.players() + "-player game given by its table of " + table.size()
                + " count vectors, when every player plays " + NashClaim.profileText(new Rational[][] {strategy})
                + ", the exact regret of each action (its payoff against the others minus the expected payoff) is " + r;
    }

    @Override
    public String subject() {
        return table.title();
    }

    @Override
    public String fingerprint() {
        return table.fingerprint();
    }

    /** The terms of E_a: per count vector c of the others, multinomial·Π x^c (a rational) and u(c + e_a). */
    private List<Rational[]> terms(int action) {
        int n = table.players() - 1;
        int actions = table.actions();
        List<Rational[]> out = new ArrayList<>();
        for (int[] c : CountTable.countVectors(n, actions)) {
            BigInteger multinomial = factorial(n);
            Rational weight = Rational.ONE;
            for (int b = 0; b < actions; b++) {
                multinomial = multinomial.divide(factorial(c[b]));
                weight = weight.multiply(strategy[b].pow(c[b]));
            }
            int[] k = c.clone();
            k[action]++;
            out.add(new Rational[] {weight.multiply(Rational.of(multinomial, BigInteger.ONE)), table.payoff(table.rank(k))});
        }
        return out;
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    private Rational[] actionPayoffs() {
        Rational[] e = new Rational[table.actions()];
        for (int a = 0; a < e.length; a++) {
            e[a] = Rational.ZERO;
            for (Rational[] t : terms(a)) {
                e[a] = e[a].add(t[0].multiply(t[1]));
            }
        }
        return e;
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        Rational sum = Rational.ZERO;
        for (Rational x : strategy) {
            if (x.signum() < 0) {
                f.add("negative probability " + x);
            }
            sum = sum.add(x);
        }
        if (!sum.equals(Rational.ONE)) {
            f.add("the strategy sums to " + sum + ", not 1");
        }
        if (!f.isEmpty()) {
            return f;
        }
        Rational[] e = actionPayoffs();
        Rational value = Rational.ZERO;
        for (int a = 0; a < e.length; a++) {
            value = value.add(strategy[a].multiply(e[a]));
        }
        for (int a = 0; a < e.length; a++) {
            Rational r = e[a].subtract(value);
            if (!r.equals(regrets[a])) {
                f.add("action " + (a + 1) + " has regret " + r + ", not " + regrets[a]);
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; e_<action>: the payoff of the action when the other players all play x; value: the expected payoff\n");
        List<String> value = new ArrayList<>();
        for (int a = 0; a < table.actions(); a++) {
            List<String> sum = new ArrayList<>();
            for (Rational[] t : terms(a)) {
                if (!t[0].isZero() && !t[1].isZero()) {
                    sum.add("(* " + Smt.num(t[0]) + " " + Smt.num(t[1]) + ")");
                }
            }
            sb.append("(define-fun e_").append(a + 1).append(" () Real ").append(Smt.sum(sum)).append(")\n");
            value.add("(* " + Smt.num(strategy[a]) + " e_" + (a + 1) + ")");
        }
        sb.append("(define-fun value () Real ").append(Smt.sum(value)).append(")\n");
        List<String> negation = new ArrayList<>();
        for (int a = 0; a < table.actions(); a++) {
            negation.add("(not (= (- e_" + (a + 1) + " value) " + Smt.num(regrets[a]) + "))");
        }
        sb.append(Smt.negatedClaim("negation: some action's regret is not the stated one", negation));
        return sb.toString();
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; x_<action>: the common strategy, as variables fixed to the claimed values; payoffs as sums of products\n");
        for (int a = 0; a < table.actions(); a++) {
            sb.append("(declare-fun x_").append(a + 1).append(" () Real)\n");
            sb.append("(assert (= x_").append(a + 1).append(" ").append(Smt.num(strategy[a])).append("))\n");
        }
        int n = table.players() - 1;
        List<String> value = new ArrayList<>();
        for (int a = 0; a < table.actions(); a++) {
            List<String> sum = new ArrayList<>();
            for (int[] c : CountTable.countVectors(n, table.actions())) {
                BigInteger multinomial = factorial(n);
                List<String> factors = new ArrayList<>();
                for (int b = 0; b < table.actions(); b++) {
                    multinomial = multinomial.divide(factorial(c[b]));
                    for (int e = 0; e < c[b]; e++) {
                        factors.add("x_" + (b + 1));
                    }
                }
                int[] k = c.clone();
                k[a]++;
                factors.add(0, Smt.num(Rational.of(multinomial, BigInteger.ONE).multiply(table.payoff(table.rank(k)))));
                sum.add(Smt.product(factors));
            }
            sb.append("(define-fun e_").append(a + 1).append(" () Real ").append(Smt.sum(sum)).append(")\n");
            value.add("(* x_" + (a + 1) + " e_" + (a + 1) + ")");
        }
        sb.append("(define-fun value () Real ").append(Smt.sum(value)).append(")\n");
        List<String> negation = new ArrayList<>();
        for (int a = 0; a < table.actions(); a++) {
            negation.add("(not (= (- e_" + (a + 1) + " value) " + Smt.num(regrets[a]) + "))");
        }
        sb.append(Smt.negatedClaim("negation: some action's regret is not the stated one", negation));
        return Optional.of(sb.toString());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        table.putData(m);
        m.put("strategy", ClaimData.vector(strategy));
        m.put("regrets", ClaimData.vector(regrets));
        return m;
    }

    static SymmetricCountRegretClaim fromData(Map<String, Object> m) {
        return new SymmetricCountRegretClaim(CountTable.fromData(m), ClaimData.vector(m.get("strategy")), ClaimData.vector(m.get("regrets")));
    }
}
