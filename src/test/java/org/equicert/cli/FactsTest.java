package org.equicert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.DetailedBalanceClaim;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class FactsTest {

    @Test
    void citationsRenderTheirMarkers() {
        assertEquals("[certified: c/x.smt2]", Facts.Citation.certified("c/x.smt2").text());
        assertEquals("[from certified π: c/x.smt2]", Facts.Citation.certified("c/x.smt2").from("π").text());
        assertEquals("(not certified: theory)", Facts.Citation.notCertified("theory").text());
        assertEquals("(not certified)", Facts.Citation.notRequested("--no-certify").text());
        assertEquals("[NOT CERTIFIED: bad]", Facts.Citation.rejected("bad").text());
    }

    @Test
    void derivingFromAnUncertifiedObjectStaysUncertified() {
        Facts.Citation reason = Facts.Citation.notCertified("too large");
        assertEquals(reason, reason.from("π"));
        assertEquals(Facts.Citation.notRequested("--no-certify"), Facts.Citation.notRequested("--no-certify").from("π"));
        assertEquals("(not certified: the certificate of π was rejected)", Facts.Citation.rejected("bad").from("π").text());
    }

    @Test
    void citationsRefuseMissingData() {
        assertThrows(IllegalArgumentException.class, () -> new Facts.Citation(Facts.Status.CERTIFIED, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Facts.Citation(Facts.Status.NOT_CERTIFIED, "c.smt2", "why"));
        assertThrows(IllegalArgumentException.class, () -> Facts.Citation.notCertified(" "));
        assertThrows(IllegalArgumentException.class, () -> new Facts.Tally(-1, 0));
    }

    @Test
    void finishCountsFactsButNotContext() {
        List<String> lines = new ArrayList<>();
        Facts f = new Facts(lines, null);
        f.noteIfNotRequested();
        f.context("game: g");
        f.fact("x = 1", Facts.Citation.certified("a.smt2"));
        f.fact("y = 2", Facts.Citation.certified("a.smt2").from("x"));
        f.fact("z = 3", "z is 3", f.certify("never-written", new DetailedBalanceClaim(PayoffTables.of(SeedGames.coordination()), Rational.ZERO)));
        Map<String, Object> json = new LinkedHashMap<>();
        f.finish(json);
        assertEquals(List.of(Facts.NOT_REQUESTED_NOTE, "game: g", "x = 1  [certified: a.smt2]", "y = 2  [from certified x: a.smt2]",
                "z = 3  (not certified)", "facts: 2 certified, 1 not certified"), lines);
        assertEquals(Map.of("certified", 2, "notCertified", 1), json.get("facts"));
        assertEquals(List.of(Map.of("statement", "x = 1", "certified", true, "certificate", "a.smt2"),
                Map.of("statement", "y = 2", "certified", true, "certificate", "a.smt2", "from", "x"),
                Map.of("statement", "z is 3", "certified", false, "reason", "--no-certify")), json.get("statements"));
        assertEquals(new Facts.Tally(2, 1), f.tally());
    }

    @Test
    void talliesSumOverReports() {
        assertEquals(new Facts.Tally(7, 3), Facts.Tally.sum(List.of(new Facts.Tally(4, 1), Facts.Tally.NONE, new Facts.Tally(3, 2))));
        assertEquals("facts: 7 certified, 3 not certified", new Facts.Tally(7, 3).line());
    }
}
