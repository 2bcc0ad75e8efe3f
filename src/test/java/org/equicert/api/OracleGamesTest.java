package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle-game job through the API only: exact values and citations for seed 002's examples. */
class OracleGamesTest {

    private static final Path CHICKEN = Path.of("examples", "oracle", "chicken-threshold.json");
    private static final Path PD_COPY = Path.of("examples", "oracle", "pd-copy.json");

    private static Rational[] dist(String... ps) {
        Rational[] r = new Rational[ps.length];
        for (int i = 0; i < ps.length; i++) {
            r[i] = Rational.parse(ps[i]);
        }
        return r;
    }

    @Test
    void chickenThresholdCertifiesItsOptimumWithExactUtilities(@TempDir Path out) {
        OracleResult r = OracleGames.solve(CHICKEN, OracleOptions.defaults().withCertificates(out).withBaseName("chicken"));
        assertTrue(r.certificatesRequested());
        assertTrue(r.allChecked());
        assertEquals(List.of(), r.undecided());
        assertEquals(1, r.optima().size());
        OracleResult.Optimum o = r.optima().get(0);
        assertArrayEquals(dist("3/4", "1/4"), o.point()[0]);
        assertArrayEquals(dist("3/4", "1/4"), o.point()[1]);
        assertEquals(List.of(Rational.of(33, 16), Rational.of(33, 16)), o.utilities());
        assertEquals(Citation.Status.CERTIFIED, o.citation().status());
        assertEquals(1, r.certificates().size());
        assertEquals("chicken-spo-1", r.certificates().get(0).name());
        assertTrue(Files.isRegularFile(r.certificates().get(0).path()));
        assertEquals(o.citation(), r.classesCitation(), "the optimum's certificate checks the classes");
        assertEquals(Citation.Status.NOT_CERTIFIED, r.equilibriumCitation().status());
        // the equilibrium set: the segment from the threshold point to mutual Straight (at the
        // threshold each player may randomize)
        assertEquals(1, r.equilibriumSet().size());
        assertEquals(1, r.equilibriumSet().get(0).dimension());
        List<Rational[][]> ends = r.equilibriumSet().get(0).vertices();
        assertEquals(2, ends.size());
        assertArrayEquals(dist("3/4", "1/4"), ends.get(0)[0]);
        assertArrayEquals(dist("0", "1"), ends.get(1)[1]);
    }

    @Test
    void withoutCertificatesNothingIsWrittenAndNothingCertified() {
        OracleResult r = OracleGames.solve(PD_COPY, OracleOptions.defaults());
        assertFalse(r.certificatesRequested());
        assertEquals(List.of(), r.certificates());
        assertTrue(r.allChecked());
        assertEquals(1, r.optima().size());
        assertArrayEquals(dist("0", "1"), r.optima().get(0).point()[1], "mutual cooperation (second output C)");
        assertEquals(Citation.Status.NOT_REQUESTED, r.optima().get(0).citation().status());
        assertEquals(List.of(0, 1), r.dependencySets().get(0).dependencies());
        assertEquals(1, r.classes().size());
        assertTrue(r.classes().get(0).minimal());
    }

    @Test
    void resultsAreImmutable() {
        OracleResult r = OracleGames.solve(PD_COPY, OracleOptions.defaults());
        Rational[][] p = r.optima().get(0).point();
        p[0][0] = Rational.TWO;
        assertEquals(Rational.ZERO, r.optima().get(0).point()[0][0]);
        assertThrows(UnsupportedOperationException.class, () -> r.optima().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.equilibriumSet().get(0).vertices().clear());
    }

    @Test
    void optionsRefuseABaseNameWithASeparator() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OracleOptions.defaults().withBaseName("a/b"));
        assertTrue(e.getMessage().contains("'a/b'"), e.getMessage());
    }
}
