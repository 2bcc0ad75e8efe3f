package org.equicert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.equicert.api.SweepGame;
import org.equicert.api.SweepOptions;
import org.equicert.api.SweepResult;
import org.equicert.draw.Svg;
import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricOptimum;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link TableComparison} and {@link TableComparisonRenderer} on a hand-made sweep whose counts are
 * chosen so that each z is computed by hand; the charts parse as XML with one mark per cell.
 */
class TableComparisonTest {

    private static final GamutGenerator.GameClass RANDOM = GamutGenerator.GameClass.RANDOM;
    private static final GamutGenerator.GameClass COORDINATION = GamutGenerator.GameClass.COORDINATION;

    /**
     * 100 games per cell, 10 runs. RandomGame 2×2: 47 mixed optima; games 0-4 missed by every run,
     * the others hit by 8 searches and 9 replicator runs. RandomGame 2×3: 44 mixed optima (the
     * paper's 0.44). Every run hits in the other cells, and CoordinationGame optima are pure.
     */
    static SweepResult sweep() {
        SweepOptions o = SweepOptions.defaults().withClasses(List.of(RANDOM, COORDINATION)).withSizes(2, 2, 2, 3).withEffort(100, 10, 10)
                .withThreads(1);
        List<SweepGame> games = new ArrayList<>();
        for (GamutGenerator.GameClass c : o.classes()) {
            for (int a = 2; a <= 3; a++) {
                for (int i = 0; i < 100; i++) {
                    boolean special = c == RANDOM && a == 2;
                    int mixed = c != RANDOM ? 0 : a == 2 ? 47 : 44;
                    SymmetricOptimum.Kind kind = i < mixed ? SymmetricOptimum.Kind.MIXED : SymmetricOptimum.Kind.PURE;
                    int search = !special ? 10 : i < 5 ? 0 : 8;
                    int replicator = !special ? 10 : i < 5 ? 0 : 9;
                    games.add(new SweepGame(c, 2, a, i, kind, Rational.ONE, Rational.ONE, 1, true, List.of(), 10, replicator, search, 0, 0));
                }
            }
        }
        return new SweepResult(o, games, 0);
    }

    private static TableComparison.Row row(TableComparison cmp, int table, GamutGenerator.GameClass c, int a) {
        return cmp.table(table).stream().filter(r -> r.gameClass() == c && r.actions() == a).findFirst().orElseThrow();
    }

    @Test
    void tableThreeMixedAgainstTheSeedsZeroPointThirtySix() {
        TableComparison cmp = TableComparison.of(sweep());
        TableComparison.Row r = row(cmp, 3, RANDOM, 2);
        assertEquals(47, r.ours());
        assertEquals(100, r.ourTrials());
        assertEquals(5, r.missedByAll());
        // 47/100 against 36/100: p̄ = 83/200, variance = (83/200)(117/200)(1/50) = 9711/2000000, z² = (121/10000)/(9711/2000000) = 24200/9711
        assertEquals(Rational.of(24200, 9711), r.z().orElseThrow().zSquared());
        assertEquals("1.58", r.z().orElseThrow().decimal());
        assertFalse(r.significant());
        assertTrue(r.reasons().get(0).contains("missed the certified optimum in 5 of our 100 games"), r.reasons().toString());
        // CoordinationGame: 0 of 100 against the printed 0: z = 0
        assertEquals(Rational.ZERO, row(cmp, 3, COORDINATION, 3).z().orElseThrow().zSquared());
    }

    @Test
    void tableFourSingleRunsAreFlaggedWithTheirReasons() {
        TableComparison cmp = TableComparison.of(sweep());
        TableComparison.Row r = row(cmp, 4, RANDOM, 2);
        // 95 games × 8 hits = 760 of 1000 runs, against 0.92 of 1000: p̄ = 21/25, variance = (21/25)(4/25)(2/1000), z² = (4/25)²/variance = 2000/21
        assertEquals(760, r.ours());
        assertEquals(1000, r.ourTrials());
        assertEquals(920, r.z().orElseThrow().theirs());
        assertEquals(Rational.of(2000, 21), r.z().orElseThrow().zSquared());
        assertEquals("-9.76", r.z().orElseThrow().decimal());
        assertTrue(r.significant());
        assertEquals(List.of("our baseline is a projected-gradient search, not SLSQP",
                "the best of 20 runs missed the certified optimum in 5 of our 100 games; the paper scored runs against its best of 20, we against the optimum",
                "runs of one game are correlated, so a binomial z over runs overstates the evidence"), r.reasons());
        // CoordinationGame 2x2: 1000/1000 above the paper's 0.59, so the best-of-20 scoring (which can only raise the paper's value) is no reason
        assertEquals(List.of("our baseline is a projected-gradient search, not SLSQP (here it reaches the optimum more often)",
                "runs of one game are correlated, so a binomial z over runs overstates the evidence"), row(cmp, 4, COORDINATION, 2).reasons());
        // Table 4a, N = 2, A = 3 is lost in the extraction: no z
        assertEquals(Optional.empty(), row(cmp, 4, RANDOM, 3).z());
        // Tables 5-7 kept no cell: every row is without a z
        assertTrue(cmp.table(7).stream().allMatch(x -> x.z().isEmpty()));
        assertEquals(4, cmp.table(7).size());
        // compared: Table 3 (4 cells) and Table 4 (3 cells); flagged: Table 4 RandomGame 2x2, and CoordinationGame (1000/1000 against 0.59, 0.50)
        assertEquals(7, cmp.compared().size());
        assertEquals(3, cmp.compared().stream().filter(TableComparison.Row::significant).count());
    }

    @Test
    void markdownAndJsonCarryTheExactCounts() {
        SweepResult s = sweep();
        String md = SweepRenderer.markdown(s);
        assertTrue(md.contains("| RandomGame | 2 | 2 | 760/1000 | 0.76 | 0.92 | 920/1000 | -9.76 | **yes** | our baseline is a projected-gradient search"), md);
        assertTrue(md.contains("| RandomGame | 2 | 3 | 1000/1000 | 1.00 | lost | — | — |  |  |"), md);
        assertTrue(md.contains("**7 cells compared, 3 flagged (|z| ≥ 3); 13 cells without the paper's value.**"), md);
        assertTrue(md.contains("The extraction printed 13 values of Table 5 without their cells (seed lines 1301-1315): 1.00, 1.00, 0.99"), md);
        assertTrue(md.contains("| §6.2: 36% to 60% of RandomGames are unstable (mixed optimum; Table 3a) | 0.36-0.60 | 0.44-0.47 |"), md);
        @SuppressWarnings("unchecked")
        Map<String, Object> cmp = (Map<String, Object>) SweepRenderer.json(s).get("paperComparison");
        assertEquals(7, cmp.get("compared"));
        assertEquals(3L, cmp.get("flagged"));
        String json = JsonText.render(cmp);
        assertTrue(json.contains("\"zSquared\" : \"2000/21\""), json);
        assertTrue(json.contains("\"proportion\" : \"19/25\""), json);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> marks(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList circles = d.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element e = (Element) circles.item(i);
            if (e.getAttribute("class").equals("mark")) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void eachTablesChartParsesWithOneMarkPerCellAtItsProportion() throws Exception {
        SweepResult s = sweep();
        TableComparison cmp = TableComparison.of(s);
        assertEquals(List.of(3, 4, 5, 6, 7), SweepRenderer.comparedTables(s));
        for (int t : PaperTables.TABLES) {
            String svg = SweepRenderer.tableSvg(s, t);
            Document d = parse(svg);
            assertEquals("svg", d.getDocumentElement().getLocalName());
            List<Element> marks = marks(d);
            List<TableComparison.Row> rows = cmp.table(t);
            assertEquals(rows.size(), marks.size(), "table " + t);
            Set<String> labels = new HashSet<>();
            marks.forEach(m -> labels.add(m.getAttribute("data-label")));
            assertEquals(rows.size(), labels.size(), "labels are unique");
            assertEquals(svg, SweepRenderer.tableSvg(s, t), "deterministic");
        }
        // Table 4: the RandomGame 2x2 mark sits at 0.76 and its tooltip gives the exact counts
        Document d = parse(SweepRenderer.tableSvg(s, 4));
        Element m = marks(d).stream().filter(e -> e.getAttribute("data-label").equals("RandomGame N=2 A=2")).findFirst().orElseThrow();
        org.equicert.draw.IntervalChart probe = new org.equicert.draw.IntervalChart("t", "y", "a", "b", 0, 1);
        assertEquals(Svg.number(probe.yPixel(0.76)), m.getAttribute("cy"));
        assertEquals("RandomGame N=2 A=2: ours 760/1000 = 0.76; paper 0.92 (920/1000), z = -9.76", m.getElementsByTagName("title").item(0).getTextContent());
        assertThrows(IllegalArgumentException.class, () -> SweepRenderer.tableSvg(s, 8));
    }

    @Test
    void aSweepOutsideThePapersSizesComparesNothing() {
        SweepOptions o = SweepOptions.defaults().withClasses(List.of(GamutGenerator.GameClass.COLLABORATION)).withSizes(2, 2, 2, 2).withEffort(1, 0, 1)
                .withThreads(1);
        SweepResult s = new SweepResult(o, List.of(new SweepGame(GamutGenerator.GameClass.COLLABORATION, 2, 2, 0, SymmetricOptimum.Kind.PURE,
                Rational.ONE, Rational.ONE, 1, true, List.of(), 0, 0, 0, 0, 0)), 0);
        assertEquals(List.of(), SweepRenderer.comparedTables(s));
        assertFalse(SweepRenderer.markdown(s).contains("Against the paper"));
    }
}
