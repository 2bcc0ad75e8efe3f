package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A figure in the plane with axes: curves (sampled functions), filled polygons and segments (sets),
 * vertical reference lines (a threshold such as Theorem 1's α) and marked points (certified values).
 * The data ranges are fitted to everything added, or fixed with {@link #xRange}/{@link #yRange}.
 * Mutable builder; {@link #render()} is deterministic. Cost: O(total points).
 */
public final class PlaneChart {

    private static final double WIDTH = 560;
    private static final double HEIGHT = 360;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 36;
    private static final double BOTTOM = 52;

    private record Curve(String name, List<double[]> points, String color) {
    }

    private record Shape(List<double[]> points, String fill, String stroke, boolean closed) {
    }

    private record Rule(double x, String label) {
    }

    private record Mark(double x, double y, String label, String title, boolean certified) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private double[] xRange;
    private double[] yRange;
    private Scale xScale;
    private Scale yScale;

    /** An empty chart with a title and axis labels. */
    public PlaneChart(String title, String xLabel, String yLabel) {
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    }

    /** Fixes the x range instead of fitting it. */
    public PlaneChart xRange(double lo, double hi) {
        xRange = new double[] {lo, hi};
        return this;
    }

    /** Fixes the y range instead of fitting it. */
    public PlaneChart yRange(double lo, double hi) {
        yRange = new double[] {lo, hi};
        return this;
    }

    /** A named curve through {@code points} ((x, y) pairs in order). */
    public PlaneChart curve(String name, List<double[]> points) {
        curves.add(new Curve(name, copy(points), Colors.series(curves.size())));
        return this;
    }

    /** A filled convex polygon (a 2-dimensional set). */
    public PlaneChart polygon(List<double[]> points, String fill) {
        shapes.add(new Shape(copy(points), fill, "#333333", true));
        return this;
    }

    /**
     * A filled polygon with its own outline colour (e.g. a cell of a heat map, outlined in its own
     * fill so that neighbouring cells leave no seams).
     */
    public PlaneChart polygon(List<double[]> points, String fill, String stroke) {
        shapes.add(new Shape(copy(points), fill, stroke, true));
        return this;
    }

    /** A segment or polyline (a 1-dimensional set). */
    public PlaneChart segment(List<double[]> points, String stroke) {
        shapes.add(new Shape(copy(points), "none", stroke, false));
        return this;
    }

    /** A vertical reference line at {@code x}, labelled. */
    public PlaneChart rule(double x, String label) {
        rules.add(new Rule(x, label));
        return this;
    }

    /**
     * A marked point; {@code title} is its exact value in words (shown as a tooltip), {@code
     * certified} colours it as certified.
     */
    public PlaneChart mark(double x, double y, String label, String title, boolean certified) {
        marks.add(new Mark(x, y, label, title, certified));
        return this;
    }

    /** The pixel x of data value {@code x} in the rendered figure (after {@link #render()}). */
    public double xPixel(double x) {
        return scales()[0].pixel(x);
    }

    /** The pixel y of data value {@code y} in the rendered figure. */
    public double yPixel(double y) {
        return scales()[1].pixel(y);
    }

    /** The x scale (data to pixels) of the rendered figure; fixed once asked for or rendered. */
    public Scale xScale() {
        return scales()[0];
    }

    /** The y scale (data to pixels) of the rendered figure; fixed once asked for or rendered. */
    public Scale yScale() {
        return scales()[1];
    }

    /** The SVG document. */
    public String render() {
        Scale[] s = scales();
        Scale xs = s[0];
        Scale ys = s[1];
        Svg svg = new Svg(WIDTH, HEIGHT);
        svg.text(WIDTH / 2, 22, "middle", 15, title);
        double x0 = LEFT;
        double x1 = WIDTH - RIGHT;
        double y0 = HEIGHT - BOTTOM;
        double y1 = TOP;
        for (double t : xs.ticks(6)) {
            double px = xs.pixel(t);
            svg.line(px, y0, px, y1, "#e6e6e6", 1);
            svg.text(px, y0 + 16, "middle", 11, Scale.label(t));
        }
        for (double t : ys.ticks(5)) {
            double py = ys.pixel(t);
            svg.line(x0, py, x1, py, "#e6e6e6", 1);
            svg.text(x0 - 6, py + 4, "end", 11, Scale.label(t));
        }
        svg.line(x0, y0, x1, y0, "black", 1);
        svg.line(x0, y0, x0, y1, "black", 1);
        svg.text((x0 + x1) / 2, HEIGHT - 12, "middle", 12, xLabel);
        svg.text(14, TOP - 10, "start", 12, yLabel);
        for (Shape sh : shapes) {
            List<double[]> px = pixels(sh.points(), xs, ys);
            if (sh.closed()) {
                svg.polygon(px, sh.fill(), sh.stroke(), sh.stroke().equals(sh.fill()) ? 0.5 : 1.5);
            } else {
                svg.polyline(px, sh.stroke(), 3);
            }
        }
        for (Curve c : curves) {
            svg.polyline(pixels(c.points(), xs, ys), c.color(), 2);
        }
        for (Rule r : rules) {
            double px = xs.pixel(r.x());
            svg.line(px, y0, px, y1, "#999999", 1);
            svg.text(px + 4, y1 + 12, "start", 11, r.label());
        }
        for (int i = 0; i < curves.size() && curves.size() > 1; i++) {
            double ly = TOP + 8 + 16 * i;
            svg.line(x1 - 150, ly, x1 - 130, ly, curves.get(i).color(), 2);
            svg.text(x1 - 125, ly + 4, "start", 11, curves.get(i).name());
        }
        for (Mark m : marks) {
            svg.mark(xs.pixel(m.x()), ys.pixel(m.y()), 5, m.certified() ? Colors.CERTIFIED : Colors.OTHER, m.label(), m.title());
            boolean right = xs.pixel(m.x()) > WIDTH - RIGHT - 90;
            svg.text(xs.pixel(m.x()) + (right ? -7 : 7), ys.pixel(m.y()) - 7, right ? "end" : "start", 11, m.label());
        }
        return svg.render();
    }

    private Scale[] scales() {
        if (xScale == null) {
            double[] xr = xRange != null ? xRange : extent(0);
            double[] yr = yRange != null ? yRange : extent(1);
            xScale = xRange != null ? new Scale(xr[0], xr[1], LEFT, WIDTH - RIGHT) : Scale.covering(xr[0], xr[1], LEFT, WIDTH - RIGHT);
            yScale = yRange != null ? new Scale(yr[0], yr[1], HEIGHT - BOTTOM, TOP) : Scale.covering(yr[0], yr[1], HEIGHT - BOTTOM, TOP);
        }
        return new Scale[] {xScale, yScale};
    }

    private double[] extent(int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<double[]> all = new ArrayList<>();
        curves.forEach(c -> all.addAll(c.points()));
        shapes.forEach(s -> all.addAll(s.points()));
        marks.forEach(m -> all.add(new double[] {m.x(), m.y()}));
        if (axis == 0) {
            rules.forEach(r -> all.add(new double[] {r.x(), Double.NaN}));
        }
        for (double[] p : all) {
            if (Double.isFinite(p[axis])) {
                lo = Math.min(lo, p[axis]);
                hi = Math.max(hi, p[axis]);
            }
        }
        return Double.isFinite(lo) ? new double[] {lo, hi} : new double[] {0, 1};
    }

    private static List<double[]> pixels(List<double[]> points, Scale xs, Scale ys) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) {
            out.add(new double[] {xs.pixel(p[0]), ys.pixel(p[1])});
        }
        return out;
    }

    private static List<double[]> copy(List<double[]> points) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) {
            if (p.length != 2) {
                throw new IllegalArgumentException("a point needs 2 coordinates, got " + p.length);
            }
            out.add(p.clone());
        }
        return out;
    }
}
