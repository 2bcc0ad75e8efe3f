package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.api.Certifier;
import org.equicert.api.Citation;
import org.equicert.bridge.PayoffTables;
import org.equicert.certificate.DetailedBalanceClaim;
import org.equicert.game.SeedGames;
import org.equicert.number.Rational;
import org.equicert.report.Tally;
import org.junit.jupiter.api.Test;

class FactLinesUnitTest {

    @Test
    void citationsRenderTheirMarkers() {
        assertEquals("[certified: c/x.smt2]", Citation.certified("c/x.smt2").text());
        assertEquals("[from certified π: c/x.smt2]", Citation.certified("c/x.smt2").from("π").text());
        assertEquals("(not certified: theory)", Citation.notCertified("theory").text());
        assertEquals("(not certified)", Citation.notRequested("--no-certify").text());
        assertEquals("[NOT CERTIFIED: bad]", Citation.rejected("bad").text());
    }

    @Test
    void derivingFromAnUncertifiedObjectStaysUncertified() {
        Citation reason = Citation.notCertified("too large");
        assertEquals(reason, reason.from("π"));
        assertEquals(Citation.notRequested("--no-certify"), Citation.notRequested("--no-certify").from("π"));
        assertEquals("(not certified: the certificate of π was rejected)", Citation.rejected("bad").from("π").text());
    }

    @Test
    void citationsRefuseMissingData() {
        assertThrows(IllegalArgumentException.class, () -> new Citation(Citation.Status.CERTIFIED, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Citation(Citation.Status.NOT_CERTIFIED, Optional.of("c.smt2"), Optional.of("why")));
        assertThrows(IllegalArgumentException.class, () -> Citation.notCertified(" "));
        assertThrows(IllegalArgumentException.class, () -> new Tally(-1, 0));
    }

    @Test
    void finishCountsFactsButNotContext() {
        List<String> lines = new ArrayList<>();
        Certifier certifier = Certifier.disabled();
        FactLines f = new FactLines(lines, certifier.requested());
        f.noteIfNotRequested();
        f.context("game: g");
        f.fact("x = 1", Citation.certified("a.smt2"));
        f.fact("y = 2", Citation.certified("a.smt2").from("x"));
        f.fact("z = 3", "z is 3", certifier.certify("never-written", new DetailedBalanceClaim(PayoffTables.of(SeedGames.coordination()), Rational.ZERO)));
        Map<String, Object> json = new LinkedHashMap<>();
        f.finish(json, List.of());
        assertEquals(List.of(FactLines.NOT_REQUESTED_NOTE, "game: g", "x = 1  [certified: a.smt2]", "y = 2  [from certified x: a.smt2]",
                "z = 3  (not certified)", "facts: 2 certified, 1 not certified"), lines);
        assertEquals(Map.of("certified", 2, "notCertified", 1), json.get("facts"));
        assertEquals(List.of(Map.of("statement", "x = 1", "certified", true, "certificate", "a.smt2"),
                Map.of("statement", "y = 2", "certified", true, "certificate", "a.smt2", "from", "x"),
                Map.of("statement", "z is 3", "certified", false, "reason", "--no-certify")), json.get("statements"));
        assertEquals(new Tally(2, 1), f.tally());
    }

    @Test
    void talliesSumOverReports() {
        assertEquals(new Tally(7, 3), Tally.sum(List.of(new Tally(4, 1), Tally.NONE, new Tally(3, 2))));
        assertEquals("facts: 7 certified, 3 not certified", new Tally(7, 3).line());
    }
}
