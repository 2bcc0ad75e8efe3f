package org.equicert.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DrawTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Element mark(Document d, String label) {
        NodeList circles = d.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element e = (Element) circles.item(i);
            if (e.getAttribute("class").equals("mark") && e.getAttribute("data-label").equals(label)) {
                return e;
            }
        }
        throw new AssertionError("no mark " + label);
    }

    @Test
    void planeChartPutsTheMarkAtItsPixelAndEscapesText() throws Exception {
        PlaneChart c = new PlaneChart("E[U] <α> & \"P\"", "α", "value").xRange(0, 10).yRange(0, 1)
                .curve("E", List.of(new double[] {0, 0}, new double[] {10, 1})).rule(4, "Theorem 1").mark(5, 0.5, "α*", "α* = 5", true);
        String svg = c.render();
        Document d = parse(svg);
        assertEquals("svg", d.getDocumentElement().getLocalName());
        Element m = mark(d, "α*");
        assertEquals(Svg.number(c.xPixel(5)), m.getAttribute("cx"));
        assertEquals(Svg.number(c.yPixel(0.5)), m.getAttribute("cy"));
        assertEquals("α* = 5", m.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(svg.contains("E[U] &lt;α&gt; &amp; &quot;P&quot;"));
        assertEquals(svg, c.render());
    }

    @Test
    void xPixelIsLinearBetweenTheMargins() {
        PlaneChart c = new PlaneChart("t", "x", "y").xRange(0, 1).yRange(0, 1);
        assertEquals(64.0, c.xPixel(0), 1e-9);
        assertEquals(536.0, c.xPixel(1), 1e-9);
        assertEquals(308.0, c.yPixel(0), 1e-9);
        assertEquals(36.0, c.yPixel(1), 1e-9);
    }

    @Test
    void simplexChartMarksBarycentricPointsAndDrawsContours() throws Exception {
        SimplexChart c = new SimplexChart("U over the simplex", List.of("a", "b", "c")).heat("U", p -> p[0] * p[1] + p[2], 12, 4)
                .mark(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, "optimum", "(1/3, 1/3, 1/3)", true);
        String svg = c.render();
        Document d = parse(svg);
        Element m = mark(d, "optimum");
        double[] px = SimplexChart.pixel(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertEquals(Svg.number(px[0]), m.getAttribute("cx"));
        assertEquals(Svg.number(px[1]), m.getAttribute("cy"));
        assertEquals(144 + 1, d.getElementsByTagName("polygon").getLength());
        assertTrue(d.getElementsByTagName("polyline").getLength() > 0, "contour lines");
    }

    @Test
    void simplexCornersAreTheTrianglesVertices() {
        double[] a = SimplexChart.pixel(new double[] {1, 0, 0});
        double[] b = SimplexChart.pixel(new double[] {0, 1, 0});
        double[] top = SimplexChart.pixel(new double[] {0, 0, 1});
        assertEquals(a[1], b[1], 1e-9);
        assertEquals((a[0] + b[0]) / 2, top[0], 1e-9);
        assertEquals(Math.hypot(b[0] - a[0], 0), Math.hypot(top[0] - a[0], top[1] - a[1]), 1e-9);
    }

    @Test
    void barChartDrawsOneRectanglePerBarWithItsExactValue() throws Exception {
        BarChart c = new BarChart("stationary law", "probability").bar("(1,1)", 0.5, true, "1/2").bar("(1,2)", 0.25, false, "1/4")
                .bar("(2,2)", 0.25, false, "1/4");
        Document d = parse(c.render());
        NodeList rects = d.getElementsByTagName("rect");
        assertEquals(1 + 3, rects.getLength());
        assertEquals("(1,1): 1/2", ((Element) rects.item(1)).getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void badInputsAreRefusedWithTheValue() {
        assertThrows(IllegalArgumentException.class, () -> Svg.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Scale(1, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("t", "y").bar("x", -1, false, "-1"));
        assertThrows(IllegalArgumentException.class, () -> new SimplexChart("t", List.of("a", "b")));
        assertEquals("0.00", Svg.number(-0.001));
        assertEquals(6, new Scale(0, 1, 0, 100).ticks(5).size());
        assertEquals("0.25", Scale.label(0.25));
        assertEquals("1200", Scale.label(1200));
    }
}
