package org.equicert.report.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The seeds' worked examples as the documents state them (../shared/seeds; 000 the post on
 * collective rationality, 001 Emmons et al. 2022, 002 "Cooperative Oracles"), each with what the
 * certified result must contain for the stated verdict to hold. The fragments restate the seed's
 * claim (corrected where the seed is wrong, the correction explained); they are compared with the
 * certified result's exact text, never substituted for it.
 */
final class PaperValues {

    private PaperValues() {
    }

    /** How a certified value relates to the seed's. */
    enum Verdict {
        /** The certified value is the seed's. */
        AGREES,
        /** The seed's value is wrong; the reason says how. */
        ERRATUM,
        /** The seed's data was lost in extraction; the game was reconstructed from its statements. */
        RECONSTRUCTED,
        /** The seed states no value for this case; equicert's result extends it. */
        EXTENDS
    }

    /**
     * One worked example.
     *
     * @param key the job's base name in 'equicert examples'
     * @param seed 000, 001 or 002
     * @param example its name
     * @param section where the seed states it
     * @param quote the seed's statement (shortened quotation)
     * @param contains fragments the certified result's exact text must contain
     * @param verdict the relation claimed when every fragment is found
     * @param reason why (the erratum, the reconstruction)
     */
    record Entry(String key, String seed, String example, String section, String quote, List<String> contains, Verdict verdict,
            String reason) {

        Entry {
            Objects.requireNonNull(key, "key");
            contains = List.copyOf(contains);
        }
    }

    static final List<Entry> ENTRIES = List.of(
        new Entry("seed000-coordination", "000", "coordination game: all Nash equilibria", "post, first paragraph",
            "\"There are 3 Nash equilibria: one where both always play high, one where both always play low, and one where each plays high"
                + " with 1/3 probability\"",
            List.of("(1, 0); (1, 0)", "(0, 1); (0, 1)", "(1/3, 2/3); (1/3, 2/3)", "3 extreme"), Verdict.AGREES,
            "the three profiles, each certified Nash, and a nash-set certificate that there are no others"),
        new Entry("seed000-chain", "000", "learning chain of the coordination game, ε = 1/10", "post, Lemma 1 and Theorem 1",
            "\"p_α is the unique stationary distribution\"; \"Set α := (n log|A| + log(u* − u_min) − log ε)/(u* − u')\" gives"
                + " lim v_t ≥ u* − ε",
            List.of("≥ 99/10", "minimal α in"), Verdict.AGREES,
            "at Theorem 1's α, e^(5α) = 400 and E[U] is exact and certified ≥ u* − ε; the minimal such α, ln((49 + √3193)/2)/5, is"
                + " bracketed by two certificates and is smaller (the theorem's α is sufficient, not tight)"),
        new Entry("seed000-pd", "000", "Prisoner's Dilemma, individual utilities", "post, 'Extension to non-common-payoff games'",
            "\"this results in mutual defection in a prisoner's dilemma\"", List.of("most likely profile (D, D)"), Verdict.AGREES,
            "the unique stationary distribution puts the most mass on mutual defection"),
        new Entry("seed001-taxis-identical", "001", "identical taxis (Table 1b)", "§2, Example 5.0.2, Figure 1",
            "\"there is a local optimum at p = q = 0.5 ... the symmetric optimum is for both Auto and Mobile to randomize uniformly\"",
            List.of("(1/2, 1/2); EU = 1/2"), Verdict.RECONSTRUCTED,
            "Table 1's payoffs were lost in extraction: reconstructed as 1 when the taxis serve different groups, else 0; the optimum and"
                + " its instability then agree with the text"),
        new Entry("seed001-taxis-large-groups", "001", "large groups need both taxis (Table 1c)", "§2",
            "\"there is again a Nash equilibrium at p = q = 0.5, but it is a local minimum rather than a local maximum in symmetric"
                + " strategy space\"",
            List.of("EU = 1"), Verdict.RECONSTRUCTED,
            "Table 1c reconstructed (1 when both serve the same group): the symmetric optimum is pure with value 1, so p = q = 1/2"
                + " (value 1/2) is not it"),
        new Entry("seed001-robots-eps1", "001", "ten robots, ε = 1", "§2.1",
            "\"For small enough ε, the optimal symmetric policy is for all robots to play action a\"",
            List.of("(1, 0, 0); EU = 1"), Verdict.AGREES, "ε = 1 is below the switching point ε* = (10/9)^9 − 1 ≈ 1.581"),
        new Entry("seed001-robots-eps2", "001", "ten robots, ε = 2", "§2.1",
            "(no value stated for large ε)", List.of("(0, 1/10, 9/10); EU = 1162261467/1000000000"), Verdict.EXTENDS,
            "above ε* the optimum switches to (0, 1/10, 9/10) with value 3·(9/10)^9"),
        new Entry("seed001-example-5-0-5", "001", "Example 5.0.5", "§5, Example 5.0.5",
            "\"(a, a) is the unique global optimum in symmetric strategy space ... a degenerate Nash equilibrium\"",
            List.of("(1, 0, 0); EU = 1"), Verdict.AGREES, "optimum (a, a), Nash, degenerate, improvable by asymmetric moves, as stated"),
        new Entry("seed001-veil-of-ignorance", "001", "veil of ignorance", "App. A",
            "\"when having type L, always play C; when having type H, play A with probability p = 1/6 ... expected team utility of"
                + " ... = 77/18 ≈ 4.28\"",
            List.of("(5/6, 0, 1/6, 0); EU = 121/24"), Verdict.ERRATUM,
            "the strategy agrees; the value does not: the seed's sum values the both-Cautious outcomes at 4 where they are worth 5"
                + " (one High) and 6 (both High); the exact value is 121/24 ≈ 5.04, not 77/18"),
        new Entry("seed001-partygoers", "001", "partygoers, P = Γ(G)", "App. C, Example C.0.1",
            "\"p = 2 − √2, which gives an expected utility of 4(√2 − 1) ≈ 1.66\"",
            List.of("(-1 + √2, 2 - √2); EU = -16 + 16√2"), Verdict.ERRATUM,
            "the point agrees; the value printed is one group's share: the common payoff sums four groups, 4 · 4(√2 − 1) = 16(√2 − 1)"
                + " ≈ 6.63"),
        new Entry("seed001-partygoers-rotation2", "001", "partygoers, P = rotation by two", "App. C",
            "\"The optimal P-invariant strategy is for one pair of opposite-vertex robots, e.g., 1 and 3, to hold food and for the other"
                + " pair, 2 and 4, to hold drink\"",
            List.of("(1, 0); (0, 1); EU = 8"), Verdict.AGREES, "the globally optimal outcome: every group gets food and drink (4 · 2)"),
        oracle("pd-copy", "Prisoner's Dilemma, both copy", "the continuum of equilibria; mutual cooperation selected",
            List.of("(0, 1); (0, 1) → 3, 3"), Verdict.AGREES, "the segment p = q; the SPO is mutual cooperation"),
        oracle("pd-copy-jailer", "Prisoner's Dilemma with a jailer", "\"a stratified Pareto optimum will involve both prisoners selecting a"
                + " Pareto optimal outcome in their equilibrium set, and ignoring the jailer\"",
            List.of("(0, 1); (0, 1); "), Verdict.AGREES, "the jailer's class lies above the prisoners'; SPO mutual cooperation"),
        oracle("pd-exploit-delta", "Prisoner's Dilemma, an exploiter", "only mutual defection", List.of("(1, 0); (1, 0) → 1, 1"),
            Verdict.RECONSTRUCTED, "δ = 1/10 chosen (the seed leaves it symbolic); the only fixed point is (D, D)"),
        oracle("pd-best-responder", "Prisoner's Dilemma, a best responder", "mutual defection", List.of("(1, 0); (1, 0) → 1, 1"),
            Verdict.AGREES, "B defects, A retaliates"),
        oracle("pd-always-cooperate", "Prisoner's Dilemma, an unconditional cooperator", "A cooperates too",
            List.of("(0, 1); (0, 1) → 3, 3"), Verdict.AGREES, "the copy strategy is exploitable but cooperates here"),
        oracle("chicken-threshold", "Chicken, two threshold players", "\"a Pareto improvement on the mixed-strategy Nash equilibrium where"
                + " both players get 2\"",
            List.of("(3/4, 1/4); (3/4, 1/4) → 33/16, 33/16"), Verdict.RECONSTRUCTED,
            "the extraction lost Chicken's payoffs and threshold: payoffs reconstructed from the seed's 2 and 3-and-2 values, t = 3/4 chosen"
                + " in (2/3, 5/6]; both swerve with probability 3/4 and get 33/16 > 2"),
        oracle("chicken-vs-best-responder", "Chicken, threshold against a best responder", "\"player A goes straight and player B swerves,"
                + " for an expected utility of 3 and 2\"",
            List.of("(0, 1); (1, 0) → 3, 2"), Verdict.AGREES, "(Straight, Swerve) with utilities 3 and 2"),
        oracle("ultimatum-coercion-proof", "Ultimatum Game, coercion-proof responder", "\"the optimal offer is a 50/50 split of money\"",
            List.of(" → 50, "), Verdict.AGREES, "A is indifferent on offers 0..50; the SPO is the 50/50 split"),
        oracle("ultimatum-differing-fair-points", "Ultimatum Game, differing fair points", "A expects 50 and B 100/3",
            List.of(" → 50, 100/3"), Verdict.RECONSTRUCTED, "the seed's fair points 60/40 and 50/50; the rejection rule 50/(100 − x)"
                + " reconstructed"),
        oracle("movie-or-board-game", "movie or board game", "three equilibria; the two coordination points are on the Pareto frontier",
            List.of(" | "), Verdict.AGREES, "three equilibria; both coordination points are SPO"));

    private static Entry oracle(String file, String example, String quote, List<String> contains, Verdict verdict, String reason) {
        return new Entry("seed002-" + file, "002", example + " (examples/oracle/" + file + ".json)", "the post's examples", quote, contains,
                verdict, reason);
    }

    /** The entry of a job's base name. */
    static Optional<Entry> of(String key) {
        return ENTRIES.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
