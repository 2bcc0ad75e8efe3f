package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Red-team attacks on {@code equicert check}: each test is one attempt to make the checker accept a
 * false or misleading claim, or to make it crash or hang. An attempt the checker resists is kept as a
 * regression test asserting its current verdict and the rule that stopped it. An attempt that
 * succeeds is a {@link Disabled} test asserting the secure behaviour (it fails today); its reason
 * starts with "ATTACK:" and the lead enables it after fixing. Attack inputs that are data lines or
 * ready-made certificates (tool 0.1.0, for {@code java -jar target/equicert.jar check}) are under
 * {@code src/test/resources/redteam/}.
 *
 * <p>JSON in this file is written with single quotes, turned into double quotes by {@link #j}.
 */
class RedTeamTest {

    static final Checker CHECKER = new Checker("test");

    /** The coordination game of seed 000 (10 / 5 / 0), as claim data. */
    static final String COORDINATION = "{'title':'coordination','actions':[2,2],'payoffs':[['10','0','0','5'],['10','0','0','5']]}";

    static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static String resource(String name) {
        try (InputStream in = RedTeamTest.class.getResourceAsStream("/redteam/" + name)) {
            assertNotNull(in, "missing test resource redteam/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checker's own linear certificate of the claim on a data line. */
    static String certificate(String json) {
        return CertificateFile.render(ClaimCodec.fromJson(json), "test");
    }

    /** The checker's own natural (.nra.smt2) statement of the claim on a data line. */
    static String natural(String json) {
        String text = CertificateFile.renderNonlinear(ClaimCodec.fromJson(json), "test");
        assertNotNull(text, "the claim has no natural statement");
        return text;
    }

    static Verdict check(String json) {
        try {
            return CHECKER.checkText(certificate(json));
        } catch (IllegalArgumentException e) {
            // the codec refuses the data outright (validated before rendering): the file is malformed
            return CHECKER.checkText(handmade(json));
        }
    }

    /** A file with equicert's header layout around an arbitrary data line (for data the codec refuses). */
    static String handmade(String dataLine) {
        return "; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)\n"
                + "; The assertions state the NEGATION of the claim: an unsat answer proves it.\n"
                + "; claim: x\n; kind: x\n; subject: x\n; fingerprint: x\n; tool: equicert test\n; data: " + dataLine + "\n"
                + "(set-info :status unsat)\n(set-logic QF_LRA)\n(assert false)\n(check-sat)\n(exit)\n";
    }

    static void assertAccepted(Verdict v) {
        assertTrue(v.accepted(), v.reason());
    }

    static void assertRejected(Verdict v, String rule) {
        assertEquals(Verdict.Status.REJECTED, v.status(), v.reason());
        assertTrue(v.reason().contains(rule), v.reason());
    }

    static void assertMalformed(Verdict v, String why) {
        assertEquals(Verdict.Status.MALFORMED, v.status(), v.reason());
        assertTrue(v.reason().contains(why), v.reason());
    }

    static String nash(String game, String profile, String epsilon) {
        return j("{'kind':'" + (epsilon.equals("0") ? "nash" : "epsilon-nash") + "','game':" + game + ",'profile':" + profile
                + ",'epsilon':'" + epsilon + "'}");
    }

    static final String HIGH_HIGH = nash(COORDINATION, "[['1','0'],['1','0']]", "0");

    @Test
    void honestBaselineIsValid() {
        // The template the format attacks below start from must itself be accepted.
        assertTrue(check(HIGH_HIGH).accepted(), check(HIGH_HIGH).reason());
    }

    // ------------------------------------------------------------------ file format and header

    @Test
    void attack01CrlfLineEndingsChangeTheToolLine() {
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace("\n", "\r\n"));
        assertRejected(v, "rule 'version'");
    }

    @Test
    void attack02ByteOrderMarkMakesItNoCertificate() {
        Verdict v = CHECKER.checkText("\uFEFF" + certificate(HIGH_HIGH));
        assertRejected(v, "not an equicert certificate");
    }

    @Test
    void attack03TrailingWhitespaceAfterExitBreaksTheExactEncoding() {
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH) + " \n");
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack04TrailingSpaceOnTheDataLine() {
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace("'0'}\n".replace('\'', '"'), "'0'} \n".replace('\'', '"')));
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack05ExtraJsonFieldIsNotSilentlyIgnored() {
        String honest = certificate(HIGH_HIGH);
        String data = honest.split("\n")[7];
        String forged = honest.replace(data, data.substring(0, data.length() - 1) + j(",'epsilonNote':'ignored'}"));
        assertRejected(CHECKER.checkText(forged), "rule 'exact encoding'");
    }

    @Test
    void attack06DuplicateJsonKeyIsMalformed() {
        // Jackson would keep the last value; the strict codec refuses the file instead.
        Verdict v = CHECKER.checkText(handmade(j("{'kind':'nash','game':" + COORDINATION
                + ",'profile':[['1','0'],['0','1']],'profile':[['1','0'],['1','0']],'epsilon':'0'}")));
        assertMalformed(v, "Duplicate field 'profile'");
    }

    @Test
    void attack07ProbabilitiesAsJsonNumbersAreNotTheCanonicalData() {
        String json = j("{'kind':'nash','game':" + COORDINATION + ",'profile':[[1,0],[1,0]],'epsilon':'0'}");
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, json));
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack08NonCanonicalFractionTwoQuarters() {
        String half = nash(COORDINATION, "[['1/3','2/3'],['1/3','2/3']]", "0");
        String spelled = half.replace("1/3", "2/6");
        Verdict v = CHECKER.checkText(certificate(half).replace(half, spelled));
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack09DecimalSpellingOfAPayoff() {
        String spelled = HIGH_HIGH.replace(j("'5'"), j("'5.0'"));
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, spelled));
        assertMalformed(v, "is not written as equicert writes numbers");
    }

    @Test
    void attack10NegativeZeroProbability() {
        String spelled = HIGH_HIGH.replace(j("['1','0'],['1','0']"), j("['1','-0'],['1','0']"));
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, spelled));
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack11UnicodeDigitsInAPayoff() {
        // Arabic-Indic digit ten ("١٠"): BigInteger reads it as 10, the canonical text is "10".
        String spelled = HIGH_HIGH.replace(j("[['10'"), j("[['\u0661\u0660'"));
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, spelled));
        assertFalse(v.accepted(), v.reason());
        assertTrue(v.reason().contains("rule 'exact encoding'") || v.status() == Verdict.Status.MALFORMED, v.reason());
    }

    @Test
    void attack12NanAndInfinityAreNotNumbers() {
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "1e", "0x10"}) {
            Verdict v = CHECKER.checkText(handmade(HIGH_HIGH.replace(j("'5'"), j("'" + bad + "'"))));
            assertMalformed(v, "the data line does not describe a claim");
        }
    }

    @Test
    void attack13EpsilonKindWithZeroEpsilon() {
        String relabelled = HIGH_HIGH.replace(j("'kind':'nash'"), j("'kind':'epsilon-nash'"));
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, relabelled));
        assertRejected(v, "rule 'exact encoding'");
    }

    @Test
    void attack14UnknownKindIsMalformed() {
        Verdict v = CHECKER.checkText(handmade(HIGH_HIGH.replace(j("'kind':'nash'"), j("'kind':'nash2'"))));
        assertMalformed(v, "unknown claim kind 'nash2'");
    }

    @Test
    void attack15ActionCountBeyondIntTruncatesButIsNotCanonical() {
        // 4294967298 = 2^32 + 2: intValue() reads 2, but the rendered data says 2.
        String spelled = HIGH_HIGH.replace(j("'actions':[2,2]"), j("'actions':[4294967298,2]"));
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace(HIGH_HIGH, spelled));
        assertMalformed(v, "is not a whole number below 2^31");
    }

    @Test
    void attack16DeeplyNestedJsonIsMalformedNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Verdict v = CHECKER.checkText(handmade(j("{'kind':'nash','game':" + COORDINATION + ",'profile':" + deep + ",'epsilon':'0'}")));
        assertMalformed(v, "the data line does not describe a claim");
    }

    @Test
    void attack17VersionLineWithTrailingSpace() {
        Verdict v = CHECKER.checkText(certificate(HIGH_HIGH).replace("; tool: equicert test\n", "; tool: equicert test \n"));
        assertRejected(v, "rule 'version'");
    }

    @Test
    void attack18LineSeparatorInATitleIsMalformed() {
        String spoof = HIGH_HIGH.replace("coordination", "coordination\\u2028; data: {}");
        Verdict v = CHECKER.checkText(handmade(spoof));
        assertMalformed(v, "control character U+2028");
    }

    @Test
    void attack19SmtLibInATitleStaysInAComment() {
        // A false claim titled with (assert false): the title lands in comment lines only.
        String lowHigh = nash("{'title':'x (check-sat) (assert false) (check-sat)','actions':[2,2],'payoffs':[['10','0','0','5'],['10','0','0','5']]}",
                "[['0','1'],['1','0']]", "0");
        Verdict v = check(lowHigh);
        assertRejected(v, "rule 'exact obligations'");
        assertTrue(SmtScript.violations(certificate(lowHigh)).isEmpty());
    }

    @Test
    void attack20NonlinearFileWithLinearHeaderLogicNote() {
        // The .nra.smt2 text with the QF_LRA note of line 1 is neither rendering.
        String text = natural(HIGH_HIGH).replace("QF_NRA, the natural statement for external solvers (z3, cvc5)",
                "QF_LRA, checked by equicert's embedded SMTInterpol with proof checking");
        assertRejected(CHECKER.checkText(text), "rule 'exact encoding'");
    }

    // ------------------------------------------------------------------ nash, epsilon-nash, regret

    @Test
    void attack21NegativeProbabilityThatStillSumsToOne() {
        Verdict v = check(nash(COORDINATION, "[['2','-1'],['1','0']]", "0"));
        assertRejected(v, "negative probability");
    }

    @Test
    void attack22ProfileWithAnExtraAction() {
        Verdict v = check(nash(COORDINATION, "[['1','0','0'],['1','0']]", "0"));
        assertRejected(v, "3 entries for 2 actions");
    }

    @Test
    void attack23HugeEpsilonIsTrueAndSaysSo() {
        // Not a forgery: every profile is a 10^9-Nash equilibrium, and the words state the epsilon.
        Verdict v = check(nash(COORDINATION, "[['0','1'],['1','0']]", "1000000000"));
        assertTrue(v.accepted(), v.reason());
        assertTrue(v.statement().contains("is an 1000000000-Nash equilibrium: no player gains more than 1000000000"), v.statement());
    }

    @Test
    void attack24EpsilonJustBelowTheGainIsRefused() {
        // (low, high): player 1 gains 10 by switching; epsilon 9999/1000 is not enough.
        Verdict v = check(nash(COORDINATION, "[['0','1'],['1','0']]", "9999/1000"));
        assertRejected(v, "rule 'exact obligations'");
    }

    @Test
    void attack25RegretWithOneValueOff() {
        String json = j("{'kind':'regret','game':" + COORDINATION + ",'profile':[['1','0'],['0','1']],'regrets':[['0','5'],['0','-5']]}");
        Verdict v = check(json);
        assertRejected(v, "player 2 action 2 has regret 0, not -5");
    }

    @Test
    void attack26RegretsForTooFewPlayers() {
        // The renderer itself cannot write this claim; the checker reports a per-file error.
        String json = j("{'kind':'regret','game':" + COORDINATION + ",'profile':[['1','0'],['1','0']],'regrets':[['0','-10']]}");
        assertMalformed(CHECKER.checkText(handmade(json)), "an index in the data is out of range");
    }

    // ------------------------------------------------------------------ nash-set

    static final String NASH_SET = "{'kind':'nash-set','game':" + COORDINATION + ",'sets':["
            + "{'rowLabels':[2,3],'columnLabels':[1,4],'rows':[['1','0']],'columns':[['1','0']]},"
            + "{'rowLabels':[3,4],'columnLabels':[1,2],'rows':[['1/3','2/3']],'columns':[['1/3','2/3']]},"
            + "{'rowLabels':[1,4],'columnLabels':[2,3],'rows':[['0','1']],'columns':[['0','1']]}]}";

    @Test
    void attack27NashSetOmittingTheMixedEquilibrium() {
        String omitted = j(NASH_SET.replace("{'rowLabels':[3,4],'columnLabels':[1,2],'rows':[['1/3','2/3']],'columns':[['1/3','2/3']]},", ""));
        assertTrue(ClaimCodec.fromJson(omitted).obligationFailures().isEmpty(), "only the SMT layer sees a missing equilibrium");
        Verdict v = check(omitted);
        assertRejected(v, "rule 'SMT proof': SMTInterpol found a model of the negation");
    }

    @Test
    void attack28NashSetWithLabelsThatDoNotCoverAll() {
        String partial = j(NASH_SET.replace("'rowLabels':[2,3],'columnLabels':[1,4]", "'rowLabels':[2],'columnLabels':[1,4]"));
        assertRejected(check(partial), "do not cover all 4 labels");
    }

    @Test
    void attack29NashSetListingAMidpointAsAnExtremePoint() {
        // Row indifferent, column prefers left: X is the whole simplex; (1/2, 1/2) is not a vertex of it.
        String json = j("{'kind':'nash-set','game':{'title':'t','actions':[2,2],'payoffs':[['1','1','1','1'],['1','1','0','0']]},"
                + "'sets':[{'rowLabels':[3],'columnLabels':[1,2,4],'rows':[['1/2','1/2']],'columns':[['1','0']]}]}");
        assertRejected(check(json), "is not an extreme point");
    }

    @Test
    void attack30NashSetWithNoSetsAtAll() {
        String json = j("{'kind':'nash-set','game':" + COORDINATION + ",'sets':[]}");
        assertRejected(check(json), "no sets listed");
    }

    @Test
    void attack31NashSetOfAThreePlayerGame() {
        String json = j("{'kind':'nash-set','game':{'title':'t','actions':[1,1,1],'payoffs':[['0'],['0'],['0']]},"
                + "'sets':[{'rowLabels':[1],'columnLabels':[2],'rows':[['1']],'columns':[['1']]}]}");
        assertRejected(check(json), "needs a two-player game");
    }

    @Test
    void success01NashSetNaturalStatementWithAMissingVertex() {
        // Row player indifferent, column player prefers the left column: the equilibria are
        // (any x) × (left). The claim lists only the vertex (1, 0) of the row face. The linear
        // certificate is true (it does not speak of vertices), but the .nra.smt2 states that the
        // equilibria are conv{(1,0)} × conv{(1,0)}: z3 answers sat on it (x = (0, 1) is an
        // equilibrium outside). The checker prints VALID for that file.
        // Fixed: the natural statement now states the label-defined sets, exactly what the checker
        // verifies (no claim about the listed vertices); the file with the old statement is rejected.
        String json = resource("nash-set-missing-vertex.json").strip();
        String statement = CertificateFile.renderNonlinear(ClaimCodec.fromJson(json), "test");
        assertFalse(statement.contains("conv"), statement);
        assertTrue(statement.contains("(define-fun in_set_1 () Bool"), statement);
        Verdict v = CHECKER.checkText(resource("nash-set-missing-vertex.nra.smt2").replace("; tool: equicert 0.1.0", "; tool: equicert test"));
        assertFalse(v.accepted(), "VALID for a natural statement that z3 refutes: " + v.reason());
    }

    @Test
    void success01LinearPartIsTrueSoTheNaturalFileIsTheOnlyForgery() {
        // Current behaviour kept as a regression record: the linear certificate of the same data is
        // accepted, and its words promise only "1 pairs of listed extreme points".
        Verdict v = check(resource("nash-set-missing-vertex.json").strip());
        assertTrue(v.accepted(), v.reason());
        assertTrue(v.statement().contains("(1 pairs of listed extreme points)"), v.statement());
    }

    // ------------------------------------------------------------------ symmetric-bound, symmetric-count-bound

    static String example505(String orbits, String bound, String tree, String witness, String value) {
        return j("{'kind':'symmetric-bound','game':{'title':'Example 5.0.5','actions':[3,3],'payoffs':"
                + "[['1','1','1','1','-10','11/10','1','11/10','-10'],['1','1','1','1','-10','11/10','1','11/10','-10']]},"
                + "'orbits':" + orbits + ",'bound':'" + bound + "','tree':" + tree + ",'witness':" + witness + ",'witnessValue':'" + value + "'}");
    }

    @Test
    void symmetricBaselineIsValid() {
        Verdict v = check(example505("[[0,1]]", "1", "[['anchored',0]]", "[['1','0','0']]", "1"));
        assertTrue(v.accepted(), v.reason());
    }

    @Test
    void attack32OrbitsThatRepeatAPlayer() {
        Verdict v = check(example505("[[0,1],[1]]", "1", "[['anchored',0]]", "[['1','0','0'],['1','0','0']]", "1"));
        assertRejected(v, "the orbits are not a partition of the 2 players");
    }

    @Test
    void attack33OrbitsThatLeaveAPlayerOut() {
        Verdict v = check(example505("[[0]]", "1", "[['anchored',0]]", "[['1','0','0']]", "1"));
        assertRejected(v, "player 2 is in no orbit");
    }

    @Test
    void attack34EmptyOrbit() {
        Verdict v = check(example505("[[0,1],[]]", "1", "[['anchored',0]]", "[['1','0','0'],[]]", "1"));
        assertRejected(v, "orbit 2 is empty");
    }

    @Test
    void attack35WitnessOfTheWrongShape() {
        Verdict v = check(example505("[[0,1]]", "1", "[['anchored',0]]", "[['1','0']]", "1"));
        assertRejected(v, "is not a distribution over its 3 actions");
    }

    @Test
    void attack36BoundBelowTheOptimumWithABernsteinLeaf() {
        // The optimum is 1 (at a vertex where Bernstein coefficients cannot reach it): 99/100 must fail.
        Verdict v = check(example505("[[0,1]]", "99/100", "[['bound']]", "[['1','0','0']]", "1"));
        assertRejected(v, "rule 'exact obligations'");
    }

    @Test
    void attack37AnchoredLeafWithABoundBelowTheOptimum() {
        Verdict v = check(example505("[[0,1]]", "99/100", "[['anchored',0]]", "[['1','0','0']]", "99/100"));
        assertRejected(v, "rule 'exact obligations'");
    }

    @Test
    void attack38TreeWithUnusedEntriesOrANonexistentEdge() {
        assertMalformed(check(example505("[[0,1]]", "1", "[['anchored',0],['bound']]", "[['1','0','0']]", "1")), "1 unused entries");
        assertMalformed(check(example505("[[0,1]]", "1", "[['split',0,0,1],['anchored',0]]", "[['1','0','0']]", "1")), "ends early");
        assertRejected(check(example505("[[0,1]]", "1", "[['split',0,0,5],['anchored',0],['anchored',0]]", "[['1','0','0']]", "1")),
                "does not exist");
        assertRejected(check(example505("[[0,1]]", "1", "[['split',1,0,1],['anchored',0],['anchored',0]]", "[['1','0','0']]", "1")),
                "does not exist");
        assertRejected(check(example505("[[0,1]]", "1", "[['anchored',3]]", "[['1','0','0']]", "1")), "vertex 3 of orbit 0");
        assertRejected(check(example505("[[0,1]]", "1", "[['anchored',0,0]]", "[['1','0','0']]", "1")), "2 anchor vertices for 1 orbits");
    }

    @Test
    void attack38bTreeNodesOfTheOldIntegerCodeOrAnyOtherShapeAreMalformed() {
        // the integer code orbit·10⁴ + i·10² + j of earlier versions is no longer a tree
        assertMalformed(check(example505("[[0,1]]", "1", "[-2]", "[['1','0','0']]", "1")), "not a node");
        assertMalformed(check(example505("[[0,1]]", "1", "[1,-1,-1]", "[['1','0','0']]", "1")), "not a node");
        assertMalformed(check(example505("[[0,1]]", "1", "[['bound',0]]", "[['1','0','0']]", "1")), "has 1 indices");
        assertMalformed(check(example505("[[0,1]]", "1", "[['leaf']]", "[['1','0','0']]", "1")), "not a node");
        assertMalformed(check(example505("[[0,1]]", "1", "[['split',0,0,1,2],['bound'],['bound']]", "[['1','0','0']]", "1")),
                "has 4 indices");
        assertMalformed(check(example505("[[0,1]]", "1", "[['anchored']]", "[['1','0','0']]", "1")), "names no anchor vertex");
        assertMalformed(check(example505("[[0,1]]", "1", "[['anchored','0']]", "[['1','0','0']]", "1")), "is not an index");
        assertMalformed(check(example505("[[0,1]]", "1", "[['anchored',-1]]", "[['1','0','0']]", "1")), "is not an index");
        assertMalformed(check(example505("[[0,1]]", "1", "[]", "[['1','0','0']]", "1")), "ends early");
        assertMalformed(check(example505("[[0,1]]", "1", "{}", "[['1','0','0']]", "1")), "not a list of nodes");
    }

    @Test
    void attack38cASplitOfAVertexWithItselfIsMalformed() {
        assertMalformed(check(example505("[[0,1]]", "1", "[['split',0,1,1],['anchored',0],['anchored',0]]", "[['1','0','0']]", "1")),
                "joins a vertex to itself");
    }

    /** A one-player count table over {@code actions} actions, every payoff 0 but the last action's, 1. */
    static String lastActionPays(int actions, String tree) {
        StringBuilder table = new StringBuilder();
        for (int a = 0; a < actions; a++) {
            StringBuilder counts = new StringBuilder();
            for (int b = 0; b < actions; b++) {
                counts.append(b == 0 ? "" : ",").append(a == b ? 1 : 0);
            }
            table.append(a == 0 ? "" : ",").append("{'counts':[").append(counts).append("],'payoff':'").append(a == actions - 1 ? 1 : 0)
                    .append("'}");
        }
        StringBuilder witness = new StringBuilder();
        for (int a = 0; a < actions; a++) {
            witness.append(a == 0 ? "" : ",").append(a == actions - 1 ? "'1'" : "'0'");
        }
        return j("{'kind':'symmetric-count-bound','title':'t','players':1,'actions':" + actions + ",'table':[" + table + "],"
                + "'bound':'1','tree':" + tree + ",'witness':[" + witness + "],'witnessValue':'1'}");
    }

    @Test
    void attack38dAtAHundredActionsEdgesDoNotCollide() {
        // 101 actions: edge (0,100) exists and is certified; with the old code it was orbit 0·10⁴ + 1·10² + 0 = edge (1,0)
        assertAccepted(check(lastActionPays(101, "[['split',0,0,100],['bound'],['bound']]")));
        assertAccepted(check(lastActionPays(101, "[['split',0,1,0],['bound'],['bound']]")));
        // and they are different subdivisions: halving (0,100) leaves v_100 out of the first half (largest value 1/2)
        String far = ClaimCodec.fromJson(lastActionPays(101, "[['split',0,0,100],['bound'],['bound']]")).linearSmtLib();
        String near = ClaimCodec.fromJson(lastActionPays(101, "[['split',0,1,0],['bound'],['bound']]")).linearSmtLib();
        assertTrue(far.contains("(define-fun q_1 () Real (- (/ 1.0 2.0)))"), far);
        assertTrue(near.contains("(define-fun q_1 () Real 0.0)"), near);
        // 100 actions: vertices are 0..99, so a split naming vertex 100 does not exist
        assertRejected(check(lastActionPays(100, "[['split',0,0,100],['bound'],['bound']]")), "edge (0,100) of orbit 0 that does not exist");
        assertRejected(check(lastActionPays(100, "[['split',0,100,99],['bound'],['bound']]")), "does not exist");
        assertAccepted(check(lastActionPays(100, "[['split',0,0,99],['bound'],['bound']]")));
    }

    @Test
    void attack39SymmetricBoundOnAGameWithoutCommonPayoffs() {
        String json = j("{'kind':'symmetric-bound','game':{'title':'t','actions':[2,2],'payoffs':[['1','0','0','1'],['0','0','0','0']]},"
                + "'orbits':[[0,1]],'bound':'1','tree':[['bound']],'witness':[['1','0']],'witnessValue':'1'}");
        assertRejected(check(json), "payoffs are not common");
    }

    @Test
    void attack40CountTableOutOfOrderIsMalformed() {
        String json = j("{'kind':'symmetric-count-bound','title':'t','players':2,'actions':2,'table':["
                + "{'counts':[1,1],'payoff':'0'},{'counts':[2,0],'payoff':'1'},{'counts':[0,2],'payoff':'1'}],"
                + "'bound':'1','tree':[['bound']],'witness':['1','0'],'witnessValue':'1'}");
        assertMalformed(CHECKER.checkText(handmade(json)), "row 1 of the count table has counts [1, 1], expected [2, 0]");
    }

    @Test
    void attack41CountTableFingerprintIsTheExpandedGames() {
        // The binding of a count table: its fingerprint is that of the same game written in full.
        String json = j("{'kind':'symmetric-count-bound','title':'t','players':2,'actions':2,'table':["
                + "{'counts':[2,0],'payoff':'1'},{'counts':[1,1],'payoff':'0'},{'counts':[0,2],'payoff':'1'}],"
                + "'bound':'1','tree':[['bound']],'witness':['1','0'],'witnessValue':'1'}");
        Verdict v = check(json);
        assertTrue(v.accepted(), v.reason());
        PayoffTable full = new PayoffTable("full", new int[] {2, 2}, new Rational[][] {
            {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}, {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}});
        assertEquals(Fingerprint.of(full), v.fingerprint());
    }

    @Test
    void attack42FingerprintCollisionByShiftingActionCounts() {
        // The same payoff lines under action counts 2 2 and 4 (one player of four actions, whose
        // second player's payoffs would have to be there too) cannot give one canonical text.
        PayoffTable twoByTwo = new PayoffTable("a", new int[] {2, 2}, new Rational[][] {
            {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}, {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}});
        PayoffTable four = new PayoffTable("b", new int[] {4, 2}, new Rational[][] {
            {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE, Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE},
            {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE, Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}});
        PayoffTable eight = new PayoffTable("c", new int[] {8}, new Rational[][] {
            {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE, Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}});
        assertNotEquals(Fingerprint.of(twoByTwo), Fingerprint.of(four));
        assertNotEquals(Fingerprint.of(four), Fingerprint.of(eight));
        assertNotEquals(Fingerprint.of(twoByTwo), Fingerprint.of(eight));
    }

    // ------------------------------------------------------------------ chains: detailed balance, softmax, theorem 1, stationary

    static final String THEOREM1 = "{'kind':'theorem1','game':" + COORDINATION + ",'uMin':'0','base':'400','scale':'1/5',"
            + "'distribution':['80000/80201','1/160402','1/160402','200/80201'],'bound':'99/10','atLeast':true,'epsilon':'1/10'}";

    @Test
    void theoremOneBaselineIsValid() {
        assertTrue(check(j(THEOREM1)).accepted());
    }

    @Test
    void attack43SymbolicDetailedBalanceWithUMinAboveAPayoff() {
        String json = j("{'kind':'detailed-balance-symbolic','game':" + COORDINATION + ",'uMin':'1'}");
        assertRejected(check(json), "u_min = 1 exceeds the payoff 0");
    }

    @Test
    void attack44DetailedBalanceWithTheUniformDistribution() {
        String json = j("{'kind':'detailed-balance','game':" + COORDINATION + ",'uMin':'0','base':'2','scale':1,"
                + "'distribution':['1/4','1/4','1/4','1/4']}");
        assertRejected(check(json), "rule 'exact obligations'");
    }

    @Test
    void attack45DetailedBalanceBelowBaseOne() {
        String json = j("{'kind':'detailed-balance','game':" + COORDINATION + ",'uMin':'0','base':'1/2','scale':1,"
                + "'distribution':['1/4','1/4','1/4','1/4']}");
        assertRejected(check(json), "base 1/2 < 1");
    }

    @Test
    void attack46IntegerScaleWrittenAsAString() {
        String json = j("{'kind':'detailed-balance','game':" + COORDINATION + ",'uMin':'0','base':'2','scale':'1',"
                + "'distribution':['512/529','1/1058','1/1058','16/529']}");
        assertMalformed(CHECKER.checkText(handmade(json)), "an integer scale is written as a JSON number");
    }

    @Test
    void attack47TheoremOneWithABoundThatIsNotUStarMinusEpsilon() {
        String json = j(THEOREM1.replace("'bound':'99/10'", "'bound':'98/10'"));
        assertRejected(check(json), "the bound is not u* - epsilon");
    }

    @Test
    void attack48TheoremOneAtABaseAboveTheTheorems() {
        // b = 401 > 400 with epsilon 1/10: b^1 epsilon = 40.1 > 4 (10 - 0).
        String json = j("{'kind':'theorem1','game':" + COORDINATION + ",'uMin':'0','base':'401','scale':'1/5',"
                + "'distribution':['160801/161205','1/322410','1/322410','401/322410'],'bound':'99/10','atLeast':true,'epsilon':'1/10'}");
        Verdict v = check(json);
        assertFalse(v.accepted(), v.reason());
    }

    @Test
    void attack49SoftmaxExpectationWithAFalseBound() {
        String json = j("{'kind':'softmax-expectation','game':" + COORDINATION + ",'uMin':'0','base':'2','scale':1,"
                + "'distribution':['512/529','1/1058','1/1058','16/529'],'bound':'10','atLeast':true}");
        assertRejected(check(json), "is below 10");
    }

    @Test
    void success02TheoremOneWithAFakeUMin() {
        // The coordination game's minimum payoff is 0, so Theorem 1's base for epsilon = 1/10 is
        // e^(5 alpha) = 4 (10 - 0) / (1/10) = 400. With "uMin":"-10" in the data, the checker
        // computes |A|^n (u* - u_min) = 80 and accepts b = 800 as "exactly the base of Theorem 1's
        // alpha"; the certificate passes --game examples/coordination.nfg (same fingerprint).
        Verdict v = check(resource("theorem1-low-umin.json").strip());
        assertEquals(check(j(THEOREM1)).fingerprint(), v.fingerprint());
        assertFalse(v.accepted() && v.statement().contains("b is exactly the base of Theorem 1's alpha"),
                "VALID: " + v.statement());
    }

    static final String STATIONARY = "{'kind':'stationary-unique','label':'seed 000, b = 2','states':4,'transitions':[[0,0,'2047/2048'],"
            + "[0,1,'1/4096'],[0,2,'1/4096'],[1,0,'1/4'],[1,1,'1/2'],[1,3,'1/4'],[2,0,'1/4'],[2,2,'1/2'],[2,3,'1/4'],[3,1,'1/128'],"
            + "[3,2,'1/128'],[3,3,'63/64']],'distribution':['512/529','1/1058','1/1058','16/529'],'origin':{'game':" + COORDINATION
            + ",'individual':false,'base':'2'}}";

    @Test
    void stationaryBaselineIsValid() {
        assertTrue(check(j(STATIONARY)).accepted());
    }

    @Test
    void attack50StationaryChainClaimedForAnotherBase() {
        // The chain of b = 2 with an origin that says b = 4: the origin's chain is rebuilt and differs.
        String json = j(STATIONARY.replace("'base':'2'", "'base':'4'"));
        assertRejected(check(json), "are not seed 000's learning chain of the stated game at base 4");
    }

    @Test
    void attack51StationaryChainWithTheIndividualFlagFlipped() {
        // In a common-payoff game both variants coincide except for u_min per player (also 0 here), so
        // the flipped flag must describe the same chain and stay valid: the flag is not a free pass.
        Verdict v = check(j(STATIONARY.replace("'individual':false", "'individual':true")));
        assertTrue(v.accepted(), v.reason());
        assertTrue(v.statement().contains("individual-utility learning chain"), v.statement());
    }

    @Test
    void attack52StationaryWithTwoClosedClasses() {
        String json = j("{'kind':'stationary-unique','label':'two traps','states':2,'transitions':[[0,0,'1'],[1,1,'1']],"
                + "'distribution':['1','0']}");
        assertRejected(check(json), "2 closed communicating classes");
    }

    @Test
    void attack53StationaryTransitionLeavingTheStateSpace() {
        String json = j("{'kind':'stationary-unique','label':'x','states':1,'transitions':[[0,1,'1']],'distribution':['1']}");
        Verdict v = CHECKER.checkText(handmade(json));
        assertFalse(v.accepted(), v.reason());
    }

    @Test
    void attack54StationaryWithNoStates() {
        String json = j("{'kind':'stationary-unique','label':'empty','states':0,'transitions':[],'distribution':[]}");
        assertMalformed(check(json), "the chain has 0 states");
    }

    @Test
    void attack55StationaryTransitionsSplitIntoDuplicates() {
        // The same chain with one transition split in two halves: still the same chain, still valid,
        // but with another chain fingerprint (the canonical text lists the stated transitions).
        String split = STATIONARY.replace("[3,3,'63/64']]", "[3,3,'31/64'],[3,3,'1/2']]").replace(",'origin':{'game':" + COORDINATION
                + ",'individual':false,'base':'2'}", "");
        String whole = STATIONARY.replace(",'origin':{'game':" + COORDINATION + ",'individual':false,'base':'2'}", "");
        Verdict a = check(j(split));
        Verdict b = check(j(whole));
        assertTrue(a.accepted() && b.accepted(), a.reason() + " / " + b.reason());
        assertNotEquals(a.fingerprint(), b.fingerprint());
    }

    // ------------------------------------------------------------------ algebraic-nash

    static String algebraic(String polynomial, String lo, String hi, String profile) {
        return j("{'kind':'algebraic-nash','game':" + COORDINATION + ",'polynomial':" + polynomial + ",'lo':'" + lo + "','hi':'" + hi
                + "','profile':" + profile + "}");
    }

    @Test
    void attack56AlgebraicIntervalHoldingTwoRoots() {
        // theta^2 - 4 theta + 2 has roots 2 ± sqrt 2; (0, 4) holds both.
        Verdict v = check(algebraic("['2','-4','1']", "0", "4", "[[['0','1'],['1','-1']],[['0','1'],['1','-1']]]"));
        assertRejected(v, "has 2 distinct roots in (0, 4), not exactly one");
    }

    @Test
    void attack57AlgebraicIntervalEndingAtARoot() {
        Verdict v = check(algebraic("['-1','0','1']", "0", "1", "[[['1'],['0']],[['1'],['0']]]"));
        assertRejected(v, "an end of the interval (0, 1] is a root of p");
    }

    @Test
    void attack58AlgebraicWithAFractionalPolynomial() {
        Verdict v = check(algebraic("['-1/2','1']", "0", "1", "[[['1'],['0']],[['1'],['0']]]"));
        assertRejected(v, "integer coefficients");
    }

    @Test
    void attack59AlgebraicMixedProfileAtTheWrongRoot() {
        // theta = 1/3 is the mixed equilibrium; theta = 1/2 (root of 2 theta - 1) is not.
        Verdict v = check(algebraic("['-1','2']", "0", "1", "[[['0','1'],['1','-1']],[['0','1'],['1','-1']]]"));
        assertRejected(v, "rule 'exact obligations'");
    }

    // ------------------------------------------------------------------ oracle-spo

    static String oracle(String name, String bounds, String utility, String point, String constraints, String vertices, String tree) {
        return j("{'kind':'oracle-spo','title':'t','players':[{'name':'" + name + "','outputs':['a','b'],'bestResponse':false,'bounds':"
                + bounds + ",'utility':" + utility + "}],'point':" + point + ",'classes':[{'members':[0],'pieces':[{'constraints':"
                + constraints + ",'vertices':" + vertices + ",'anchor':null,'trees':[" + tree + "]}]}]}");
    }

    static final String PREFERS_A = "[{'players':[0],'keys':[[0],[1]],'payoffs':['1','0']}]";
    static final String SIMPLEX = "[[{'0':'1','1':'1'},'=','1']]";

    @Test
    void oracleBaselineIsValid() {
        assertTrue(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['le']")).accepted());
    }

    @Test
    void attack60OracleNonOptimalPointOnTheSimplex() {
        Verdict v = check(oracle("A", "[]", PREFERS_A, "[['0','1']]", SIMPLEX, "[['1','0'],['0','1']]", "['le']"));
        assertRejected(v, "leaf 'le': A has a Bernstein coefficient 1 above its utility 0");
    }

    @Test
    void attack61OracleDivisionByZeroInABoundIsNoFreePass() {
        // (/ 1.0 0.0) is an arbitrary real in SMT-LIB; a bound term is a typed tree of rationals, so the
        // data line that writes one does not describe a claim at all.
        Verdict v = check(oracle("A", "[[0,'(/ 1.0 0.0)','(/ 1.0 0.0)']]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]",
                "['le']"));
        assertMalformed(v, "the numeral (/ 1.0 0.0) divides by zero");
        // Numerals are canonical (lowest terms, sign outside), so a term has exactly one text.
        Verdict unreduced = check(oracle("A", "[[0,'(/ 2.0 4.0)','(/ 1.0 2.0)']]", PREFERS_A, "[['1','0']]", SIMPLEX,
                "[['1','0'],['0','1']]", "['le']"));
        assertMalformed(unreduced, "is not in lowest terms");
    }

    @Test
    void attack62OracleBoundTermWithUnicodeDigitsOrTrailingText() {
        Verdict unicode = check(oracle("A", "[[0,'\u0661.0','1.0']]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['le']"));
        assertMalformed(unicode, "a bound is not a linear term of the certificate grammar");
        Verdict trailing = check(oracle("A", "[[0,'1.0) (assert false','1.0']]", PREFERS_A, "[['1','0']]", SIMPLEX,
                "[['1','0'],['0','1']]", "['le']"));
        assertMalformed(trailing, "a bound is not a linear term of the certificate grammar");
    }

    @Test
    void attack63OracleListedVerticesThatAreNotThePolytopes() {
        Verdict v = check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['1/2','1/2']]", "['le']"));
        assertRejected(v, "the listed vertices are not the polytope's vertices");
    }

    @Test
    void attack64OraclePointOutsideItsOwnRelation() {
        // A must play b with probability exactly 1/2; the point (1, 0) breaks that.
        Verdict v = check(oracle("A", "[[1,'(/ 1.0 2.0)','(/ 1.0 2.0)']]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]",
                "['le']"));
        assertRejected(v, "rule 'SMT proof': SMTInterpol found a model of the negation");
    }

    @Test
    void attack65OracleClassesMerged() {
        String twoPlayers = j("{'kind':'oracle-spo','title':'t','players':["
                + "{'name':'A','outputs':['a','b'],'bestResponse':false,'bounds':[],'utility':" + PREFERS_A + "},"
                + "{'name':'B','outputs':['a','b'],'bestResponse':false,'bounds':[],'utility':[{'players':[1],'keys':[[0],[1]],'payoffs':['1','0']}]}],"
                + "'point':[['1','0'],['1','0']],'classes':[{'members':[0,1],'pieces':[]}]}");
        assertRejected(check(twoPlayers), "are not the dependency classes");
    }

    @Test
    void attack66OracleTreeWithAnUnknownLeafOrABadSplit() {
        // Trees are typed (SpoTree): an entry outside le | lt:K | split:A:B, or a split of a corner with
        // itself, makes the data line malformed; an index beyond the simplex is refuted on replay.
        assertMalformed(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['ok']")),
                "unknown tree entry 'ok'");
        assertMalformed(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['split:0:0','le','le']")),
                "bad split split:0:0");
        assertMalformed(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['split:0:1:2','le','le']")),
                "unknown tree entry 'split:0:1:2'");
        assertMalformed(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['split:0:1','le']")),
                "tree ended early");
        assertMalformed(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['le','le']")),
                "tree has unused entries");
        assertRejected(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['split:0:2','le','le']")),
                "bad split split:0:2 (the simplex has 2 corners)");
        assertRejected(check(oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['lt:1']")),
                "bad leaf lt:1 (the class has 1 members)");
    }

    @Test
    void success03OraclePieceWithoutConstraints() {
        // A free player who prefers output a, claimed optimal at b. The single piece has no rows, so
        // the SMT coverage test is trivially true, its vertex set is {(0, 0)} (not a distribution),
        // and the Bernstein leaf compares A's utility at (0, 0), which is 0, with 0. z3 answers sat on
        // the claim's own natural statement.
        Verdict v = check(resource("oracle-spo-unbounded-piece.json").strip());
        assertFalse(v.accepted(), "VALID for a false claim: " + v.statement());
    }

    @Test
    void success04OracleUtilityTableWithARepeatedPlayer() {
        // players [0, 0], key [0, 1], payoff 4: the checker's utility is 4 x_a x_b, which is 0 at
        // both vertices of the simplex (so the 'le' leaf passes at the point (1, 0)) but 1 at
        // (1/2, 1/2). z3 answers sat on the natural statement.
        Verdict v = check(resource("oracle-spo-repeated-player.json").strip());
        assertFalse(v.accepted(), "VALID for a false claim: " + v.statement());
    }

    @Test
    void success05OraclePlayerNameSpoofsThePoint() {
        // One player named "A [1, 0], B" at the point (0, 1): the words read "the point A [1, 0],
        // B [0, 1] is in the equilibrium set ...", as if a player A played its first output.
        Verdict v = check(resource("oracle-spo-name-spoof.json").strip());
        assertFalse(v.accepted() && v.statement().startsWith("the point A [1, 0], B [0, 1] is"), "VALID: " + v.statement());
    }

    @Test
    void success06NashClaimOnAGameWithNoPlayers() {
        Verdict v = check(resource("nash-zero-players.json").strip());
        assertFalse(v.accepted(), "VALID: '" + v.statement() + "' about " + v.fingerprint());
    }

    @Test
    void attack67NegativeEpsilonIsMalformed() {
        Verdict v = CHECKER.checkText(handmade(nash(COORDINATION, "[['0','1'],['1','0']]", "-1")));
        assertMalformed(v, "epsilon must not be negative, got -1");
    }

    @Test
    void attack68OracleBestResponderWithTwoMovingOpponentsInOneRow() {
        // A best responder whose payoff row holds two other members of its class would make the
        // slice's best-response test nonlinear: the checker refuses to write it (per-file error).
        String json = j("{'kind':'oracle-spo','title':'t','players':["
                + "{'name':'A','outputs':['a','b'],'bestResponse':true,'bounds':[],'utility':[{'players':[0,1,2],'keys':[[0,0,0]],'payoffs':['1']}]},"
                + "{'name':'B','outputs':['a','b'],'bestResponse':false,'bounds':[[0,'x_0_0','x_0_0']],'utility':[]},"
                + "{'name':'C','outputs':['a','b'],'bestResponse':false,'bounds':[[0,'x_0_0','x_0_0']],'utility':[]}],"
                + "'point':[['1','0'],['1','0'],['1','0']],'classes':[{'members':[0,1,2],'pieces':[]}]}");
        Verdict v = CHECKER.checkText(handmade(json));
        assertMalformed(v, "nonlinear best response of A");
    }

    @Test
    void attack69OracleAnchorThatIsNotThePoint() {
        String json = oracle("A", "[]", PREFERS_A, "[['1','0']]", SIMPLEX, "[['1','0'],['0','1']]", "['le'],['le']")
                .replace("\"anchor\":null", "\"anchor\":[\"1/2\",\"1/2\"]");
        assertRejected(check(json), "the anchor weights do not give the point");
    }

    @Test
    void attack70RegretClaimOnAGameWithNoPlayers() {
        // Same degenerate game as success06, other kind: a game needs a player (fixed with success06).
        String json = j("{'kind':'regret','game':{'title':'none','actions':[],'payoffs':[]},'profile':[],'regrets':[]}");
        assertMalformed(check(json), "a game needs at least one player");
    }

    // ------------------------------------------------------------------ resource exhaustion

    @Test
    void success07DecimalExponentInAPayoff() {
        String text = handmade(resource("nash-decimal-exponent.json").strip());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertFalse(CHECKER.checkText(text).accepted()));
    }

    @Test
    void success08DetailedBalanceHugePower() {
        String text = handmade(resource("detailed-balance-huge-power.json").strip());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertFalse(CHECKER.checkText(text).accepted()));
    }

    @Test
    void success09AlgebraicNashOfTheLargestDegree() {
        String text = handmade(resource("algebraic-nash-degree-64.json").strip());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertFalse(CHECKER.checkText(text).accepted()));
    }

    @Test
    void success10StationaryWithTwoBillionStates() {
        String text = handmade(resource("stationary-huge-states.json").strip());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertFalse(CHECKER.checkText(text).accepted()));
    }

    @Test
    void smtLayerAloneWouldAcceptTheHandmadeTemplate() {
        // Premise of the handmade files above: their SMT-LIB alone is unsat, so only the checker's
        // rules stand between them and VALID.
        assertEquals("unsat", EmbeddedSmtInterpol.run(handmade(HIGH_HIGH).substring(handmade(HIGH_HIGH).indexOf("(set-info"))).status());
    }
}
