package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.equicert.bridge.SupportExclusionClaims;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.SupportExclusionClaim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 3 on the random campaign of {@link SupportBruteForceProperties#randomGameCampaign()}
 * (the same games: 150 with payoffs 0..3 and 150 with −2..2 in five tie-biased modes, per shape):
 * every game's {@code nash-support-exclusion} claim is accepted by the checker, the excluded support
 * profiles and those holding a piece or left unresolved partition all of them, and the share of excluded profiles with a
 * linear certificate is printed for benchmarks/RESULTS.md.
 */
class ExclusionCoverageCampaignTest {

    private static final Checker CHECKER = new Checker("test");

    @Test
    void everyExclusionClaimOfTheCampaignIsAccepted() {
        StringBuilder report = new StringBuilder();
        for (int[] shape : new int[][] {{2, 2, 2}, {2, 2, 3}}) {
            long excluded = 0;
            long linear = 0;
            long certified = 0;
            long bytes = 0;
            long checkNanos = 0;
            int games = 0;
            for (int seed = 0; seed < 150; seed++) {
                for (NormalFormGame g : List.of(nonNegative(shape, seed), SupportBruteForceProperties.game(shape, seed % 5, seed))) {
                    games++;
                    SupportEquilibria s = new SupportEnumeration(g, 20_000).solve();
                    Set<String> held = new HashSet<>();
                    s.isolated().forEach(x -> held.add(Arrays.deepToString(x.supports())));
                    s.continua().forEach(x -> held.add(Arrays.deepToString(x.supports())));
                    // a profile may hold a piece and leave another part undecided: held or unresolved, not excluded
                    s.unresolved().forEach(x -> held.add(Arrays.deepToString(x.supports())));
                    Set<String> excludedKeys = new HashSet<>();
                    s.excluded().forEach(x -> excludedKeys.add(Arrays.deepToString(x.supports())));
                    assertEquals(s.excluded().size(), excludedKeys.size(), "seed " + seed);
                    excludedKeys.retainAll(held);
                    assertTrue(excludedKeys.isEmpty(), "seed " + seed + ": excluded and held " + excludedKeys);
                    assertEquals(SupportEnumeration.supportProfiles(g), s.excluded().size() + held.size(), "seed " + seed);
                    long withMultipliers = s.excluded().stream().filter(x -> x.farkas().isPresent()).count();
                    excluded += s.excluded().size();
                    linear += withMultipliers;
                    if (withMultipliers == 0) {
                        continue;
                    }
                    SupportExclusionClaim c = SupportExclusionClaims.of(g, s).orElseThrow();
                    long t0 = System.nanoTime();
                    Verdict v = CHECKER.check(c);
                    checkNanos += System.nanoTime() - t0;
                    assertTrue(v.accepted(), Arrays.toString(shape) + " seed " + seed + ": " + v.reason());
                    certified += c.exclusions().size();
                    bytes += CertificateFile.render(c, "test").length();
                }
            }
            assertEquals(linear, certified);
            report.append(String.format("%s: %d games, %d of %d excluded support profiles certified (%.1f %%), check %.1f ms and %d bytes"
                    + " per game; ", Arrays.toString(shape), games, certified, excluded, 100.0 * certified / excluded,
                    checkNanos / 1e6 / games, bytes / games));
        }
        System.out.println("issue-16 item 3 campaign: " + report);
    }

    /** The campaign's games with payoffs 0..3 (as in {@link SupportBruteForceProperties}). */
    private static NormalFormGame nonNegative(int[] shape, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        int profiles = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        Rational[][] p = new Rational[3][profiles];
        for (Rational[] row : p) {
            for (int k = 0; k < row.length; k++) {
                row[k] = Rational.of(r.nextInt(4));
            }
        }
        return NormalFormGame.of(shape, p);
    }
}
