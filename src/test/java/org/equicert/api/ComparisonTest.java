package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.input.InputFileException;
import org.equicert.input.InputLimits;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Comparison#compare} and {@link ClaimedProfiles} through the API only. */
class ComparisonTest {

    private static final Path BOS = Path.of("examples", "battle-of-the-sexes.nfg");
    private static final NormalFormGame COORDINATION = GameFiles.read(Path.of("examples", "coordination.nfg"));

    private static List<ClaimedProfile> claims(NormalFormGame game, String text) {
        return ClaimedProfiles.parse("claims.txt", text, game, InputLimits.DEFAULT);
    }

    @Test
    void gambitsRoundedListIsNotExactAndMissesAnEquilibrium(@TempDir Path dir) {
        NormalFormGame game = GameFiles.read(BOS);
        ComparisonResult result = Comparison.compare(game, Path.of("examples", "battle-of-the-sexes.gambit.txt"),
                CompareOptions.defaults().withCertificates(dir).withBaseName("gambit"));
        assertEquals(2, result.claims().size());
        ComparisonResult.EvaluatedClaim first = result.claims().get(0).evaluated().orElseThrow();
        assertTrue(first.nash());
        assertEquals(Optional.of(0), first.target());
        ComparisonResult.EvaluatedClaim second = result.claims().get(1).evaluated().orElseThrow();
        assertFalse(second.nash());
        assertEquals(Rational.of(666_667, 1_000_000_000_000L), second.maxRegret());
        assertEquals(Optional.of(1), second.target());
        assertEquals(List.of(2), result.missed());
        assertFalse(result.clean());
        assertEquals(3, result.targetCount());
        assertEquals(List.of("gambit-claim1-nash", "gambit-claim2-regret"), result.certificates().stream().map(CheckedCertificate::name).toList());
        assertEquals(dir.resolve("certificates").resolve("gambit-exact-nash-set.smt2").toString(),
                result.exact().completeness().orElseThrow().citation().certificate().orElseThrow());
    }

    @Test
    void anExactCompleteListIsClean() {
        ComparisonResult result = Comparison.compare(COORDINATION, claims(COORDINATION, "1,0;1,0\n0,1;0,1\n1/3,2/3;1/3,2/3\n"),
                CompareOptions.defaults());
        assertTrue(result.clean());
        assertTrue(result.missed().isEmpty());
        assertEquals(List.of(Optional.of(0), Optional.of(2), Optional.of(1)),
                result.claims().stream().map(c -> c.evaluated().orElseThrow().target()).toList());
    }

    @Test
    void aRoundedClaimSummingWithinTheToleranceIsNormalisedForMatchingOnly() {
        ComparisonResult result = Comparison.compare(COORDINATION, claims(COORDINATION, "[[[\"0.333333\", \"0.666666\"], [\"1/3\", \"2/3\"]]]"),
                CompareOptions.defaults());
        ComparisonResult.InvalidClaim bad = result.claims().get(0).invalid().orElseThrow();
        assertTrue(bad.normalised());
        assertEquals(Optional.of(1), bad.approximates());
        assertEquals("player 1's probabilities sum to 999999/1000000 ≈ 0.999999000000, not 1", bad.problem());
        assertFalse(result.clean());
        assertEquals(List.of(0, 2), result.missed());
        ComparisonResult strict = Comparison.compare(COORDINATION, claims(COORDINATION, "0.333333,0.666666;1/3,2/3"),
                CompareOptions.defaults().withTolerance(Rational.of(1, 10_000_000)));
        assertEquals(Optional.empty(), strict.claims().get(0).invalid().orElseThrow().approximates());
    }

    @Test
    void malformedClaimsNameFileLineAndColumn() {
        InputFileException e = assertThrows(InputFileException.class, () -> claims(COORDINATION, "# header\nNE,1,0,1\n"));
        assertEquals("claims.txt:2:1: NE line has 3 probabilities; the game has 4 actions in all", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompareOptions.defaults().withTolerance(Rational.of(-1)));
        List<ClaimedProfile> misshapen = List.of(ClaimedProfile.of("x", new Rational[][] {{Rational.ONE}, {Rational.ONE, Rational.ZERO}}));
        assertThrows(IllegalArgumentException.class, () -> Comparison.compare(COORDINATION, misshapen, CompareOptions.defaults()));
    }
}
