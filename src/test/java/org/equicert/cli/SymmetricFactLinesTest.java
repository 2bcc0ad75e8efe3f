package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.report.FactLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No unchecked fact" (issue 12, item 6) for {@code equicert symmetric} on the seed-001 examples,
 * with the definition of {@link FactLinesTest}: every printed line is either one of the listed
 * context lines or a fact with exactly one citation, and the certified/not-certified counts are pinned.
 * Before the report used {@link Facts}, these runs printed 2 cited facts each and 8 to 12 facts without any citation.
 */
class SymmetricFactLinesTest {

    private static final String ORBITS_OF_TWO = "orbits:     [[1, 2]]  (players in an orbit play the same strategy)";
    private static final String LOCAL_OPTIMA = "local optima (Definition 4.0.1), by support face:";
    private static final String PARTYGOERS = "game:       Seed 001 App. C partygoers: four robot butlers on a square hold food or drink; group j reaches"
            + " butlers j-1, j, j+1 and scores 0 without drink, 1 with only drink, 2 with food and drink; common payoff = sum over groups";

    private static CliTest.Run symmetric(Path dir, String game, String... more) {
        List<String> args = new ArrayList<>(List.of("symmetric", "examples/" + game + ".nfg", "--out", dir.toString()));
        args.addAll(List.of(more));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String cert(Path dir, String name) {
        return dir.resolve("certificates").resolve(name + ".smt2").toString();
    }

    @Test
    void identicalTaxisCertifyTheDegeneracyWitnessAndTheAsymmetricGain(@TempDir Path dir) throws Exception {
        CliTest.Run r = symmetric(dir, "taxis-identical");
        // not certified: instability for every t (second-order algebra), Prop. D.0.2, the Hessian at (1/2, 1/2)
        FactLinesTest.assertFacts(r, List.of("game:       Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)",
                ORBITS_OF_TWO, "            s' = 499/1000,501/1000;501/1000,499/1000  (the two moves applied to s)", LOCAL_OPTIMA), 12, 3);
        // the witness "with the others at H, player 1 gets 0 from H but 1 from W" is the regret claim at (H, H)
        assertTrue(r.out().contains("player 1 gets 0 from action 1 but 1 from action 2  [certified: "
                + cert(dir, "taxis-identical-symmetric-degeneracy-regret") + "]"), r.out());
        String regrets = Files.readString(Path.of(cert(dir, "taxis-identical-symmetric-degeneracy-regret")));
        assertTrue(regrets.contains("; claim: at the profile 1,0;1,0 the regrets per player and action are 0,1;0,1"), regrets);
        // the gain is the sum s'_2·r_2 − s_1·r_1 over the certified regrets at s'' = (s'_1, s_2)
        assertTrue(r.out().contains("gain: EU(s') − EU(s) = 1/500000 = t²·M with t = 1/1000, M = 2  [from certified regrets r at"
                + " s'' = 499/1000,501/1000;1/2,1/2 (s' with player 2 still at s), as s'_2·r_2 − s_1·r_1: "
                + cert(dir, "taxis-identical-symmetric-deviation-regret") + "]"), r.out());
        // a claim met twice is written once: the optimum's regrets also back App. D's largest regret (δ = 0)
        assertTrue(r.out().contains("r's exact largest regret is 0 (within the bound)  [certified: "
                + cert(dir, "taxis-identical-symmetric-regret") + "]"), r.out());
        assertTrue(r.out().contains("Nash: YES (Theorem 4.0.2, checked on the full game)  [certified: "
                + cert(dir, "taxis-identical-symmetric-nash") + "]"), r.out());
        FactLinesTest.assertJsonFacts(symmetric(dir, "taxis-identical", "--json"), 12, 3);
    }

    @Test
    void largeGroupsCertifyBothPureLocalMaximaAndMarkTheorem504(@TempDir Path dir) {
        CliTest.Run r = symmetric(dir, "taxis-large-groups");
        // not certified: stability (Theorem 5.0.4), Prop. D.0.2, the convex direction at (1/2, 1/2)
        FactLinesTest.assertFacts(r, List.of("game:       Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)",
                ORBITS_OF_TWO, LOCAL_OPTIMA), 12, 3);
        assertTrue(r.out().contains("(not certified: Theorem 5.0.4 applied to the certified non-degeneracy above;"), r.out());
        assertTrue(r.out().contains("degenerate: no (Definition 5.0.3): pure, and no player is indifferent to a deviation  [certified: "
                + cert(dir, "taxis-large-groups-symmetric-regret") + "]"), r.out());
        assertTrue(r.out().contains("(0, 1): strict local maximum — every other action has negative regret  [certified: "
                + cert(dir, "taxis-large-groups-symmetric-critical-2-regret") + "]"), r.out());
    }

    @Test
    void example505CertifiesTheDegenerateOptimumAndEveryVertex(@TempDir Path dir) {
        CliTest.Run r = symmetric(dir, "example-5-0-5");
        FactLinesTest.assertFacts(r, List.of("game:       Seed 001 Example 5.0.5 (epsilon = 1/10)", ORBITS_OF_TWO,
                "            s' = 999/1000,1/1000,0;999/1000,0,1/1000  (the two moves applied to s)", LOCAL_OPTIMA), 13, 2);
        assertTrue(r.out().contains("(0, 1/2, 1/2): not a local maximum — moving orbit 1's mass to unsupported action 1 gains"
                + " (positive regret 109/20)  [certified: " + cert(dir, "example-5-0-5-symmetric-critical-4-regret") + "]"), r.out());
    }

    @Test
    void veilOfIgnoranceCertifiesTheRoundedOptimumButNotThatThePointIsTheExactMaximiser(@TempDir Path dir) throws Exception {
        CliTest.Run r = symmetric(dir, "veil-of-ignorance");
        // not certified: the point (the bracket does not close at 121/24), instability for every t, Prop. D.0.2, the Hessian
        FactLinesTest.assertFacts(r, List.of("game:       Seed 001 App. A: veil of ignorance (plans: action if High need | action if Low need)",
                ORBITS_OF_TWO, "            s' = 2497/3000,0,503/3000,0;2503/3000,0,497/3000,0  (the two moves applied to s)", LOCAL_OPTIMA), 13, 4);
        assertTrue(r.out().contains("so Theorem D.0.3 makes r 7/100-Nash  [certified: "
                + cert(dir, "veil-of-ignorance-symmetric-rounded-epsilon-nash") + "]"), r.out());
        assertTrue(r.out().contains("r's exact largest regret is 17/20000 (within the bound)  [certified: "
                + cert(dir, "veil-of-ignorance-symmetric-rounded-regret") + "]"), r.out());
        String rounded = Files.readString(Path.of(cert(dir, "veil-of-ignorance-symmetric-rounded-regret")));
        assertTrue(rounded.contains("the largest gain is 17/20000)"), rounded);
        FactLinesTest.assertJsonFacts(symmetric(dir, "veil-of-ignorance", "--json"), 13, 4);
    }

    @Test
    void partygoersCertifyTheAlgebraicNashPointAtTheOptimumAndAsALocalMaximum(@TempDir Path dir) {
        CliTest.Run r = symmetric(dir, "partygoers");
        // not certified: the irrational point and value, instability for every t, the gain at an irrational point, the Hessian
        FactLinesTest.assertFacts(r, List.of(PARTYGOERS, "orbits:     [[1, 2, 3, 4]]  (players in an orbit play the same strategy)",
                "App. D:     (Theorem D.0.3 is evaluated for rational optima only)", LOCAL_OPTIMA), 7, 5);
        String nash = cert(dir, "partygoers-symmetric-nash");
        assertTrue(r.out().contains("regrets:    orbit 1 action 1: 0; orbit 1 action 2: 0  [from certified Nash equilibrium with every action"
                + " supported, so every regret is 0: " + nash + "]"), r.out());
        assertTrue(r.out().contains("Nash: YES (Theorem 4.0.2, the algebraic point checked on the full game)  [certified: " + nash + "]"), r.out());
        assertTrue(r.out().contains("gain: t²·M with t = 1/1000 and M = 2√2 > 0  (not certified: the point is irrational"), r.out());
    }

    @Test
    void partygoersUnderTheRotationCertifyBothPureLocalMaxima(@TempDir Path dir) {
        CliTest.Run r = symmetric(dir, "partygoers", "--generators", "(1 3)(2 4)");
        // not certified: stability (Theorem 5.0.4), Prop. D.0.2, the saddle (an isolating box)
        FactLinesTest.assertFacts(r, List.of(PARTYGOERS, "orbits:     [[1, 3], [2, 4]]  (players in an orbit play the same strategy)",
                LOCAL_OPTIMA), 14, 3);
        assertTrue(r.out().contains("(0, 1); (1, 0): strict local maximum — every other action has negative regret  [certified: "
                + cert(dir, "partygoers-symmetric-critical-2-regret") + "]"), r.out());
    }

    @Test
    void withoutCertificatesNothingIsCertifiedAndTheNoteIsPrintedOnce() throws Exception {
        CliTest.Run r = CliTest.run("symmetric", "examples/taxis-identical.nfg", "--no-certify");
        assertEquals(0, r.code(), r.err());
        FactLinesTest.assertFacts(r, List.of("game:       Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)",
                ORBITS_OF_TWO, FactLines.NOT_REQUESTED_NOTE, "            s' = 499/1000,501/1000;501/1000,499/1000  (the two moves applied to s)",
                LOCAL_OPTIMA), 0, 15);
        JsonNode j = new ObjectMapper().readTree(CliTest.run("symmetric", "examples/taxis-identical.nfg", "--no-certify", "--json").out());
        assertEquals(15, j.get("facts").get("notCertified").asInt());
        assertEquals("--no-certify", j.get("statements").get(0).get("reason").asText());
    }
}
