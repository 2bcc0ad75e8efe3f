package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.game.SeedGames;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LearningDynamics} through the API only: seed 000's worked example, exactly. */
class LearningDynamicsTest {

    private static Rational q(String text) {
        return Rational.parse(text);
    }

    @Test
    void seedZeroCoordinationAtBaseTwoIsCertifiedEndToEnd(@TempDir Path dir) {
        DynamicsResult r = LearningDynamics.analyse(SeedGames.coordination(), DynamicsOptions.atBase(Rational.TWO)
                .withEpsilon(q("1/10")).withRounds(10).withCertificates(dir).withName("coordination"));
        ChainAnalysis.Common c = assertInstanceOf(ChainAnalysis.Common.class, r.analysis());
        // Gambit order (high,high), (low,high), (high,low), (low,low); p ∝ 2^U
        assertArrayEquals(new Rational[] {q("512/529"), q("1/1058"), q("1/1058"), q("16/529")}, c.distribution());
        assertEquals(q("5200/529"), c.expectedUtility());
        assertEquals(q("512/529"), c.optimalProbability());
        assertEquals(Rational.of(10), c.optimum());
        assertEquals(Rational.ZERO, c.uMin());
        assertEquals(1, c.scale());
        assertEquals(q("9539334335054414696667182483195/1267650600228229401496703205376"), c.round().orElseThrow().value().orElseThrow());
        TheoremOne.Bound t = assertInstanceOf(TheoremOne.Bound.class, c.theorem().orElseThrow());
        assertEquals(q("99/10"), t.target());
        TheoremOne.ExactBase at = assertInstanceOf(TheoremOne.ExactBase.class, t.attained());
        assertEquals(Rational.of(400), at.base()); // e^(5 alpha) = 400
        assertEquals(q("1/5"), at.scale());
        assertEquals(q("801000/80201"), at.expectedUtility());
        assertEquals(q("80000/80201"), at.optimalProbability());
        TheoremOne.Bracket m = assertInstanceOf(TheoremOne.Bracket.class, t.minimal());
        assertEquals(q("151890216323/68719476736"), m.lowerBase());
        assertEquals(q("2430243461169/1099511627776"), m.upperBase());
        assertTrue(m.alpha().lower().compareTo(q("0.793125335645")) >= 0 && m.alpha().upper().compareTo(q("0.793125335647")) <= 0);
        assertTrue(t.alpha().lower().compareTo(q("1.198292909421")) >= 0 && t.alpha().upper().compareTo(q("1.198292909422")) <= 0);

        assertTrue(r.allChecked());
        assertTrue(r.certificatesRequested());
        assertEquals(List.of("coordination-detailed-balance-symbolic", "coordination-detailed-balance", "coordination-stationary",
                "coordination-theorem1", "coordination-minimal-alpha-upper", "coordination-minimal-alpha-lower"),
                r.certificates().stream().map(CheckedCertificate::name).toList());
        for (CheckedCertificate x : r.certificates()) {
            assertTrue(Files.isRegularFile(x.path()), x.path().toString());
        }
        assertEquals(Citation.Status.CERTIFIED, c.stationary().status());
        assertEquals(dir.resolve("certificates/coordination-stationary.smt2").toString(), c.stationary().certificate().orElseThrow());
        assertEquals(Citation.Status.DERIVED, c.fromDistribution().status());
        assertEquals(Citation.Status.NOT_CERTIFIED, c.convergence().status());
        assertEquals(Citation.Status.CERTIFIED, m.lowerCitation().status());
    }

    @Test
    void withoutCertificatesEveryCitationIsNotRequestedAndTheValuesAreTheSame() {
        DynamicsResult r = LearningDynamics.analyse(SeedGames.coordination(), DynamicsOptions.atBase(Rational.TWO));
        ChainAnalysis.Common c = (ChainAnalysis.Common) r.analysis();
        assertEquals(q("5200/529"), c.expectedUtility());
        assertFalse(r.certificatesRequested());
        assertTrue(r.certificates().isEmpty());
        assertEquals(Citation.Status.NOT_REQUESTED, c.stationary().status());
        assertEquals(Citation.Status.NOT_REQUESTED, c.balanceSymbolic().status());
        assertTrue(c.round().isEmpty());
        assertTrue(c.theorem().isEmpty());
        assertTrue(r.simulation().isEmpty());
        assertTrue(r.allChecked());
    }

    @Test
    void resultsAreImmutable() {
        ChainAnalysis.Common c = (ChainAnalysis.Common) LearningDynamics.analyse(SeedGames.coordination(),
                DynamicsOptions.atBase(Rational.TWO)).analysis();
        Rational[] p = c.distribution();
        p[0] = Rational.ZERO;
        assertEquals(q("512/529"), c.distribution()[0]);
        Rational[] in = {Rational.ONE};
        ChainAnalysis.ClosedClass k = new ChainAnalysis.ClosedClass(1, 1, true, in);
        in[0] = Rational.ZERO;
        assertEquals(Rational.ONE, k.distribution()[0]);
    }

    @Test
    void individualPrisonersDilemmaEndsInMutualDefection() {
        DynamicsResult r = LearningDynamics.analyse(SeedGames.prisonersDilemma(),
                DynamicsOptions.atBase(Rational.TWO).withIndividual(true).withRounds(3));
        ChainAnalysis.Individual c = assertInstanceOf(ChainAnalysis.Individual.class, r.analysis());
        assertTrue(c.unique());
        ChainAnalysis.ClosedClass k = c.classes().get(0);
        assertEquals(4, k.size());
        assertEquals(1, k.period());
        assertTrue(k.reversible());
        // (C,C), (D,C), (C,D), (D,D)
        assertArrayEquals(new Rational[] {q("1/17"), q("4/17"), q("4/17"), q("8/17")}, k.distribution());
        assertEquals(List.of(q("31/17"), q("31/17")), c.payoffs());
        assertEquals(12, c.transitions());
        assertTrue(c.convergence().isPresent());
        Rational[] mu = c.round().orElseThrow().distribution();
        Rational sum = Rational.ZERO;
        for (Rational x : mu) {
            sum = sum.add(x);
        }
        assertEquals(Rational.ONE, sum);
    }

    @Test
    void aDecimalAlphaIsEnclosedBetweenTwoRationalBases() {
        DynamicsResult r = LearningDynamics.analyse(SeedGames.coordination(), DynamicsOptions.atAlpha(q("0.5")).withDigits(6));
        ChainAnalysis.Alpha a = assertInstanceOf(ChainAnalysis.Alpha.class, r.analysis());
        // E = (10 e^5 + 5 e^2.5)/(e^5 + 2 + e^2.5) = 9.5023700...
        assertTrue(a.lowerExpectedUtility().compareTo(q("9.50237")) > 0, a.lowerExpectedUtility().toDecimalString(10));
        assertTrue(a.upperExpectedUtility().compareTo(q("9.502371")) < 0, a.upperExpectedUtility().toDecimalString(10));
        assertTrue(a.lowerBase().compareTo(a.upperBase()) < 0);
        assertEquals(a.upperExpectedUtility().add(q("1/1000000")), a.upperTarget());
    }

    @Test
    void simulationAgreesWithTheExactRoundDistribution() {
        DynamicsResult r = LearningDynamics.analyse(SeedGames.coordination(),
                DynamicsOptions.atBase(Rational.TWO).withRounds(4).withSimulation(3000, 1));
        DynamicsResult.SimulationCheck s = r.simulation().orElseThrow();
        assertEquals(4, s.rounds());
        DynamicsResult.SimulationCheck.Comparison c = s.comparison().orElseThrow();
        assertEquals(4, c.profiles());
        assertTrue(c.agrees(), c.maxDeviation() + " > " + c.radius());
        assertTrue(r.allChecked());
    }

    @Test
    void misuseIsRejectedNamingTheBadValue() {
        NormalFormGame pd = SeedGames.prisonersDilemma();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningDynamics.analyse(pd, DynamicsOptions.atBase(Rational.TWO)));
        assertTrue(e.getMessage().contains("common payoffs"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atBase(q("1/2"))).getMessage().contains("1/2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atAlpha(q("-1"))).getMessage().contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atBase(Rational.TWO).withDigits(0))
                .getMessage().contains("0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atBase(Rational.TWO).withEpsilon(Rational.ZERO))
                .getMessage().contains("epsilon"));
        assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atBase(Rational.TWO).withRounds(0));
        assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atAlpha(Rational.ONE).withIndividual(true));
        assertThrows(IllegalArgumentException.class, () -> DynamicsOptions.atBase(Rational.TWO).withSimulation(0, 1));
        assertEquals(Optional.empty(), DynamicsOptions.atBase(Rational.TWO).certificates());
    }
}
