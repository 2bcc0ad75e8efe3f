package org.equicert.poly;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;

/**
 * The vertical line x = α over a real algebraic number α: arithmetic in Q(α), represented as
 * rational polynomials in x modulo a square-free polynomial m with m(α) = 0, and polynomials in y
 * over Q(α) (arrays of such elements, constant term first). Every sign is decided exactly: the sign
 * of an element a is the sign of a(α), by {@link RealAlgebraic#signOf}. When m is reducible an
 * inverse may meet a zero divisor; then m is replaced by the factor that vanishes at α (dynamic
 * evaluation, J. Della Dora, C. Dicrescenzo, D. Duval, EUROCAL 1985), so the arithmetic is always
 * that of the field Q(α).
 *
 * <p>Root isolation in y uses Sturm sequences over Q(α) evaluated at rational y (Sturm's theorem holds
 * over any real closed field's subfield; S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in Real
 * Algebraic Geometry</i>, 2nd ed. 2006, Th. 2.50). Cost: an operation in Q(α) is O(δ²) rational
 * operations for δ = deg m, a sign one exact sign of a degree-δ polynomial at α; a Sturm sequence of
 * degree n in y costs O(n²) field operations, a root count O(n) evaluations.
 */
final class AlgebraicFiber {

    /** α's isolating interval is kept this narrow, so that most signs follow from interval evaluation. */
    private static final Rational NARROW = Rational.of(1, 1L << 62);

    private UnivariatePolynomial modulus;
    private RealAlgebraic alpha;

    /** The line x = α. */
    AlgebraicFiber(RealAlgebraic alpha) {
        this.alpha = alpha.refineTo(NARROW);
        this.modulus = this.alpha.isRational() ? UnivariatePolynomial.linearWithRoot(this.alpha.toRational()) : alpha.polynomial();
    }

    /** {@return α, with the defining polynomial reduced as far as the arithmetic needed} */
    RealAlgebraic alpha() {
        return alpha;
    }

    /** {@return a mod m} */
    UnivariatePolynomial reduce(UnivariatePolynomial a) {
        return modulus.degree() <= 0 ? a : a.remainder(modulus);
    }

    /** {@return the sign of a(α)} */
    int sign(UnivariatePolynomial a) {
        if (a.isZero()) {
            return 0;
        }
        if (alpha.isRational()) {
            return a.signAt(alpha.toRational());
        }
        // interval evaluation over α's isolating interval; exact only when it does not decide
        RationalInterval at = new RationalInterval(alpha.lower(), alpha.upper());
        RationalInterval v = RationalInterval.point(Rational.ZERO);
        for (int i = a.degree(); i >= 0; i--) {
            v = v.multiply(at).add(RationalInterval.point(a.coefficient(i))).roundOutward(256);
        }
        if (v.lower().signum() > 0) {
            return 1;
        }
        if (v.upper().signum() < 0) {
            return -1;
        }
        return alpha.signOf(a);
    }

    /** {@return 1/a in Q(α)} */
    UnivariatePolynomial inverse(UnivariatePolynomial a) {
        if (sign(a) == 0) {
            throw new ArithmeticException("division by zero in Q(" + alpha + ")");
        }
        if (alpha.isRational()) {
            return UnivariatePolynomial.constant(a.evaluate(alpha.toRational()).reciprocal());
        }
        UnivariatePolynomial g = modulus.gcd(a);
        if (g.degree() > 0) {
            modulus = modulus.divideAndRemainder(g)[0].monic();
            alpha = RealAlgebraic.of(modulus, alpha.lower(), alpha.upper());
        }
        // extended Euclid: s·a + t·m = 1
        UnivariatePolynomial r0 = modulus;
        UnivariatePolynomial r1 = reduce(a);
        UnivariatePolynomial s0 = UnivariatePolynomial.ZERO;
        UnivariatePolynomial s1 = UnivariatePolynomial.ONE;
        while (r1.degree() > 0) {
            UnivariatePolynomial[] qr = r0.divideAndRemainder(r1);
            UnivariatePolynomial s2 = s0.subtract(qr[0].multiply(s1));
            r0 = r1;
            r1 = qr[1];
            s0 = s1;
            s1 = s2;
        }
        return reduce(s1.scale(r1.coefficient(0).reciprocal()));
    }

    UnivariatePolynomial multiply(UnivariatePolynomial a, UnivariatePolynomial b) {
        return reduce(a.multiply(b));
    }

    /** {@return the polynomial in y over Q(α) obtained from f(x, y), with exact-zero leading terms removed} */
    UnivariatePolynomial[] restrict(BivariatePolynomial f) {
        UnivariatePolynomial[] c = new UnivariatePolynomial[f.degree() + 1];
        for (int j = 0; j < c.length; j++) {
            c[j] = reduce(f.coefficient(j));
        }
        return trim(c);
    }

    /** Drops leading coefficients that vanish at α; exact zeros become the zero polynomial. */
    UnivariatePolynomial[] trim(UnivariatePolynomial[] p) {
        int n = p.length;
        while (n > 0 && sign(p[n - 1]) == 0) {
            n--;
        }
        UnivariatePolynomial[] out = Arrays.copyOf(p, n);
        for (int j = 0; j < n; j++) {
            if (sign(out[j]) == 0) {
                out[j] = UnivariatePolynomial.ZERO;
            }
        }
        return out;
    }

    /** {@return the value at rational y, an element of Q(α)} */
    UnivariatePolynomial evaluate(UnivariatePolynomial[] p, Rational y) {
        UnivariatePolynomial s = UnivariatePolynomial.ZERO;
        for (int j = p.length - 1; j >= 0; j--) {
            s = s.scale(y).add(p[j]);
        }
        return reduce(s);
    }

    /** {@return the sign of p(α, y) at rational y} */
    int signAt(UnivariatePolynomial[] p, Rational y) {
        return sign(evaluate(p, y));
    }

    UnivariatePolynomial[] derivative(UnivariatePolynomial[] p) {
        if (p.length <= 1) {
            return new UnivariatePolynomial[0];
        }
        UnivariatePolynomial[] d = new UnivariatePolynomial[p.length - 1];
        for (int j = 1; j < p.length; j++) {
            d[j - 1] = p[j].scale(Rational.of(j));
        }
        return trim(d);
    }

    UnivariatePolynomial[] multiply(UnivariatePolynomial[] p, UnivariatePolynomial[] q) {
        if (p.length == 0 || q.length == 0) {
            return new UnivariatePolynomial[0];
        }
        UnivariatePolynomial[] c = new UnivariatePolynomial[p.length + q.length - 1];
        Arrays.fill(c, UnivariatePolynomial.ZERO);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                c[i + j] = c[i + j].add(p[i].multiply(q[j]));
            }
        }
        for (int j = 0; j < c.length; j++) {
            c[j] = reduce(c[j]);
        }
        return trim(c);
    }

    /** {@return quotient and remainder of p by a nonzero q (trimmed)} */
    UnivariatePolynomial[][] divide(UnivariatePolynomial[] p, UnivariatePolynomial[] q) {
        UnivariatePolynomial[] r = p.clone();
        int dq = q.length - 1;
        UnivariatePolynomial inv = inverse(q[dq]);
        UnivariatePolynomial[] quotient = new UnivariatePolynomial[Math.max(1, r.length - dq)];
        Arrays.fill(quotient, UnivariatePolynomial.ZERO);
        r = trim(r);
        while (r.length - 1 >= dq) {
            int shift = r.length - 1 - dq;
            UnivariatePolynomial f = multiply(r[r.length - 1], inv);
            quotient[shift] = f;
            UnivariatePolynomial[] next = r.clone();
            for (int j = 0; j <= dq; j++) {
                next[shift + j] = reduce(next[shift + j].subtract(f.multiply(q[j])));
            }
            next[r.length - 1] = UnivariatePolynomial.ZERO;
            r = trim(next);
        }
        return new UnivariatePolynomial[][] {trim(quotient), r};
    }

    /** {@return a greatest common divisor over Q(α) (length 1 when coprime, never empty unless both are zero)} */
    UnivariatePolynomial[] gcd(UnivariatePolynomial[] p, UnivariatePolynomial[] q) {
        UnivariatePolynomial[] a = trim(p);
        UnivariatePolynomial[] b = trim(q);
        while (b.length > 0) {
            UnivariatePolynomial[] r = normalize(divide(a, b)[1]);
            a = b;
            b = r;
        }
        return a;
    }

    /** {@return the square-free part p / gcd(p, p') of a nonzero p} */
    UnivariatePolynomial[] squareFreePart(UnivariatePolynomial[] p) {
        UnivariatePolynomial[] t = trim(p);
        if (t.length <= 2) {
            return t;
        }
        UnivariatePolynomial[] g = gcd(t, derivative(t));
        return g.length <= 1 ? t : divide(t, g)[0];
    }

    /** {@return the Sturm sequence of a square-free p} */
    List<UnivariatePolynomial[]> sturm(UnivariatePolynomial[] p) {
        List<UnivariatePolynomial[]> seq = new ArrayList<>();
        UnivariatePolynomial[] a = trim(p);
        seq.add(a);
        UnivariatePolynomial[] b = derivative(a);
        while (b.length > 0) {
            seq.add(b);
            UnivariatePolynomial[] r = normalize(divide(a, b)[1]);
            for (int j = 0; j < r.length; j++) {
                r[j] = r[j].scale(Rational.MINUS_ONE);
            }
            a = b;
            b = r;
        }
        return seq;
    }

    /** p scaled by a positive rational so that its rational coefficients are coprime integers (signs kept). */
    static UnivariatePolynomial[] normalize(UnivariatePolynomial[] p) {
        BigInteger lcm = BigInteger.ONE;
        BigInteger gcd = BigInteger.ZERO;
        for (UnivariatePolynomial e : p) {
            for (Rational c : e.coefficients()) {
                lcm = lcm.divide(lcm.gcd(c.denominator())).multiply(c.denominator());
            }
        }
        for (UnivariatePolynomial e : p) {
            for (Rational c : e.coefficients()) {
                gcd = gcd.gcd(c.numerator().multiply(lcm.divide(c.denominator())));
            }
        }
        if (gcd.signum() == 0) {
            return p;
        }
        Rational factor = Rational.of(lcm, gcd);
        UnivariatePolynomial[] out = new UnivariatePolynomial[p.length];
        for (int j = 0; j < p.length; j++) {
            out[j] = p[j].scale(factor);
        }
        return out;
    }

    /** Distinct roots of the Sturm sequence's first polynomial in (lo, hi]. */
    int count(List<UnivariatePolynomial[]> sturm, Rational lo, Rational hi) {
        return variations(sturm, lo) - variations(sturm, hi);
    }

    private int variations(List<UnivariatePolynomial[]> sturm, Rational y) {
        int changes = 0;
        int last = 0;
        for (UnivariatePolynomial[] q : sturm) {
            int s = signAt(q, y);
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
     * Isolating intervals (lo, hi] of the distinct roots of a nonzero p in (lo, hi], increasing,
     * each with a rational upper end that is not a root unless the root is rational and found exactly
     * (then lo = hi).
     */
    List<Rational[]> isolate(UnivariatePolynomial[] p, Rational lo, Rational hi) {
        List<Rational[]> out = new ArrayList<>();
        UnivariatePolynomial[] sf = squareFreePart(p);
        if (sf.length <= 1) {
            return out;
        }
        List<UnivariatePolynomial[]> seq = sturm(sf);
        isolate(sf, seq, lo, hi, count(seq, lo, hi), out);
        return out;
    }

    private void isolate(UnivariatePolynomial[] sf, List<UnivariatePolynomial[]> seq, Rational lo, Rational hi, int n, List<Rational[]> out) {
        if (n == 0) {
            return;
        }
        if (n == 1) {
            if (signAt(sf, hi) == 0) {
                out.add(new Rational[] {hi, hi});
            } else {
                out.add(new Rational[] {lo, hi});
            }
            return;
        }
        Rational mid = lo.midpoint(hi);
        int left = count(seq, lo, mid);
        isolate(sf, seq, lo, mid, left, out);
        isolate(sf, seq, mid, hi, n - left, out);
    }

    /** {@return the half-width interval (lo, hi] still holding the root of sf isolated in (lo, hi]} */
    Rational[] bisect(UnivariatePolynomial[] sf, Rational[] interval) {
        if (interval[0].equals(interval[1])) {
            return interval;
        }
        if (signAt(sf, interval[1]) == 0) {
            return new Rational[] {interval[1], interval[1]};
        }
        Rational mid = interval[0].midpoint(interval[1]);
        if (signAt(sf, mid) == 0) {
            return new Rational[] {mid, mid};
        }
        int sHi = signAt(sf, interval[1]);
        return signAt(sf, mid) == sHi ? new Rational[] {interval[0], mid} : new Rational[] {mid, interval[1]};
    }

    /**
     * The sign of g(α, β) for the root β of the square-free sf isolated in (lo, hi] (or equal to
     * lo = hi): 0 when gcd(sf, g) has a root there; else the interval is bisected until g has no root
     * in it and the sign of g at its upper end is returned.
     */
    int signAtRoot(UnivariatePolynomial[] g, UnivariatePolynomial[] sf, Rational[] interval) {
        UnivariatePolynomial[] gt = trim(g);
        if (gt.length == 0) {
            return 0;
        }
        if (interval[0].equals(interval[1])) {
            return signAt(gt, interval[0]);
        }
        UnivariatePolynomial[] common = gcd(sf, gt);
        if (common.length > 1 && count(sturm(common), interval[0], interval[1]) > 0) {
            return 0;
        }
        List<UnivariatePolynomial[]> gs = sturm(squareFreePart(gt));
        Rational[] i = interval;
        while (gs.size() > 1 && count(gs, i[0], i[1]) > 0 || signAt(gt, i[1]) == 0) {
            i = bisect(sf, i);
            if (i[0].equals(i[1])) {
                return signAt(gt, i[0]);
            }
        }
        return signAt(gt, i[1]);
    }
}
