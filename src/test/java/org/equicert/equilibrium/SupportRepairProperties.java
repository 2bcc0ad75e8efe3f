package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.MixedProfile;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.NfgReader;
import org.equicert.number.Rational;

/** The repair says "none" only when no equilibrium has its supports within the given ones. */
class SupportRepairProperties {

    private static boolean[] support(SplittableRandom r, int n) {
        boolean[] s = new boolean[n];
        for (int a = 0; a < n; a++) {
            s[a] = r.nextInt(3) > 0;
        }
        return s;
    }

    private static boolean within(Rational[] x, boolean[] s) {
        for (int a = 0; a < x.length; a++) {
            if (x[a].signum() != 0 && !s[a]) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 300)
    void repairIsSoundAndFindsEveryPureEquilibriumWithinTheSupports(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 4) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        Rational[][] pay = new Rational[2][m * n];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < m * n; k++) {
                pay[i][k] = Rational.of(r.nextInt(-2, 3)); // few values: ties and degeneracy are common
            }
        }
        NormalFormGame game = NormalFormGame.of(new int[] {m, n}, pay);
        boolean[] rows = support(r, m);
        boolean[] columns = support(r, n);
        SupportRepair.Repair repair = new SupportRepair(game).repair(rows, columns);
        ExpectedUtility eu = new ExpectedUtility(game);
        if (repair.equilibrium().isPresent()) {
            Rational[][] p = repair.equilibrium().get().toArray();
            assertTrue(eu.isNash(repair.equilibrium().get()));
            assertTrue(within(p[0], rows) && within(p[1], columns));
        } else {
            assertTrue(repair.allEquilibria().isPresent(), "a 'none' answer carries the complete set as evidence");
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < n; b++) {
                    if (rows[a] && columns[b]) {
                        MixedProfile pure = MixedProfile.pure(new int[] {m, n}, new int[] {a, b});
                        assertTrue(!eu.isNash(pure), "pure equilibrium (" + a + ", " + b + ") lies within the supports");
                    }
                }
            }
            // monotone: no sub-support pair has a repair either
            for (int a = 0; a < m; a++) {
                if (rows[a]) {
                    boolean[] smaller = rows.clone();
                    smaller[a] = false;
                    assertTrue(new SupportRepair(game).repair(smaller, columns).equilibrium().isEmpty());
                }
            }
        }
    }

    /** Issue 12: '0.5,0.6;1,0' in Battle of the Sexes has (Opera, Opera) on a smaller support. */
    @Example
    void battleOfTheSexesRepairOnASmallerSupport() {
        NormalFormGame game = NfgReader.read(java.nio.file.Path.of("examples/battle-of-the-sexes.nfg"));
        SupportRepair.Repair repair = new SupportRepair(game).repair(new boolean[] {true, true}, new boolean[] {true, false});
        assertEquals("1,0;1,0", render(repair.equilibrium().orElseThrow().toArray()));
        SupportRepair.Repair none = new SupportRepair(game).repair(new boolean[] {false, true}, new boolean[] {true, false});
        assertTrue(none.equilibrium().isEmpty());
        assertEquals(3, none.allEquilibria().orElseThrow().extremeEquilibria().size());
    }

    private static String render(Rational[][] p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            for (int a = 0; a < p[i].length; a++) {
                sb.append(a == 0 ? (i == 0 ? "" : ";") : ",").append(p[i][a]);
            }
        }
        return sb.toString();
    }
}
