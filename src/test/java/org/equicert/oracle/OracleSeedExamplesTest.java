package org.equicert.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equicert.bridge.OracleClaims;
import org.equicert.certificate.Checker;
import org.equicert.certificate.ClaimCodec;
import org.equicert.certificate.OracleSpoClaim;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's examples with outcomes derived by hand (see each comment), not by the engine; and
 * the checker rejecting false SPO claims.
 */
class OracleSeedExamplesTest {

    private static OracleGame game(String name) throws IOException {
        Path p = Path.of("examples", "oracle", name + ".json");
        return OracleGameReader.read(p.toString(), Files.readString(p));
    }

    private static Rational r(String s) {
        return Rational.parse(s);
    }

    /** Probability of output index 1 (C / Straight / Board ...) of each two-output player, per SPO point. */
    private static List<List<Rational>> spoSecondOutput(OracleGame g, StratifiedPareto.Result res) {
        List<List<Rational>> out = new ArrayList<>();
        for (StratifiedPareto.Optimum o : res.optima()) {
            List<Rational> row = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                row.add(o.point()[p][1]);
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void prisonersDilemmaCopyHasASegmentAndMutualCooperationIsTheOnlySpo() throws IOException {
        // p = q for every p in [0,1]; U_A(t) = -t^2 + 3t + 1 increases on [0,1] for both players.
        OracleGame g = game("pd-copy");
        List<FixedPoints.Polytope> e = new FixedPoints(g).all();
        assertEquals(1, e.size());
        assertEquals(1, e.get(0).dimension());
        assertEquals(2, e.get(0).vertices().size());
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        assertTrue(res.undecided().isEmpty());
        assertEquals(List.of(List.of(Rational.ONE, Rational.ONE)), spoSecondOutput(g, res));
        assertEquals(r("3"), g.utility(0, res.optima().get(0).point()));
    }

    @Test
    void theJailerIsASpectatorAboveThePrisoners() throws IOException {
        OracleGame g = game("pd-copy-jailer");
        DependencyPoset poset = new DependencyPoset(g);
        assertEquals(2, poset.classes().size());
        assertEquals(List.of(0, 1), new ArrayList<>(poset.classes().get(0)));
        assertTrue(poset.isMinimal(0));
        assertFalse(poset.isMinimal(1));
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        // plain Pareto optimality would keep every point (the jailer's utility is -U_A - U_B); SPO keeps (C, C)
        assertEquals(List.of(List.of(Rational.ONE, Rational.ONE)), spoSecondOutput(g, res));
        assertEquals(r("-6"), g.utility(2, res.optima().get(0).point()));
    }

    @Test
    void exploitingByDeltaLeavesOnlyMutualDefection() throws IOException {
        // q = max(p - 1/10, 0), p = q  =>  p = 0
        OracleGame g = game("pd-exploit-delta");
        List<FixedPoints.Polytope> e = new FixedPoints(g).all();
        assertEquals(1, e.size());
        assertEquals(0, e.get(0).dimension());
        assertEquals(List.of(List.of(Rational.ZERO, Rational.ZERO)), spoSecondOutput(g, new StratifiedPareto(g).compute()));
    }

    @Test
    void bestResponderDefectsAndTheCopierRetaliates() throws IOException {
        OracleGame g = game("pd-best-responder");
        assertEquals(List.of(List.of(Rational.ZERO, Rational.ZERO)), spoSecondOutput(g, new StratifiedPareto(g).compute()));
    }

    @Test
    void alwaysCooperatingOpponentIsCopied() throws IOException {
        OracleGame g = game("pd-always-cooperate");
        assertEquals(List.of(List.of(Rational.ONE, Rational.ONE)), spoSecondOutput(g, new StratifiedPareto(g).compute()));
    }

    @Test
    void chickenThresholdPlayersSwerveWithProbabilityT() throws IOException {
        // E = {(s, s) : 0 <= s <= 3/4} (s = P(Swerve)); U(s) = 2s + 3s(1 - s) = 5s - 3s^2 increases up to 5/6, so s = 3/4:
        // U = 15/4 - 27/16 = 33/16 > 2, the mixed Nash payoff.
        OracleGame g = game("chicken-threshold");
        List<FixedPoints.Polytope> e = new FixedPoints(g).all();
        assertEquals(1, e.size());
        assertEquals(1, e.get(0).dimension());
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        assertEquals(1, res.optima().size());
        assertEquals(r("3/4"), res.optima().get(0).point()[0][0]);
        assertEquals(r("3/4"), res.optima().get(0).point()[1][0]);
        assertEquals(r("33/16"), g.utility(0, res.optima().get(0).point()));
    }

    @Test
    void chickenAgainstBestResponderGivesThreeAndTwo() throws IOException {
        // Fixed points: (Straight, Swerve); the mixed equilibrium s = r = 2/3; and s = 2/3, r = 3/4 where A's
        // threshold randomizes. (3, 2) dominates (2, 2) and (2/3*2 + 1/3*9/4, 2) = (25/12, 2).
        OracleGame g = game("chicken-vs-best-responder");
        assertEquals(3, new FixedPoints(g).all().size());
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        assertEquals(1, res.optima().size());
        Rational[][] x = res.optima().get(0).point();
        assertEquals(Rational.ONE, x[0][1]);
        assertEquals(Rational.ONE, x[1][0]);
        assertEquals(r("3"), g.utility(0, x));
        assertEquals(r("2"), g.utility(1, x));
    }

    @Test
    void ultimatumAgainstCoercionProofStrategy() throws IOException {
        // A earns (100 - x) * 50/(100 - x) = 50 for x < 50 and 100 - x for x >= 50: best responses are offers 0..50 (6 of them),
        // a 5-dimensional face; B earns 50x/(100-x) < 50 below 50, so the SPO is the 50/50 split.
        OracleGame g = game("ultimatum-coercion-proof");
        List<FixedPoints.Polytope> e = new FixedPoints(g).all();
        assertEquals(1, e.size());
        assertEquals(5, e.get(0).dimension());
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        assertEquals(1, res.optima().size());
        Rational[][] x = res.optima().get(0).point();
        assertEquals(Rational.ONE, x[0][5]);
        assertEquals(r("50"), g.utility(0, x));
        assertEquals(r("50"), g.utility(1, x));
    }

    @Test
    void ultimatumWithDifferingFairPoints() throws IOException {
        // A offers 40; B accepts with 50/60: A gets 60 * 5/6 = 50, B gets 40 * 5/6 = 100/3.
        OracleGame g = game("ultimatum-differing-fair-points");
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        Rational[][] x = res.optima().get(0).point();
        assertEquals(r("50"), g.utility(0, x));
        assertEquals(r("100/3"), g.utility(1, x));
    }

    @Test
    void movieOrBoardGameHasThreeEquilibriaAndTwoSpoPoints() throws IOException {
        // f(q) = clamp(1/2 + 10(q - 1/2), 0, 1) is increasing, so fixed points are p = q = f(p): 0, 1/2, 1.
        OracleGame g = game("movie-or-board-game");
        List<FixedPoints.Polytope> e = new FixedPoints(g).all();
        assertEquals(3, e.size());
        assertTrue(e.stream().allMatch(p -> p.dimension() == 0));
        StratifiedPareto.Result res = new StratifiedPareto(g).compute();
        assertEquals(List.of(List.of(Rational.ZERO, Rational.ZERO), List.of(Rational.ONE, Rational.ONE)),
                spoSecondOutput(g, res).stream().sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkerAcceptsTheTrueClaimAndRejectsFalseOnes() throws IOException {
        OracleGame g = game("pd-copy");
        StratifiedPareto.Optimum o = new StratifiedPareto(g).compute().optima().get(0);
        OracleSpoClaim claim = OracleClaims.spo(g, o);
        Checker checker = new Checker("test");
        assertTrue(checker.check(claim).accepted(), checker.check(claim).reason());

        // false: mutual defection is in the equilibrium set but not SPO (the trees' leaves fail)
        assertFalse(checker.check(ClaimCodec.fromJson(ClaimCodec.toJson(claim).replace(
                "\"point\":[[\"0\",\"1\"],[\"0\",\"1\"]]", "\"point\":[[\"1\",\"0\"],[\"1\",\"0\"]]"))).accepted());
        // false: a point off the equilibrium set (A cooperates, B defects)
        assertFalse(checker.check(ClaimCodec.fromJson(ClaimCodec.toJson(claim).replace(
                "\"point\":[[\"0\",\"1\"],[\"0\",\"1\"]]", "\"point\":[[\"0\",\"1\"],[\"1\",\"0\"]]"))).accepted());
        // false: the slice's polytope replaced by its cooperative end only (completeness fails in SMT)
        String json = ClaimCodec.toJson(claim);
        String shrunk = json.replace("\"vertices\":[[\"0\",\"1\",\"0\",\"1\"],[\"1\",\"0\",\"1\",\"0\"]]",
                "\"vertices\":[[\"0\",\"1\",\"0\",\"1\"]]");
        assertFalse(shrunk.equals(json), "the test must change the claim");
        assertFalse(checker.check(ClaimCodec.fromJson(shrunk)).accepted());
    }

    @Test
    void badFilesAreReportedWithLineAndColumn() {
        String text = "{\"players\": [\n"
                + " {\"name\": \"A\", \"outputs\": [\"D\", \"C\"], \"strategy\": {\"C\": \"P(B=C) * P(B=C)\"}},\n"
                + " {\"name\": \"B\", \"outputs\": [\"D\", \"C\"], \"strategy\": {\"C\": \"P(A=C)\"}}]}";
        InputFileException e = assertThrows(InputFileException.class, () -> OracleGameReader.read("g.json", text));
        assertEquals("g.json:2:65: a product of two non-constant terms is not piecewise-linear", e.getMessage());
        String neg = text.replace("P(B=C) * P(B=C)", "P(B=C) - 1/10");
        InputFileException n = assertThrows(InputFileException.class, () -> OracleGameReader.read("g.json", neg));
        assertTrue(n.getMessage().startsWith("g.json:2:51: the probability of C (\"P(B=C) - 1/10\") can be negative: it is -1/10 where"),
                n.getMessage());
        String unknown = text.replace("P(B=C) * P(B=C)", "P(X=C)");
        assertEquals("g.json:2:60: no player named 'X'",
                assertThrows(InputFileException.class, () -> OracleGameReader.read("g.json", unknown)).getMessage());
    }

    /** Names enter the fingerprint's newline-separated canonical text: a newline in a name could forge a separator. */
    @Test
    void namesWithControlCharactersAreRefused() {
        String text = "{\"players\": [\n"
                + " {\"name\": \"A\", \"outputs\": [\"D\", \"C\"], \"strategy\": {\"C\": \"P(B=C)\"}},\n"
                + " {\"name\": \"B\", \"outputs\": [\"D\", \"C\"], \"strategy\": {\"C\": \"P(A=C)\"}}]}";
        String name = text.replace("\"name\": \"B\"", "\"name\": \"B\\nplayers 1\"").replace("P(B=C)", "P(B\\nplayers 1=C)");
        assertEquals("g.json:3:11: a player name must not contain control characters such as a newline",
                assertThrows(InputFileException.class, () -> OracleGameReader.read("g.json", name)).getMessage());
        String output = text.replace("[\"D\", \"C\"], \"strategy\": {\"C\": \"P(A=C)\"}", "[\"D\", \"C\\u0000\"], \"strategy\": {\"C\": \"P(A=C)\"}");
        assertEquals("g.json:3:33: an output name must not contain control characters such as a newline",
                assertThrows(InputFileException.class, () -> OracleGameReader.read("g.json", output)).getMessage());
    }
}
