package org.equicert.certificate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.number.Rational;

/**
 * Mutation testing of certificates: on generated games and equilibrium profiles (pure equilibria
 * found by brute force in the test), a certificate with one payoff, one probability or one
 * inequality changed must fail to check.
 */
class MutationProperties {

    private static final Checker CHECKER = new Checker("test");

    /** A random 2-player game with a pure equilibrium found by brute force, or null if none. */
    static Object[] gameWithPureEquilibrium(long seed, int m, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Rational[][] pay = new Rational[2][m * n];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < m * n; k++) {
                pay[i][k] = Rational.of(rnd.nextInt(-9, 10), rnd.nextInt(1, 4));
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                boolean best = true;
                for (int r2 = 0; r2 < m; r2++) {
                    best &= pay[0][r2 + m * c].compareTo(pay[0][r + m * c]) <= 0;
                }
                for (int c2 = 0; c2 < n; c2++) {
                    best &= pay[1][r + m * c2].compareTo(pay[1][r + m * c]) <= 0;
                }
                if (best) {
                    Rational[][] profile = {new Rational[m], new Rational[n]};
                    java.util.Arrays.fill(profile[0], Rational.ZERO);
                    java.util.Arrays.fill(profile[1], Rational.ZERO);
                    profile[0][r] = Rational.ONE;
                    profile[1][c] = Rational.ONE;
                    return new Object[] {new PayoffTable("g" + seed, new int[] {m, n}, pay), profile, r, c};
                }
            }
        }
        return null;
    }

    @Property(tries = 25)
    void changingOnePayoffProbabilityOrInequalityIsRejected(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int m,
            @ForAll @IntRange(min = 2, max = 3) int n) {
        Object[] found = gameWithPureEquilibrium(seed, m, n);
        Assume.that(found != null);
        PayoffTable t = (PayoffTable) found[0];
        Rational[][] profile = (Rational[][]) found[1];
        int r = (Integer) found[2];
        int c = (Integer) found[3];
        String text = CertificateFile.render(NashClaim.nash(t, profile), "test");
        assertTrue(CHECKER.checkText(text).accepted());
        int k = r + m * c;
        // one payoff changed in the SMT-LIB body
        String u = "(define-fun u_1_" + (k + 1) + " () Real ";
        int at = text.indexOf(u);
        String mutatedPayoff = text.substring(0, at) + u + "(+ 1.0 " + text.substring(at + u.length()).replaceFirst("\\)\n", "))\n");
        assertFalse(CHECKER.checkText(mutatedPayoff).accepted());
        // one probability changed in the SMT-LIB body
        String s = "(define-fun s_1_" + (r + 1) + " () Real 1.0)";
        assertFalse(CHECKER.checkText(text.replace(s, "(define-fun s_1_" + (r + 1) + " () Real 0.0)")).accepted());
        // one inequality changed
        assertFalse(CHECKER.checkText(text.replaceFirst("\\(>= d_1_1 0\\.0\\)", "(> d_1_1 0.0)")).accepted());
        // one payoff changed in the claim data so that the profile is no longer an equilibrium:
        // raise the deviation payoff of player 1 at (r', c) above the equilibrium payoff.
        int r2 = (r + 1) % m;
        Rational[][] pay = t.payoffs();
        pay[0][r2 + m * c] = pay[0][k].add(Rational.ONE);
        PayoffTable mutated = new PayoffTable(t.title(), t.actionCounts(), pay);
        assertFalse(CHECKER.check(NashClaim.nash(mutated, profile)).accepted());
    }
}
