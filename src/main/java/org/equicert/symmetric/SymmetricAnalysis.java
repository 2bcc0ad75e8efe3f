package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.RootIsolation;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.poly.BoxSolver;
import org.equicert.poly.MultivariatePolynomial;

/**
 * Seed 001 end to end for one game and one set of orbits: the global P-invariant optimum
 * ({@link SymmetricOptimum}), its exact location (a critical point of EU on the optimum's support
 * face, solved exactly), Nash (Theorem 4.0.2), degeneracy (Definition 5.0.3) with a witness, and
 * stability to asymmetric deviations (Theorem 5.0.4) with an explicit improving profile when unstable.
 *
 * <p>Improving deviations are second order: if two different players i, j move mass t along
 * directions d_i = δ_x − δ_x' and d_j = δ_y − δ_y' between actions with zero regret, then, EU being
 * multilinear in individual strategies and the first-order terms vanishing, EU(s′) − EU(s) equals
 * exactly t²·M with M = EU(x,y) − EU(x,y′) − EU(x′,y) + EU(x′,y′) (others at s). Any M ≠ 0 with a
 * feasible sign gives a witness.
 */
public final class SymmetricAnalysis {

    /**
     * Definition 5.0.3 decided exactly.
     *
     * @param witness the decision in words
     * @param witnessProfile the pure profile (0-based action per player) whose payoff differences
     *     the witness states — the pure optimum itself, or for a mixed optimum the profile of
     *     supported actions at which one player's payoff differs between two supported actions;
     *     empty when the statement covers every profile of supported actions (or was not decided)
     */
    public record Degeneracy(boolean degenerate, String witness, Optional<List<Integer>> witnessProfile) {

        /** Copies the profile. */
        public Degeneracy {
            witnessProfile = witnessProfile.map(List::copyOf);
        }

        /** A decision stated over every profile of supported actions (no single witness profile). */
        public Degeneracy(boolean degenerate, String witness) {
            this(degenerate, witness, Optional.empty());
        }
    }

    /** Stability to possibly-asymmetric deviations (Definition 5.0.1). */
    public record Stability(Boolean stable, String reason, Optional<Rational[][]> improvingProfile, String gain) {
    }

    /**
     * The report.
     *
     * @param point the exact optimal point, empty when it could not be solved exactly (then only the bracket stands)
     * @param value its value in exact form (or an enclosure)
     * @param nash Theorem 4.0.2's conclusion checked exactly (null when undecided)
     * @param regrets per orbit and action, the exact regret at the point (text)
     */
    public record Report(SymmetricUtility utility, SymmetricOptimum.Result optimum, Optional<SymmetricPoint> point, String value,
            Boolean nash, List<String> regrets, Degeneracy degeneracy, Stability stability) {
    }

    private SymmetricAnalysis() {
    }

    /** Analyses the optimum. */
    public static Report analyze(SymmetricUtility u, Rational tolerance, int maxPieces) {
        SymmetricOptimum.Result opt = SymmetricOptimum.maximize(u, tolerance, maxPieces);
        MultivariatePolynomial f = u.homogeneousPolynomial();
        Optional<SymmetricPoint> point = locate(u, f, opt);
        if (point.isEmpty()) {
            return new Report(u, opt, point, "in [" + opt.lower() + ", " + opt.upper() + "]", null, List.of(),
                    new Degeneracy(false, "not decided: the optimal point was not located exactly"),
                    new Stability(null, "not decided: the optimal point was not located exactly", Optional.empty(), ""));
        }
        SymmetricPoint p = point.get();
        MultivariatePolynomial g = SymmetricUtility.compose(f, flatten(p.entries()));
        String value = p.valueText(g);
        List<String> regretText = new ArrayList<>();
        Boolean nash = Boolean.TRUE;
        int orbits = u.orbits().size();
        boolean[][] zeroRegret = new boolean[orbits][];
        MultivariatePolynomial[][] regret = new MultivariatePolynomial[orbits][];
        for (int q = 0; q < orbits; q++) {
            int n = u.orbits().get(q).size();
            zeroRegret[q] = new boolean[u.actions(q)];
            regret[q] = new MultivariatePolynomial[u.actions(q)];
            for (int b = 0; b < u.actions(q); b++) {
                MultivariatePolynomial payoff = f.derivative(u.offset(q) + b).scale(Rational.of(1, n));
                regret[q][b] = SymmetricUtility.compose(payoff, flatten(p.entries())).subtract(g);
                // on the support face the point solves ∂g/∂z = 0, i.e. n_o·(EU_o(b) − EU_o(last)) = 0 for every supported b:
                // supported actions have regret exactly 0 (intervals alone could not show "= 0" at a boxed point)
                Integer sign = p.entries()[q][b].isZero() ? p.sign(regret[q][b]) : Integer.valueOf(0);
                regretText.add("orbit " + (q + 1) + " action " + (b + 1) + ": " + p.valueText(regret[q][b]));
                if (sign == null) {
                    nash = nash == Boolean.FALSE ? Boolean.FALSE : null;
                } else {
                    if (sign > 0) {
                        nash = Boolean.FALSE;
                    }
                    zeroRegret[q][b] = sign == 0;
                }
            }
        }
        Degeneracy deg = degeneracy(u, p);
        Stability stab = stability(u, f, p, zeroRegret, deg);
        return new Report(u, opt, point, value, nash, List.copyOf(regretText), deg, stab);
    }

    static MultivariatePolynomial[] flatten(MultivariatePolynomial[][] e) {
        List<MultivariatePolynomial> out = new ArrayList<>();
        for (MultivariatePolynomial[] row : e) {
            out.addAll(Arrays.asList(row));
        }
        return out.toArray(new MultivariatePolynomial[0]);
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
        MultivariatePolynomial g = SymmetricUtility.compose(f, flatten(entries));
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
        MultivariatePolynomial g = SymmetricUtility.compose(f, flatten(p.entries()));
        RationalInterval v = p.enclose(g);
        boolean inside = v.upper().compareTo(opt.lower()) >= 0 && v.lower().compareTo(opt.upper()) <= 0;
        return inside ? Optional.of(p) : Optional.empty();
    }

    /** Definition 5.0.3 for the P-invariant profile at the point (supports are exact). */
    static Degeneracy degeneracy(SymmetricUtility u, SymmetricPoint p) {
        NormalFormGame game = u.game();
        int n = game.playerCount();
        int[][] support = new int[n][];
        boolean pure = true;
        for (int q = 0; q < u.orbits().size(); q++) {
            List<Integer> t = new ArrayList<>();
            for (int a = 0; a < u.actions(q); a++) {
                if (!p.entries()[q][a].isZero() && !Integer.valueOf(0).equals(p.sign(p.entries()[q][a]))) {
                    t.add(a);
                }
            }
            pure &= t.size() == 1;
            for (int i : u.orbits().get(q)) {
                support[i] = t.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        if (pure) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = support[i][0];
            }
            List<String> indifferent = new ArrayList<>();
            Rational base = game.payoff(0, a);
            for (int i = 0; i < n; i++) {
                for (int b = 0; b < game.actionCount(i); b++) {
                    if (b == a[i]) {
                        continue;
                    }
                    int[] dev = a.clone();
                    dev[i] = b;
                    if (game.payoff(0, dev).equals(base)) {
                        indifferent.add("player " + (i + 1) + " between actions " + (a[i] + 1) + " and " + (b + 1));
                        break;
                    }
                }
            }
            Optional<List<Integer>> at = Optional.of(Arrays.stream(a).boxed().toList());
            return indifferent.size() >= 2
                    ? new Degeneracy(true, "pure, and at least two players are indifferent: " + String.join("; ", indifferent), at)
                    : new Degeneracy(false, "pure, and " + (indifferent.isEmpty() ? "no player is" : "only " + indifferent.get(0) + " is")
                            + " indifferent to a deviation", at);
        }
        // mixed: degenerate iff for every player i and every a_{-i} in the supports, the payoff is constant on supp(s_i)
        int[] a = new int[n];
        int[] pos = new int[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                a[i] = support[i][pos[i]];
            }
            for (int i = 0; i < n; i++) {
                if (support[i].length < 2) {
                    continue;
                }
                for (int b : support[i]) {
                    int[] dev = a.clone();
                    dev[i] = b;
                    if (!game.payoff(0, dev).equals(game.payoff(0, a))) {
                        return new Degeneracy(false, "mixed, and mixing matters: with the others at " + describe(game, a, i)
                                + ", player " + (i + 1) + " gets " + game.payoff(0, a) + " from action " + (a[i] + 1)
                                + " but " + game.payoff(0, dev) + " from action " + (b + 1), Optional.of(Arrays.stream(a).boxed().toList()));
                    }
                }
            }
            int i = 0;
            while (i < n && pos[i] == support[i].length - 1) {
                pos[i] = 0;
                i++;
            }
            if (i == n) {
                break;
            }
            pos[i]++;
        }
        return new Degeneracy(true, "mixed, and every player's payoff is constant over its support for every profile of the others' supported actions");
    }

    private static String describe(NormalFormGame g, int[] a, int skip) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < a.length; j++) {
            if (j != skip) {
                out.add("player " + (j + 1) + ": " + g.actions().get(j).get(a[j]));
            }
        }
        return String.join(", ", out);
    }

    private static Stability stability(SymmetricUtility u, MultivariatePolynomial f, SymmetricPoint p, boolean[][] zeroRegret, Degeneracy deg) {
        int orbits = u.orbits().size();
        boolean pure = true;
        boolean[][] inSupport = new boolean[orbits][];
        for (int q = 0; q < orbits; q++) {
            inSupport[q] = new boolean[u.actions(q)];
            int count = 0;
            for (int a = 0; a < u.actions(q); a++) {
                inSupport[q][a] = !p.entries()[q][a].isZero() && !Integer.valueOf(0).equals(p.sign(p.entries()[q][a]));
                count += inSupport[q][a] ? 1 : 0;
            }
            pure &= count == 1;
        }
        if (pure && !deg.degenerate()) {
            return new Stability(true, "deterministic and non-degenerate (Def. 5.0.3): every deviation by a set of players loses at first"
                    + " order except at most one indifferent player's, so the profile is locally optimal among asymmetric profiles (Thm 5.0.4)",
                    Optional.empty(), "");
        }
        for (int q1 = 0; q1 < orbits; q1++) {
            int i = u.orbits().get(q1).get(0);
            for (int q2 = q1; q2 < orbits; q2++) {
                for (int j : u.orbits().get(q2)) {
                    if (j == i) {
                        continue;
                    }
                    for (int x = 0; x < u.actions(q1); x++) {
                        for (int x2 = 0; x2 < u.actions(q1); x2++) {
                            if (x == x2 || !zeroRegret[q1][x] || !inSupport[q1][x2]) {
                                continue;
                            }
                            for (int y = 0; y < u.actions(q2); y++) {
                                for (int y2 = 0; y2 < u.actions(q2); y2++) {
                                    if (y == y2 || !zeroRegret[q2][y] || !inSupport[q2][y2]) {
                                        continue;
                                    }
                                    MultivariatePolynomial m = interaction(u, p, i, x, x2, j, y, y2);
                                    Integer sign = p.sign(m);
                                    if (sign == null || sign == 0) {
                                        continue;
                                    }
                                    if (sign > 0) {
                                        return witness(u, p, i, q1, x, x2, j, q2, y, y2, m);
                                    }
                                    if (inSupport[q1][x]) {
                                        return witness(u, p, i, q1, x2, x, j, q2, y, y2, m.scale(Rational.MINUS_ONE));
                                    }
                                    if (inSupport[q2][y]) {
                                        return witness(u, p, i, q1, x, x2, j, q2, y2, y, m.scale(Rational.MINUS_ONE));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Stability(null,
                "no second-order improving deviation between zero-regret actions exists"
                        + (deg.degenerate() ? " (the profile is degenerate; higher-order deviations are not searched)" : ""),
                Optional.empty(), "");
    }

    /**
     * M_ij = EU(x,y) − EU(x,y′) − EU(x′,y) + EU(x′,y′) for players i and j, the others at the point, as a
     * polynomial in the point's unknowns (enumerating the others' supported actions).
     */
    private static MultivariatePolynomial interaction(SymmetricUtility u, SymmetricPoint p, int i, int x, int x2, int j, int y, int y2) {
        NormalFormGame game = u.game();
        int n = game.playerCount();
        int[] orbitOf = new int[n];
        for (int q = 0; q < u.orbits().size(); q++) {
            for (int k : u.orbits().get(q)) {
                orbitOf[k] = q;
            }
        }
        List<int[]> choices = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Integer> c = new ArrayList<>();
            if (k == i || k == j) {
                c.add(0);
            } else {
                for (int a = 0; a < game.actionCount(k); a++) {
                    if (!p.entries()[orbitOf[k]][a].isZero()) {
                        c.add(a);
                    }
                }
            }
            choices.add(c.stream().mapToInt(Integer::intValue).toArray());
        }
        int vars = p.unknowns();
        MultivariatePolynomial total = MultivariatePolynomial.zero(vars);
        int[] pos = new int[n];
        int[] a = new int[n];
        while (true) {
            MultivariatePolynomial weight = MultivariatePolynomial.constant(vars, Rational.ONE);
            for (int k = 0; k < n; k++) {
                a[k] = choices.get(k)[pos[k]];
                if (k != i && k != j) {
                    weight = weight.multiply(p.entries()[orbitOf[k]][a[k]]);
                }
            }
            Rational d = payoff(game, a, i, x, j, y).subtract(payoff(game, a, i, x, j, y2))
                    .subtract(payoff(game, a, i, x2, j, y)).add(payoff(game, a, i, x2, j, y2));
            if (!d.isZero()) {
                total = total.add(weight.scale(d));
            }
            int k = 0;
            while (k < n && pos[k] == choices.get(k).length - 1) {
                pos[k] = 0;
                k++;
            }
            if (k == n) {
                break;
            }
            pos[k]++;
        }
        return total;
    }

    private static Rational payoff(NormalFormGame g, int[] a, int i, int ai, int j, int aj) {
        int[] b = a.clone();
        b[i] = ai;
        b[j] = aj;
        return g.payoff(0, b);
    }

    private static Stability witness(SymmetricUtility u, SymmetricPoint p, int i, int q1, int to1, int from1, int j, int q2, int to2, int from2,
            MultivariatePolynomial m) {
        Rational donor1 = p.enclose(p.entries()[q1][from1]).lower();
        Rational donor2 = p.enclose(p.entries()[q2][from2]).lower();
        Rational t = Rational.of(1, 1000).min(donor1.min(donor2).multiply(Rational.HALF));
        NormalFormGame game = u.game();
        String gain = "t²·M with t = " + t + " and M = " + p.valueText(m) + " > 0";
        Optional<Rational[][]> profile = Optional.empty();
        Optional<Rational[][]> exact = p.exact();
        if (exact.isPresent()) {
            Rational[][] s = u.profile(exact.get()).toArray();
            s[i][to1] = s[i][to1].add(t);
            s[i][from1] = s[i][from1].subtract(t);
            s[j][to2] = s[j][to2].add(t);
            s[j][from2] = s[j][from2].subtract(t);
            ExpectedUtility eu = new ExpectedUtility(game);
            Rational before = eu.payoff(0, u.profile(exact.get()));
            Rational after = eu.payoff(0, MixedProfile.of(s));
            if (after.compareTo(before) <= 0) {
                throw new IllegalStateException("second-order witness failed to improve: " + before + " -> " + after);
            }
            gain = "EU(s') − EU(s) = " + after.subtract(before) + " = t²·M with t = " + t + ", M = " + p.valueText(m);
            profile = Optional.of(s);
        }
        String reason = "player " + (i + 1) + " moves t from " + game.actions().get(i).get(from1) + " to " + game.actions().get(i).get(to1)
                + " and player " + (j + 1) + " moves t from " + game.actions().get(j).get(from2) + " to " + game.actions().get(j).get(to2)
                + "; both moves are between zero-regret actions, so EU changes by exactly t²·M";
        return new Stability(false, reason, profile, gain);
    }
}
