package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.certificate.smt.EmbeddedSmtInterpol;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * The {@code nash-support-exclusion} claim: a true exclusion is accepted by both layers and its
 * natural statement is unsat for z3; every attempt to make a false exclusion pass (kept one per
 * test) is rejected, by the replayed obligations and, where the profile is in the SMT sample, by
 * SMTInterpol.
 */
class SupportExclusionClaimTest {

    private static final Checker CHECKER = new Checker("test");

    /** 3-player prisoners' dilemma: u_i = 2·(others cooperating) + 1 if i defects (action 2). Unique equilibrium: all defect. */
    static PayoffTable dilemma() {
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
        return new PayoffTable("three-player dilemma", new int[] {2, 2, 2}, p);
    }

    /** 3-player coordination: all play 1 or all play 2, each gets 1; else 0. */
    static PayoffTable coordination() {
        Rational[][] p = new Rational[3][8];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 8; k++) {
                p[i][k] = k == 0 || k == 7 ? Rational.ONE : Rational.ZERO;
            }
        }
        return new PayoffTable("three-player coordination", new int[] {2, 2, 2}, p);
    }

    static List<Integer> s(int... actions) {
        List<Integer> out = new ArrayList<>();
        for (int a : actions) {
            out.add(a);
        }
        return out;
    }

    static List<Rational> y(String... values) {
        return java.util.Arrays.stream(values).map(Rational::parse).toList();
    }

    static SupportExclusionClaim.Exclusion exclusion(List<List<Integer>> supports, int player, int reference, List<Rational> y) {
        return new SupportExclusionClaim.Exclusion(supports, player, reference, y);
    }

    /** In the dilemma, (C, C, C) and (C/D mixed, C, C) are excluded by player 1's dominant defection. */
    static SupportExclusionClaim trueClaim() {
        return new SupportExclusionClaim(dilemma(), List.of(
                exclusion(List.of(s(1), s(1), s(1)), 1, 1, y("0", "1")),
                exclusion(List.of(s(1, 2), s(1), s(1)), 1, 2, y("-1", "0")),
                exclusion(List.of(s(1, 2), s(1, 2), s(2)), 2, 2, y("-3", "0"))));
    }

    static Verdict check(SupportExclusionClaim c) {
        return CHECKER.checkText(CertificateFile.render(c, "test"));
    }

    static void assertRejected(SupportExclusionClaim c, String reasonPart) {
        Verdict v = check(c);
        assertFalse(v.accepted(), v.statement());
        assertTrue(v.reason().contains(reasonPart), v.reason());
    }

    @Test
    void aTrueExclusionIsAcceptedAndSaysWhatItProves() {
        Verdict v = check(trueClaim());
        assertTrue(v.accepted(), v.reason());
        assertEquals("no Nash equilibrium of 'three-player dilemma' has supports exactly S, for each of these 3 support profiles S"
                + " (each excluded by a non-negative combination of one player's payoff differences)", v.statement());
        assertTrue(v.fingerprint().startsWith("game sha256:"), v.fingerprint());
        assertTrue(CHECKER.checkText(CertificateFile.renderNonlinear(trueClaim(), "test")).accepted());
    }

    @Test
    void wrongSignIsRejected() {
        // the multiplier of the dominated supported action with the wrong sign: c = −1 everywhere
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1, 2), s(1), s(1)), 1, 2, y("1", "0")))),
                "< 0");
    }

    @Test
    void aNegativeMultiplierOffTheSupportIsRejectedEvenWhenItMakesTheCombinationPositive() {
        // (1,1,1) is an equilibrium of coordination: Δ_2 = −1, and y_2 = −1 would give c = 1 > 0
        assertRejected(new SupportExclusionClaim(coordination(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1, y("0", "-1")))),
                "outside the support and its multiplier -1 is negative");
    }

    @Test
    void aCombinationThatIsIdenticallyZeroIsRejected() {
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1, y("0", "0")))),
                "is 0 at every profile");
        // non-zero multipliers whose combination vanishes: two identical actions
        Rational[][] p = new Rational[3][12];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 12; k++) {
                p[i][k] = Rational.of(k % 3 == 2 ? k % 3 - 1 : k % 3 == 1 ? 1 : 0);
            }
        }
        PayoffTable twins = new PayoffTable("actions 2 and 3 of player 1 are twins", new int[] {3, 2, 2}, p);
        assertRejected(new SupportExclusionClaim(twins, List.of(exclusion(List.of(s(2, 3), s(1), s(1)), 1, 3, y("0", "5", "0")))),
                "is 0 at every profile");
    }

    @Test
    void aProfileThatHoldsAnEquilibriumCannotBeExcludedByAnyMultipliers() {
        // coordination's fully mixed profile holds an equilibrium (each plays 1 with probability 1/2);
        // try every multiplier vector in {−3..3}² for every player and reference
        PayoffTable t = coordination();
        int tried = 0;
        for (int player = 1; player <= 3; player++) {
            for (int ref = 1; ref <= 2; ref++) {
                for (int a = -3; a <= 3; a++) {
                    for (int b = -3; b <= 3; b++) {
                        Rational[] m = {Rational.of(a), Rational.of(b)};
                        m[ref - 1] = Rational.ZERO;
                        SupportExclusionClaim c = new SupportExclusionClaim(t, List.of(exclusion(List.of(s(1, 2), s(1, 2), s(1, 2)),
                                player, ref, List.of(m))));
                        assertFalse(c.obligationFailures().isEmpty(), c.data().toString());
                        tried++;
                    }
                }
            }
        }
        assertEquals(294, tried);
        // and the SMT part alone finds the relaxed conditions feasible
        SupportExclusionClaim c = new SupportExclusionClaim(t, List.of(exclusion(List.of(s(1, 2), s(1, 2), s(1, 2)), 1, 2,
                y("1", "0"))));
        assertEquals("sat", EmbeddedSmtInterpol.run(CertificateFile.render(c, "test")).status());
    }

    @Test
    void theExclusionOfAnotherGameIsRejectedForThisOne() {
        // (D, D, D) is excluded in coordination? No: it is an equilibrium there. Take a valid exclusion of the
        // dilemma and put coordination's payoffs under it: the dilemma's multipliers no longer check
        SupportExclusionClaim forDilemma = new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1,
                y("0", "1"))));
        assertTrue(check(forDilemma).accepted());
        SupportExclusionClaim moved = new SupportExclusionClaim(coordination(), forDilemma.exclusions());
        assertRejected(moved, "< 0");
        assertNotEquals(forDilemma.fingerprint(), moved.fingerprint());
        // relabelling the title does not change the fingerprint, which binds the payoffs
        PayoffTable renamed = new PayoffTable("three-player dilemma", new int[] {2, 2, 2}, coordination().payoffs());
        assertNotEquals(forDilemma.fingerprint(), new SupportExclusionClaim(renamed, forDilemma.exclusions()).fingerprint());
    }

    @Test
    void duplicatedUnsortedOverlappingAndOutOfRangeSupportsAreRejected() {
        SupportExclusionClaim.Entry e = trueClaim().exclusions().get(0);
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(e, e)), "listed twice");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(2, 1), s(1), s(1)), 1, 1, y("0", "0")))),
                "not strictly increasing");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1, 1), s(1), s(1)), 1, 1, y("0", "1")))),
                "not strictly increasing");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(3), s(1)), 1, 1, y("0", "1")))),
                "out of range 1..2");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(), s(1)), 1, 1, y("0", "1")))),
                "support is empty");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1)), 1, 1, y("0", "1")))),
                "supports for 2 players");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 4, 1, y("0", "1")))),
                "player 4 is out of range");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 2, y("0", "1")))),
                "reference action 2 is not in player 1's support");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1, y("0", "1", "1")))),
                "3 multipliers");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1, 2), s(1), s(1)), 1, 2, y("-1", "7")))),
                "reference action's multiplier is 7");
        assertRejected(new SupportExclusionClaim(dilemma(), List.of()), "no support profile listed");
    }

    @Test
    void hugeNumbersAreExactNotRounded() {
        BigInteger big = BigInteger.TEN.pow(300);
        // scaling a true certificate by 10^300 keeps it true
        SupportExclusionClaim scaled = new SupportExclusionClaim(dilemma(), List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1,
                List.of(Rational.ZERO, Rational.of(big)))));
        assertTrue(check(scaled).accepted());
        // payoffs differing by 10^-300 around a huge value: the combination is −10^−300, which doubles would call 0 or positive
        Rational[][] p = coordination().payoffs();
        Rational huge = Rational.of(big);
        for (int i = 0; i < 3; i++) {
            p[i][0] = huge;
            p[i][1] = huge.subtract(Rational.of(BigInteger.ONE, big));
        }
        PayoffTable close = new PayoffTable("nearly tied", new int[] {2, 2, 2}, p);
        assertRejected(new SupportExclusionClaim(close, List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1, y("0", "1")))), "< 0");
        assertRejected(new SupportExclusionClaim(close, List.of(exclusion(List.of(s(1), s(1), s(1)), 1, 1,
                List.of(Rational.ZERO, Rational.of(big.multiply(big)))))), "< 0");
    }

    @Test
    void aFalseProfileOutsideTheSmtSampleIsRejectedByTheReplayedObligations() {
        // 300 copies of distinct true profiles are not available in a 2x2x2 game; use a 2x2x9 dilemma-like game
        // where player 3's action k pays k for every profile: any support of player 3 but {9} is excluded by action 9
        int m = 9;
        Rational[][] p = new Rational[3][4 * m];
        for (int k = 0; k < 4 * m; k++) {
            p[0][k] = Rational.ZERO;
            p[1][k] = Rational.ZERO;
            p[2][k] = Rational.of(k / 4);
        }
        PayoffTable t = new PayoffTable("player 3 prefers higher actions", new int[] {2, 2, m}, p);
        List<SupportExclusionClaim.Exclusion> list = new ArrayList<>();
        for (int mask = 1; mask < (1 << m) - 1 && list.size() < 300; mask++) {
            List<Integer> own = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                if ((mask >> a & 1) == 1) {
                    own.add(a + 1);
                }
            }
            if (own.contains(m)) {
                continue;
            }
            Rational[] y = new Rational[m];
            java.util.Arrays.fill(y, Rational.ZERO);
            y[m - 1] = Rational.ONE; // action 9 off the support beats the reference everywhere
            list.add(exclusion(List.of(s(1), s(1), own), 3, own.get(own.size() - 1), List.of(y)));
        }
        assertEquals(255, list.size());
        list.add(exclusion(List.of(s(1), s(2), s(1)), 3, 1, list.get(0).multipliers()));
        list.add(exclusion(List.of(s(2), s(1), s(1)), 3, 1, list.get(0).multipliers()));
        SupportExclusionClaim good = new SupportExclusionClaim(t, list);
        assertTrue(good.smtProfiles().size() <= SupportExclusionClaim.SMT_PROFILES);
        assertFalse(good.smtProfiles().contains(1));
        assertTrue(check(good).accepted());
        List<SupportExclusionClaim.Exclusion> bad = new ArrayList<>(list);
        Rational[] flipped = new Rational[m];
        java.util.Arrays.fill(flipped, Rational.ZERO);
        flipped[m - 1] = Rational.MINUS_ONE;
        bad.set(1, exclusion(list.get(1).supports(), 3, list.get(1).reference(), List.of(flipped)));
        assertRejected(new SupportExclusionClaim(t, bad), "exact obligations");
    }

    @Test
    void theNaturalStatementIsUnsatForZ3OnATrueClaim() throws Exception {
        assumeTrue(ExternalSolverTest.onPath("z3"), "z3 is not on PATH; skipping");
        Path tmp = Files.createTempFile("exclusion", ".nra.smt2");
        try {
            Files.writeString(tmp, CertificateFile.renderNonlinear(trueClaim(), "test"), StandardCharsets.UTF_8);
            String out = ExternalSolverTest.run("z3", "-T:30", tmp.toString());
            assertEquals("unsat", out.lines().reduce((a, b) -> b).orElse(""), out);
        } finally {
            Files.delete(tmp);
        }
    }
}
