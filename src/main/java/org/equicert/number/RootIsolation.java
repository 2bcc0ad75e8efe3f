package org.equicert.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact real root isolation by Sturm sequences: every real root of a nonzero polynomial, each
 * returned exactly once as a {@link RealAlgebraic} (rational roots exactly, irrational roots with
 * an isolating interval {@code (lo, hi]} holding exactly one root of the square-free part).
 *
 * <p>Reference: Sturm's theorem — for square-free p, the number of roots in (a, b] equals
 * V(a) − V(b), where V counts sign changes of the Sturm sequence. Cost: bisection depth is
 * bounded by the root separation, polynomial in the bit size of p.
 */
public final class RootIsolation {

    private final UnivariatePolynomial squareFree;
    private final List<UnivariatePolynomial> sturm;

    /**
     * Prepares root isolation for {@code p}.
     *
     * @throws IllegalArgumentException if p is the zero polynomial
     */
    public RootIsolation(UnivariatePolynomial p) {
        if (p.isZero()) {
            throw new IllegalArgumentException("the zero polynomial has every real number as a root");
        }
        this.squareFree = p.squareFreePart();
        this.sturm = squareFree.sturmSequence();
    }

    /** Sign changes of a Sturm sequence at x (zeros skipped). */
    static int signChanges(List<UnivariatePolynomial> sequence, Rational x) {
        int changes = 0;
        int last = 0;
        for (UnivariatePolynomial q : sequence) {
            int s = q.signAt(x);
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }

    /** Number of distinct real roots in (lo, hi], for a square-free polynomial's Sturm sequence. */
    static int countRoots(List<UnivariatePolynomial> sequence, Rational lo, Rational hi) {
        return signChanges(sequence, lo) - signChanges(sequence, hi);
    }

    /** {@return the number of distinct real roots of p in (lo, hi]} */
    public int countRoots(Rational lo, Rational hi) {
        if (sturm.isEmpty() || squareFree.degree() == 0) {
            return 0;
        }
        return countRoots(sturm, lo, hi);
    }

    /** {@return every distinct real root, in increasing order} */
    public List<RealAlgebraic> realRoots() {
        List<RealAlgebraic> roots = new ArrayList<>();
        if (squareFree.degree() <= 0) {
            return roots;
        }
        Rational bound = squareFree.rootBound();
        isolate(bound.negate(), bound, countRoots(bound.negate(), bound), roots);
        return roots;
    }

    private void isolate(Rational lo, Rational hi, int count, List<RealAlgebraic> out) {
        if (count == 0) {
            return;
        }
        if (count == 1) {
            out.add(RealAlgebraic.ofIsolated(squareFree, lo, hi));
            return;
        }
        Rational mid = lo.midpoint(hi);
        int left = countRoots(lo, mid);
        isolate(lo, mid, left, out);
        isolate(mid, hi, count - left, out);
    }
}
