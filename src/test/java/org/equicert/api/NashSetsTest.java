package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NashSets#solve} through the API only: exact equilibria, their citations and certificates. */
class NashSetsTest {

    private static final NormalFormGame COORDINATION = GameFiles.read(Path.of("examples", "coordination.nfg"));

    private static List<Rational> r(String... s) {
        return java.util.Arrays.stream(s).map(Rational::parse).toList();
    }

    @Test
    void seedZeroCoordinationHasThreeCertifiedEquilibriaAndACertifiedCompleteList(@TempDir Path dir) {
        NashSetResult result = NashSets.solve(COORDINATION, NashOptions.defaults().withCertificates(dir).withBaseName("coord"));
        BimatrixNashSet set = (BimatrixNashSet) result.set();
        assertEquals(3, set.extremeEquilibria().size());
        NashEquilibrium mixed = set.extremeEquilibria().get(1);
        assertFalse(mixed.isPure());
        assertEquals(r("1/3", "2/3"), mixed.strategy(0));
        assertEquals(r("1/3", "2/3"), mixed.strategy(1));
        assertEquals(r("10/3", "10/3"), mixed.payoffs());
        assertEquals(r("10", "10"), set.extremeEquilibria().get(0).payoffs());
        assertEquals(r("5", "5"), set.extremeEquilibria().get(2).payoffs());
        assertEquals(Citation.Status.CERTIFIED, mixed.citation().status());
        assertEquals(dir.resolve("certificates").resolve("coord-eq2.smt2").toString(), mixed.citation().certificate().orElseThrow());
        Completeness complete = result.completeness().orElseThrow();
        assertEquals(dir.resolve("certificates").resolve("coord-nash-set.smt2").toString(), complete.citation().certificate().orElseThrow());
        assertEquals(List.of("coord-eq1", "coord-eq2", "coord-eq3", "coord-nash-set"),
                result.certificates().stream().map(CheckedCertificate::name).toList());
        assertTrue(result.certificates().stream().allMatch(c -> Files.isRegularFile(c.path())));
        assertTrue(result.allChecked() && result.certificatesRequested());
        assertEquals(3, set.components().size());
        assertTrue(set.components().stream().allMatch(c -> c.dimension() == 0 && c.extremeEquilibria().size() == 1));
        assertEquals(Citation.Status.NOT_CERTIFIED, set.structure().status());
    }

    @Test
    void aContinuumIsOneComponentWithItsMaximalSubsetAndNothingIsCertifiedWithoutCertificates() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 0}}, new long[][] {{1, 1}, {0, 0}});
        NashSetResult result = NashSets.solve(g, NashOptions.defaults());
        BimatrixNashSet set = (BimatrixNashSet) result.set();
        assertEquals(1, set.components().size());
        BimatrixNashSet.Component c = set.components().get(0);
        assertEquals(1, c.dimension());
        assertEquals(List.of(0, 1), c.extremeEquilibria());
        assertEquals(List.of(r("1", "0")), c.subsets().get(0).rowStrategies());
        assertEquals(2, c.subsets().get(0).columnStrategies().size());
        assertTrue(set.extremeEquilibria().stream().allMatch(e -> e.citation().status() == Citation.Status.NOT_REQUESTED));
        assertEquals(Citation.Status.NOT_REQUESTED, result.completeness().orElseThrow().citation().status());
        assertTrue(result.certificates().isEmpty());
        assertFalse(result.certificatesRequested());
    }

    @Test
    void theIrrationalThreePlayerEquilibriumIsABoxAroundOneOverRootTwoWithAnExactEpsilon() {
        NormalFormGame g = GameFiles.read(Path.of("examples", "irrational-2x2x2.nfg"));
        NashSetResult result = NashSets.solve(g, NashOptions.defaults());
        SupportNashSet set = (SupportNashSet) result.set();
        assertEquals(27, set.supportProfiles());
        assertEquals(4, set.isolated().size());
        assertEquals(3, result.exactEquilibria().size());
        assertEquals(2, set.continua().size());
        assertTrue(set.complete());
        SupportNashSet.IsolatingBox box = set.isolated().get(3).box().orElseThrow();
        Rational half = Rational.of(1, 2);
        for (List<RationalInterval> player : box.probabilities()) {
            RationalInterval first = player.get(0);
            assertTrue(first.lower().multiply(first.lower()).compareTo(half) < 0, "1/√2 is above the lower end");
            assertTrue(first.upper().multiply(first.upper()).compareTo(half) > 0, "1/√2 is below the upper end");
        }
        assertEquals(new ExpectedUtility(g).maxRegret(box.midpoint()), box.epsilon());
        assertTrue(box.epsilon().signum() > 0 && box.epsilon().compareTo(Rational.of(1, 1_000_000_000_000L)) < 0);
        assertEquals(List.of(List.of(0), List.of(0), List.of(0, 1)), set.continua().get(0).supports());
        assertEquals(r("1/2", "1/2"), set.continua().get(0).witness().orElseThrow().strategy(2));
    }

    @Test
    void resultsAreImmutable() {
        NashSetResult result = NashSets.solve(COORDINATION, NashOptions.defaults());
        BimatrixNashSet set = (BimatrixNashSet) result.set();
        assertThrows(UnsupportedOperationException.class, () -> set.extremeEquilibria().clear());
        assertThrows(UnsupportedOperationException.class, () -> set.extremeEquilibria().get(0).payoffs().clear());
        assertThrows(UnsupportedOperationException.class, () -> set.extremeEquilibria().get(0).strategy(0).clear());
        assertThrows(UnsupportedOperationException.class, () -> result.certificates().clear());
    }

    @Test
    void badOptionsAndOnePlayerGamesAreRejectedNamingTheValue() {
        IllegalArgumentException boxes = assertThrows(IllegalArgumentException.class, () -> NashOptions.defaults().withMaxBoxes(0));
        assertTrue(boxes.getMessage().contains("got 0"), boxes.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> NashOptions.defaults().withBaseName("a/b"));
        assertTrue(name.getMessage().contains("'a/b'"), name.getMessage());
        NormalFormGame single = NormalFormGame.of(new int[] {2}, new Rational[][] {{Rational.ONE, Rational.ZERO}});
        assertThrows(IllegalArgumentException.class, () -> NashSets.solve(single, NashOptions.defaults()));
    }

    /** Every exact equilibrium the job lists is Nash, with the payoffs it states, for 2×2 games with edge-case payoffs. */
    @Property(tries = 200)
    void everyListedEquilibriumIsNashWithItsStatedPayoffs(@ForAll("payoffs") long[] p) {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{p[0], p[1]}, {p[2], p[3]}}, new long[][] {{p[4], p[5]}, {p[6], p[7]}});
        NashSetResult result = NashSets.solve(g, NashOptions.defaults());
        assertFalse(result.exactEquilibria().isEmpty(), "every finite game has an equilibrium");
        ExpectedUtility eu = new ExpectedUtility(g);
        for (NashEquilibrium e : result.exactEquilibria()) {
            assertTrue(eu.isNash(e.profile()), e.profile().toString());
            assertEquals(List.of(eu.payoff(0, e.profile()), eu.payoff(1, e.profile())), e.payoffs());
        }
    }

    @Example
    void theAllZeroGameIsOneComponentOfDimensionTwo() {
        everyListedEquilibriumIsNashWithItsStatedPayoffs(new long[8]);
        NashSetResult result = NashSets.solve(NormalFormGame.bimatrix(new long[2][2], new long[2][2]), NashOptions.defaults());
        assertEquals(2, ((BimatrixNashSet) result.set()).components().get(0).dimension());
    }

    @Provide
    Arbitrary<long[]> payoffs() {
        Arbitrary<Long> entry = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(-1L, 0L, 1L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-5, 5)));
        return entry.array(long[].class).ofSize(8);
    }
}
