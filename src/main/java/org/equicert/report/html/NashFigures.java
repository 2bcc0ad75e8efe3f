package org.equicert.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.equicert.api.BimatrixNashSet;
import org.equicert.api.NashEquilibrium;
import org.equicert.api.NashSetResult;
import org.equicert.draw.Colors;
import org.equicert.draw.PlaneChart;
import org.equicert.draw.SimplexChart;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * The Nash set of a two-player game with at most 3 actions per player, drawn: for 2 × 2 games the
 * unit square of the two players' probabilities of their second action, with each maximal Nash
 * subset (a product of intervals) as a point, segment or rectangle; otherwise each player's simplex
 * (a segment for 2 actions, a triangle for 3) with the player's side of each maximal subset. Every
 * extreme equilibrium is marked with its exact profile and payoffs in its tooltip.
 * Cost: O(subsets · strategies + equilibria).
 */
public final class NashFigures {

    /** The label prefix of equilibrium marks ("eq1", "eq2", … in the result's order). */
    public static final String EQUILIBRIUM = "eq";

    private NashFigures() {
    }

    /** Why the result is not drawn, or empty when {@link #of} draws it. */
    public static Optional<String> notDrawn(NashSetResult r) {
        NormalFormGame g = r.game();
        if (!(r.set() instanceof BimatrixNashSet)) {
            return Optional.of("not drawn: the simplices are drawn for two-player games (this game has " + g.playerCount() + " players)");
        }
        if (g.actionCount(0) < 2 || g.actionCount(1) < 2) {
            return Optional.of("not drawn: a player with one action has a one-point simplex");
        }
        if (g.actionCount(0) > 3 || g.actionCount(1) > 3) {
            return Optional.of("not drawn: the simplices are drawn for up to 3 actions per player (this game has " + g.actionCount(0) + " × "
                    + g.actionCount(1) + ")");
        }
        return Optional.empty();
    }

    /** The figures of a two-player Nash set; empty when {@link #notDrawn} says why. */
    public static List<Figure> of(NashSetResult r) {
        if (notDrawn(r).isPresent()) {
            return List.of();
        }
        BimatrixNashSet set = (BimatrixNashSet) r.set();
        NormalFormGame g = r.game();
        if (g.actionCount(0) == 2 && g.actionCount(1) == 2) {
            return List.of(square(g, set));
        }
        return List.of(player(g, set, 0), player(g, set, 1));
    }

    private static Figure square(NormalFormGame g, BimatrixNashSet set) {
        String row = g.players().get(0);
        String col = g.players().get(1);
        PlaneChart chart = new PlaneChart("Nash equilibria", "probability that " + row + " plays " + g.actions().get(0).get(1),
                "P(" + col + " plays " + g.actions().get(1).get(1) + ")").xRange(-0.02, 1.02).yRange(-0.02, 1.02);
        chart.polygon(List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1}, new double[] {0, 1}), "none", "#999999");
        int k = 0;
        for (BimatrixNashSet.Component c : set.components()) {
            String color = Colors.series(k++);
            for (BimatrixNashSet.MaximalSubset s : c.subsets()) {
                double[] x = range(s.rowStrategies());
                double[] y = range(s.columnStrategies());
                if (x[0] < x[1] && y[0] < y[1]) {
                    chart.polygon(List.of(new double[] {x[0], y[0]}, new double[] {x[1], y[0]}, new double[] {x[1], y[1]}, new double[] {x[0], y[1]}),
                            color);
                } else if (x[0] < x[1] || y[0] < y[1]) {
                    chart.segment(List.of(new double[] {x[0], y[0]}, new double[] {x[1], y[1]}), color);
                }
            }
        }
        List<NashEquilibrium> eqs = set.extremeEquilibria();
        for (int e = 0; e < eqs.size(); e++) {
            NashEquilibrium q = eqs.get(e);
            chart.mark(ExactText.draw(q.strategy(0).get(1)), ExactText.draw(q.strategy(1).get(1)), EQUILIBRIUM + (e + 1), title(q),
                    q.citation().isCertified());
        }
        chart.render();
        return new Figure("nash-square", chart.render(), caption(set, "each point is a profile (x, y) of the two players' probabilities"
                + " of their second actions"), Optional.of(chart.xScale()), Optional.of(chart.yScale()));
    }

    private static Figure player(NormalFormGame g, BimatrixNashSet set, int player) {
        String name = g.players().get(player);
        List<String> actions = g.actions().get(player);
        List<NashEquilibrium> eqs = set.extremeEquilibria();
        if (actions.size() == 3) {
            SimplexChart chart = new SimplexChart("Nash equilibria: " + name + "'s strategies", actions);
            int k = 0;
            for (BimatrixNashSet.Component c : set.components()) {
                String color = Colors.series(k++);
                for (BimatrixNashSet.MaximalSubset s : c.subsets()) {
                    List<double[]> hull = hull(points(player == 0 ? s.rowStrategies() : s.columnStrategies()));
                    if (hull.size() >= 3) {
                        chart.polygon(hull, color);
                    } else if (hull.size() == 2) {
                        chart.segment(hull.get(0), hull.get(1), color);
                    }
                }
            }
            for (int e = 0; e < eqs.size(); e++) {
                NashEquilibrium q = eqs.get(e);
                chart.mark(point(q.strategy(player)), EQUILIBRIUM + (e + 1), title(q), q.citation().isCertified());
            }
            return Figure.of("nash-player" + (player + 1), chart.render(), caption(set, name + "'s side of each maximal Nash subset"));
        }
        PlaneChart chart = new PlaneChart("Nash equilibria: " + name + "'s strategies", "probability of " + actions.get(1), "")
                .xRange(-0.02, 1.02).yRange(-1, 1);
        chart.segment(List.of(new double[] {0, 0}, new double[] {1, 0}), "#999999");
        int k = 0;
        for (BimatrixNashSet.Component c : set.components()) {
            String color = Colors.series(k++);
            for (BimatrixNashSet.MaximalSubset s : c.subsets()) {
                double[] x = range(player == 0 ? s.rowStrategies() : s.columnStrategies());
                if (x[0] < x[1]) {
                    chart.segment(List.of(new double[] {x[0], 0}, new double[] {x[1], 0}), color);
                }
            }
        }
        for (int e = 0; e < eqs.size(); e++) {
            NashEquilibrium q = eqs.get(e);
            chart.mark(ExactText.draw(q.strategy(player).get(1)), 0, EQUILIBRIUM + (e + 1), title(q), q.citation().isCertified());
        }
        chart.render();
        return new Figure("nash-player" + (player + 1), chart.render(), caption(set, name + "'s side of each maximal Nash subset"),
                Optional.of(chart.xScale()), Optional.of(chart.yScale()));
    }

    private static String title(NashEquilibrium q) {
        return "equilibrium " + ExactText.profile(q.profile().toArray()) + ", payoffs " + ExactText.values(q.payoffs()) + " "
                + q.citation().text();
    }

    private static String caption(BimatrixNashSet set, String what) {
        int n = set.extremeEquilibria().size();
        return "The Nash equilibria: " + n + " extreme equilibri" + (n == 1 ? "um" : "a") + " (marked, each with its exact profile and payoffs;"
                + " orange when certified Nash) in " + set.components().size() + " component(s); " + what + ". Completeness: "
                + set.complete().citation().text() + ".";
    }

    /** The smallest and largest probability of the second action among the strategies. */
    private static double[] range(List<List<Rational>> strategies) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Rational> s : strategies) {
            double v = ExactText.draw(s.get(1));
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    private static List<double[]> points(List<List<Rational>> strategies) {
        return strategies.stream().map(NashFigures::point).toList();
    }

    private static double[] point(List<Rational> s) {
        double[] out = new double[s.size()];
        for (int a = 0; a < out.length; a++) {
            out[a] = ExactText.draw(s.get(a));
        }
        return out;
    }

    /**
     * The convex hull (drawing only) of barycentric points of the triangle, in order around it;
     * gift wrapping on the plane coordinates (x1, x2), O(points²).
     */
    static List<double[]> hull(List<double[]> points) {
        List<double[]> distinct = new ArrayList<>();
        for (double[] p : points) {
            if (distinct.stream().noneMatch(q -> Math.abs(q[1] - p[1]) < 1e-12 && Math.abs(q[2] - p[2]) < 1e-12)) {
                distinct.add(p);
            }
        }
        if (distinct.size() < 3) {
            return distinct;
        }
        List<double[]> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[1]).thenComparingDouble(p -> p[2]));
        List<double[]> out = new ArrayList<>();
        double[] start = sorted.get(0);
        double[] current = start;
        do {
            out.add(current);
            double[] next = null;
            for (double[] c : sorted) {
                if (c == current) {
                    continue;
                }
                if (next == null || cross(current, next, c) < -1e-12
                        || Math.abs(cross(current, next, c)) <= 1e-12 && dist(current, c) > dist(current, next)) {
                    next = c;
                }
            }
            current = next;
        } while (current != start && out.size() <= sorted.size());
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[1] - o[1]) * (b[2] - o[2]) - (a[2] - o[2]) * (b[1] - o[1]);
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[1] - b[1], a[2] - b[2]);
    }
}
