package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.equicert.bridge.PayoffTables;
import org.equicert.bridge.SupportExclusionClaims;
import org.equicert.certificate.SupportExclusionClaim;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The {@code nash-support-exclusion} obligations against forgery on generated 3-player games (the
 * tie-biased games of {@link SupportBruteForceProperties}): the claim built from the Farkas
 * multipliers passes, and no multipliers — transplanted from an excluded profile, or arbitrary
 * longs biased to 0, ±1, Long.MIN_VALUE and Long.MAX_VALUE — make a support profile that holds an
 * equilibrium or a continuum pass.
 */
class SupportExclusionProperties {

    @Property(tries = 30)
    void noMultipliersExcludeASupportProfileThatHoldsAnEquilibrium(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mode,
            @ForAll @IntRange(min = 2, max = 3) int third, @ForAll @Size(3) List<Long> arbitrary) {
        NormalFormGame g = SupportBruteForceProperties.game(new int[] {2, 2, third}, mode, seed);
        SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
        SupportExclusionClaims.of(g, s).ifPresent(c -> assertTrue(c.obligationFailures().isEmpty(), c.obligationFailures().toString()));
        List<int[][]> held = new ArrayList<>();
        s.isolated().forEach(x -> held.add(x.supports()));
        s.continua().forEach(x -> held.add(x.supports()));
        for (int[][] h : held) {
            for (int player = 0; player < 3; player++) {
                int m = g.actionCount(player);
                List<Rational[]> candidates = new ArrayList<>();
                for (SupportEquilibria.Excluded e : s.excluded()) {
                    if (e.farkas().isPresent() && e.farkas().get() instanceof SupportRelaxation.Exclusion f) {
                        candidates.add(f.multipliers()); // any player's: lengths are checked below
                    } else if (e.farkas().isPresent() && e.farkas().get() instanceof CorrelatedRelaxation.Exclusion f) {
                        Arrays.stream(f.multipliers()).flatMap(Arrays::stream).forEach(candidates::add); // every slice
                    }
                }
                Rational[] fromLongs = new Rational[m];
                for (int a = 0; a < m; a++) {
                    fromLongs[a] = Rational.of(arbitrary.get(a % arbitrary.size()));
                }
                candidates.add(fromLongs);
                for (Rational[] y : candidates) {
                    if (y.length != m) {
                        continue;
                    }
                    for (int reference : h[player]) {
                        Rational[] forged = y.clone();
                        forged[reference] = Rational.ZERO;
                        for (int b = 0; b < m; b++) {
                            final int action = b;
                            if (Arrays.stream(h[player]).noneMatch(a -> a == action)) {
                                forged[b] = forged[b].abs();
                            }
                        }
                        SupportExclusionClaim forgery = new SupportExclusionClaim(PayoffTables.of(g),
                                List.of(new SupportExclusionClaim.Exclusion(oneBased(h), player + 1, reference + 1, List.of(forged))));
                        assertFalse(forgery.obligationFailures().isEmpty(), "a held support profile " + Arrays.deepToString(h)
                                + " was excluded by " + Arrays.toString(forged));
                    }
                }
            }
        }
    }

    @Property(tries = 40)
    void dominanceMultipliersAlwaysProveTheirProfile(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mode,
            @ForAll @IntRange(min = 1, max = 3) int m0, @ForAll @IntRange(min = 1, max = 3) int m1, @ForAll @IntRange(min = 1, max = 7) int m2) {
        NormalFormGame g = SupportBruteForceProperties.game(new int[] {2, 2, 3}, mode, seed);
        int[][] supports = {bits(m0), bits(m1), bits(m2)};
        SupportRelaxation relaxation = new SupportRelaxation(g, supports);
        Optional<SupportRelaxation.Exclusion> d = relaxation.dominance();
        Assume.that(d.isPresent());
        assertTrue(relaxation.proves(d.get()), Arrays.deepToString(supports) + " " + Arrays.toString(d.get().multipliers()));
        assertTrue(relaxation.exclusion().isPresent(), "dominance without an LP exclusion: " + Arrays.deepToString(supports));
    }

    private static int[] bits(int mask) {
        return IntStream.range(0, 31).filter(b -> (mask >> b & 1) == 1).toArray();
    }

    @Example
    void theLongEdgeCasesOnTheCampaignsFirstGame() {
        noMultipliersExcludeASupportProfileThatHoldsAnEquilibrium(0L, 0, 2, List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L));
        noMultipliersExcludeASupportProfileThatHoldsAnEquilibrium(3L, 3, 3, List.of(0L, 1L, Long.MAX_VALUE));
    }

    private static List<List<Integer>> oneBased(int[][] supports) {
        List<List<Integer>> out = new ArrayList<>();
        for (int[] s : supports) {
            out.add(Arrays.stream(s).map(a -> a + 1).boxed().toList());
        }
        return out;
    }
}
