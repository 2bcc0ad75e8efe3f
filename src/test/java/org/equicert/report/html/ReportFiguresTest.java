package org.equicert.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.equicert.api.Certifier;
import org.equicert.api.NashOptions;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.OracleGames;
import org.equicert.api.OracleOptions;
import org.equicert.api.OracleResult;
import org.equicert.api.SymmetricOptima;
import org.equicert.api.SymmetricOptions;
import org.equicert.api.SymmetricResult;
import org.equicert.draw.SimplexChart;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reports of examples/partygoers.nfg, examples/coordination.nfg and
 * examples/oracle/chicken-threshold.json: each page parses as XML, has its figure, and marks the
 * certified point at the pixel the figure's own scale gives the exact value.
 */
class ReportFiguresTest {

    @TempDir
    Path dir;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The mark labelled {@code label} inside the figure with id {@code figureId}. */
    static Element mark(Document page, String figureId, String label) {
        NodeList figures = page.getElementsByTagNameNS("*", "figure");
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            if (f.getAttribute("id").equals(figureId)) {
                NodeList circles = f.getElementsByTagNameNS("*", "circle");
                for (int k = 0; k < circles.getLength(); k++) {
                    Element c = (Element) circles.item(k);
                    if (c.getAttribute("class").equals("mark") && c.getAttribute("data-label").equals(label)) {
                        return c;
                    }
                }
                throw new AssertionError("figure " + figureId + " has no mark " + label);
            }
        }
        throw new AssertionError("no figure " + figureId);
    }

    static void assertAt(Element mark, double x, double y) {
        assertEquals(x, Double.parseDouble(mark.getAttribute("cx")), 0.01, "cx of " + mark.getAttribute("data-label"));
        assertEquals(y, Double.parseDouble(mark.getAttribute("cy")), 0.01, "cy of " + mark.getAttribute("data-label"));
    }

    static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no figure " + id));
    }

    @Test
    void partygoersCurveMarksTheCertifiedOptimumAtTwoMinusRootTwo() throws Exception {
        NormalFormGame g = GameFiles.read(Path.of("examples/partygoers.nfg"));
        SymmetricResult r = SymmetricOptima.analyze(g, SymmetricOptions.defaults().withBaseName("partygoers"), Certifier.into(dir));
        ReportPage.Page page = ReportPage.forGame("examples/partygoers.nfg", g, FigurePlan.of(g), Optional.empty(), Optional.of(r),
                Optional.empty(), dir, org.equicert.api.Equicert.VERSION);
        assertTrue(page.allChecked());
        Document d = parse(page.html());
        Figure curve = figure(page.figures(), "game-symmetric-curve");
        double p = 2 - Math.sqrt(2);
        double value = 16 * (Math.sqrt(2) - 1);
        Element optimum = mark(d, "game-symmetric-curve", SymmetricFigures.OPTIMUM);
        assertAt(optimum, curve.xScale().orElseThrow().pixel(p), curve.yScale().orElseThrow().pixel(value));
        assertEquals("#D55E00", optimum.getAttribute("fill"), "the optimum is certified, so drawn in the certified colour");
        assertTrue(optimum.getTextContent().contains("-16 + 16√2"), optimum.getTextContent());
        assertTrue(page.html().contains("href=\"certificates/partygoers-symmetric-optimum.smt2\""), "links are relative to the report");
        // the optimum is unstable (App. C): a labelled rule through it, and s' with its gain in the caption
        String x = org.equicert.draw.Svg.number(curve.xScale().orElseThrow().pixel(p));
        assertTrue(curve.svg().contains("<line x1=\"" + x + "\"") && curve.svg().contains("x2=\"" + x + "\""), "a rule at x = " + x);
        assertTrue(curve.svg().contains(">" + SymmetricFigures.IMPROVING + "</text>"), "the rule is labelled");
        assertTrue(curve.caption().contains("asymmetric improving direction at the optimum: player 1 moves t from food to drink"),
                curve.caption());
    }

    @Test
    void coordinationSquareMarksTheThreeCertifiedEquilibria() throws Exception {
        NormalFormGame g = GameFiles.read(Path.of("examples/coordination.nfg"));
        NashSetResult r = NashSets.solve(g, NashOptions.defaults().withBaseName("coordination"), Certifier.into(dir));
        ReportPage.Page page = ReportPage.forGame("examples/coordination.nfg", g, FigurePlan.of(g), Optional.of(r), Optional.empty(),
                Optional.empty(), dir, org.equicert.api.Equicert.VERSION);
        Document d = parse(page.html());
        Figure square = figure(page.figures(), "game-nash-square");
        List<double[]> expected = new ArrayList<>(List.of(new double[] {0, 0}, new double[] {2.0 / 3, 2.0 / 3}, new double[] {1, 1}));
        for (int e = 1; e <= 3; e++) {
            Element m = mark(d, "game-nash-square", NashFigures.EQUILIBRIUM + e);
            double x = Double.parseDouble(m.getAttribute("cx"));
            double y = Double.parseDouble(m.getAttribute("cy"));
            assertTrue(expected.removeIf(q -> Math.abs(square.xScale().orElseThrow().pixel(q[0]) - x) < 0.01
                    && Math.abs(square.yScale().orElseThrow().pixel(q[1]) - y) < 0.01), "eq" + e + " at an unexpected pixel " + x + ", " + y);
            assertEquals("#D55E00", m.getAttribute("fill"));
        }
        assertTrue(expected.isEmpty());
        assertTrue(page.html().contains("10/3 ≈ 3.333333"), "the mixed payoff exactly, with its decimal");
        assertTrue(page.html().contains("href=\"certificates/coordination-nash-set.smt2\""), "a relative link to the certificate");
        assertTrue(page.html().contains("<td class=\"VALID\">VALID</td>"), "re-checked");
    }

    @Test
    void chickenMarksTheCertifiedOptimumInBothSpaces() throws Exception {
        OracleResult r = OracleGames.solve(Path.of("examples/oracle/chicken-threshold.json"),
                OracleOptions.defaults().withCertificates(dir).withBaseName("chicken"));
        ReportPage.Page page = ReportPage.forOracle("examples/oracle/chicken-threshold.json", r, dir, org.equicert.api.Equicert.VERSION);
        assertTrue(page.allChecked());
        Document d = parse(page.html());
        Figure probabilities = figure(page.figures(), "game-oracle-probabilities");
        assertAt(mark(d, "game-oracle-probabilities", OracleFigures.OPTIMUM + " 1"), probabilities.xScale().orElseThrow().pixel(0.75),
                probabilities.yScale().orElseThrow().pixel(0.75));
        Figure utilities = figure(page.figures(), "game-oracle-utilities");
        assertAt(mark(d, "game-oracle-utilities", OracleFigures.OPTIMUM + " 1"), utilities.xScale().orElseThrow().pixel(33.0 / 16),
                utilities.yScale().orElseThrow().pixel(33.0 / 16));
        assertTrue(page.html().contains("33/16 ≈ 2.062500"));
    }

    @Test
    void tenRobotsStyleTriangleMarksAVertexOptimumAtItsCorner() throws Exception {
        NormalFormGame g = GameFiles.read(Path.of("examples/example-5-0-5.nfg"));
        SymmetricResult r = SymmetricOptima.analyze(g, SymmetricOptions.defaults(), Certifier.disabled());
        List<Figure> figures = SymmetricFigures.of(g, r);
        assertEquals(1, figures.size());
        Document d = parse(figures.get(0).svg());
        NodeList circles = d.getElementsByTagNameNS("*", "circle");
        double[] corner = SimplexChart.pixel(new double[] {1, 0, 0});
        boolean found = false;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getAttribute("data-label").equals(SymmetricFigures.OPTIMUM)) {
                assertAt(c, corner[0], corner[1]);
                found = true;
            }
        }
        assertTrue(found, "the optimum (a, a) is marked");
    }

    @Test
    void planSaysWhatIsDrawnAndWhy() {
        FigurePlan coordination = FigurePlan.of(GameFiles.read(Path.of("examples/coordination.nfg")));
        assertTrue(coordination.nash() && coordination.symmetric() && coordination.dynamics());
        FigurePlan pd = FigurePlan.of(GameFiles.read(Path.of("examples/prisoners-dilemma.nfg")));
        assertTrue(pd.nash());
        assertFalse(pd.symmetric());
        assertFalse(pd.dynamics());
        assertTrue(pd.reasons().get(1).contains("not common"), pd.reasons().get(1));
        FigurePlan party = FigurePlan.of(GameFiles.read(Path.of("examples/partygoers.nfg")));
        assertFalse(party.nash());
        assertTrue(party.reasons().get(0).contains("4 players"), party.reasons().get(0));
    }

    @Test
    void exactTextPrintsExactValuesWithDecimals() {
        assertEquals("1/3 ≈ 0.333333", ExactText.of(org.equicert.number.Rational.of(1, 3)));
        assertEquals("-7", ExactText.of(org.equicert.number.Rational.of(-7)));
        assertEquals("(1, 0); (1/3, 2/3)", ExactText.profile(new org.equicert.number.Rational[][] {
            {org.equicert.number.Rational.ONE, org.equicert.number.Rational.ZERO},
            {org.equicert.number.Rational.of(1, 3), org.equicert.number.Rational.of(2, 3)}}));
        assertEquals(Long.MAX_VALUE, ExactText.draw(org.equicert.number.Rational.of(Long.MAX_VALUE)), 1e4);
        assertEquals(Long.MIN_VALUE, ExactText.draw(org.equicert.number.Rational.of(Long.MIN_VALUE)), 1e4);
    }

    @Test
    void linksAreRelativeToTheReportDirectory() {
        assertEquals("../certificates/x.smt2", CertificateCheck.link(Path.of("/a/examples"), Path.of("/a/certificates/x.smt2")));
        assertEquals("certificates/x.smt2", CertificateCheck.link(Path.of("/a"), Path.of("/a/./certificates/x.smt2")));
    }
}
