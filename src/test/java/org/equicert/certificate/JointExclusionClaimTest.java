package org.equicert.certificate;

import static org.equicert.certificate.SupportExclusionClaimTest.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * The joint (correlated) form of {@code nash-support-exclusion}: a true entry is accepted by both
 * layers; each forgery (kept one per test) is rejected — wrong signs, a row the relaxation does not
 * have, multipliers valid for another support, a profile that holds an equilibrium, all zero, the
 * payoffs of another game. The entries are those {@code nash} writes for the McKelvey–McLennan 2x2x2
 * game of the corpus (its three profiles that one player's relaxation does not exclude).
 */
class JointExclusionClaimTest {

    private static final Checker CHECKER = new Checker("test");

    /** The McKelvey–McLennan 2x2x2 game (contrib/games/2x2x2.nfg; 9 equilibria, supports of the mixed ones below). */
    static PayoffTable mcKelvey() {
        String[][] u = {{"9", "0", "0", "9", "0", "3", "3", "0"}, {"8", "0", "0", "8", "0", "4", "4", "0"},
            {"12", "0", "0", "2", "0", "6", "6", "0"}};
        Rational[][] p = new Rational[3][8];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 8; k++) {
                p[i][k] = Rational.parse(u[i][k]);
            }
        }
        return new PayoffTable("2x2x2 McKelvey-McLennan", new int[] {2, 2, 2}, p);
    }

    /** Per player, slices of multipliers, each given as strings. */
    static List<List<List<Rational>>> y(String[][][] values) {
        List<List<List<Rational>>> out = new ArrayList<>();
        for (String[][] player : values) {
            List<List<Rational>> slices = new ArrayList<>();
            for (String[] slice : player) {
                slices.add(SupportExclusionClaimTest.y(slice));
            }
            out.add(slices);
        }
        return out;
    }

    static SupportExclusionClaim.JointExclusion joint(List<List<Integer>> supports, List<Integer> references, String[][][] y) {
        return new SupportExclusionClaim.JointExclusion(supports, references, y(y));
    }

    /** {1,2}×{1,2}×{2}: no player's relaxation alone excludes it. */
    static SupportExclusionClaim.JointExclusion first() {
        return joint(List.of(s(1, 2), s(1, 2), s(2)), List.of(2, 2, 2),
                new String[][][] {{{"24", "0"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"36", "0"}}});
    }

    /** {1,2}×{2}×{1,2}. */
    static SupportExclusionClaim.JointExclusion second() {
        return joint(List.of(s(1, 2), s(2), s(1, 2)), List.of(2, 2, 2),
                new String[][][] {{{"-8", "0"}, {"-24", "0"}}, {{"30", "0"}}, {{"12", "0"}, {"-24", "0"}}});
    }

    /** {1}×{1,2}×{1,2}. */
    static SupportExclusionClaim.JointExclusion third() {
        return joint(List.of(s(1), s(1, 2), s(1, 2)), List.of(1, 2, 2),
                new String[][][] {{{"0", "480"}}, {{"288", "0"}, {"-324", "0"}}, {{"288", "0"}, {"-24", "0"}}});
    }

    /** The three joint entries and one one-player entry ({2}×{1}×{1}: player 1 prefers action 1). */
    static SupportExclusionClaim trueJointClaim() {
        return new SupportExclusionClaim(mcKelvey(), List.of(first(), second(), third(),
                SupportExclusionClaimTest.exclusion(List.of(s(2), s(1), s(1)), 1, 2, SupportExclusionClaimTest.y("1", "0"))));
    }

    static void assertRejected(SupportExclusionClaim c, String reasonPart) {
        Verdict v = CHECKER.checkText(CertificateFile.render(c, "test"));
        assertFalse(v.accepted(), v.statement());
        assertTrue(v.reason().contains(reasonPart), v.reason());
    }

    static SupportExclusionClaim alone(SupportExclusionClaim.JointExclusion e) {
        return new SupportExclusionClaim(mcKelvey(), List.of(e));
    }

    @Test
    void trueJointExclusionsAreAcceptedByBothLayersAndSaySo() {
        SupportExclusionClaim c = trueJointClaim();
        assertEquals(List.of(), c.obligationFailures());
        Verdict v = CHECKER.checkText(CertificateFile.render(c, "test"));
        assertTrue(v.accepted(), v.reason());
        assertEquals("no Nash equilibrium of '2x2x2 McKelvey-McLennan' has supports exactly S, for each of these 4 support profiles S"
                + " (each excluded by a non-negative combination of one player's payoff differences, or of every player's payoff"
                + " differences conditional on each of its own supported actions)", v.statement());
        String text = CertificateFile.render(c, "test");
        assertTrue(text.contains("\"relaxation\":\"joint\",\"references\":[2,2,2]"), text);
        assertTrue(text.contains("\"relaxation\":\"one-player\",\"player\":1"), text);
        // the natural statement reads only the supports: the joint entries are covered like any other
        String natural = CertificateFile.renderNonlinear(c, "test");
        assertTrue(natural.contains("(> p_1_1 0.0)") && natural.contains("(= p_3_1 0.0)"), natural);
        assertTrue(CHECKER.checkText(natural).accepted());
        // the data round-trips through the codec
        assertEquals(c.data(), ClaimCodec.fromJson(ClaimCodec.toJson(c)).data());
    }

    @Test
    void wrongSignsAreRejected() {
        // every multiplier negated: player 3's multiplier of action 1, off its support {2}, becomes negative
        SupportExclusionClaim.JointExclusion e = first();
        List<List<List<Rational>>> negated = e.multipliers().stream()
                .map(p -> p.stream().map(sl -> sl.stream().map(Rational::negate).toList()).toList()).toList();
        assertRejected(alone(new SupportExclusionClaim.JointExclusion(e.supports(), e.references(), negated)),
                "action 1 is outside the support and its multiplier -36 is negative (slice of supported action 2)");
        // the multipliers on the supports negated (they may have any sign), the one off the support kept: c is then
        // 36·Δ_3 − (the part of players 1 and 2), which is negative somewhere
        assertRejected(alone(joint(e.supports(), e.references(),
                new String[][][] {{{"-24", "0"}, {"-24", "0"}}, {{"-72", "0"}, {"36", "0"}}, {{"36", "0"}}})), "< 0 at the profile");
        // one multiplier off the support made negative (player 3 plays only 2; its multiplier of action 1 is 36)
        assertRejected(alone(joint(e.supports(), e.references(),
                new String[][][] {{{"24", "0"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"-36", "0"}}})),
                "action 1 is outside the support and its multiplier -36 is negative");
    }

    @Test
    void aRowTheRelaxationDoesNotHaveIsRejected() {
        SupportExclusionClaim.JointExclusion e = first();
        // a multiplier on the reference action (its row is identically 0 and is not a row of the relaxation)
        assertRejected(alone(joint(e.supports(), e.references(),
                new String[][][] {{{"24", "5"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"36", "0"}}})),
                "the reference action's multiplier is 5, not 0 (slice of supported action 1)");
        // a slice for player 3's action 1, which is not in its support {2}: the relaxation has no rows given it
        assertRejected(alone(joint(e.supports(), e.references(),
                new String[][][] {{{"24", "0"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"36", "0"}, {"1", "0"}}})),
                "2 multiplier slices for player 3's 1 supported actions");
        // a fourth player's multipliers
        List<List<List<Rational>>> four = new ArrayList<>(e.multipliers());
        four.add(e.multipliers().get(2));
        assertRejected(alone(new SupportExclusionClaim.JointExclusion(e.supports(), List.of(2, 2, 2, 2), four)),
                "4 references and 4 players' multipliers; the game has 3 players");
        // a multiplier for a third action player 1 does not have
        assertRejected(alone(joint(e.supports(), e.references(),
                new String[][][] {{{"24", "0", "1"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"36", "0"}}})),
                "3 multipliers for player 1's 2 actions");
        // a reference outside the support
        assertRejected(alone(joint(e.supports(), List.of(2, 2, 1),
                new String[][][] {{{"24", "0"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"0", "36"}}})),
                "reference action 1 is not in player 3's support [2]");
    }

    @Test
    void multipliersValidForAnotherSupportAreRejected() {
        // {1,2}×{1,2}×{2}'s multipliers on {1,2}×{1,2}×{1} (excluded by player 3's relaxation, but not by these)
        SupportExclusionClaim.JointExclusion e = first();
        assertTrue(alone(e).obligationFailures().isEmpty());
        assertRejected(alone(joint(List.of(s(1, 2), s(1, 2), s(1)), List.of(2, 2, 1),
                new String[][][] {{{"24", "0"}, {"24", "0"}}, {{"72", "0"}, {"-36", "0"}}, {{"0", "36"}}})), "< 0 at the profile");
    }

    @Test
    void aProfileThatHoldsAnEquilibriumIsRejectedWhateverTheMultipliers() {
        // {1,2}×{1}×{1,2} holds the equilibrium (1/3,2/3; 1,0; 1/4,3/4); {2}×{1,2}×{1,2} holds (0,1; 1/4,3/4; 1/3,2/3).
        // The multipliers of the same-shaped excluded profiles {1,2}×{2}×{1,2} and {1}×{1,2}×{1,2}, moved there:
        assertRejected(alone(joint(List.of(s(1, 2), s(1), s(1, 2)), List.of(2, 1, 2),
                new String[][][] {{{"-8", "0"}, {"-24", "0"}}, {{"0", "30"}}, {{"12", "0"}, {"-24", "0"}}})), "exact obligations");
        assertRejected(alone(joint(List.of(s(2), s(1, 2), s(1, 2)), List.of(2, 2, 2),
                new String[][][] {{{"480", "0"}}, {{"288", "0"}, {"-324", "0"}}, {{"288", "0"}, {"-24", "0"}}})), "exact obligations");
        // and SMTInterpol finds the relaxation feasible there (the equilibrium's product is a solution): the negation is sat
        SupportExclusionClaim held = alone(joint(List.of(s(1, 2), s(1), s(1, 2)), List.of(2, 1, 2),
                new String[][][] {{{"1", "0"}, {"1", "0"}}, {{"0", "1"}}, {{"1", "0"}, {"1", "0"}}}));
        assertFalse(CHECKER.checkText(CertificateFile.render(held, "test")).accepted());
        assertFalse(CHECKER.checkText(CertificateFile.renderNonlinear(held, "test")).accepted());
    }

    @Test
    void allZeroMultipliersProveNothing() {
        assertRejected(alone(joint(List.of(s(1, 2), s(1, 2), s(2)), List.of(2, 2, 2),
                new String[][][] {{{"0", "0"}, {"0", "0"}}, {{"0", "0"}, {"0", "0"}}, {{"0", "0"}}})),
                "the joint combination is 0 at every profile of the supports (it proves nothing)");
    }

    @Test
    void payoffsOfAnotherGameAreRejected() {
        // the same entries with every payoff negated: each combination is negated, so it is < 0 where it was > 0
        Rational[][] p = mcKelvey().payoffs();
        for (Rational[] row : p) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].negate();
            }
        }
        PayoffTable negated = new PayoffTable("2x2x2 McKelvey-McLennan", new int[] {2, 2, 2}, p);
        SupportExclusionClaim moved = new SupportExclusionClaim(negated, List.of(first(), second(), third()));
        assertRejected(moved, "< 0 at the profile");
        assertNotEquals(alone(first()).fingerprint(), new SupportExclusionClaim(negated, List.of(first())).fingerprint());
    }

    @Test
    void anUnknownRelaxationIsRejected() {
        String text = CertificateFile.render(trueJointClaim(), "test");
        Verdict v = CHECKER.checkText(text.replace("\"relaxation\":\"joint\"", "\"relaxation\":\"correlated\""));
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("exclusion relaxation correlated is not 'one-player' or 'joint'"), v.reason());
    }
}
