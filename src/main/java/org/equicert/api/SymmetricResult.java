package org.equicert.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.symmetric.LocalOptima;
import org.equicert.symmetric.SymmetricOptimum;

/**
 * Seed 001 for one common-payoff game: the certified optimum over P-invariant profiles and its
 * properties, each stated fact with its {@link Citation}. Immutable (arrays and lists are copied
 * in and out).
 *
 * @param title the game's title (may be empty)
 * @param orbits the orbits of P, 0-based players; players in an orbit play the same strategy
 * @param actionNames per orbit, the names of its actions (those of the orbit's first player)
 * @param optimum the certified bracket of the optimum
 * @param point the optimal point and everything decided at it; empty when it was not located exactly
 * @param theoremsHold false when a theorem's exact check failed (Theorem 4.0.2's Nash test at a
 *     local maximum, Theorem D.0.3's bound)
 * @param certificates the certificates the checker accepted and that were written, in order
 * @param certificatesRequested whether certificates were requested
 * @param allChecked true when every theorem check held and no certificate was rejected
 */
public record SymmetricResult(String title, List<List<Integer>> orbits, List<List<String>> actionNames, Optimum optimum,
        Optional<OptimalPoint> point, boolean theoremsHold, List<CheckedCertificate> certificates, boolean certificatesRequested,
        boolean allChecked) {

    /** Copies the lists. */
    public SymmetricResult {
        Objects.requireNonNull(title, "title");
        orbits = orbits.stream().map(List::copyOf).toList();
        actionNames = actionNames.stream().map(List::copyOf).toList();
        Objects.requireNonNull(optimum, "optimum");
        Objects.requireNonNull(point, "point");
        certificates = List.copyOf(certificates);
    }

    /** A decision that an exact check may leave open. */
    public enum Decision {
        /** Decided true. */
        YES,
        /** Decided false. */
        NO,
        /** Not decided (an isolating box could not decide a sign, or the search was inconclusive). */
        UNDECIDED
    }

    /**
     * The certified optimum.
     *
     * @param kind pure, mixed, or undecided within the budget
     * @param lower the lower end of the certified bracket
     * @param witnessValue the exact value of the located point when it lies in the bracket (then
     *     the bound claim states it as its witness)
     * @param upper no P-invariant profile has a larger expected payoff
     * @param bestPure the best payoff of a P-invariant pure profile
     * @param bound the citation of the bound claim
     */
    public record Optimum(SymmetricOptimum.Kind kind, Rational lower, Optional<Rational> witnessValue, Rational upper, Rational bestPure,
            Citation bound) {

        /** Checks for nulls. */
        public Optimum {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(witnessValue, "witnessValue");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(bestPure, "bestPure");
            Objects.requireNonNull(bound, "bound");
        }

        /** The lower end shown: the witness's exact value when there is one, else the bracket's lower end. */
        public Rational shownLower() {
            return witnessValue.orElse(lower);
        }
    }

    /**
     * The located optimal point and the facts decided at it.
     *
     * @param description its exact form, per orbit, e.g. {@code (-1 + √2, 2 - √2)}
     * @param coordinates per orbit and action, the exact probabilities (rational or real algebraic);
     *     empty when the point is only an isolating box
     * @param pointCitation why the point is (not) certified
     * @param valueText its expected payoff in exact form (or an enclosure, as text)
     * @param value the exact expected payoff; empty for a box, or an algebraic value without a known minimal polynomial
     * @param valueCitation why the value is (not) certified
     * @param nash Theorem 4.0.2's conclusion, checked exactly
     * @param nashCitation the Nash (or regret) claim at the point, or the reason there is none
     * @param regrets per orbit and action, the exact regret at the point (text)
     * @param regretsCitation the regret claim, or the reason
     * @param degeneracy Definition 5.0.3 decided, with its witness
     * @param stability Definition 5.0.1 decided, with an improving asymmetric profile when unstable
     * @param robustness Theorem D.0.3 for the optimum rounded to two decimals; empty for irrational points
     * @param localOptima every critical point per support face (Definition 4.0.1)
     */
    public record OptimalPoint(String description, Optional<List<List<RealAlgebraic>>> coordinates, Citation pointCitation,
            String valueText, Optional<RealAlgebraic> value, Citation valueCitation, Decision nash, Citation nashCitation,
            List<String> regrets, Citation regretsCitation, Degeneracy degeneracy, Stability stability, Optional<Robustness> robustness,
            LocalOptimaFacts localOptima) {

        /** Copies the lists. */
        public OptimalPoint {
            Objects.requireNonNull(description, "description");
            coordinates = coordinates.map(c -> c.stream().map(List::copyOf).toList());
            Objects.requireNonNull(pointCitation, "pointCitation");
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueCitation, "valueCitation");
            Objects.requireNonNull(nash, "nash");
            Objects.requireNonNull(nashCitation, "nashCitation");
            regrets = List.copyOf(regrets);
            Objects.requireNonNull(regretsCitation, "regretsCitation");
            Objects.requireNonNull(degeneracy, "degeneracy");
            Objects.requireNonNull(stability, "stability");
            Objects.requireNonNull(robustness, "robustness");
            Objects.requireNonNull(localOptima, "localOptima");
        }
    }

    /**
     * Definition 5.0.3.
     *
     * @param degenerate whether the optimum is degenerate
     * @param witness the decision in words
     * @param citation the regret claim at the witness profile, or the reason there is none
     */
    public record Degeneracy(boolean degenerate, String witness, Citation citation) {

        /** Checks for nulls. */
        public Degeneracy {
            Objects.requireNonNull(witness, "witness");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * Stability to possibly asymmetric deviations (Definition 5.0.1, Theorem 5.0.4).
     *
     * @param stable YES, NO (unstable) or UNDECIDED
     * @param reason the decision in words
     * @param citation why the decision is not certified
     * @param improvingProfile an asymmetric profile s' better than the optimum s, when unstable and found
     * @param gain the gain EU(s') − EU(s), when unstable
     */
    public record Stability(Decision stable, String reason, Citation citation, Optional<Rational[][]> improvingProfile,
            Optional<Gain> gain) {

        /** Copies the profile. */
        public Stability {
            Objects.requireNonNull(stable, "stable");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(citation, "citation");
            improvingProfile = improvingProfile.map(SymmetricResult::copyProfile);
            Objects.requireNonNull(gain, "gain");
        }

        /** A copy of the improving profile. */
        @Override
        public Optional<Rational[][]> improvingProfile() {
            return improvingProfile.map(SymmetricResult::copyProfile);
        }
    }

    /**
     * The gain of the improving asymmetric profile.
     *
     * @param text the gain in words, e.g. {@code t²·M with t = 1/1000 and M = 2√2 > 0}
     * @param shownProfile s', when the optimum is rational and its gain is certified through the regrets at s''
     * @param citation the regret claim at s'' the gain is computed from, or the reason
     */
    public record Gain(String text, Optional<Rational[][]> shownProfile, Citation citation) {

        /** Copies the profile. */
        public Gain {
            Objects.requireNonNull(text, "text");
            shownProfile = shownProfile.map(SymmetricResult::copyProfile);
            Objects.requireNonNull(citation, "citation");
        }

        /** A copy of s'. */
        @Override
        public Optional<Rational[][]> shownProfile() {
            return shownProfile.map(SymmetricResult::copyProfile);
        }
    }

    /**
     * App. D for the optimum rounded to two decimals, r.
     *
     * @param rounded r, per orbit
     * @param roundedText r's exact form
     * @param distance the total variation δ between r and the optimum
     * @param bound Theorem D.0.3's bound: r is bound-Nash
     * @param maxRegret r's exact largest regret
     * @param conclusion the ε-Nash claim at r, or the reason
     * @param largest the regret claim at r, which names its largest regret
     * @param proposition why Proposition D.0.2's statement is not certified
     */
    public record Robustness(Rational[][] rounded, String roundedText, Rational distance, Rational bound, Rational maxRegret,
            Citation conclusion, Citation largest, Citation proposition) {

        /** Copies the profile. */
        public Robustness {
            rounded = copyProfile(rounded);
            Objects.requireNonNull(roundedText, "roundedText");
            Objects.requireNonNull(distance, "distance");
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(maxRegret, "maxRegret");
            Objects.requireNonNull(conclusion, "conclusion");
            Objects.requireNonNull(largest, "largest");
            Objects.requireNonNull(proposition, "proposition");
        }

        /** A copy of r. */
        @Override
        public Rational[][] rounded() {
            return copyProfile(rounded);
        }

        /** True when r's largest regret is within Theorem D.0.3's bound. */
        public boolean holds() {
            return maxRegret.compareTo(bound) <= 0;
        }
    }

    /**
     * The critical points of every support face.
     *
     * @param faces the number of support faces
     * @param enumerated false when there were too many faces to enumerate (then nothing else is given)
     * @param points the critical points found, classified
     * @param unresolvedFaces supports (per orbit, 0-based actions) of faces whose critical points are not isolated
     */
    public record LocalOptimaFacts(long faces, boolean enumerated, List<CriticalPoint> points, List<int[][]> unresolvedFaces) {

        /** Copies the lists and arrays. */
        public LocalOptimaFacts {
            points = List.copyOf(points);
            unresolvedFaces = unresolvedFaces.stream().map(SymmetricResult::copyFace).toList();
        }

        /** Copies of the unresolved faces. */
        @Override
        public List<int[][]> unresolvedFaces() {
            return unresolvedFaces.stream().map(SymmetricResult::copyFace).toList();
        }
    }

    /**
     * One critical point, classified (Definition 4.0.1).
     *
     * @param description its exact form
     * @param coordinates its exact probabilities per orbit and action; empty for a box
     * @param kind strict local maximum, not a local maximum, or undecided
     * @param reason the classification in words
     * @param citation the regret claim the classification follows from, or the reason
     * @param nash at a strict local maximum, Theorem 4.0.2 checked there
     */
    public record CriticalPoint(String description, Optional<List<List<RealAlgebraic>>> coordinates, LocalOptima.Kind kind,
            String reason, Citation citation, Optional<LocalNash> nash) {

        /** Copies the coordinates. */
        public CriticalPoint {
            Objects.requireNonNull(description, "description");
            coordinates = coordinates.map(c -> c.stream().map(List::copyOf).toList());
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(nash, "nash");
        }
    }

    /** How Theorem 4.0.2 was checked at a local maximum. */
    public enum NashCheck {
        /** Exactly on the full game, at a rational point. */
        FULL_GAME,
        /** Exactly on the orbit payoff table (games too large for full-table claims). */
        ORBIT_TABLE,
        /** At an irrational algebraic point, on the full game. */
        ALGEBRAIC
    }

    /**
     * Theorem 4.0.2 at a strict local maximum.
     *
     * @param nash whether the point is a Nash equilibrium (the theorem says it must be)
     * @param check how it was checked
     * @param citation the Nash claim (or the regret claim refuting it), or the reason
     */
    public record LocalNash(boolean nash, NashCheck check, Citation citation) {

        /** Checks for nulls. */
        public LocalNash {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(citation, "citation");
        }
    }

    static Rational[][] copyProfile(Rational[][] a) {
        Rational[][] out = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    static int[][] copyFace(int[][] a) {
        List<int[]> rows = new ArrayList<>();
        for (int[] row : a) {
            rows.add(row.clone());
        }
        return rows.toArray(new int[0][]);
    }
}
