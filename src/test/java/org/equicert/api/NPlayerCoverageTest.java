package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.certificate.Checker;
import org.equicert.certificate.Verdict;
import org.equicert.game.Corpus;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.report.NashSetRenderer;
import org.equicert.report.Rendered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the completeness of an n-player Nash set rests on: the excluded support profiles with Farkas
 * multipliers are certified by one {@code nash-support-exclusion} certificate; completeness is
 * certified only when every other support profile is pure and holds its certified equilibrium.
 */
class NPlayerCoverageTest {

    /** Three-player prisoners' dilemma: defecting (action 2) pays 1 more; each cooperator gives the others 2. */
    static NormalFormGame dilemma() {
        Rational[][] p = new Rational[3][8];
        for (int k = 0; k < 8; k++) {
            int[] a = {k & 1, k >> 1 & 1, k >> 2 & 1};
            for (int i = 0; i < 3; i++) {
                int cooperating = 0;
                for (int j = 0; j < 3; j++) {
                    cooperating += j != i && a[j] == 0 ? 1 : 0;
                }
                p[i][k] = Rational.of(2L * cooperating + a[i]);
            }
        }
        return NormalFormGame.of(new int[] {2, 2, 2}, p);
    }

    @Test
    void theDilemmaIsCertifiedCompleteByItsPureEquilibriumAndTwentySixExclusions(@TempDir Path dir) {
        NashSetResult r = NashSets.solve(dilemma(), NashOptions.defaults().withBaseName("dilemma").withCertificates(dir));
        SupportNashSet s = (SupportNashSet) r.set();
        SupportNashSet.Coverage c = s.coverage();
        assertEquals(27, s.supportProfiles());
        assertEquals(26, c.excluded());
        assertEquals(26, c.linear());
        assertEquals(0, c.algebraic());
        assertEquals(List.of(0), c.pureEquilibria());
        assertEquals(0, c.mixedSupports());
        assertTrue(c.linearCitation().isCertified(), c.linearCitation().text());
        assertTrue(c.linearCitation().text().endsWith("dilemma-excluded.smt2]"), c.linearCitation().text());
        assertTrue(Files.exists(dir.resolve("certificates/dilemma-excluded.smt2")));
        assertTrue(Files.exists(dir.resolve("certificates/dilemma-excluded.nra.smt2")));
        Completeness complete = s.completeness().orElseThrow();
        assertEquals(Citation.Status.DERIVED, complete.citation().status());
        assertTrue(s.enumeration().isCertified());
        Rendered text = NashSetRenderer.render(r);
        String all = String.join("\n", text.lines());
        assertTrue(all.contains("excluded support profiles: 26 of 26 infeasible by a linear (Farkas) certificate  [certified: "), all);
        assertTrue(all.contains("  support of equilibrium 1 is pure: it holds that profile only  [from certified equilibrium 1: "), all);
        assertTrue(all.contains("complete:   every support profile was decided (exhaustive enumeration)  [from certified exclusion of the other"
                + " 26 support profiles; the pure equilibrium certified above, the only profile of its support: "), all);
        assertEquals(2, text.lines().stream().filter(l -> l.contains("(not certified")).count(), all); // the components only
        assertEquals(2, text.tally().notCertified(), all);
        assertTrue(r.allChecked());
    }

    @Test
    void theWrittenExclusionCertificateChecksAndAnEditedMultiplierDoesNot(@TempDir Path dir) throws Exception {
        NashSets.solve(dilemma(), NashOptions.defaults().withBaseName("dilemma").withCertificates(dir));
        String text = Files.readString(dir.resolve("certificates/dilemma-excluded.smt2"));
        Checker checker = new Checker(Equicert.VERSION);
        Verdict v = checker.checkText(text);
        assertTrue(v.accepted(), v.reason());
        assertTrue(v.statement().startsWith("no Nash equilibrium of the game has supports exactly S, for each of these 26 support profiles S"),
                v.statement());
        assertTrue(checker.checkText(Files.readString(dir.resolve("certificates/dilemma-excluded.nra.smt2"))).accepted());
        // the first profile's multiplier of defecting, 1, made -1 on the data line: a negative multiplier off the support
        String data = text.lines().filter(l -> l.startsWith("; data: ")).findFirst().orElseThrow();
        int at = data.indexOf("\"multipliers\":[\"0\",\"1\"]");
        assertTrue(at > 0, data);
        String forged = text.replace(data, data.substring(0, at) + "\"multipliers\":[\"0\",\"-1\"]"
                + data.substring(at + "\"multipliers\":[\"0\",\"1\"]".length()));
        Verdict bad = checker.checkText(forged);
        assertFalse(bad.accepted(), bad.reason());
    }

    @Test
    void theCorpus2x2x2SaysWhichProfilesAreNotCertified(@TempDir Path dir) {
        NormalFormGame g = GameFiles.read(Corpus.file("contrib/games/2x2x2.nfg"));
        NashSetResult r = NashSets.solve(g, NashOptions.defaults().withBaseName("2x2x2").withCertificates(dir));
        SupportNashSet s = (SupportNashSet) r.set();
        SupportNashSet.Coverage c = s.coverage();
        assertEquals(19, c.excluded());
        assertEquals(19, c.linear());
        assertEquals(3, c.joint()); // the three that exact algebra excluded before the joint multipliers were kept
        assertEquals(0, c.algebraic());
        assertEquals(List.of(0, 1, 3, 4), c.pureEquilibria());
        assertEquals(4, c.mixedSupports());
        assertEquals(27, c.excluded() + c.pureEquilibria().size() + c.mixedSupports());
        assertTrue(c.linearCitation().isCertified());
        Completeness complete = s.completeness().orElseThrow();
        assertEquals(Citation.Status.NOT_CERTIFIED, complete.citation().status());
        assertEquals("(not certified: 4 mixed support profiles hold listed equilibria (found by exact algebra); no certificate covers them)",
                complete.citation().text());
        assertFalse(s.enumeration().isCertified());
        String all = String.join("\n", NashSetRenderer.render(r).lines());
        assertTrue(all.contains("excluded support profiles: 19 of 19 infeasible by a linear (Farkas) certificate (3 by the joint relaxation"
                + " of every player's conditions, 16 by one player's)  [certified: "), all);
        assertFalse(all.contains("exact algebra (nonlinear) only"), all);
        assertTrue(all.contains("  4 mixed support profiles hold the listed mixed equilibria  (not certified: "), all);
    }

    @Test
    void withoutCertificatesNothingIsClaimedCertified() {
        NashSetResult r = NashSets.solve(dilemma(), NashOptions.defaults().withBaseName("dilemma").withoutCertificates());
        SupportNashSet s = (SupportNashSet) r.set();
        assertEquals(Citation.Status.NOT_REQUESTED, s.coverage().linearCitation().status());
        assertEquals(Citation.Status.NOT_REQUESTED, s.completeness().orElseThrow().citation().status());
        assertFalse(s.enumeration().isCertified());
        assertTrue(r.certificates().isEmpty());
        assertEquals(26, s.coverage().linear());
    }

    @Test
    void profilesLeftToTheAlgebraAreNamedByTheirCause() {
        // 2x2x2x2x2: 201 one-player and 35 joint certificates; in 2 profiles both relaxations are feasible
        NormalFormGame g = GameFiles.read(Corpus.file("contrib/games/2x2x2x2x2.nfg"));
        NashSetResult r = NashSets.solve(g, NashOptions.defaults().withBaseName("g5").withoutCertificates());
        SupportNashSet.Coverage c = ((SupportNashSet) r.set()).coverage();
        assertEquals(238, c.excluded());
        assertEquals(236, c.linear());
        assertEquals(35, c.joint());
        assertEquals(2, c.algebraic());
        String all = String.join("\n", NashSetRenderer.render(r).lines());
        assertTrue(all.contains("excluded support profiles: 236 of 238 infeasible by a linear (Farkas) certificate (35 by the joint"
                + " relaxation of every player's conditions, 201 by one player's)  (not certified"), all);
        assertTrue(all.contains("excluded support profiles: 2 of 238 by exact algebra (nonlinear) only  (not certified: exact algebra on the"
                + " nonlinear support system; both linear relaxations (one player's, joint) are feasible there, so neither gives a"
                + " certificate)"), all);
    }
}
