package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** Seed 000's coordination game through the checker, written without any solver code. */
class CheckerTest {

    static final Checker CHECKER = new Checker("test");

    static Rational[] v(String... xs) {
        Rational[] r = new Rational[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = Rational.parse(xs[i]);
        }
        return r;
    }

    /** (high,high) 10, (low,low) 5, else 0; Gambit order (hh, lh, hl, ll). */
    static PayoffTable coordination() {
        return new PayoffTable("seed 000 coordination", new int[] {2, 2}, new Rational[][] {v("10", "0", "0", "5"), v("10", "0", "0", "5")});
    }

    @Test
    void theThreeEquilibriaOfSeedZeroAreCertified() {
        for (Rational[][] p : List.of(new Rational[][] {v("1", "0"), v("1", "0")}, new Rational[][] {v("0", "1"), v("0", "1")},
                new Rational[][] {v("1/3", "2/3"), v("1/3", "2/3")})) {
            Verdict verdict = CHECKER.check(NashClaim.nash(coordination(), p));
            assertTrue(verdict.accepted(), verdict.reason());
            assertEquals("unsat", verdict.smtStatus());
            assertFalse(verdict.proof().isEmpty());
        }
    }

    @Test
    void highLowIsRejectedAndItsExactRegretCertified() {
        Rational[][] highLow = {v("1", "0"), v("0", "1")};
        Verdict nash = CHECKER.check(NashClaim.nash(coordination(), highLow));
        assertFalse(nash.accepted());
        assertTrue(nash.reason().contains("player 2 gains 10 by switching to action 1"), nash.reason());
        // Bypassing the exact obligations, the SMT certificate alone is refuted too.
        assertEquals("sat", EmbeddedSmtInterpol.run(CertificateFile.render(NashClaim.nash(coordination(), highLow), "t")).status());
        Verdict regret = CHECKER.check(new RegretClaim(coordination(), highLow, new Rational[][] {v("0", "5"), v("10", "0")}));
        assertTrue(regret.accepted(), regret.reason());
        Verdict wrongRegret = CHECKER.check(new RegretClaim(coordination(), highLow, new Rational[][] {v("0", "5"), v("9", "0")}));
        assertFalse(wrongRegret.accepted());
    }

    @Test
    void epsilonNashUsesTheExactEpsilon() {
        Rational[][] p = {v("3333/10000", "6667/10000"), v("3333/10000", "6667/10000")};
        // max regret is 3333/20000000 (computed by hand: low earns 5*6667/10000, the mix earns 66666667/20000000)
        assertTrue(CHECKER.check(new NashClaim(coordination(), p, Rational.parse("3333/20000000"))).accepted());
        assertFalse(CHECKER.check(new NashClaim(coordination(), p, Rational.parse("3332/20000000"))).accepted());
    }

    @Test
    void detailedBalanceSymbolicInAlphaAndAtBaseTwo() {
        assertTrue(CHECKER.check(new DetailedBalanceClaim(coordination(), Rational.ZERO)).accepted());
        assertFalse(CHECKER.check(new DetailedBalanceClaim(coordination(), Rational.ONE)).accepted(), "u_min above a payoff");
        // b = 2: weights 2^10, 1, 1, 2^5 over (hh, lh, hl, ll); Z = 1058
        Rational[] pi = v("1024/1058", "1/1058", "1/1058", "32/1058");
        assertTrue(CHECKER.check(new ConcreteDetailedBalanceClaim(coordination(), Rational.ZERO, Rational.TWO, 1, pi)).accepted());
        Rational[] wrong = v("1023/1058", "2/1058", "1/1058", "32/1058");
        assertFalse(CHECKER.check(new ConcreteDetailedBalanceClaim(coordination(), Rational.ZERO, Rational.TWO, 1, wrong)).accepted());
    }

    /** The chain at b = 2 written out by hand: from hh each switch has prob 2^-10/4, etc. */
    static List<StationaryClaim.Transition> chainAtBaseTwo() {
        Rational[] leave = {Rational.parse("1/1024"), Rational.ONE, Rational.ONE, Rational.parse("1/32")};
        int[][] neighbours = {{1, 2}, {0, 3}, {3, 0}, {2, 1}};
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            Rational t = leave[s].divide(Rational.of(4));
            ts.add(new StationaryClaim.Transition(s, neighbours[s][0], t));
            ts.add(new StationaryClaim.Transition(s, neighbours[s][1], t));
            Rational stay = Rational.ONE.subtract(t).subtract(t);
            if (!stay.isZero()) {
                ts.add(new StationaryClaim.Transition(s, s, stay));
            }
        }
        return ts;
    }

    @Test
    void stationaryAndUniqueIsCertifiedAndReducibleChainsAreRejected() {
        Rational[] pi = v("512/529", "1/1058", "1/1058", "16/529");
        assertTrue(CHECKER.check(new StationaryClaim("b=2", 4, chainAtBaseTwo(), pi)).accepted());
        assertFalse(CHECKER.check(new StationaryClaim("b=2", 4, chainAtBaseTwo(), v("1/2", "0", "0", "1/2"))).accepted());
        // Two absorbing states: every mixture is stationary, so uniqueness must fail.
        List<StationaryClaim.Transition> reducible = List.of(new StationaryClaim.Transition(0, 0, Rational.ONE),
                new StationaryClaim.Transition(1, 1, Rational.ONE));
        StationaryClaim claim = new StationaryClaim("two absorbing", 2, reducible, v("1", "0"));
        assertEquals(2, claim.closedClasses());
        Verdict verdict = CHECKER.check(claim);
        assertFalse(verdict.accepted());
        assertTrue(verdict.reason().contains("2 closed communicating classes"), verdict.reason());
        // The SMT encoding alone also finds the second stationary distribution.
        assertEquals("sat", EmbeddedSmtInterpol.run(CertificateFile.render(claim, "t")).status());
        // A row that does not sum to 1 is never accepted silently.
        List<StationaryClaim.Transition> leaky = List.of(new StationaryClaim.Transition(0, 0, Rational.HALF));
        assertFalse(CHECKER.check(new StationaryClaim("leaky", 1, leaky, v("1"))).accepted());
    }

    @Test
    void canaryIsFalseAndCheckedFilesRoundTrip() {
        Checker.runCanaries();
        NashClaim claim = NashClaim.nash(coordination(), new Rational[][] {v("1/3", "2/3"), v("1/3", "2/3")});
        String text = CertificateFile.render(claim, "test");
        assertTrue(CHECKER.checkText(text).accepted());
        assertTrue(text.contains("(set-info :status unsat)"));
        assertTrue(CHECKER.checkText(CertificateFile.renderNonlinear(claim, "test")).accepted());
        assertFalse(CHECKER.checkText(text.replace("(> ", "(>= ")).accepted(), "an edited inequality must be rejected");
    }
}
