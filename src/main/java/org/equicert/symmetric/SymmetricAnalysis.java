package org.equicert.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.equicert.number.Rational;
import org.equicert.poly.MultivariatePolynomial;

/**
 * Seed 001 end to end for one game and one set of orbits (Emmons et al., "For learning in symmetric
 * teams, local optima are global Nash equilibria", ICML 2022): the global P-invariant optimum
 * ({@link SymmetricOptimum}), its exact location ({@link OptimumLocation}: a critical point of EU on
 * the optimum's support face, solved exactly), Nash (Theorem 4.0.2) from the exact regrets,
 * degeneracy (Definition 5.0.3, {@link DegeneracyDecision}) with a witness, and stability to
 * asymmetric deviations (Theorem 5.0.4, {@link SecondOrderStability}) with an explicit improving
 * profile when unstable. Cost: that of the branch and bound, plus one regret polynomial per orbit
 * and action, plus the location and the two decisions.
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

    /**
     * Stability to possibly-asymmetric deviations (Definition 5.0.1).
     *
     * @param stable YES or NO when decided, UNDECIDED otherwise
     * @param improvingProfile an exact profile (per player a strategy) that earns more, when unstable at a rational point
     */
    public record Stability(Decision stable, String reason, Optional<Rational[][]> improvingProfile, String gain) {

        /** Copies the profile. */
        public Stability {
            Objects.requireNonNull(stable, "stable");
            improvingProfile = improvingProfile.map(Stability::copy);
        }

        /** The improving profile, when one was built (a copy). */
        @Override
        public Optional<Rational[][]> improvingProfile() {
            return improvingProfile.map(Stability::copy);
        }

        private static Rational[][] copy(Rational[][] m) {
            Rational[][] c = new Rational[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /**
     * The report.
     *
     * @param point the exact optimal point, empty when it could not be solved exactly (then only the bracket stands)
     * @param value its value in exact form (or an enclosure)
     * @param nash Theorem 4.0.2's conclusion checked exactly (UNDECIDED when a sign could not be decided)
     * @param regrets per orbit and action, the exact regret at the point (text)
     */
    public record Report(SymmetricUtility utility, SymmetricOptimum.Result optimum, Optional<SymmetricPoint> point, String value,
            Decision nash, List<String> regrets, Degeneracy degeneracy, Stability stability) {
    }

    /** A yes/no question decided exactly, or not decided. */
    public enum Decision {
        /** Decided true. */
        YES,
        /** Decided false. */
        NO,
        /** Not decided (an isolating box could not decide a sign, or the point was not located exactly). */
        UNDECIDED
    }

    private SymmetricAnalysis() {
    }

    /** Analyses the optimum. */
    public static Report analyze(SymmetricUtility u, Rational tolerance, int maxPieces) {
        SymmetricOptimum.Result opt = SymmetricOptimum.maximize(u, tolerance, maxPieces);
        MultivariatePolynomial f = u.homogeneousPolynomial();
        Optional<SymmetricPoint> point = OptimumLocation.locate(u, f, opt);
        if (point.isEmpty()) {
            return new Report(u, opt, point, "in [" + opt.lower() + ", " + opt.upper() + "]", Decision.UNDECIDED, List.of(),
                    new Degeneracy(false, "not decided: the optimal point was not located exactly"),
                    new Stability(Decision.UNDECIDED, "not decided: the optimal point was not located exactly", Optional.empty(), ""));
        }
        SymmetricPoint p = point.get();
        MultivariatePolynomial g = SymmetricUtility.compose(f, flatten(p.entries()));
        String value = p.valueText(g);
        List<String> regretText = new ArrayList<>();
        Decision nash = Decision.YES;
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
                OptionalInt sign = p.entries()[q][b].isZero() ? p.sign(regret[q][b]) : OptionalInt.of(0);
                regretText.add("orbit " + (q + 1) + " action " + (b + 1) + ": " + p.valueText(regret[q][b]));
                if (sign.isEmpty()) {
                    nash = nash == Decision.NO ? Decision.NO : Decision.UNDECIDED;
                } else {
                    if (sign.getAsInt() > 0) {
                        nash = Decision.NO;
                    }
                    zeroRegret[q][b] = sign.getAsInt() == 0;
                }
            }
        }
        Degeneracy deg = DegeneracyDecision.degeneracy(u, p);
        Stability stab = SecondOrderStability.stability(u, f, p, zeroRegret, deg);
        return new Report(u, opt, point, value, nash, List.copyOf(regretText), deg, stab);
    }

    static MultivariatePolynomial[] flatten(MultivariatePolynomial[][] e) {
        List<MultivariatePolynomial> out = new ArrayList<>();
        for (MultivariatePolynomial[] row : e) {
            out.addAll(Arrays.asList(row));
        }
        return out.toArray(new MultivariatePolynomial[0]);
    }
}
