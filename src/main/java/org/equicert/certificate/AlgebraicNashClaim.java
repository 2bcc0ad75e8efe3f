package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "The profile s, whose probabilities are polynomials in θ with rational coefficients, where θ is
 * the unique root of the integer polynomial p in (lo, hi], is a Nash equilibrium of the game": an
 * exact certificate for irrational equilibria such as seed 001's partygoers optimum 2 − √2.
 *
 * <p>Obligations, replayed by the checker's own polynomial code ({@link RationalPolynomial},
 * {@link SylvesterSequence}); neither end of the interval may be a root of p, so (lo, hi] = (lo, hi)
 * for the roots of p and Sylvester's theorem applies:
 * <ol>
 *   <li>p has exactly one distinct root θ in (lo, hi) (Sturm count TaQ(1, p) = 1; p need not be
 *       square-free or irreducible);</li>
 *   <li>every probability s_i_a(θ) ≥ 0 and every player's Σ_a s_i_a(θ) − 1 = 0: the sign of a
 *       polynomial q at θ is the Tarski query TaQ(q mod p, p; lo, hi) ∈ {−1, 0, 1};</li>
 *   <li>for every player i and pure action a the gain EU_i(a, s_−i) − EU_i(s), a polynomial in θ
 *       reduced mod p after every product, has sign ≤ 0 at θ. By multilinearity no mixed deviation
 *       gains either.</li>
 * </ol>
 *
 * <p>Linear certificate (QF_LRA, proved by SMTInterpol): for every query the file states the
 * Sylvester sequence's coefficients as numerals, asserts the remainder identities coefficient by
 * coefficient (P_1 = p'·q, P_{j−1} = D_j·P_j − P_{j+1}, literal numerals times symbols only), the
 * values at lo and hi by Horner's rule, their signs, the sign-change counts, and negates the
 * required Tarski query values. The natural nonlinear statement (QF_NRA: some θ with p(θ) = 0 in
 * (lo, hi] at which the profile is invalid or some player gains) is offered for z3 and cvc5; its
 * unsat says every root of p in (lo, hi] is an equilibrium point, and the Sturm count of the linear
 * certificate says there is exactly one. (A second-root disjunct would state uniqueness too, but
 * makes cvc5 1.x take minutes on the partygoers statement it otherwise decides at once.)
 *
 * <p>Cost: with D = deg p, n players and K pure profiles, O(n²·K·D²) rational operations for the
 * gains, plus O(D³) per Tarski query.
 */
public final class AlgebraicNashClaim implements Claim {

    /** Limit on deg p and on the length of a probability's coefficient list (guards the checker). */
    static final int MAX_DEGREE = 16;
    /**
     * The checker's limit on the size of every number in the data (p's coefficients, the interval's
     * ends, the strategies' coefficients), in bits of numerator and of denominator: the replayed
     * remainder sequences grow with it, and a 1,000-digit coefficient made one check take seconds and
     * gigabytes (a fuzz finding). Producers' polynomials stay far below it.
     */
    static final int MAX_BITS = 512;

    private final PayoffTable table;
    private final Rational[] polynomial;
    private final Rational lo;
    private final Rational hi;
    private final Rational[][][] profile;

    /** Required value of one Tarski query. */
    private enum Requirement {
        ONE_ROOT, NON_NEGATIVE, ZERO, NON_POSITIVE
    }

    /** One replayed query: the sign (or root count) of q at θ. */
    private record Query(String label, RationalPolynomial q, SylvesterSequence sequence, Requirement requirement) {
    }

    /**
     * A claim about a profile in Q(θ).
     *
     * @param polynomial p's integer coefficients, constant term first
     * @param lo exclusive lower end of the isolating interval
     * @param hi upper end of the isolating interval
     * @param profile per player and action, the probability's coefficients in θ, constant term first
     */
    public AlgebraicNashClaim(PayoffTable table, Rational[] polynomial, Rational lo, Rational hi, Rational[][][] profile) {
        this.table = table;
        this.polynomial = polynomial.clone();
        this.lo = lo;
        this.hi = hi;
        this.profile = new Rational[profile.length][][];
        for (int i = 0; i < profile.length; i++) {
            this.profile[i] = ClaimData.copy(profile[i]);
        }
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    @Override
    public String kind() {
        return "algebraic-nash";
    }

    @Override
    public String statement() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < profile.length; i++) {
            sb.append(i == 0 ? "" : "; ");
            for (int a = 0; a < profile[i].length; a++) {
                sb.append(a == 0 ? "" : ", ").append(RationalPolynomial.of(profile[i][a]));
            }
        }
        return "the profile " + sb + ", with θ the unique root of " + RationalPolynomial.of(polynomial) + " in (" + lo + ", " + hi
                + "], is a Nash equilibrium: no player gains by any mixed deviation";
    }

    @Override
    public String subject() {
        return table.title();
    }

    /** What makes the data meaningless (shapes, sizes, interval ends); empty if well-formed. */
    private List<String> shapeFailures() {
        List<String> f = new ArrayList<>();
        RationalPolynomial p = RationalPolynomial.of(polynomial);
        if (p.degree() < 1) {
            f.add("the polynomial p must have degree at least 1, got " + p);
            return f;
        }
        if (p.degree() > MAX_DEGREE) {
            f.add("the polynomial p has degree " + p.degree() + ", more than the checker's limit " + MAX_DEGREE);
            return f;
        }
        for (Rational c : polynomial) {
            if (!c.isInteger()) {
                f.add("the polynomial p must have integer coefficients, got " + c);
                return f;
            }
        }
        for (Rational c : polynomial) {
            if (tooLarge(c)) {
                f.add("a coefficient of p has " + bits(c) + " bits, more than the checker's limit " + MAX_BITS);
                return f;
            }
        }
        if (tooLarge(lo) || tooLarge(hi)) {
            f.add("an end of the interval has " + Math.max(bits(lo), bits(hi)) + " bits, more than the checker's limit " + MAX_BITS);
            return f;
        }
        if (lo.compareTo(hi) >= 0) {
            f.add("the interval (" + lo + ", " + hi + "] is empty");
            return f;
        }
        if (p.evaluate(lo).isZero() || p.evaluate(hi).isZero()) {
            f.add("an end of the interval (" + lo + ", " + hi + "] is a root of p; choose ends that are not roots");
        }
        if (profile.length != table.players()) {
            f.add("profile has " + profile.length + " strategies for " + table.players() + " players");
            return f;
        }
        for (int i = 0; i < profile.length; i++) {
            if (profile[i].length != table.actions(i)) {
                f.add("player " + (i + 1) + "'s strategy has " + profile[i].length + " entries for " + table.actions(i) + " actions");
            }
            for (Rational[] coefficients : profile[i]) {
                if (coefficients.length > MAX_DEGREE + 1) {
                    f.add("player " + (i + 1) + " has a probability with " + coefficients.length + " coefficients, more than the checker's limit "
                            + (MAX_DEGREE + 1));
                }
                for (Rational c : coefficients) {
                    if (tooLarge(c)) {
                        f.add("player " + (i + 1) + " has a probability coefficient of " + bits(c) + " bits, more than the checker's limit "
                                + MAX_BITS);
                        return f;
                    }
                }
            }
        }
        return f;
    }

    private static int bits(Rational x) {
        return Math.max(x.numerator().bitLength(), x.denominator().bitLength());
    }

    private static boolean tooLarge(Rational x) {
        return bits(x) > MAX_BITS;
    }

    /** The replayed queries (call only when the data is well-formed). */
    private List<Query> queries() {
        RationalPolynomial p = RationalPolynomial.of(polynomial);
        int n = table.players();
        RationalPolynomial[][] s = new RationalPolynomial[n][];
        for (int i = 0; i < n; i++) {
            s[i] = new RationalPolynomial[table.actions(i)];
            for (int a = 0; a < s[i].length; a++) {
                s[i][a] = RationalPolynomial.of(profile[i][a]).remainder(p);
            }
        }
        List<Query> qs = new ArrayList<>();
        qs.add(query("the number of distinct roots of p in (lo, hi)", RationalPolynomial.ONE, p, Requirement.ONE_ROOT));
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < s[i].length; a++) {
                qs.add(query("sign of s_" + (i + 1) + "_" + (a + 1) + " at θ", s[i][a], p, Requirement.NON_NEGATIVE));
            }
        }
        for (int i = 0; i < n; i++) {
            RationalPolynomial sum = RationalPolynomial.constant(Rational.MINUS_ONE);
            for (RationalPolynomial x : s[i]) {
                sum = sum.add(x);
            }
            qs.add(query("sign of player " + (i + 1) + "'s probability sum minus 1 at θ", sum.remainder(p), p, Requirement.ZERO));
        }
        for (int i = 0; i < n; i++) {
            RationalPolynomial[] action = new RationalPolynomial[s[i].length];
            RationalPolynomial eu = RationalPolynomial.ZERO;
            for (int a = 0; a < action.length; a++) {
                action[a] = actionPayoff(s, i, a, p);
                eu = eu.add(s[i][a].multiply(action[a]).remainder(p));
            }
            for (int a = 0; a < action.length; a++) {
                qs.add(query("sign of player " + (i + 1) + "'s gain by action " + (a + 1) + " at θ", action[a].subtract(eu), p,
                        Requirement.NON_POSITIVE));
            }
        }
        return qs;
    }

    private static Query query(String label, RationalPolynomial q, RationalPolynomial p, Requirement r) {
        return new Query(label, q, SylvesterSequence.of(p, q), r);
    }

    /** EU_i(a, s_−i) as a polynomial in θ, reduced mod p. */
    private RationalPolynomial actionPayoff(RationalPolynomial[][] s, int i, int a, RationalPolynomial p) {
        RationalPolynomial total = RationalPolynomial.ZERO;
        for (int k = 0; k < table.profiles(); k++) {
            if (table.action(k, i) != a || table.payoff(i, k).isZero()) {
                continue;
            }
            RationalPolynomial w = RationalPolynomial.constant(table.payoff(i, k));
            for (int j = 0; j < table.players() && !w.isZero(); j++) {
                if (j != i) {
                    w = w.multiply(s[j][table.action(k, j)]).remainder(p);
                }
            }
            total = total.add(w);
        }
        return total;
    }

    private static boolean meets(int taq, Requirement r) {
        return switch (r) {
            case ONE_ROOT -> taq == 1;
            case NON_NEGATIVE -> taq >= 0;
            case ZERO -> taq == 0;
            case NON_POSITIVE -> taq <= 0;
        };
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = shapeFailures();
        if (!f.isEmpty()) {
            return f;
        }
        List<Query> qs = queries();
        Query count = qs.get(0);
        int roots = count.sequence().tarskiQuery(lo, hi);
        if (roots != 1) {
            f.add("p = " + RationalPolynomial.of(polynomial) + " has " + roots + " distinct roots in (" + lo + ", " + hi + "), not exactly one");
            return f;
        }
        for (Query q : qs.subList(1, qs.size())) {
            int sign = q.sequence().tarskiQuery(lo, hi);
            if (!meets(sign, q.requirement())) {
                f.add(q.label() + " is " + (sign > 0 ? "positive" : sign < 0 ? "negative" : "zero") + " (the polynomial " + q.q() + ")");
            }
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        List<String> shape = shapeFailures();
        if (!shape.isEmpty()) {
            sb.append("; the claim's data is not well-formed: ").append(String.join("; ", shape).replace('\n', ' ')).append('\n');
            return sb.append(Smt.negatedClaim("negation: the data does not state a claim", List.of("true"))).toString();
        }
        RationalPolynomial p = RationalPolynomial.of(polynomial);
        sb.append("; p_t: coefficient t of the polynomial p of theta; lo, hi: the isolating interval (neither end a root of p)\n");
        for (int t = 0; t <= p.degree(); t++) {
            sb.append("(define-fun p_").append(t).append(" () Real ").append(Smt.num(p.coefficient(t))).append(")\n");
        }
        sb.append("(define-fun p_lo () Real ").append(horner("p_", p.degree(), lo)).append(")\n");
        sb.append("(define-fun p_hi () Real ").append(horner("p_", p.degree(), hi)).append(")\n");
        List<String> negation = new ArrayList<>();
        negation.add("(not (< " + Smt.num(lo) + " " + Smt.num(hi) + "))");
        negation.add("(= p_lo 0.0)");
        negation.add("(= p_hi 0.0)");
        sb.append("; Sylvester's theorem: for the signed remainder sequence P_0 = p, P_1 = p'*f, P_(j+1) = -rem(P_(j-1), P_j),\n");
        sb.append("; var(lo) - var(hi) = sum of sign f(x) over the distinct roots x of p in (lo, hi) (f = 1: the root count).\n");
        sb.append("; Query k states f (qk_f_t), the sequence (qk_P<j>_<t>), the identities, values, signs and sign changes.\n");
        List<Query> qs = queries();
        for (int k = 0; k < qs.size(); k++) {
            encodeQuery(sb, negation, "q" + (k + 1), qs.get(k), p);
        }
        sb.append(Smt.negatedClaim("negation of the claim: the interval is not isolating, a remainder identity fails, p has not exactly one"
                + " root in (lo, hi), or at that root a probability is negative, a sum is not 1, or a pure deviation gains", negation));
        return sb.toString();
    }

    private void encodeQuery(StringBuilder sb, List<String> negation, String name, Query query, RationalPolynomial p) {
        RationalPolynomial f = query.q();
        List<RationalPolynomial> ps = query.sequence().polynomials();
        List<RationalPolynomial> ds = query.sequence().quotients();
        sb.append("; query ").append(name).append(": ").append(query.label()).append(", required ").append(switch (query.requirement()) {
            case ONE_ROOT -> "= 1";
            case NON_NEGATIVE -> ">= 0";
            case ZERO -> "= 0";
            case NON_POSITIVE -> "<= 0";
        }).append('\n');
        for (int t = 0; t <= f.degree(); t++) {
            sb.append("(define-fun ").append(name).append("_f_").append(t).append(" () Real ").append(Smt.num(f.coefficient(t))).append(")\n");
        }
        for (int j = 1; j < ps.size(); j++) {
            RationalPolynomial pj = ps.get(j);
            for (int t = 0; t <= pj.degree(); t++) {
                sb.append("(define-fun ").append(coefficientName(name, j, t)).append(" () Real ").append(Smt.num(pj.coefficient(t))).append(")\n");
            }
        }
        // P_1 = p' * f, coefficient by coefficient: literal (u+1)*p_(u+1) times the symbol f_(t-u)
        RationalPolynomial dp = p.derivative();
        int d1 = ps.size() > 1 ? ps.get(1).degree() : -1;
        for (int t = 0; t <= Math.max(d1, f.isZero() ? -1 : dp.degree() + f.degree()); t++) {
            List<String> terms = new ArrayList<>();
            if (t <= d1) {
                terms.add(coefficientName(name, 1, t));
            }
            for (int u = 0; u <= dp.degree(); u++) {
                if (t - u >= 0 && t - u <= f.degree() && !dp.coefficient(u).isZero()) {
                    terms.add("(* " + Smt.num(dp.coefficient(u).negate()) + " " + name + "_f_" + (t - u) + ")");
                }
            }
            negation.add("(not (= " + Smt.sum(terms) + " 0.0))");
        }
        // P_(j-1) + P_(j+1) - D_j * P_j = 0, with the literal quotient D_j
        for (int j = 1; j < ps.size(); j++) {
            RationalPolynomial d = ds.get(j - 1);
            int top = Math.max(ps.get(j - 1).degree(), d.degree() + ps.get(j).degree());
            for (int t = 0; t <= top; t++) {
                List<String> terms = new ArrayList<>();
                if (t <= ps.get(j - 1).degree()) {
                    terms.add(j == 1 ? "p_" + t : coefficientName(name, j - 1, t));
                }
                if (j + 1 < ps.size() && t <= ps.get(j + 1).degree()) {
                    terms.add(coefficientName(name, j + 1, t));
                }
                for (int u = 0; u <= d.degree(); u++) {
                    if (t - u >= 0 && t - u <= ps.get(j).degree() && !d.coefficient(u).isZero()) {
                        terms.add("(* " + Smt.num(d.coefficient(u).negate()) + " " + coefficientName(name, j, t - u) + ")");
                    }
                }
                negation.add("(not (= " + Smt.sum(terms) + " 0.0))");
            }
        }
        for (String end : List.of("lo", "hi")) {
            Rational x = end.equals("lo") ? lo : hi;
            for (int j = 0; j < ps.size(); j++) {
                String value = j == 0 ? "p_" + end : "(define-fun " + name + "_v" + j + "_" + end + " () Real "
                        + horner(name + "_P" + j + "_", ps.get(j).degree(), x) + ")";
                if (j > 0) {
                    sb.append(value).append('\n');
                    value = name + "_v" + j + "_" + end;
                }
                String sign = name + "_s" + j + "_" + end;
                sb.append("(define-fun ").append(sign).append(" () Real (ite (> ").append(value).append(" 0.0) 1.0 (ite (< ").append(value)
                        .append(" 0.0) (- 1.0) 0.0)))\n");
                String last = name + "_l" + j + "_" + end;
                String previous = name + "_l" + (j - 1) + "_" + end;
                sb.append("(define-fun ").append(last).append(" () Real ")
                        .append(j == 0 ? sign : "(ite (= " + sign + " 0.0) " + previous + " " + sign + ")").append(")\n");
            }
            List<String> changes = new ArrayList<>();
            for (int j = 1; j < ps.size(); j++) {
                String sign = name + "_s" + j + "_" + end;
                changes.add("(ite (and (not (= " + sign + " 0.0)) (= (+ " + sign + " " + name + "_l" + (j - 1) + "_" + end + ") 0.0)) 1.0 0.0)");
            }
            sb.append("(define-fun ").append(name).append("_var_").append(end).append(" () Real ").append(Smt.sum(changes)).append(")\n");
        }
        String taq = "(- " + name + "_var_lo " + name + "_var_hi)";
        negation.add(switch (query.requirement()) {
            case ONE_ROOT -> "(not (= " + taq + " 1.0))";
            case NON_NEGATIVE -> "(< " + taq + " 0.0)";
            case ZERO -> "(not (= " + taq + " 0.0))";
            case NON_POSITIVE -> "(> " + taq + " 0.0)";
        });
    }

    private static String coefficientName(String query, int j, int t) {
        return query + "_P" + j + "_" + t;
    }

    /** c_0 + x·(c_1 + x·(… c_d)) over the symbols prefix0..prefixd, with x a literal numeral. */
    private static String horner(String prefix, int degree, Rational x) {
        String v = prefix + degree;
        for (int t = degree - 1; t >= 0; t--) {
            v = "(+ " + prefix + t + " (* " + Smt.num(x) + " " + v + "))";
        }
        return v;
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        if (!shapeFailures().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NaturalAlgebraicNash.statement(table, polynomial, lo, hi, profile));
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        m.put("polynomial", ClaimData.vector(polynomial));
        m.put("lo", lo.toString());
        m.put("hi", hi.toString());
        List<List<List<String>>> s = new ArrayList<>();
        for (Rational[][] strategy : profile) {
            s.add(ClaimData.matrix(strategy));
        }
        m.put("profile", s);
        return m;
    }

    static AlgebraicNashClaim fromData(Map<String, Object> m) {
        List<?> s = (List<?>) m.get("profile");
        Rational[][][] profile = new Rational[s.size()][][];
        for (int i = 0; i < profile.length; i++) {
            profile[i] = ClaimData.matrix(s.get(i));
        }
        return new AlgebraicNashClaim(ClaimData.game(m), ClaimData.vector(m.get("polynomial")), Rational.parse((String) m.get("lo")),
                Rational.parse((String) m.get("hi")), profile);
    }
}
