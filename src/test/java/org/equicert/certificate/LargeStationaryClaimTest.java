package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * Stationary-unique claims above {@link StationaryClaim#SMT_STATE_LIMIT} states, certified in
 * replayed form: the checker recomputes πP = π, Σπ = 1, π ≥ 0 and the closed-class structure, and
 * the small SMT part proves P stochastic. Each mutation of one obligation must be rejected.
 */
class LargeStationaryClaimTest {

    private static final Checker CHECKER = new Checker("test");
    private static final int STATES = 300;

    /**
     * A non-reversible chain on a cycle: from s, go to s + 1 with probability 1/2, to s − 1 with
     * 1/6, stay with 1/3. Doubly stochastic, so π is uniform.
     */
    private static List<StationaryClaim.Transition> cycle() {
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        for (int s = 0; s < STATES; s++) {
            ts.add(new StationaryClaim.Transition(s, (s + 1) % STATES, Rational.HALF));
            ts.add(new StationaryClaim.Transition(s, (s + STATES - 1) % STATES, Rational.of(1, 6)));
            ts.add(new StationaryClaim.Transition(s, s, Rational.of(1, 3)));
        }
        return ts;
    }

    private static Rational[] uniform() {
        Rational[] pi = new Rational[STATES];
        Arrays.fill(pi, Rational.of(1, STATES));
        return pi;
    }

    @Test
    void theHonestLargeClaimIsCertifiedInReplayedForm() {
        StationaryClaim claim = new StationaryClaim("cycle", STATES, cycle(), uniform());
        assertTrue(claim.replayed());
        assertEquals(List.of(), claim.obligationFailures());
        assertTrue(claim.nonlinearSmtLib().isEmpty());
        String smt = claim.linearSmtLib();
        assertFalse(smt.contains("pi_"), "the replayed SMT part mentions no distribution variable");
        assertTrue(CHECKER.check(claim).accepted());
        Verdict reread = CHECKER.checkText(CertificateFile.render(claim, "test"));
        assertTrue(reread.accepted(), reread.reason());
    }

    @Test
    void movingMassBetweenTwoStatesBreaksStationarity() {
        Rational[] pi = uniform();
        Rational eps = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(40));
        pi[7] = pi[7].add(eps);
        pi[200] = pi[200].subtract(eps);
        StationaryClaim claim = new StationaryClaim("cycle", STATES, cycle(), pi);
        List<String> f = claim.obligationFailures();
        assertTrue(f.stream().anyMatch(s -> s.startsWith("(pi P) at state 8 ")), f.toString());
        assertFalse(CHECKER.check(claim).accepted());
    }

    @Test
    void aDistributionNotSummingToOneIsRejected() {
        Rational[] pi = uniform();
        pi[0] = pi[0].multiply(Rational.TWO);
        List<String> f = new StationaryClaim("cycle", STATES, cycle(), pi).obligationFailures();
        assertTrue(f.contains("the distribution sums to " + Rational.of(STATES + 1, STATES) + ", not 1"), f.toString());
    }

    @Test
    void aNegativeEntryIsRejected() {
        // the doubly stochastic chain keeps every constant vector stationary; −1/STATES everywhere but
        // one entry still sums to 1 only if that entry is huge: the sign test must fire
        Rational[] pi = uniform();
        pi[3] = Rational.of(-1, STATES);
        pi[4] = Rational.of(3, STATES);
        List<String> f = new StationaryClaim("cycle", STATES, cycle(), pi).obligationFailures();
        assertTrue(f.contains("negative probability at state 4"), f.toString());
    }

    @Test
    void aSecondClosedClassBreaksUniqueness() {
        // two closed cycles of 150 states each: uniform is stationary, but not the only one
        List<StationaryClaim.Transition> ts = new ArrayList<>();
        int half = STATES / 2;
        for (int s = 0; s < STATES; s++) {
            int base = s < half ? 0 : half;
            int local = s - base;
            ts.add(new StationaryClaim.Transition(s, base + (local + 1) % half, Rational.HALF));
            ts.add(new StationaryClaim.Transition(s, base + (local + half - 1) % half, Rational.of(1, 6)));
            ts.add(new StationaryClaim.Transition(s, s, Rational.of(1, 3)));
        }
        StationaryClaim claim = new StationaryClaim("two cycles", STATES, ts, uniform());
        List<String> f = claim.obligationFailures();
        assertEquals(List.of("the chain has 2 closed communicating classes, so its stationary distribution is not unique"), f);
        assertFalse(CHECKER.check(claim).accepted());
    }

    @Test
    void aRowThatDoesNotSumToOneIsRefutedByTheSmtPartToo() {
        List<StationaryClaim.Transition> ts = cycle();
        ts.set(3, new StationaryClaim.Transition(1, 2, Rational.of(1, 4)));
        StationaryClaim claim = new StationaryClaim("cycle", STATES, ts, uniform());
        assertTrue(claim.obligationFailures().contains("row 2 of the transition matrix sums to 3/4, not 1"));
        String smt = CertificateFile.render(claim, "test");
        assertEquals("sat", org.equicert.certificate.smt.EmbeddedSmtInterpol.run(smt).status());
    }
}
