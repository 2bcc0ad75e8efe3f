package org.equicert.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.api.SymmetricResult;
import org.equicert.draw.Colors;
import org.equicert.draw.PlaneChart;
import org.equicert.draw.SimplexChart;
import org.equicert.game.NormalFormGame;
import org.equicert.number.RealAlgebraic;
import org.equicert.symmetric.LocalOptima;

/**
 * Seed 001's picture (Emmons et al. 2022, Figure 1): the expected common payoff over P-invariant
 * profiles — a curve when one orbit chooses between 2 actions, a triangle heat map with contours for
 * 3 actions, a square heat map for two orbits of 2 actions — with the certified optimum and the
 * strict local maxima (Definition 4.0.1) marked at their exact coordinates.
 *
 * <p>The payoff surface is sampled in floating point for drawing only: O(samples · profiles ·
 * players) with 201 samples (curve), 861 (triangle, 40th subdivision) or 1,600 (square).
 */
public final class SymmetricFigures {

    /** The label of the certified optimum's mark. */
    public static final String OPTIMUM = "certified optimum";
    /** The label prefix of the strict local maxima's marks. */
    public static final String LOCAL = "local max";
    /** The label of the rule through an optimum that an asymmetric profile improves on. */
    public static final String IMPROVING = "asymmetric improvement";

    private SymmetricFigures() {
    }

    /** Why no figure is drawn for this result, or empty when {@link #of} draws one. */
    public static Optional<String> notDrawn(SymmetricResult r) {
        List<List<String>> names = r.actionNames();
        boolean drawable = names.size() == 1 && (face(r).length == 2 || face(r).length == 3)
                || names.size() == 2 && names.get(0).size() == 2 && names.get(1).size() == 2;
        return drawable ? Optional.empty()
                : Optional.of("not drawn: " + names.size() + " orbit(s) with " + names.stream().map(List::size).toList()
                        + " actions; a figure is drawn for one orbit of 2 or 3 actions (or the face of a mixed optimum's support), or two"
                        + " orbits of 2");
    }

    /**
     * The actions drawn for a single orbit: all of them when there are at most 3, else the support
     * of a mixed optimum when it has 2 or 3 actions (the face the optimum lies on), else all.
     */
    static int[] face(SymmetricResult r) {
        int n = r.actionNames().get(0).size();
        if (n > 3 && r.point().isPresent() && r.point().get().coordinates().isPresent()) {
            List<RealAlgebraic> x = r.point().get().coordinates().get().get(0);
            int[] support = java.util.stream.IntStream.range(0, n).filter(a -> !isZero(x.get(a))).toArray();
            if (support.length == 2 || support.length == 3) {
                return support;
            }
        }
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    /** The figure of {@code r} for {@code game} (the game it analysed); empty when {@link #notDrawn} says why. */
    public static List<Figure> of(NormalFormGame game, SymmetricResult r) {
        if (notDrawn(r).isPresent()) {
            return List.of();
        }
        Surface eu = new Surface(game, r.orbits());
        List<List<String>> names = r.actionNames();
        if (names.size() == 2) {
            return List.of(square(eu, r));
        }
        int[] face = face(r);
        return List.of(face.length == 2 ? curve(eu, r, face) : triangle(eu, r, face));
    }

    private static Figure curve(Surface eu, SymmetricResult r, int[] face) {
        String action = r.actionNames().get(0).get(face[1]);
        int n = r.actionNames().get(0).size();
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k <= 200; k++) {
            double p = k / 200.0;
            points.add(new double[] {p, eu.value(new double[][] {embed(n, face, new double[] {1 - p, p})})});
        }
        PlaneChart chart = new PlaneChart("Symmetric expected utility", "p = probability of " + action + " (every player)", "EU(p)")
                .xRange(0, 1).curve("EU", points);
        marks(r, (c, label, title, certified) -> {
            double p = ExactText.draw(c.get(0).get(face[1]));
            chart.mark(p, eu.value(new double[][] {embed(n, face, new double[] {1 - p, p})}), label, title, certified);
        }, face);
        improvement(r).ifPresent(text -> r.point().flatMap(SymmetricResult.OptimalPoint::coordinates)
                .ifPresent(c -> chart.rule(ExactText.draw(c.get(0).get(face[1])), IMPROVING)));
        chart.render();
        return new Figure("symmetric-curve", chart.render(), caption(r, "the curve is EU(p) sampled at 201 points for drawing" + faceNote(r, face)),
                Optional.of(chart.xScale()), Optional.of(chart.yScale()));
    }

    private static Figure triangle(Surface eu, SymmetricResult r, int[] face) {
        int n = r.actionNames().get(0).size();
        List<String> names = java.util.Arrays.stream(face).mapToObj(a -> r.actionNames().get(0).get(a)).toList();
        SimplexChart chart = new SimplexChart("Symmetric expected utility over the simplex", names)
                .heat("EU", x -> eu.value(new double[][] {embed(n, face, x)}), 40, 8);
        marks(r, (c, label, title, certified) -> chart.mark(restrict(point(c.get(0)), face), label, title, certified), face);
        return Figure.of("symmetric-simplex", chart.render(), caption(r, "heat map and 8 contours of EU sampled on the 40th subdivision"
                + faceNote(r, face)));
    }

    private static Figure square(Surface eu, SymmetricResult r) {
        int n = 40;
        double[][] v = new double[n][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p = (i + 0.5) / n;
                double q = (j + 0.5) / n;
                v[i][j] = eu.value(new double[][] {{1 - p, p}, {1 - q, q}});
                min = Math.min(min, v[i][j]);
                max = Math.max(max, v[i][j]);
            }
        }
        String a = r.actionNames().get(0).get(1);
        String b = r.actionNames().get(1).get(1);
        PlaneChart chart = new PlaneChart("Expected utility over P-invariant profiles", "p = probability of " + a + " (orbit 1)",
                "q = probability of " + b + " (orbit 2)").xRange(0, 1).yRange(0, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String fill = Colors.ramp(max > min ? (v[i][j] - min) / (max - min) : 0);
                double x0 = (double) i / n;
                double y0 = (double) j / n;
                double d = 1.0 / n;
                chart.polygon(List.of(new double[] {x0, y0}, new double[] {x0 + d, y0}, new double[] {x0 + d, y0 + d}, new double[] {x0, y0 + d}),
                        fill, fill);
            }
        }
        marks(r, (c, label, title, certified) -> chart.mark(ExactText.draw(c.get(0).get(1)), ExactText.draw(c.get(1).get(1)), label, title,
                certified), new int[] {0, 1});
        chart.render();
        String range = "EU from " + org.equicert.draw.Scale.label(min) + " (dark) to " + org.equicert.draw.Scale.label(max) + " (light)";
        return new Figure("symmetric-square", chart.render(), caption(r, range + ", sampled on a 40 × 40 grid"),
                Optional.of(chart.xScale()), Optional.of(chart.yScale()));
    }

    /** Where a mark goes: its exact coordinates per orbit and action. */
    private interface MarkSink {
        void mark(List<List<RealAlgebraic>> coordinates, String label, String title, boolean certified);
    }

    private static boolean isZero(RealAlgebraic x) {
        return x.isRational() && x.toRational().isZero();
    }

    private static double[] embed(int n, int[] face, double[] x) {
        double[] out = new double[n];
        for (int k = 0; k < face.length; k++) {
            out[face[k]] = x[k];
        }
        return out;
    }

    private static double[] restrict(double[] x, int[] face) {
        double[] out = new double[face.length];
        for (int k = 0; k < face.length; k++) {
            out[k] = x[face[k]];
        }
        return out;
    }

    private static String faceNote(SymmetricResult r, int[] face) {
        int n = r.actionNames().get(0).size();
        return face.length == n ? "" : "; drawn on the face of the optimum's support ("
                + java.util.Arrays.stream(face).mapToObj(a -> r.actionNames().get(0).get(a)).toList() + ", the other " + (n - face.length)
                + " actions at probability 0)";
    }

    /** Whether the exact point lies on the drawn face (probability 0 off it, in the single-orbit case). */
    private static boolean onFace(List<List<RealAlgebraic>> c, int[] face) {
        if (c.size() != 1) {
            return true;
        }
        for (int a = 0; a < c.get(0).size(); a++) {
            final int action = a;
            if (java.util.Arrays.stream(face).noneMatch(f -> f == action) && !isZero(c.get(0).get(a))) {
                return false;
            }
        }
        return true;
    }

    /** The strict local maxima on the drawn face, then the optimum (drawn last, on top). */
    private static void marks(SymmetricResult r, MarkSink sink, int[] face) {
        if (r.point().isEmpty()) {
            return;
        }
        SymmetricResult.OptimalPoint p = r.point().get();
        int k = 0;
        for (SymmetricResult.CriticalPoint c : p.localOptima().points()) {
            boolean isOptimum = p.coordinates().isPresent() && c.coordinates().equals(p.coordinates());
            if (c.kind() == LocalOptima.Kind.STRICT_LOCAL_MAXIMUM && c.coordinates().isPresent() && onFace(c.coordinates().get(), face)
                    && !isOptimum) {
                k++;
                sink.mark(c.coordinates().get(), LOCAL + " " + k, "strict local maximum " + c.description() + ": " + c.reason(), false);
            }
        }
        if (p.coordinates().isPresent()) {
            String value = p.value().map(ExactText::of).orElse(p.valueText());
            sink.mark(p.coordinates().get(), OPTIMUM, "certified optimum " + p.description() + ", EU = " + value
                    + " " + r.optimum().bound().text(), r.optimum().bound().isCertified());
        }
    }

    /**
     * The asymmetric improvement at an unstable optimum, in words (the direction, s' and the gain when known);
     * the curve marks it by a labelled rule through the optimum (s' leaves the symmetric line there).
     */
    static Optional<String> improvement(SymmetricResult r) {
        return r.point().filter(p -> p.stability().stable() == SymmetricResult.Decision.NO)
                .map(p -> "asymmetric improving direction at the optimum: " + p.stability().reason()
                        + p.stability().improvingProfile().map(s -> "; s' = " + ExactText.profile(s)).orElse("")
                        + p.stability().gain().map(g -> ", EU(s') − EU(s) = " + g.text()).orElse(""));
    }

    private static String caption(SymmetricResult r, String sampling) {
        String optimum = r.point().map(p -> "the optimum " + p.description() + " with EU = " + p.value().map(ExactText::of).orElse(p.valueText()))
                .orElse("the optimum was not located exactly");
        return "Expected common payoff when the players of each orbit play the same strategy; " + sampling + ". Marked: " + optimum
                + (r.optimum().bound().isCertified() ? " (certified)" : " (not certified)") + ", and the strict local maxima."
                + improvement(r).map(t -> " The optimum is unstable: " + t + ".").orElse("");
    }

    private static double[] point(List<RealAlgebraic> xs) {
        double[] out = new double[xs.size()];
        for (int a = 0; a < out.length; a++) {
            out[a] = ExactText.draw(xs.get(a));
        }
        return out;
    }

    /** EU over P-invariant profiles in floating point, for drawing: Σ_profiles u(a) Π_i x[orbit(i)][a_i]. */
    private static final class Surface {
        private final double[] payoff;
        private final int[][] profiles;
        private final int[] orbitOf;

        Surface(NormalFormGame game, List<List<Integer>> orbits) {
            int n = game.profileCount();
            payoff = new double[n];
            profiles = new int[n][];
            for (int k = 0; k < n; k++) {
                profiles[k] = game.profile(k);
                payoff[k] = ExactText.draw(game.payoff(0, k));
            }
            orbitOf = new int[game.playerCount()];
            for (int q = 0; q < orbits.size(); q++) {
                for (int i : orbits.get(q)) {
                    orbitOf[i] = q;
                }
            }
        }

        double value(double[][] x) {
            double sum = 0;
            for (int k = 0; k < payoff.length; k++) {
                if (payoff[k] == 0) {
                    continue;
                }
                double w = payoff[k];
                int[] a = profiles[k];
                for (int i = 0; i < a.length && w != 0; i++) {
                    w *= x[orbitOf[i]][a[i]];
                }
                sum += w;
            }
            return sum;
        }
    }
}
