package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * The {@code algebraic-nash} kind on seed 001's partygoers (App. C): the symmetric optimum, where
 * every player brings drink with probability θ = 2 − √2 (the root of θ² − 4θ + 2 in (1/2, 1)), is
 * a Nash equilibrium; perturbed, wrong-root, wrong-interval, non-Nash and sum-not-1 claims are not.
 * Built without solver code: the game is typed in from examples/partygoers.nfg.
 */
class AlgebraicNashClaimTest {

    static final Checker CHECKER = new Checker("test");

    /** θ² − 4θ + 2, constant first. */
    static final Rational[] P = CheckerTest.v("2", "-4", "1");

    /** Common payoff of the four partygoers, Gambit order (player 1 fastest; action 1 food, 2 drink). */
    static PayoffTable partygoers() {
        Rational[] u = CheckerTest.v("0", "6", "6", "8", "6", "8", "8", "7", "6", "8", "8", "7", "8", "7", "7", "4");
        return new PayoffTable("partygoers", new int[] {2, 2, 2, 2}, new Rational[][] {u, u, u, u});
    }

    /** Every player: food 1 − θ, drink θ (as coefficient lists in θ). */
    static Rational[][][] symmetric(Rational[] food, Rational[] drink) {
        Rational[][][] s = new Rational[4][][];
        for (int i = 0; i < 4; i++) {
            s[i] = new Rational[][] {food, drink};
        }
        return s;
    }

    static AlgebraicNashClaim optimum() {
        return new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE, symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1")));
    }

    @Test
    void thePartygoersOptimumTwoMinusRootTwoIsCertifiedNash() {
        AlgebraicNashClaim c = optimum();
        assertEquals("algebraic-nash", c.kind());
        assertTrue(c.obligationFailures().isEmpty(), c.obligationFailures().toString());
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.reason());
        assertEquals("unsat", v.smtStatus());
        assertFalse(v.proof().isEmpty());
        assertTrue(c.statement().contains("θ^2 - 4θ + 2 in (1/2, 1]"), c.statement());
        // the file round trip: linear and nonlinear texts are both accepted, an edited one is not
        String linear = CertificateFile.render(c, "test");
        assertTrue(CHECKER.checkText(linear).accepted(), CHECKER.checkText(linear).reason());
        String nonlinear = CertificateFile.renderNonlinear(c, "test");
        assertNotNull(nonlinear);
        assertTrue(CHECKER.checkText(nonlinear).accepted());
        assertFalse(CHECKER.checkText(linear.replace("(= p_lo 0.0)", "false")).accepted());
        assertEquals(c.data(), ClaimCodec.fromJson(ClaimCodec.toJson(c)).data());
    }

    @Test
    void theOtherSupportPointsAndPerturbationsAreRejected() {
        // 1/2 each: not Nash (drink gains), rational but stated in Q(θ)
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE,
                symmetric(CheckerTest.v("1/2"), CheckerTest.v("1/2"))), "gain by action");
        // θ + 1/1000 for drink and 1 − θ − 1/1000 for food: a distribution, but not a best response
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE,
                symmetric(CheckerTest.v("999/1000", "-1"), CheckerTest.v("1/1000", "1"))), "gain by action");
        // food and drink swapped: √2 − 1 drink is not the optimum's best response
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE,
                symmetric(CheckerTest.v("0", "1"), CheckerTest.v("1", "-1"))), "gain by action");
    }

    @Test
    void theWrongRootAndWrongIntervalsAreRejected() {
        Rational[][][] s = symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1"));
        // the other root 2 + √2 ≈ 3.41 in (3, 4): probabilities 1 − θ < 0
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.of(3), Rational.of(4), s), "negative");
        // (0, 1/2) holds no root, (0, 4) holds both
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.ZERO, Rational.HALF, s), "0 distinct roots");
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.ZERO, Rational.of(4), s), "2 distinct roots");
        // an end that is a root, an empty interval, a non-integer polynomial, a constant polynomial
        assertRejected(new AlgebraicNashClaim(partygoers(), CheckerTest.v("-1", "1"), Rational.ONE, Rational.TWO, s), "is a root of p");
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.ONE, Rational.HALF, s), "is empty");
        assertRejected(new AlgebraicNashClaim(partygoers(), CheckerTest.v("1", "-2", "1/2"), Rational.HALF, Rational.ONE, s), "integer");
        assertRejected(new AlgebraicNashClaim(partygoers(), CheckerTest.v("3"), Rational.HALF, Rational.ONE, s), "degree");
    }

    @Test
    void aSumOtherThanOneIsRejectedEvenWhenNoOneGains() {
        // drink θ, food 1 − θ + (θ² − 4θ + 2)/2 — still 1 − θ at the root (reduced mod p), so accepted...
        Rational[][][] same = symmetric(CheckerTest.v("2", "-3", "1/2"), CheckerTest.v("0", "1"));
        assertTrue(CHECKER.check(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE, same)).accepted());
        // ...but food 1 − θ + 1/10^9 sums to more than 1
        Rational[][][] over = symmetric(CheckerTest.v("1000000001/1000000000", "-1"), CheckerTest.v("0", "1"));
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE, over), "probability sum minus 1 at θ is positive");
        // a missing player and a missing action are shape failures
        Rational[][][] three = new Rational[3][][];
        System.arraycopy(symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1")), 0, three, 0, 3);
        assertRejected(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE, three), "4 players");
    }

    @Test
    void aNonSquareFreeReducibleDefiningPolynomialIsHandled() {
        // p = (θ² − 4θ + 2)²·(θ − 3)·(θ − 1/2)·2: θ = 2 − √2 is a double root; Sturm counts distinct roots
        RationalPolynomial p = RationalPolynomial.of(P).multiply(RationalPolynomial.of(P))
                .multiply(RationalPolynomial.of(CheckerTest.v("-3", "1"))).multiply(RationalPolynomial.of(CheckerTest.v("-1", "2")));
        Rational[][][] s = symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1"));
        assertTrue(CHECKER.check(new AlgebraicNashClaim(partygoers(), p.coefficients(), Rational.of(11, 20), Rational.ONE, s)).accepted());
        // (2/5, 1] also holds the rational root 1/2 of p, at which the profile is 1/2 each: not unique, so rejected
        assertRejected(new AlgebraicNashClaim(partygoers(), p.coefficients(), Rational.of(2, 5), Rational.ONE, s), "2 distinct roots");
    }

    @Test
    void theSmtLayerAloneRefutesFalseClaims() {
        for (AlgebraicNashClaim c : new AlgebraicNashClaim[] {
            new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE, symmetric(CheckerTest.v("0", "1"), CheckerTest.v("1", "-1"))),
            new AlgebraicNashClaim(partygoers(), P, Rational.ZERO, Rational.of(4), symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1"))),
            new AlgebraicNashClaim(partygoers(), P, Rational.of(3), Rational.of(4), symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1")))}) {
            assertEquals("sat", EmbeddedSmtInterpol.run(CertificateFile.render(c, "t")).status(), c.statement());
        }
    }

    @Test
    void zThreeDecidesTheNaturalNonlinearStatement() throws Exception {
        assumeTrue(ExternalSolverTest.onPath("z3"), "z3 is not on PATH; skipping (apt-get install z3)");
        assertEquals("unsat", z3(optimum()));
        assertEquals("sat", z3(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE,
                symmetric(CheckerTest.v("0", "1"), CheckerTest.v("1", "-1")))));
        assertEquals("sat", z3(new AlgebraicNashClaim(partygoers(), P, Rational.of(3), Rational.of(4),
                symmetric(CheckerTest.v("1", "-1"), CheckerTest.v("0", "1")))));
        assertEquals("sat", z3(new AlgebraicNashClaim(partygoers(), P, Rational.HALF, Rational.ONE,
                symmetric(CheckerTest.v("1000000001/1000000000", "-1"), CheckerTest.v("0", "1")))));
        // the linear certificate is plain QF_LRA for z3 too
        Path tmp = Files.createTempFile("algebraic", ".smt2");
        Files.writeString(tmp, CertificateFile.render(optimum(), "t"));
        assertEquals("unsat", ExternalSolverTest.run("z3", tmp.toString()));
        Files.delete(tmp);
    }

    private static String z3(AlgebraicNashClaim c) throws Exception {
        Path tmp = Files.createTempFile("algebraic", ".nra.smt2");
        Files.writeString(tmp, CertificateFile.renderNonlinear(c, "t").replace("(set-info :status unsat)\n", ""));
        String out = ExternalSolverTest.run("z3", tmp.toString());
        Files.delete(tmp);
        return out;
    }

    private static void assertRejected(AlgebraicNashClaim c, String reason) {
        Verdict v = CHECKER.check(c);
        assertFalse(v.accepted(), c.statement());
        assertTrue(v.reason().contains(reason), v.reason());
        // the rendered file is rejected by the text checker too, never accepted or thrown on
        assertFalse(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
    }
}
