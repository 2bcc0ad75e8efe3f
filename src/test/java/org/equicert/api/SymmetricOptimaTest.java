package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;
import org.equicert.number.UnivariatePolynomial;
import org.equicert.report.JsonText;
import org.equicert.report.SymmetricRenderer;
import org.equicert.symmetric.LocalOptima;
import org.equicert.symmetric.SymmetricOptimum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SymmetricOptima#analyze} on seed 001's examples, asserted through the API (and its JSON rendering) only. */
class SymmetricOptimaTest {

    private static final Path PARTYGOERS = Path.of("examples/partygoers.nfg");
    private static final Path TAXIS = Path.of("examples/taxis-identical.nfg");

    @Test
    void partygoersOptimumIsTheAlgebraicPointWithItsCertifiedNashClaim(@TempDir Path dir) {
        SymmetricResult r = SymmetricOptima.analyze(GameFiles.read(PARTYGOERS),
                SymmetricOptions.defaults().withCertificates(dir).withBaseName("partygoers"));
        assertEquals(List.of(List.of(0, 1, 2, 3)), r.orbits());
        assertEquals(SymmetricOptimum.Kind.MIXED, r.optimum().kind());
        assertEquals(Rational.parse("113858154527/17179869184"), r.optimum().shownLower());
        assertEquals(Rational.parse("222379221/33554432"), r.optimum().upper());
        assertEquals(Rational.of(4), r.optimum().bestPure());
        assertEquals(Citation.Status.CERTIFIED, r.optimum().bound().status());
        SymmetricResult.OptimalPoint p = r.point().orElseThrow();
        // the value -16 + 16√2 is the root of w² + 32w − 256 in the bracket
        RealAlgebraic value = p.value().orElseThrow();
        assertEquals(UnivariatePolynomial.ofIntegers(-256, 32, 1), value.polynomial());
        assertEquals("-16 + 16√2", value.closedForm());
        assertTrue(value.compareTo(RealAlgebraic.of(r.optimum().shownLower())) >= 0);
        assertTrue(value.compareTo(RealAlgebraic.of(r.optimum().upper())) <= 0);
        // drink with probability 2 − √2, the root of x² − 4x + 2 below 1
        List<RealAlgebraic> strategy = p.coordinates().orElseThrow().get(0);
        assertEquals("-1 + √2", strategy.get(0).closedForm());
        assertEquals(UnivariatePolynomial.ofIntegers(2, -4, 1), strategy.get(1).polynomial());
        assertEquals("2 - √2", strategy.get(1).closedForm());
        assertEquals(SymmetricResult.Decision.YES, p.nash());
        assertEquals(dir.resolve("certificates/partygoers-symmetric-nash.smt2").toString(), p.nashCitation().certificate().orElseThrow());
        assertEquals(Citation.Status.NOT_CERTIFIED, p.valueCitation().status());
        assertEquals(SymmetricResult.Decision.NO, p.stability().stable());
        assertTrue(p.robustness().isEmpty());
        assertEquals(List.of("partygoers-symmetric-optimum", "partygoers-symmetric-nash", "partygoers-symmetric-degeneracy-regret",
                "partygoers-symmetric-critical-2-regret"), r.certificates().stream().map(CheckedCertificate::name).toList());
        r.certificates().forEach(c -> assertTrue(Files.isRegularFile(c.path()), c.path().toString()));
        assertTrue(r.certificatesRequested());
        assertTrue(r.allChecked());
        SymmetricResult.CriticalPoint max = p.localOptima().points().get(2);
        assertEquals(LocalOptima.Kind.STRICT_LOCAL_MAXIMUM, max.kind());
        assertEquals(SymmetricResult.NashCheck.ALGEBRAIC, max.nash().orElseThrow().check());
    }

    @Test
    void partygoersJsonGivesTheValuesPolynomialIntervalAndTwentyDigits() throws Exception {
        SymmetricResult r = SymmetricOptima.analyze(GameFiles.read(PARTYGOERS), SymmetricOptions.defaults().withBaseName("partygoers"));
        JsonNode j = new ObjectMapper().readTree(JsonText.render(SymmetricRenderer.render(r).json()));
        JsonNode value = j.get("value");
        assertEquals(List.of("-256", "32", "1"), texts(value.get("polynomial")));
        assertDigitsInInterval(value, "6.62741699796952078082…");
        JsonNode drink = j.get("coordinates").get(0).get(1);
        assertEquals(List.of("2", "-4", "1"), texts(drink.get("polynomial")));
        assertDigitsInInterval(drink, "0.58578643762690495119…");
        // rational coordinates are "p/q" strings
        assertEquals("1", j.get("criticalPoints").get(0).get("coordinates").get(0).get(0).asText());
        assertEquals("222379221/33554432", j.get("upper").asText());
        assertFalse(j.has("certificates"));
    }

    @Test
    void identicalTaxisHaveARationalOptimumWithACertifiableGainButNoCertificatesWhenNotRequested() {
        SymmetricResult r = SymmetricOptima.analyze(GameFiles.read(TAXIS), SymmetricOptions.defaults());
        assertEquals(SymmetricOptimum.Kind.MIXED, r.optimum().kind());
        assertEquals(Rational.HALF, r.optimum().shownLower());
        SymmetricResult.OptimalPoint p = r.point().orElseThrow();
        assertEquals(List.of(List.of(RealAlgebraic.of(Rational.HALF), RealAlgebraic.of(Rational.HALF))), p.coordinates().orElseThrow());
        assertEquals(RealAlgebraic.of(Rational.HALF), p.value().orElseThrow());
        SymmetricResult.Gain gain = p.stability().gain().orElseThrow();
        Rational[][] after = gain.shownProfile().orElseThrow();
        assertEquals(Rational.of(499, 1000), after[0][0]);
        after[0][0] = Rational.ZERO; // the result hands out copies
        assertEquals(Rational.of(499, 1000), gain.shownProfile().orElseThrow()[0][0]);
        SymmetricResult.Robustness d = p.robustness().orElseThrow();
        assertEquals(Rational.ZERO, d.distance());
        assertTrue(d.holds());
        assertEquals(Citation.Status.NOT_REQUESTED, p.nashCitation().status());
        assertTrue(r.certificates().isEmpty());
        assertFalse(r.certificatesRequested());
        assertTrue(r.allChecked());
    }

    @Test
    void aGameWhosePlayersPayoffsDifferIsRefused() {
        NormalFormGame g = NormalFormGame.of("differing", List.of("1", "2"), List.of(List.of("a", "b"), List.of("a", "b")),
                new Rational[][] {{Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ONE}, {Rational.ZERO, Rational.ONE, Rational.ONE, Rational.ZERO}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SymmetricOptima.analyze(g, SymmetricOptions.defaults()));
        assertTrue(e.getMessage().contains("common-payoff"), e.getMessage());
    }

    @Test
    void aGeneratorThatIsNotASymmetryIsNamed() {
        // common payoff u(a,a) = 1, u(b,a) = 3, u(a,b) = 2, u(b,b) = 0: swapping the players does not permute the payoffs
        Rational[] u = {Rational.ONE, Rational.of(3), Rational.TWO, Rational.ZERO};
        NormalFormGame g = NormalFormGame.of("asymmetric", List.of("1", "2"), List.of(List.of("a", "b"), List.of("a", "b")),
                new Rational[][] {u, u.clone()});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SymmetricOptima.generators(g, "(1 2)"));
        assertTrue(e.getMessage().startsWith("(1 2) is not a symmetry of the game"), e.getMessage());
        assertEquals(List.of(List.of(0), List.of(1)), SymmetricOptima.orbits(g, List.of()));
        NormalFormGame party = GameFiles.read(PARTYGOERS);
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), SymmetricOptima.orbits(party, SymmetricOptima.generators(party, "(1 3)(2 4)")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The decimal has the given 20 digits after the point and lies in the isolating interval (lo, hi]. */
    private static void assertDigitsInInterval(JsonNode number, String decimal) {
        String d = number.get("decimal").asText();
        assertEquals(decimal, d);
        String digits = d.substring(0, d.length() - 1);
        assertEquals(20, digits.length() - digits.indexOf('.') - 1);
        Rational x = Rational.parse(digits);
        Rational lo = Rational.parse(number.get("interval").get(0).asText());
        Rational hi = Rational.parse(number.get("interval").get(1).asText());
        // the root lies in (lo, hi] and, the decimal being truncated, in [x, x + 10^-20): the two must meet, and (lo, hi] is that tight
        Rational ulp = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(20));
        assertTrue(hi.subtract(lo).compareTo(ulp) < 0, "interval width " + hi.subtract(lo));
        assertTrue(lo.compareTo(x.add(ulp)) < 0 && x.compareTo(hi) <= 0, "(" + lo + ", " + hi + "] misses [" + x + ", " + x + " + 10^-20)");
    }
}
