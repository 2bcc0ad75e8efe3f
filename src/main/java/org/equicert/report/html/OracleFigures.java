package org.equicert.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.equicert.api.OracleResult;
import org.equicert.draw.Colors;
import org.equicert.draw.PlaneChart;
import org.equicert.number.Rational;
import org.equicert.oracle.OracleGame;

/**
 * Seed 002's pictures of an oracle game: its equilibrium set (the fixed points of all strategy
 * maps, a union of polytopes) in probability space — the first two players' probabilities of their
 * first outputs, so a polytope projects to a point, segment or polygon — and in utility space (the
 * first two players' utilities), with the stratified Pareto optima marked at their exact points.
 *
 * <p>Utilities are multilinear, so the image of a polytope is drawn through the images of the
 * segments between its vertices, each evaluated exactly at 21 rational points and converted for
 * drawing: O(vertices² · 21 · utility terms) per polytope (at most 12 vertices are joined).
 */
public final class OracleFigures {

    /** The label prefix of the stratified Pareto optima's marks ("SPO 1", …). */
    public static final String OPTIMUM = "SPO";
    /** The label prefix of isolated equilibria's marks. */
    public static final String POINT = "equilibrium";

    private static final int SAMPLES = 20;
    private static final int MAX_JOINED = 12;

    private OracleFigures() {
    }

    /** Why the game is not drawn, or empty when {@link #of} draws it. */
    public static Optional<String> notDrawn(OracleResult r) {
        return r.game().size() < 2 ? Optional.of("not drawn: the figures need two players") : Optional.empty();
    }

    /** The two figures, or none when {@link #notDrawn} says why. */
    public static List<Figure> of(OracleResult r) {
        if (notDrawn(r).isPresent()) {
            return List.of();
        }
        return List.of(probabilities(r), utilities(r));
    }

    private static Figure probabilities(OracleResult r) {
        OracleGame g = r.game();
        String a = g.player(0).name();
        String b = g.player(1).name();
        PlaneChart chart = new PlaneChart("Equilibrium set (probabilities)", "P(" + a + " = " + g.player(0).outputs().get(0) + ")",
                "P(" + b + " = " + g.player(1).outputs().get(0) + ")").xRange(-0.02, 1.02).yRange(-0.02, 1.02);
        chart.polygon(List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1}, new double[] {0, 1}), "none", "#999999");
        int points = 0;
        for (int k = 0; k < r.equilibriumSet().size(); k++) {
            OracleResult.EquilibriumPolytope p = r.equilibriumSet().get(k);
            List<double[]> projected = hull(p.vertices().stream().map(v -> new double[] {ExactText.draw(v[0][0]), ExactText.draw(v[1][0])}).toList());
            String color = Colors.series(k);
            if (projected.size() >= 3) {
                chart.polygon(projected, color);
            } else if (projected.size() == 2) {
                chart.segment(projected, color);
            } else {
                Rational[][] v = p.vertices().get(0);
                points++;
                chart.mark(projected.get(0)[0], projected.get(0)[1], POINT + " " + points, "equilibrium " + ExactText.profile(v), false);
            }
        }
        List<OracleResult.Optimum> optima = r.optima();
        for (int k = 0; k < optima.size(); k++) {
            OracleResult.Optimum o = optima.get(k);
            Rational[][] x = o.point();
            chart.mark(ExactText.draw(x[0][0]), ExactText.draw(x[1][0]), OPTIMUM + " " + (k + 1), title(o), o.citation().isCertified());
        }
        chart.render();
        return new Figure("oracle-probabilities", chart.render(), "The equilibrium set projected on " + a + "'s and " + b
                + "'s probabilities of their first outputs (" + r.equilibriumSet().size() + " polytope(s): points, segments or polygons), with "
                + optima.size() + " stratified Pareto optimum/optima marked (orange when certified).", Optional.of(chart.xScale()),
                Optional.of(chart.yScale()));
    }

    private static Figure utilities(OracleResult r) {
        OracleGame g = r.game();
        PlaneChart chart = new PlaneChart("Equilibrium set (utilities)", "utility of " + g.player(0).name(), "utility of " + g.player(1).name());
        int points = 0;
        for (int k = 0; k < r.equilibriumSet().size(); k++) {
            List<Rational[][]> vertices = r.equilibriumSet().get(k).vertices();
            String color = Colors.series(k);
            int joined = Math.min(vertices.size(), MAX_JOINED);
            if (vertices.size() == 1) {
                points++;
                chart.mark(utility(g, 0, vertices.get(0)), utility(g, 1, vertices.get(0)), POINT + " " + points,
                        "equilibrium utilities " + ExactText.of(g.utility(0, vertices.get(0))) + ", " + ExactText.of(g.utility(1, vertices.get(0))),
                        false);
            }
            for (int i = 0; i < joined; i++) {
                for (int j = i + 1; j < joined; j++) {
                    List<double[]> curve = new ArrayList<>();
                    for (int s = 0; s <= SAMPLES; s++) {
                        Rational[][] x = between(vertices.get(i), vertices.get(j), Rational.of(s, SAMPLES));
                        curve.add(new double[] {utility(g, 0, x), utility(g, 1, x)});
                    }
                    chart.segment(curve, color);
                }
            }
        }
        List<OracleResult.Optimum> optima = r.optima();
        for (int k = 0; k < optima.size(); k++) {
            OracleResult.Optimum o = optima.get(k);
            chart.mark(ExactText.draw(o.utilities().get(0)), ExactText.draw(o.utilities().get(1)), OPTIMUM + " " + (k + 1), title(o),
                    o.citation().isCertified());
        }
        chart.render();
        return new Figure("oracle-utilities", chart.render(), "The equilibrium set in utility space (" + g.player(0).name() + ", "
                + g.player(1).name() + "): each polytope drawn through the images of the segments between its vertices (utilities computed"
                + " exactly at 21 points per segment); the stratified Pareto optima marked.", Optional.of(chart.xScale()),
                Optional.of(chart.yScale()));
    }

    private static String title(OracleResult.Optimum o) {
        return "stratified Pareto optimum " + ExactText.profile(o.point()) + ", utilities " + ExactText.values(o.utilities()) + " "
                + o.citation().text();
    }

    private static double utility(OracleGame g, int player, Rational[][] x) {
        return ExactText.draw(g.utility(player, x));
    }

    private static Rational[][] between(Rational[][] a, Rational[][] b, Rational t) {
        Rational[][] out = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new Rational[a[i].length];
            for (int o = 0; o < a[i].length; o++) {
                out[i][o] = a[i][o].add(b[i][o].subtract(a[i][o]).multiply(t));
            }
        }
        return out;
    }

    /** The convex hull of points in the plane (drawing only), counter-clockwise; monotone chain, O(n log n). */
    static List<double[]> hull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        List<double[]> distinct = new ArrayList<>();
        for (double[] p : sorted) {
            if (distinct.isEmpty() || Math.abs(distinct.get(distinct.size() - 1)[0] - p[0]) > 1e-12
                    || Math.abs(distinct.get(distinct.size() - 1)[1] - p[1]) > 1e-12) {
                distinct.add(p);
            }
        }
        if (distinct.size() < 3) {
            return distinct;
        }
        List<double[]> lower = chain(distinct);
        List<double[]> reversed = new ArrayList<>(distinct);
        java.util.Collections.reverse(reversed);
        List<double[]> upper = chain(reversed);
        List<double[]> out = new ArrayList<>(lower.subList(0, lower.size() - 1));
        out.addAll(upper.subList(0, upper.size() - 1));
        return out;
    }

    private static List<double[]> chain(List<double[]> points) {
        List<double[]> c = new ArrayList<>();
        for (double[] p : points) {
            while (c.size() >= 2 && cross(c.get(c.size() - 2), c.get(c.size() - 1), p) <= 1e-12) {
                c.remove(c.size() - 1);
            }
            c.add(p);
        }
        return c;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
