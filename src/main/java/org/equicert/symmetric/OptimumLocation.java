package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;

/**
 * The exact location of the P-invariant optimum bracketed by {@link SymmetricOptimum}: on the
 * support face of the best point found (the actions above a threshold), the optimum is a critical
 * point of EU, so it solves ∂g/∂z = 0 for g = EU restricted to the face. One unknown: the real
 * roots of a univariate polynomial in (0, 1) (exact root isolation, Collins and Akritas 1976);
 * more: boxes proven by Krawczyk's test to hold one solution ({@link BoxSolver}; Moore, Kearfott
 * and Cloud, "Introduction to Interval Analysis", SIAM 2009, §8). A candidate is accepted only if
 * its value lies in the certified bracket. Cost: dominated by root isolation, resp. the box solver,
 * for a few thresholds; the face has at most Σ_q (A_q − 1) unknowns.
 */
final class OptimumLocation {

    private OptimumLocation() {
    }

    /** The exact optimal point: a critical point of EU on the support face of the best point found. */
    static Optional<SymmetricPoint> locate(SymmetricUtility u, MultivariatePolynomial f, SymmetricOptimum.Result opt) {
        if (opt.kind() == SymmetricOptimum.Kind.PURE) {
            return Optional.of(SymmetricPoint.rational(opt.bestPureStrategies()));
        }
        Rational[][] approx = opt.bestPoint();
        for (String threshold : new String[] {"1/1000", "1/100", "1/100000", "1/10"}) {
            Optional<SymmetricPoint> p = onFace(u, f, approx, Rational.parse(threshold), opt);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<SymmetricPoint> onFace(SymmetricUtility u, MultivariatePolynomial f, Rational[][] approx, Rational threshold,
            SymmetricOptimum.Result opt) {
        int orbits = u.orbits().size();
        List<int[]> supports = new ArrayList<>();
        int k = 0;
        for (int q = 0; q < orbits; q++) {
            List<Integer> t = new ArrayList<>();
            for (int a = 0; a < u.actions(q); a++) {
                if (approx[q][a].compareTo(threshold) > 0) {
                    t.add(a);
                }
            }
            if (t.isEmpty()) {
                return Optional.empty();
            }
            supports.add(t.stream().mapToInt(Integer::intValue).toArray());
            k += t.size() - 1;
        }
        int vars = Math.max(k, 1);
        MultivariatePolynomial[][] entries = new MultivariatePolynomial[orbits][];
        Rational[] guess = new Rational[vars];
        Arrays.fill(guess, Rational.ZERO);
        int v = 0;
        for (int q = 0; q < orbits; q++) {
            entries[q] = new MultivariatePolynomial[u.actions(q)];
            Arrays.fill(entries[q], MultivariatePolynomial.zero(vars));
            int[] t = supports.get(q);
            MultivariatePolynomial last = MultivariatePolynomial.constant(vars, Rational.ONE);
            for (int r = 0; r + 1 < t.length; r++) {
                entries[q][t[r]] = MultivariatePolynomial.variable(vars, v);
                guess[v] = approx[q][t[r]];
                last = last.subtract(entries[q][t[r]]);
                v++;
            }
            entries[q][t[t.length - 1]] = last;
        }
        if (k == 0) {
            return check(u, f, SymmetricPoint.ofRational(entries, guess), opt);
        }
        MultivariatePolynomial g = SymmetricUtility.compose(f, SymmetricAnalysis.flatten(entries));
        if (k == 1) {
            UnivariatePolynomial d = g.derivative(0).restrict(0, new Rational[] {Rational.ZERO});
            if (d.isZero()) {
                return Optional.empty();
            }
            RealAlgebraic bestRoot = null;
            Rational bestDistance = null;
            for (RealAlgebraic r : new RootIsolation(d.squareFreePart()).realRoots()) {
                if (r.signOf(UnivariatePolynomial.X) <= 0 || r.signOf(UnivariatePolynomial.X.subtract(UnivariatePolynomial.ONE)) >= 0) {
                    continue;
                }
                RealAlgebraic fine = r.refineTo(Rational.of(1, 1L << 40));
                Rational dist = fine.lower().subtract(guess[0]).abs();
                if (bestDistance == null || dist.compareTo(bestDistance) < 0) {
                    bestDistance = dist;
                    bestRoot = r;
                }
            }
            if (bestRoot == null) {
                return Optional.empty();
            }
            return check(u, f, SymmetricPoint.ofAlgebraic(entries, bestRoot), opt);
        }
        List<MultivariatePolynomial> equations = new ArrayList<>();
        for (int w = 0; w < k; w++) {
            equations.add(g.derivative(w));
        }
        List<MultivariatePolynomial> positive = new ArrayList<>();
        for (MultivariatePolynomial[] row : entries) {
            for (MultivariatePolynomial e : row) {
                if (!e.isZero()) {
                    positive.add(e);
                }
            }
        }
        RationalInterval[] start = new RationalInterval[k];
        Rational radius = Rational.of(1, 16);
        for (int w = 0; w < k; w++) {
            start[w] = new RationalInterval(guess[w].subtract(radius).max(Rational.ZERO), guess[w].add(radius).min(Rational.ONE));
        }
        BoxSolver.Result r = new BoxSolver(equations, positive, List.of()).solve(start, 20_000);
        for (BoxSolver.Isolated z : r.isolated()) {
            SymmetricPoint p = z.exact().isPresent() ? SymmetricPoint.ofRational(entries, z.exact().get())
                    : SymmetricPoint.ofBox(entries, z.box());
            Optional<SymmetricPoint> ok = check(u, f, p, opt);
            if (ok.isPresent()) {
                return ok;
            }
        }
        return Optional.empty();
    }

    /** Accepts a candidate only if its value lies in the certified bracket [lower, upper]. */
    private static Optional<SymmetricPoint> check(SymmetricUtility u, MultivariatePolynomial f, SymmetricPoint p, SymmetricOptimum.Result opt) {
        MultivariatePolynomial g = SymmetricUtility.compose(f, SymmetricAnalysis.flatten(p.entries()));
        RationalInterval v = p.enclose(g);
        boolean inside = v.upper().compareTo(opt.lower()) >= 0 && v.lower().compareTo(opt.upper()) <= 0;
        return inside ? Optional.of(p) : Optional.empty();
    }
}
