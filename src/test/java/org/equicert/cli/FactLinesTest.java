package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.api.Citation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No unchecked fact" (issue 12, item 6), on the commands' real output.
 *
 * <p>Definition used throughout: a printed line is a <em>fact</em> unless it is blank, the final
 * {@code facts: N certified, M not certified} line, or one of the example's <em>context</em> lines
 * (headings, the echo of the input, notes), which each test lists exactly. Every fact carries
 * exactly one citation — {@code [certified: }, {@code [from certified }, {@code (not certified} or
 * {@code [NOT CERTIFIED: } — and a context line carries none. Since the context lists are exact,
 * no fact can hide as context, and the counts pin how many facts are certified.
 */
class FactLinesTest {

    private static final String[] MARKERS = {Citation.CERTIFIED_MARK, Citation.DERIVED_MARK, Citation.NOT_CERTIFIED_MARK, Citation.REJECTED_MARK};
    private static final String CORPUS = "../shared/corpus/gambit/contrib/games/";

    private static int markers(String line) {
        int n = 0;
        for (String m : MARKERS) {
            for (int at = line.indexOf(m); at >= 0; at = line.indexOf(m, at + 1)) {
                n++;
            }
        }
        return n;
    }

    /** Checks the definition above; returns nothing, fails with the output on any violation. */
    static void assertFacts(CliTest.Run r, List<String> context, int certified, int notCertified) {
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals("facts: " + certified + " certified, " + notCertified + " not certified", lines.get(lines.size() - 1), r.out());
        List<String> seenContext = new ArrayList<>();
        int c = 0;
        int n = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            int m = markers(line);
            if (m == 0) {
                seenContext.add(line);
                continue;
            }
            assertEquals(1, m, "one citation per fact line: " + line);
            if (line.contains(Citation.CERTIFIED_MARK) || line.contains(Citation.DERIVED_MARK)) {
                c++;
            } else {
                n++;
            }
        }
        assertEquals(context, seenContext, r.out());
        assertEquals(certified, c, r.out());
        assertEquals(notCertified, n, r.out());
    }

    /** The JSON of the same run states the same counts, and a reason for every fact it does not certify. */
    static void assertJsonFacts(CliTest.Run r, int certified, int notCertified) throws Exception {
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(certified, j.get("facts").get("certified").asInt(), r.out());
        assertEquals(notCertified, j.get("facts").get("notCertified").asInt(), r.out());
        int c = 0;
        int n = 0;
        for (JsonNode s : j.get("statements")) {
            if (s.get("certified").asBoolean()) {
                assertTrue(Files.exists(Path.of(s.get("certificate").asText())), s.toString());
                c++;
            } else {
                assertTrue(!s.get("reason").asText().isBlank(), s.toString());
                n++;
            }
        }
        assertEquals(certified, c);
        assertEquals(notCertified, n);
    }

    @Test
    void dynamicsCommonWithTheoremOneRoundsAndSimulation(@TempDir Path dir) throws Exception {
        String[] args = {"dynamics", "examples/coordination.nfg", "--base", "2", "--epsilon", "1/10", "--rounds", "10", "--simulate", "2000",
            "--out", dir.toString()};
        CliTest.Run r = CliTest.run(args);
        assertEquals(0, r.code(), r.err());
        assertFacts(r, List.of("game:       Seed 000 coordination game: both high pays 10 each, both low pays 5 each, otherwise 0",
                "chain:      common payoff, u_min = 0, payoffs in units of 1/D with D = 1, base b = e^(alpha/D) = 2"), 9, 7);
        // E_p[U] is a sum over the certified stationary distribution; its limit property is theory
        assertTrue(r.out().contains("E_p[U] = 5200/529 (≈9.829867674858); optimum u* = 10; P(optimal profile) = 512/529 (≈0.967863894140)  "
                + "[from certified π: " + dir.resolve("certificates/coordination-stationary.smt2") + "]"), r.out());
        assertTrue(r.out().contains("(not certified: convergence theorem for finite irreducible aperiodic chains)"), r.out());
        assertTrue(r.out().contains("Hoeffding bound for all 4 profiles at once at confidence 1 - 1e-6"), r.out());
        List<String> json = new ArrayList<>(List.of(args));
        json.add("--json");
        assertJsonFacts(CliTest.run(json.toArray(String[]::new)), 9, 7);
    }

    @Test
    void dynamicsIndividualAndAlpha(@TempDir Path dir) {
        CliTest.Run pd = CliTest.run("dynamics", "examples/prisoners-dilemma.nfg", "--base", "2", "--individual", "--rounds", "5", "--out", dir.toString());
        assertEquals(0, pd.code(), pd.err());
        assertFacts(pd, List.of("game:       Prisoner's Dilemma (R=3, T=5, S=0, P=1)",
                "chain:      individual utilities (each player re-samples with probability b^(D(u_min,i - U_i(a)))), b = 2, D = 1, 12 transitions"), 4, 3);
        assertTrue(pd.out().contains("player 1's expected payoff under it: 31/17 (≈1.823529411765)  [from certified π: "), pd.out());
        CliTest.Run alpha = CliTest.run("dynamics", "examples/coordination.nfg", "--alpha", "0.5", "--out", dir.toString());
        assertEquals(0, alpha.code(), alpha.err());
        assertFacts(alpha, List.of("game:       Seed 000 coordination game: both high pays 10 each, both low pays 5 each, otherwise 0"), 3, 3);
    }

    @Test
    void dynamicsOnOrbitsCertifiesNothingAndSaysSo() {
        CliTest.Run r = CliTest.run("dynamics", "--gamut", "CoordinationGame:30:3:7", "--base", "2");
        assertEquals(0, r.code(), r.err());
        assertFacts(r, List.of("game:       CoordinationGame, 30 players x 3 actions, seed 7 (totally symmetric, common payoff;"
                + " 496 orbits of profiles = action-count vectors)", "chain:      base b = e^(alpha/D) = 2, D = 100, u_min = -2494/25",
                "            (exact values with --json)"), 0, 6);
    }

    @Test
    void nashTwoPlayers(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("nash", "examples/battle-of-the-sexes.nfg", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> head = List.of("game:       Battle of the Sexes: she prefers opera (2 vs 1), he prefers football (2 vs 1); apart, both get 0",
                "method:     vertex enumeration of the best-response polytopes (degenerate games included)");
        // certified: 3 extreme equilibria and completeness; not: the vertex count, the component count and 3 components
        assertFacts(r, head, 4, 5);
        assertJsonFacts(CliTest.run("nash", "examples/battle-of-the-sexes.nfg", "--out", dir.toString(), "--json"), 4, 5);
    }

    @Test
    void nashWithoutCertificatesSaysSoOnceAndCertifiesNothing() {
        Assumptions.assumeTrue(Files.exists(Path.of(CORPUS + "e04.nfg")));
        CliTest.Run r = CliTest.run("nash", CORPUS + "e04.nfg", "--no-certify");
        assertEquals(0, r.code(), r.err());
        assertFacts(r, List.of("game:       Kreps-Wilson (Econometrica, 85), Figures 1,4,9,14, normal form",
                "method:     vertex enumeration of the best-response polytopes (degenerate games included)",
                "(certificates not requested: --no-certify)"), 0, 9);
        assertTrue(r.out().contains("    3  0,0,1;0,1   payoffs 3, -1  (not certified)\n"), r.out());
        CliTest.Run three = CliTest.run("nash", CORPUS + "2x2x2.nfg", "--no-certify");
        assertFacts(three, List.of("game:       2x2x2 Example from McKelvey-McLennan, with 9 Nash equilibria, 2 totally mixed",
                "method:     support enumeration (27 support profiles; exact linear algebra, or isolating boxes in exact interval arithmetic)",
                "(certificates not requested: --no-certify)"), 0, 27); // 21 + the coverage of the excluded and held support profiles (issue 16 item 3;
        // all 19 excluded profiles have multipliers since the joint ones are kept: no "by exact algebra (nonlinear) only" line)
    }

    @Test
    void nashThreePlayersWithAnIsolatingBox(@TempDir Path dir) {
        // Player i is indifferent exactly when 2qr = 1, p = r and q = p: the completely mixed equilibrium is 1/sqrt(2) each.
        CliTest.Run r = CliTest.run("nash", "examples/irrational-2x2x2.nfg", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        // certified: 3 pure equilibria, the box's rational point (epsilon-Nash) and the 2 continua's witnesses; not: the
        // count, the box (header and 3 players), the continua (header, 2 supports, 2 descriptions), the 3 components
        // with their header and the completeness of the enumeration; issue 16 item 3 adds, certified, the exclusion of the 21
        // other support profiles and the 3 pure supports, and, not certified, the 3 mixed support profiles
        assertFacts(r, List.of("game:       2x2x2 game whose completely mixed equilibrium is irrational: every player plays its first action"
                + " with probability 1/sqrt(2)",
                "method:     support enumeration (27 support profiles; exact linear algebra, or isolating boxes in exact interval arithmetic)"), 10, 16);
        assertTrue(r.out().contains("[0.707106781186, 0.707106781187]"), r.out());
        assertTrue(!r.out().contains("irrational;"), "irrationality is not proven: " + r.out());
    }

    @Test
    void compareBattleOfTheSexes(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", "examples/battle-of-the-sexes.gambit.txt",
                "--out", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertFacts(r, List.of("game:     Battle of the Sexes: she prefers opera (2 vs 1), he prefers football (2 vs 1); apart, both get 0",
                "claims:   2", "    1  1,0;1,0  (examples/battle-of-the-sexes.gambit.txt:2)",
                "    2  666667/1000000,333333/1000000;333333/1000000,666667/1000000  (examples/battle-of-the-sexes.gambit.txt:3)"), 3, 4);
        assertJsonFacts(CliTest.run("compare", "examples/battle-of-the-sexes.nfg", "--claims", "examples/battle-of-the-sexes.gambit.txt",
                "--out", dir.toString(), "--json"), 3, 4);
    }

    @Test
    void oracleWithAndWithoutCertificates(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("oracle", "examples/oracle/pd-copy-jailer.json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertFacts(r, List.of("game:       Prisoner's Dilemma with a jailer (seed 002)", "player:     A  outputs D, C; strategy: P(C) = P(B=C)",
                "player:     B  outputs D, C; strategy: P(C) = P(A=C)", "player:     J  outputs watch; strategy: its only output",
                "dependency sets:"), 3, 7);
        assertTrue(r.out().contains("classes:    {A, B}, {J} (the dependency classes)  [certified: "), r.out());
        assertJsonFacts(CliTest.run("oracle", "examples/oracle/pd-copy-jailer.json", "--out", dir.toString(), "--json"), 3, 7);
        CliTest.Run none = CliTest.run("oracle", "examples/oracle/movie-or-board-game.json", "--no-certify");
        assertEquals(0, none.code(), none.err());
        assertFacts(none, List.of("game:       Movie or board game: coordination with a steep switch at 50% (seed 002)",
                "(certificates not requested: --no-certify)",
                "player:     A  outputs Movie, Board; strategy: P(Movie) = clamp(1/2 + 10*(P(B=Movie) - 1/2), 0, 1)",
                "player:     B  outputs Movie, Board; strategy: P(Movie) = clamp(1/2 + 10*(P(A=Movie) - 1/2), 0, 1)",
                "dependency sets:"), 0, 13);
    }

    @Test
    void infoSaysOnceThatItCertifiesNothing() throws Exception {
        CliTest.Run r = CliTest.run("info", "examples/partygoers.nfg");
        assertEquals(0, r.code(), r.err());
        List<String> context = new ArrayList<>(List.of(
                "game:        Seed 001 App. C partygoers: four robot butlers on a square hold food or drink; group j reaches butlers j-1, j, j+1"
                        + " and scores 0 without drink, 1 with only drink, 2 with food and drink; common payoff = sum over groups",
                "file:        examples/partygoers.nfg",
                "certificates: none (info computes the facts below exactly from the payoff table and writes no certificates)",
                "players:     4"));
        for (int i = 1; i <= 4; i++) {
            context.add("  " + i + ": 2 actions [food, drink]");
        }
        assertFacts(r, context, 0, 5);
        assertTrue(r.out().contains("symmetry:    |Γ(G)| = 24 (totally symmetric: Γ(G) = S_4)  (not certified)\n"), r.out());
        assertJsonFacts(CliTest.run("info", "examples/partygoers.nfg", "--json"), 0, 5);
    }

    @Test
    void certifyCountsItsStatements(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("certify", "examples/coordination.nfg", "--profile", "0.3333,0.6667;0.3333,0.6667", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        // certified: two regret lines, "not Nash" (by the regret certificate) and the repair; not: two expected payoffs
        assertFacts(r, List.of("game:     Seed 000 coordination game: both high pays 10 each, both low pays 5 each, otherwise 0",
                "profile:  3333/10000,6667/10000;3333/10000,6667/10000   (exact value of the input)"), 4, 2);
    }
}
