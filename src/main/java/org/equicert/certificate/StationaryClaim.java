package org.equicert.certificate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.equicert.number.CommonDenominator;
import org.equicert.number.Rational;

/**
 * "π is the unique stationary distribution of the finite chain P": P is stochastic, πP = π,
 * Σπ = 1, π ≥ 0, and every x with xP = x and Σx = 1 equals π.
 *
 * <p>Obligations are re-done exactly (πP = π in one sparse pass in integers over the common
 * denominator of π), and uniqueness independently by graph search (a finite chain
 * has a unique stationary distribution iff it has exactly one closed communicating class). The SMT
 * encoding states the negation: π fails an equation, or a different x solves xP = x, Σx = 1 — a
 * linear system, so {@code unsat} proves stationarity and uniqueness.
 */
public final class StationaryClaim implements Claim {

    /**
     * Chains with more states are certified in <em>replayed</em> form: stationarity (πP = π,
     * Σπ = 1, π ≥ 0, each recomputed exactly in one sparse pass) and uniqueness (exactly one closed
     * class, by the checker's own graph search) are exact obligations only, and the SMT part, linear
     * and of size linear in the transitions with the transition probabilities as its only numbers,
     * proves that P is stochastic. Up to this many states the SMT part states the whole claim.
     */
    public static final int SMT_STATE_LIMIT = 256;

    /**
     * One transition.
     *
     * @param from source state
     * @param to target state
     * @param probability exact probability
     */
    public record Transition(int from, int to, Rational probability) {
    }

    /**
     * Where the chain comes from: seed 000's learning chain of a game at a rational base b. When a
     * claim states its origin, the checker rebuilds the chain from the game with its own code and
     * requires the stated transitions to be exactly that chain, so the claim is bound to the game.
     *
     * @param game the game (profiles are the states, in Gambit order)
     * @param individual true for the individual-utility variant, false for the common-payoff chain
     * @param base b = e^{α/D}, at least 1
     */
    public record Origin(PayoffTable game, boolean individual, Rational base) {
    }

    private final String label;
    private final int states;
    private final List<Transition> transitions;
    private final Rational[] distribution;
    private final Optional<Origin> origin;
    /** {@link #distributionText()}, once computed (a benign race: every thread computes the same list). */
    private volatile List<String> renderedDistribution;

    /** A claim about an explicit chain on {@code states} states given by its nonzero transitions. */
    public StationaryClaim(String label, int states, List<Transition> transitions, Rational[] distribution) {
        this(label, states, transitions, distribution, Optional.empty());
    }

    /** A claim about the chain of the given origin, with its transitions written out. */
    public StationaryClaim(String label, int states, List<Transition> transitions, Rational[] distribution, Optional<Origin> origin) {
        this.label = label == null ? "" : label;
        this.states = states;
        this.transitions = List.copyOf(transitions);
        this.distribution = distribution.clone();
        this.origin = origin;
        if (states < 1 || distribution.length != states) {
            throw new IllegalArgumentException("the chain has " + states + " states but the distribution " + distribution.length + " entries");
        }
        for (Transition t : this.transitions) {
            if (t.from() < 0 || t.from() >= states || t.to() < 0 || t.to() >= states) {
                throw new IllegalArgumentException("transition " + (t.from() + 1) + " -> " + (t.to() + 1) + " leaves the "
                        + states + " states");
            }
        }
    }

    @Override
    public String fingerprint() {
        return origin.map(o -> Fingerprint.of(o.game())).orElseGet(() -> Fingerprint.ofChain(states, transitions));
    }

    @Override
    public String kind() {
        return "stationary-unique";
    }

    @Override
    public String statement() {
        return "the given distribution over " + states + " states is the unique stationary distribution of "
                + origin.map(o -> "seed 000's " + (o.individual() ? "individual-utility" : "common-payoff")
                        + " learning chain of the game at base b = " + o.base())
                        .orElse("the explicit chain of " + transitions.size() + " transitions");
    }

    @Override
    public String subject() {
        return label;
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        if (origin.isPresent()) {
            f.addAll(ChainClasses.originFailures(origin.get(), states, transitions));
            if (!f.isEmpty()) {
                return f;
            }
        }
        if (distribution.length != states) {
            f.add("distribution has " + distribution.length + " entries for " + states + " states");
            return f;
        }
        Rational[] rowSum = new Rational[states];
        Arrays.fill(rowSum, Rational.ZERO);
        List<List<Transition>> into = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            into.add(new ArrayList<>());
        }
        for (Transition t : transitions) {
            if (t.from() < 0 || t.from() >= states || t.to() < 0 || t.to() >= states) {
                f.add("transition " + t + " leaves the state space");
                return f;
            }
            if (t.probability().signum() < 0 || t.probability().compareTo(Rational.ONE) > 0) {
                f.add("transition probability " + t.probability() + " outside [0, 1]");
            }
            rowSum[t.from()] = rowSum[t.from()].add(t.probability());
            into.get(t.to()).add(t);
        }
        // pi = N / D over the lcm D of its denominators: integer arithmetic, no gcd per transition
        BigInteger common = BigInteger.ONE;
        for (Rational x : distribution) {
            BigInteger d = x.denominator();
            if (!common.equals(d)) {
                common = common.divide(common.gcd(d)).multiply(d);
            }
        }
        BigInteger[] scaled = new BigInteger[states];
        BigInteger total = BigInteger.ZERO;
        for (int s = 0; s < states; s++) {
            scaled[s] = distribution[s].numerator().multiply(common.divide(distribution[s].denominator()));
            total = total.add(scaled[s]);
        }
        for (int s = 0; s < states; s++) {
            if (!rowSum[s].equals(Rational.ONE)) {
                f.add("row " + (s + 1) + " of the transition matrix sums to " + rowSum[s] + ", not 1");
            }
            if (distribution[s].signum() < 0) {
                f.add("negative probability at state " + (s + 1));
            }
            BigInteger lcm = BigInteger.ONE;
            for (Transition t : into.get(s)) {
                BigInteger d = t.probability().denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            BigInteger inflow = BigInteger.ZERO;
            for (Transition t : into.get(s)) {
                Rational p = t.probability();
                inflow = inflow.add(scaled[t.from()].multiply(p.numerator().multiply(lcm.divide(p.denominator()))));
            }
            if (!inflow.equals(scaled[s].multiply(lcm))) {
                Rational flow = Rational.of(inflow, common.multiply(lcm));
                f.add("(pi P) at state " + (s + 1) + " is " + flow + ", not pi = " + distribution[s]);
            }
        }
        if (!total.equals(common)) {
            f.add("the distribution sums to " + Rational.of(total, common) + ", not 1");
        }
        int closed = closedClasses();
        if (closed != 1) {
            f.add("the chain has " + closed + " closed communicating classes, so its stationary distribution is not unique");
        }
        return f;
    }

    /** The number of closed communicating classes (bottom strongly connected components). */
    int closedClasses() {
        return ChainClasses.closedClasses(states, transitions);
    }

    /** True when the claim is certified in replayed form ({@link #SMT_STATE_LIMIT}). */
    public boolean replayed() {
        return states > SMT_STATE_LIMIT;
    }

    @Override
    public String linearSmtLib() {
        if (replayed()) {
            return stochasticSmtLib();
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        List<List<Transition>> into = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            into.add(new ArrayList<>());
        }
        for (Transition t : transitions) {
            into.get(t.to()).add(t);
        }
        List<String> negation = new ArrayList<>();
        List<String> piSum = new ArrayList<>();
        List<String> xSum = new ArrayList<>();
        sb.append("; pi_<state>: the claimed distribution; x_<state>: any other candidate\n");
        for (int s = 0; s < states; s++) {
            sb.append("(define-fun pi_").append(s + 1).append(" () Real ").append(Smt.num(distribution[s])).append(")\n");
            sb.append("(declare-fun x_").append(s + 1).append(" () Real)\n");
            piSum.add("pi_" + (s + 1));
            xSum.add("x_" + (s + 1));
            negation.add("(< pi_" + (s + 1) + " 0.0)");
        }
        negation.add("(not (= " + Smt.sum(piSum) + " 1.0))");
        Rational[] rowSum = new Rational[states];
        Arrays.fill(rowSum, Rational.ZERO);
        for (Transition t : transitions) {
            rowSum[t.from()] = rowSum[t.from()].add(t.probability());
        }
        List<String> xEquations = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            List<String> piFlow = new ArrayList<>();
            List<String> xFlow = new ArrayList<>();
            for (Transition t : into.get(s)) {
                piFlow.add("(* " + Smt.num(t.probability()) + " pi_" + (t.from() + 1) + ")");
                xFlow.add("(* " + Smt.num(t.probability()) + " x_" + (t.from() + 1) + ")");
            }
            negation.add("(not (= " + Smt.sum(piFlow) + " pi_" + (s + 1) + "))");
            xEquations.add("(= " + Smt.sum(xFlow) + " x_" + (s + 1) + ")");
            differs.add("(not (= x_" + (s + 1) + " pi_" + (s + 1) + "))");
            negation.add("(not (= " + Smt.num(rowSum[s]) + " 1.0))");
        }
        xEquations.add("(= " + Smt.sum(xSum) + " 1.0)");
        xEquations.add(Smt.or(differs));
        negation.add(Smt.and(xEquations));
        sb.append(Smt.negatedClaim("negation: a row does not sum to 1, pi is not a stationary distribution, or another x is one", negation));
        return sb.toString();
    }

    /**
     * The replayed form's SMT part: the negation of "every row of P is a probability vector". Its
     * numbers are the transition probabilities only (π, whose entries have thousands of digits on
     * large chains, is checked by the exact obligations).
     */
    private String stochasticSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; replayed form (more than ").append(SMT_STATE_LIMIT).append(" states): pi P = pi, sum pi = 1, pi >= 0 and exactly one")
                .append(" closed class are exact obligations the checker recomputes; this part proves that P is stochastic\n");
        List<List<Rational>> rows = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            rows.add(new ArrayList<>());
        }
        for (Transition t : transitions) {
            rows.get(t.from()).add(t.probability());
        }
        List<String> negation = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            List<String> terms = new ArrayList<>();
            for (Rational p : rows.get(s)) {
                terms.add(Smt.num(p));
                if (p.signum() < 0) {
                    negation.add("(< " + Smt.num(p) + " 0.0)");
                }
            }
            negation.add("(not (= " + Smt.sum(terms) + " 1.0))");
        }
        sb.append(Smt.negatedClaim("negation: a row of P has a negative entry or does not sum to 1", negation));
        return sb.toString();
    }

    /**
     * The natural statement, written from this claim's data by separate code (Issue 12); none in
     * the replayed form, whose stationarity is an exact obligation.
     */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return replayed() ? Optional.empty() : NaturalStatements.stationary(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        m.put("label", label);
        m.put("states", states);
        List<List<Object>> ts = new ArrayList<>();
        for (Transition t : transitions) {
            ts.add(List.of(t.from(), t.to(), t.probability().toString()));
        }
        m.put("transitions", ts);
        m.put("distribution", distributionText());
        origin.ifPresent(o -> {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("game", o.game().toData());
            om.put("individual", o.individual());
            om.put("base", o.base().toString());
            m.put("origin", om);
        });
        return m;
    }

    /**
     * The distribution's texts ({@link Rational#toString}), computed once per claim: the certificate
     * is rendered for the check and again for the file, and on large chains the entries share a few
     * denominators of tens of thousands of digits, each converted to decimal once.
     */
    private List<String> distributionText() {
        List<String> text = renderedDistribution;
        if (text == null) {
            Map<BigInteger, String> denominators = new HashMap<>();
            List<String> out = new ArrayList<>(distribution.length);
            for (Rational x : distribution) {
                BigInteger d = x.denominator();
                out.add(d.equals(BigInteger.ONE) ? x.numerator().toString()
                        : x.numerator() + "/" + denominators.computeIfAbsent(d, BigInteger::toString));
            }
            text = List.copyOf(out);
            renderedDistribution = text;
        }
        return text;
    }

    static StationaryClaim fromData(Map<String, Object> m) {
        List<Transition> ts = new ArrayList<>();
        for (Object o : (List<?>) m.get("transitions")) {
            List<?> t = (List<?>) o;
            ts.add(new Transition(((Number) t.get(0)).intValue(), ((Number) t.get(1)).intValue(), Rational.parse(String.valueOf(t.get(2)))));
        }
        Optional<Origin> origin = Optional.empty();
        if (m.containsKey("origin")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> om = (Map<String, Object>) m.get("origin");
            origin = Optional.of(new Origin(ClaimData.game(om), (Boolean) om.get("individual"), Rational.parse((String) om.get("base"))));
        }
        return new StationaryClaim((String) m.get("label"), ((Number) m.get("states")).intValue(), ts, parseDistribution(m.get("distribution")),
                origin);
    }

    private static final Pattern FRACTION = Pattern.compile("-?[1-9][0-9]*/[1-9][0-9]*");
    /** Below this many digits {@link BigInteger#BigInteger(String)} is used as it is. */
    private static final int PARSE_LEAF_DIGITS = 1000;

    /**
     * The distribution's entries, as {@link Rational#parse} reads them, for vectors of thousands of
     * fractions of tens of thousands of digits: each distinct denominator is read once, numerators
     * by halving the digit string (subquadratic, where the library's reading is quadratic), and each
     * group of entries sharing a denominator is brought to canonical form by
     * {@link CommonDenominator#canonical} (one batch gcd test instead of a full gcd per entry).
     * Anything that is not a plain fraction goes through {@link Rational#parse}.
     */
    static Rational[] parseDistribution(Object data) {
        List<?> list = (List<?>) data;
        Rational[] out = new Rational[list.size()];
        Map<String, List<Integer>> byDenominator = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            String text = String.valueOf(list.get(i));
            if (text.length() > PARSE_LEAF_DIGITS && FRACTION.matcher(text).matches()) {
                byDenominator.computeIfAbsent(text.substring(text.indexOf('/') + 1), k -> new ArrayList<>()).add(i);
            } else {
                out[i] = Rational.parse(text);
            }
        }
        Map<Integer, BigInteger> powers = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : byDenominator.entrySet()) {
            BigInteger d = decimal(group.getKey(), 0, group.getKey().length(), powers);
            List<Integer> entries = group.getValue();
            BigInteger[] numerators = new BigInteger[entries.size()];
            for (int k = 0; k < numerators.length; k++) {
                String text = String.valueOf(list.get(entries.get(k)));
                int slash = text.indexOf('/');
                boolean negative = text.charAt(0) == '-';
                BigInteger v = decimal(text, negative ? 1 : 0, slash, powers);
                numerators[k] = negative ? v.negate() : v;
            }
            Rational[] reduced = CommonDenominator.canonical(numerators, d);
            for (int k = 0; k < numerators.length; k++) {
                out[entries.get(k)] = reduced[k];
            }
        }
        return out;
    }

    /** The decimal digits text[from, to) as an integer: high half · 10^len(low) + low half. */
    private static BigInteger decimal(String text, int from, int to, Map<Integer, BigInteger> powers) {
        int length = to - from;
        if (length <= PARSE_LEAF_DIGITS) {
            return new BigInteger(text.substring(from, to));
        }
        int low = Integer.highestOneBit(length - 1);
        BigInteger scale = powers.computeIfAbsent(low, BigInteger.TEN::pow);
        return decimal(text, from, to - low, powers).multiply(scale).add(decimal(text, to - low, to, powers));
    }
}
