package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProfileCertification#certify} through the API only. */
class ProfileCertificationTest {

    private static final NormalFormGame COORDINATION = GameFiles.read(Path.of("examples", "coordination.nfg"));

    private static List<List<Rational>> profile(String text) {
        return java.util.Arrays.stream(text.split(";")).map(s -> java.util.Arrays.stream(s.split(",")).map(Rational::parse).toList()).toList();
    }

    private static List<Rational> r(String... s) {
        return java.util.Arrays.stream(s).map(Rational::parse).toList();
    }

    @Test
    void aDecimalProfileIsNotNashByAnExactRegretAndIsRepairedToTheMixedEquilibrium(@TempDir Path dir) {
        ProfileCertificationResult result = ProfileCertification.certify(COORDINATION, profile("3333/10000,6667/10000;3333/10000,6667/10000"),
                ProfileOptions.defaults().withCertificates(dir).withBaseName("coordination"));
        ProfileCertificationResult.Evaluation e = result.evaluation().orElseThrow();
        assertFalse(e.nash());
        assertEquals(Rational.of(3333, 20_000_000), e.maxRegret());
        assertEquals(r("-6667/20000000", "3333/20000000"), e.players().get(0).regrets());
        assertEquals(Rational.of(66_666_667, 20_000_000), e.players().get(1).expectedPayoff());
        assertEquals(Citation.Status.NOT_CERTIFIED, e.players().get(0).payoffCitation().status());
        assertEquals(dir.resolve("certificates").resolve("coordination-regret.smt2").toString(), e.nashCitation().certificate().orElseThrow());
        Repair.Found repair = (Repair.Found) result.repair().orElseThrow();
        assertEquals("1/3,2/3;1/3,2/3", repair.equilibrium().toString());
        assertTrue(repair.sameSupport());
        assertEquals(List.of("coordination-regret", "coordination-repair-nash"), result.certificates().stream().map(CheckedCertificate::name).toList());
        assertTrue(result.ok() && result.valid());
    }

    @Test
    void anExactPureEquilibriumIsCertifiedNashAndZeroNashWithoutRepair(@TempDir Path dir) {
        ProfileCertificationResult result = ProfileCertification.certify(COORDINATION, profile("1,0;1,0"),
                ProfileOptions.defaults().withCertificates(dir).withBaseName("hh").withEpsilon(Rational.ZERO));
        assertTrue(result.nash());
        assertEquals(Rational.ZERO, result.evaluation().orElseThrow().maxRegret());
        assertTrue(result.evaluation().orElseThrow().epsilon().orElseThrow().holds());
        assertTrue(result.repair().isEmpty());
        assertEquals(List.of("hh-regret", "hh-nash", "hh-epsilon-nash"), result.certificates().stream().map(CheckedCertificate::name).toList());
    }

    @Test
    void epsilonNashHoldsExactlyFromTheLargestRegretUp() {
        // at 1/2,1/2 each: high pays 5, low 5/2, the mix 15/4, so the largest regret is 5/4
        ProfileCertificationResult below = ProfileCertification.certify(COORDINATION, profile("1/2,1/2;1/2,1/2"),
                ProfileOptions.defaults().withEpsilon(Rational.ONE));
        ProfileCertificationResult.Evaluation e = below.evaluation().orElseThrow();
        assertEquals(Rational.of(5, 4), e.maxRegret());
        assertFalse(e.epsilon().orElseThrow().holds());
        assertEquals(e.nashCitation(), e.epsilon().orElseThrow().citation(), "a failed epsilon cites the regrets");
        ProfileCertificationResult tie = ProfileCertification.certify(COORDINATION, profile("1/2,1/2;1/2,1/2"),
                ProfileOptions.defaults().withEpsilon(Rational.of(5, 4)));
        assertTrue(tie.evaluation().orElseThrow().epsilon().orElseThrow().holds());
    }

    @Test
    void aProfileThatIsNotADistributionIsStatedSoAndRepairedWithinItsSupports() {
        ProfileCertificationResult result = ProfileCertification.certify(COORDINATION, profile("1/2,3/5;1,0"), ProfileOptions.defaults());
        assertFalse(result.valid());
        assertFalse(result.ok());
        assertEquals(List.of("player 1's probabilities sum to 11/10, not 1"), result.notAProfile().orElseThrow().problems());
        Repair.Found repair = (Repair.Found) result.repair().orElseThrow();
        assertEquals("1,0;1,0", repair.equilibrium().toString());
        assertFalse(repair.sameSupport());
        assertEquals(Citation.Status.NOT_REQUESTED, repair.citation().status());
        assertTrue(result.certificates().isEmpty());
    }

    @Test
    void noEquilibriumWithinMismatchedPureSupportsIsCertifiedByTheNashSet(@TempDir Path dir) {
        ProfileCertificationResult result = ProfileCertification.certify(COORDINATION, profile("1,0;0,1"),
                ProfileOptions.defaults().withCertificates(dir).withBaseName("hl"));
        Repair.NoEquilibrium none = (Repair.NoEquilibrium) result.repair().orElseThrow();
        assertEquals(3, none.extremeEquilibria());
        assertEquals(dir.resolve("certificates").resolve("hl-nash-set.smt2").toString(), none.citation().certificate().orElseThrow());
        assertEquals(Rational.of(10), result.evaluation().orElseThrow().maxRegret(), "the column player gains 10 by matching high");
    }

    @Test
    void threePlayersAreNotRepairedAndMisshapenProfilesAreRejected() {
        NormalFormGame g = GameFiles.read(Path.of("examples", "irrational-2x2x2.nfg"));
        ProfileCertificationResult result = ProfileCertification.certify(g, profile("1/2,1/2;1/2,1/2;1/2,1/2"), ProfileOptions.defaults());
        assertTrue(result.repair().orElseThrow() instanceof Repair.NotAttempted);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileCertification.certify(COORDINATION, profile("1,0,0;1,0"), ProfileOptions.defaults()));
        assertTrue(e.getMessage().contains("3 entries"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileOptions.defaults().withEpsilon(Rational.of(-1)));
    }
}
