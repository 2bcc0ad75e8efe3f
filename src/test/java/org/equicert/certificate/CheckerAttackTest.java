package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * The forgeries and spoofs that once passed {@code equicert check}, kept as tests: each must be
 * rejected with a reason naming the rule. Written against the checker alone (no solver code).
 */
class CheckerAttackTest {

    static final Checker CHECKER = new Checker("test");

    static Rational[][] profile(String a, String b, String c, String d) {
        return new Rational[][] {{Rational.parse(a), Rational.parse(b)}, {Rational.parse(c), Rational.parse(d)}};
    }

    static String honestHighHigh() {
        return CertificateFile.render(NashClaim.nash(CheckerTest.coordination(), profile("1", "0", "1", "0")), "test");
    }

    /** The honest certificate rewritten to claim that (high, low) is Nash, with (assert false) inserted. */
    static String forgedHighLow() {
        String honestFalse = CertificateFile.render(NashClaim.nash(CheckerTest.coordination(), profile("1", "0", "0", "1")), "test");
        return honestFalse.replace("(check-sat)", "(assert false)\n(check-sat)");
    }

    @Test
    void theForgedClaimIsFalseButItsSmtLibAloneIsUnsat() {
        // The premise of the attack: SMT-LIB alone proves anything once (assert false) is in it.
        assertEquals("unsat", org.equicert.certificate.smt.EmbeddedSmtInterpol.run(forgedHighLow()).status());
        Verdict v = CHECKER.checkText(forgedHighLow());
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("rule 'exact encoding'"), v.reason());
    }

    @Test
    void forgeryOneADataLineIndentedByOneSpaceIsNotACertificate() {
        String text = forgedHighLow().replace("\n; data: ", "\n ; data: ");
        Verdict v = CHECKER.checkText(text);
        assertEquals(Verdict.Status.REJECTED, v.status());
        assertTrue(v.reason().startsWith("not an equicert certificate"), v.reason());
    }

    @Test
    void forgeryTwoADataLinePushedBelowLineElevenIsNotACertificate() {
        String text = forgedHighLow().replace("\n; data: ", "\n;\n;\n;\n;\n;\n; data: ");
        Verdict v = CHECKER.checkText(text);
        assertEquals(Verdict.Status.REJECTED, v.status());
        assertTrue(v.reason().startsWith("not an equicert certificate"), v.reason());
    }

    @Test
    void forgeryThreeARenamedDataLineAndASecondCheckSatAreRejected() {
        String renamed = forgedHighLow().replace("\n; data: ", "\n; dat: ");
        assertTrue(CHECKER.checkText(renamed).reason().startsWith("not an equicert certificate"));
        String twoCheckSats = honestHighHigh() + "(assert false)\n(check-sat)\n";
        Verdict v = CHECKER.checkText(twoCheckSats);
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("rule 'exact encoding'"), v.reason());
        assertTrue(SmtScript.violations(twoCheckSats.substring(twoCheckSats.indexOf("(set-info"))).stream()
                .anyMatch(s -> s.contains("2 (check-sat) commands")));
    }

    @Test
    void aCertificateOfAnotherToolVersionIsNotThisCheckersToCheck() {
        String other = honestHighHigh().replace("; tool: equicert test\n", "; tool: equicert 4.1.0\n");
        Verdict v = CHECKER.checkText(other);
        assertEquals(Verdict.Status.REJECTED, v.status());
        assertTrue(v.reason().startsWith("rule 'version'"), v.reason());
    }

    @Test
    void plainSmtLibIsNeverValid() {
        Verdict v = CHECKER.checkText("(set-logic QF_LRA)\n(assert false)\n(check-sat)\n");
        assertEquals(Verdict.Status.REJECTED, v.status());
        assertTrue(v.reason().contains("plain SMT-LIB is never accepted"), v.reason());
    }

    @Test
    void theScriptRuleRejectsScopesOptionsAndQuotedSymbols() {
        assertFalse(SmtScript.violations("(set-logic QF_LRA)\n(push 1)\n(assert false)\n(pop 1)\n(check-sat)\n").isEmpty());
        assertFalse(SmtScript.violations("(set-option :x 1)\n(check-sat)\n").isEmpty());
        assertFalse(SmtScript.violations("(declare-fun |a) (assert false| () Real)\n(check-sat)\n").isEmpty());
        assertFalse(SmtScript.violations("(check-sat)\n(assert false)\n(check-sat)\n").isEmpty());
        assertFalse(SmtScript.violations("(check-sat))\n").isEmpty());
        assertFalse(SmtScript.violations("(check-sat)\nreset\n").isEmpty());
        assertTrue(SmtScript.violations("; (push 1)\n(set-logic QF_LRA)\n(assert true)\n(check-sat)\n(exit)\n").isEmpty());
    }

    @Test
    void malformedDataIsAPerFileErrorNotACrash() throws Exception {
        String honest = honestHighHigh();
        String dataLine = honest.lines().filter(l -> l.startsWith("; data: ")).findFirst().orElseThrow();
        for (String bad : List.of("{", "null", "[]", "{\"kind\":\"nash\"}", "{\"kind\":\"nash\",\"game\":{\"actions\":[2,2]}}",
                "{\"kind\":\"nash\",\"game\":{\"title\":\"t\",\"actions\":[2,2],\"payoffs\":[[\"1/0\",\"0\",\"0\",\"1\"],[\"1\",\"0\",\"0\",\"1\"]]},"
                        + "\"profile\":[[\"1\",\"0\"],[\"1\",\"0\"]],\"epsilon\":\"0\"}",
                "{\"kind\":\"detailed-balance\",\"game\":{\"title\":\"t\",\"actions\":[2,2],\"payoffs\":[[\"1/3\",\"0\",\"0\",\"1\"],"
                        + "[\"1/3\",\"0\",\"0\",\"1\"]]},\"uMin\":\"0\",\"base\":\"2\",\"scale\":1,\"distribution\":[\"1\",\"0\",\"0\",\"0\"]}")) {
            Verdict v = CHECKER.checkText(honest.replace(dataLine, "; data: " + bad));
            assertFalse(v.accepted(), bad);
            assertTrue(v.status() == Verdict.Status.MALFORMED || v.status() == Verdict.Status.REJECTED, bad + ": " + v);
        }
        Map<String, Object> data = new LinkedHashMap<>(NashClaim.nash(CheckerTest.coordination(), profile("1", "0", "1", "0")).data());
        @SuppressWarnings("unchecked")
        Map<String, Object> game = new LinkedHashMap<>((Map<String, Object>) data.get("game"));
        game.put("title", "line\n(assert false)");
        data.put("game", game);
        Verdict v = CHECKER.checkText(honest.replace(dataLine, "; data: " + new ObjectMapper().writeValueAsString(data)));
        assertEquals(Verdict.Status.MALFORMED, v.status());
        assertTrue(v.reason().contains("control character U+000A"), v.reason());
    }

    @Test
    void spoofOneAnAlteredGameTitledAsTheCoordinationGameHasAnotherFingerprint() {
        PayoffTable coordination = CheckerTest.coordination();
        PayoffTable altered = new PayoffTable(coordination.title(), new int[] {2, 2},
                new Rational[][] {CheckerTest.v("10", "0", "6", "5"), CheckerTest.v("10", "0", "11", "5")});
        // (high, low) IS Nash in the altered game, so the certificate is honest about that game...
        Verdict v = CHECKER.checkText(CertificateFile.render(NashClaim.nash(altered, profile("1", "0", "0", "1")), "test"));
        assertTrue(v.accepted(), v.reason());
        // ...but it names the altered game, not the coordination game, and binding catches it.
        assertEquals(Fingerprint.of(altered), v.fingerprint());
        assertNotEquals(Fingerprint.of(coordination), v.fingerprint());
        assertEquals(coordination.title(), v.subject());
    }

    @Test
    void fingerprintsIgnoreTitlesAndNumberSpellingsButNotPayoffs() {
        PayoffTable a = new PayoffTable("a", new int[] {2, 1}, new Rational[][] {CheckerTest.v("1/2", "1"), CheckerTest.v("0", "2")});
        PayoffTable b = new PayoffTable("b", new int[] {2, 1}, new Rational[][] {CheckerTest.v("2/4", "1"), CheckerTest.v("0", "2")});
        PayoffTable c = new PayoffTable("a", new int[] {1, 2}, new Rational[][] {CheckerTest.v("1/2", "1"), CheckerTest.v("0", "2")});
        assertEquals(Fingerprint.of(a), Fingerprint.of(b));
        assertNotEquals(Fingerprint.of(a), Fingerprint.of(c), "the action counts are part of the game");
        assertTrue(Fingerprint.of(a).matches("game sha256:[0-9a-f]{64}"));
        // Known value, so that a change of the canonical text cannot go unnoticed.
        PayoffTable one = new PayoffTable("", new int[] {1}, new Rational[][] {CheckerTest.v("0")});
        assertEquals(Fingerprint.of(one), Fingerprint.ofGame(new int[] {1}, (i, k) -> Rational.ZERO));
        assertEquals("game sha256:" + CertificateFile.sha256("equicert-game-v1\n1\n0\n"), Fingerprint.of(one));
    }

    @Test
    void spoofTwoAnotherChainLabelledAsSeedZeroIsNotSeedZerosChain() {
        List<StationaryClaim.Transition> honest = CheckerTest.chainAtBaseTwo();
        Rational[] pi = CheckerTest.v("512/529", "1/1058", "1/1058", "16/529");
        StationaryClaim.Origin origin = new StationaryClaim.Origin(CheckerTest.coordination(), false, Rational.TWO);
        Verdict bound = CHECKER.check(new StationaryClaim("seed 000, b = 2", 4, honest, pi, Optional.of(origin)));
        assertTrue(bound.accepted(), bound.reason());
        assertEquals(Fingerprint.of(CheckerTest.coordination()), bound.fingerprint());
        // A different (doubly stochastic, uniform-stationary) chain labelled as seed 000's: an explicit chain
        // has a chain fingerprint, and claiming seed 000's origin for it is refuted.
        List<StationaryClaim.Transition> other = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            other.add(new StationaryClaim.Transition(s, (s + 1) % 4, Rational.HALF));
            other.add(new StationaryClaim.Transition(s, s, Rational.HALF));
        }
        Rational[] uniform = CheckerTest.v("1/4", "1/4", "1/4", "1/4");
        Verdict explicit = CHECKER.check(new StationaryClaim("seed 000, b = 2", 4, other, uniform));
        assertTrue(explicit.accepted(), explicit.reason());
        assertTrue(explicit.fingerprint().startsWith("chain sha256:"), explicit.fingerprint());
        Verdict spoof = CHECKER.check(new StationaryClaim("seed 000, b = 2", 4, other, uniform, Optional.of(origin)));
        assertFalse(spoof.accepted());
        assertTrue(spoof.reason().contains("not seed 000's learning chain of the stated game"), spoof.reason());
    }

    @Test
    void oracleBoundTermsCannotSmuggleSmtLib() {
        int[] outputs = {2, 2};
        assertTrue(OracleTerm.problem("(ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 x_1_0)", outputs).isEmpty());
        assertTrue(OracleTerm.problem("0.0) (assert false) (<= 0.0", outputs).isPresent());
        assertTrue(OracleTerm.problem("x_2_0", outputs).isPresent(), "no player 3");
        assertTrue(OracleTerm.problem("x_0_2", outputs).isPresent(), "no output 3");
        assertTrue(OracleTerm.problem("(+ x_0_0  x_0_1)", outputs).isPresent(), "only single spaces");
        assertTrue(OracleTerm.problem("007.0", outputs).isPresent());
        assertTrue(OracleTerm.problem("(+ 1.0 ".repeat(3000) + "1.0" + ")".repeat(3000), outputs).isPresent());
    }

    @Test
    void everyKindHasACanaryAndAllCanariesAreFalse() {
        List<String> kinds = new ArrayList<>();
        for (Checker.Canary c : Checker.canaries()) {
            kinds.add(c.claim().kind());
            if (!c.expect().equals("smt")) {
                assertFalse(c.claim().obligationFailures().isEmpty(), c.claim().kind());
            }
            assertFalse(CHECKER.check(c.claim()).accepted(), c.claim().kind());
        }
        assertTrue(kinds.containsAll(Checker.KINDS), kinds.toString());
        Checker.runCanaries();
    }
}
