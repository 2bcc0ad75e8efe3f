package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The signed remainder sequence SRemS(P, P'·Q) of the checker's own polynomials, and the Tarski
 * query it answers (Sylvester's theorem; Basu, Pollack and Roy, <i>Algorithms in Real Algebraic
 * Geometry</i>, Thm. 2.58): for P ≠ 0 and rationals a &lt; b that are not roots of P,
 *
 * <pre>Var(a) − Var(b) = TaQ(Q, P; a, b) = Σ over the distinct roots x of P in (a, b) of sign Q(x),</pre>
 *
 * where Var(x) counts the sign changes of the sequence at x, zeros dropped. With Q = 1 this is
 * Sturm's theorem (the number of distinct roots; P need not be square-free). When P has exactly one
 * root θ in (a, b), the query is the sign of Q(θ).
 *
 * <p>The sequence is P_0 = P, P_1 = P'·Q, P_{j+1} = −rem(P_{j−1}, P_j) until the remainder is zero;
 * the quotients D_j with P_{j−1} = D_j·P_j − P_{j+1} (P_{m+1} = 0) are kept for the SMT-LIB
 * certificate, which re-checks these identities. Cost: O(deg²) rational operations per remainder
 * step, at most deg P + 1 steps.
 */
final class SylvesterSequence {

    private final List<RationalPolynomial> polynomials;
    private final List<RationalPolynomial> quotients;

    private SylvesterSequence(List<RationalPolynomial> polynomials, List<RationalPolynomial> quotients) {
        this.polynomials = List.copyOf(polynomials);
        this.quotients = List.copyOf(quotients);
    }

    /**
     * SRemS(p, p'·q).
     *
     * @throws IllegalArgumentException if p is zero
     */
    static SylvesterSequence of(RationalPolynomial p, RationalPolynomial q) {
        if (p.isZero()) {
            throw new IllegalArgumentException("the Sylvester sequence of the zero polynomial is undefined");
        }
        List<RationalPolynomial> ps = new ArrayList<>();
        List<RationalPolynomial> ds = new ArrayList<>();
        ps.add(p);
        RationalPolynomial next = p.derivative().multiply(q);
        while (!next.isZero()) {
            ps.add(next);
            RationalPolynomial[] qr = ps.get(ps.size() - 2).divideAndRemainder(next);
            ds.add(qr[0]);
            next = qr[1].negate();
        }
        return new SylvesterSequence(ps, ds);
    }

    /** P_0, …, P_m (all nonzero). */
    List<RationalPolynomial> polynomials() {
        return polynomials;
    }

    /** D_1, …, D_m with P_{j−1} = D_j·P_j − P_{j+1}. */
    List<RationalPolynomial> quotients() {
        return quotients;
    }

    /** The signs (−1, 0, 1) of P_0, …, P_m at x. */
    int[] signsAt(Rational x) {
        int[] s = new int[polynomials.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = polynomials.get(j).evaluate(x).signum();
        }
        return s;
    }

    /** The number of sign changes in a sign list, zeros dropped. */
    static int variations(int[] signs) {
        int changes = 0;
        int last = 0;
        for (int s : signs) {
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }

    /**
     * TaQ(Q, P; lo, hi) = Var(lo) − Var(hi).
     *
     * @throws IllegalArgumentException if lo ≥ hi or an end is a root of P (the theorem does not apply)
     */
    int tarskiQuery(Rational lo, Rational hi) {
        if (lo.compareTo(hi) >= 0) {
            throw new IllegalArgumentException("empty interval (" + lo + ", " + hi + ")");
        }
        RationalPolynomial p = polynomials.get(0);
        if (p.evaluate(lo).isZero() || p.evaluate(hi).isZero()) {
            throw new IllegalArgumentException("an end of (" + lo + ", " + hi + ") is a root of " + p);
        }
        return variations(signsAt(lo)) - variations(signsAt(hi));
    }
}
