package org.equicert.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The probability simplex of three actions as an equilateral triangle: an optional heat map of a
 * function with contour lines, sets drawn as polygons or segments, and marked points. Points are
 * given in barycentric coordinates (x0, x1, x2), summing to 1.
 *
 * <p>The heat map samples the function at the centroids of the {@code n²} small triangles of the
 * n-th subdivision and draws contours by marching triangles on its vertices: O(n²) evaluations.
 * Mutable builder; {@link #render()} is deterministic.
 */
public final class SimplexChart {

    private static final double SIZE = 420;
    private static final double MARGIN = 40;

    private record Mark(double[] point, String label, String title, boolean certified) {
    }

    private record Shape(List<double[]> points, String fill, String stroke, boolean closed) {
    }

    private final String title;
    private final String[] vertexLabels;
    private ToDoubleFunction<double[]> heat;
    private int resolution;
    private int contours;
    private String heatLabel = "";
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();

    /**
     * An empty triangle.
     *
     * @param vertexLabels the three actions' names, at the corners (bottom left, bottom right, top)
     */
    public SimplexChart(String title, List<String> vertexLabels) {
        this.title = Objects.requireNonNull(title, "title");
        if (vertexLabels.size() != 3) {
            throw new IllegalArgumentException("a simplex chart draws three actions, got " + vertexLabels.size());
        }
        this.vertexLabels = vertexLabels.toArray(new String[0]);
    }

    /**
     * A heat map of {@code f} (drawing values only) with {@code contours} contour lines, sampled on the
     * {@code resolution}-th subdivision.
     *
     * @throws IllegalArgumentException if resolution is not in 1..200 or contours not in 0..50
     */
    public SimplexChart heat(String label, ToDoubleFunction<double[]> f, int resolution, int contours) {
        if (resolution < 1 || resolution > 200 || contours < 0 || contours > 50) {
            throw new IllegalArgumentException("resolution must be in 1..200 and contours in 0..50, got " + resolution + ", " + contours);
        }
        this.heat = Objects.requireNonNull(f, "f");
        this.heatLabel = Objects.requireNonNull(label, "label");
        this.resolution = resolution;
        this.contours = contours;
        return this;
    }

    /** A convex polygon (a 2-dimensional set) with corners in barycentric coordinates. */
    public SimplexChart polygon(List<double[]> corners, String fill) {
        shapes.add(new Shape(copy(corners), fill, "#333333", true));
        return this;
    }

    /** A segment (a 1-dimensional set) between two barycentric points. */
    public SimplexChart segment(double[] from, double[] to, String stroke) {
        shapes.add(new Shape(copy(List.of(from, to)), "none", stroke, false));
        return this;
    }

    /** A marked point in barycentric coordinates. */
    public SimplexChart mark(double[] point, String label, String title, boolean certified) {
        marks.add(new Mark(check(point), label, title, certified));
        return this;
    }

    /** The pixel (x, y) of a barycentric point. */
    public static double[] pixel(double[] p) {
        double side = SIZE - 2 * MARGIN;
        double h = side * Math.sqrt(3) / 2;
        double baseY = MARGIN + 20 + h;
        double[][] v = {{MARGIN, baseY}, {MARGIN + side, baseY}, {MARGIN + side / 2, baseY - h}};
        return new double[] {p[0] * v[0][0] + p[1] * v[1][0] + p[2] * v[2][0], p[0] * v[0][1] + p[1] * v[1][1] + p[2] * v[2][1]};
    }

    /** The SVG document. */
    public String render() {
        Svg svg = new Svg(SIZE, SIZE);
        svg.text(SIZE / 2, 22, "middle", 15, title);
        if (heat != null) {
            drawHeat(svg);
        }
        double[][] corners = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        List<double[]> outline = new ArrayList<>();
        for (double[] c : corners) {
            outline.add(pixel(c));
        }
        svg.polygon(outline, "none", "black", 1.5);
        double[] a = pixel(corners[0]);
        double[] b = pixel(corners[1]);
        double[] c = pixel(corners[2]);
        svg.text(a[0] - 4, a[1] + 18, "middle", 12, vertexLabels[0]);
        svg.text(b[0] + 4, b[1] + 18, "middle", 12, vertexLabels[1]);
        svg.text(c[0], c[1] - 8, "middle", 12, vertexLabels[2]);
        for (Shape s : shapes) {
            List<double[]> px = new ArrayList<>();
            s.points().forEach(p -> px.add(pixel(p)));
            if (s.closed()) {
                svg.polygon(px, s.fill(), s.stroke(), 1.5);
            } else {
                svg.polyline(px, s.stroke(), 3);
            }
        }
        for (Mark m : marks) {
            double[] p = pixel(m.point());
            svg.mark(p[0], p[1], 5, m.certified() ? Colors.CERTIFIED : Colors.OTHER, m.label(), m.title());
            svg.text(p[0] + 7, p[1] - 7, "start", 11, m.label());
        }
        return svg.render();
    }

    private void drawHeat(Svg svg) {
        int n = resolution;
        double[][] grid = new double[n + 1][n + 1];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; i + j <= n; j++) {
                grid[i][j] = heat.applyAsDouble(new double[] {(double) (n - i - j) / n, (double) i / n, (double) j / n});
                min = Math.min(min, grid[i][j]);
                max = Math.max(max, grid[i][j]);
            }
        }
        double range = max > min ? max - min : 1;
        List<int[][]> triangles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; i + j < n; j++) {
                triangles.add(new int[][] {{i, j}, {i + 1, j}, {i, j + 1}});
                if (i + j + 2 <= n) {
                    triangles.add(new int[][] {{i + 1, j}, {i + 1, j + 1}, {i, j + 1}});
                }
            }
        }
        for (int[][] t : triangles) {
            double v = (grid[t[0][0]][t[0][1]] + grid[t[1][0]][t[1][1]] + grid[t[2][0]][t[2][1]]) / 3;
            List<double[]> px = new ArrayList<>();
            for (int[] q : t) {
                px.add(pixel(bary(q, n)));
            }
            svg.polygon(px, Colors.ramp((v - min) / range), Colors.ramp((v - min) / range), 0.5);
        }
        for (int k = 1; k <= contours; k++) {
            double level = min + range * k / (contours + 1);
            for (int[][] t : triangles) {
                List<double[]> cross = new ArrayList<>();
                for (int e = 0; e < 3; e++) {
                    int[] p = t[e];
                    int[] q = t[(e + 1) % 3];
                    double vp = grid[p[0]][p[1]] - level;
                    double vq = grid[q[0]][q[1]] - level;
                    if ((vp < 0) != (vq < 0)) {
                        double f = vp / (vp - vq);
                        double[] bp = bary(p, n);
                        double[] bq = bary(q, n);
                        cross.add(pixel(new double[] {bp[0] + f * (bq[0] - bp[0]), bp[1] + f * (bq[1] - bp[1]), bp[2] + f * (bq[2] - bp[2])}));
                    }
                }
                if (cross.size() == 2) {
                    svg.polyline(cross, "white", 0.8);
                }
            }
        }
        svg.text(SIZE / 2, SIZE - 8, "middle", 11, heatLabel + ": " + Scale.label(min) + " (dark) to " + Scale.label(max) + " (light)");
    }

    private static double[] bary(int[] ij, int n) {
        return new double[] {(double) (n - ij[0] - ij[1]) / n, (double) ij[0] / n, (double) ij[1] / n};
    }

    private static double[] check(double[] p) {
        if (p.length != 3) {
            throw new IllegalArgumentException("a point of the simplex of three actions has 3 coordinates, got " + p.length);
        }
        return p.clone();
    }

    private static List<double[]> copy(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : points) {
            out.add(check(p));
        }
        return out;
    }
}
