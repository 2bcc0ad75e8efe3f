package org.equicert.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.api.ChainAnalysis;
import org.equicert.api.DynamicsResult;
import org.equicert.api.TheoremOne;
import org.equicert.draw.BarChart;
import org.equicert.draw.PlaneChart;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/**
 * Seed 000's pictures of the learning chain of a common-payoff game: E_α[U] and P(optimal) under
 * the softmax stationary law p_α ∝ e^{αU} (Lemma 1) as functions of α, with Theorem 1's α and the
 * certified minimal α as rules and the certified values marked; and the stationary distribution over
 * profiles as bars (optimal profiles highlighted). For a general game (individual utilities), the
 * bars of the unique stationary distribution. Curves are sampled in floating point for drawing
 * only: O(201 · profiles).
 */
public final class DynamicsFigures {

    /** The label of the mark at the chain's base b. */
    public static final String AT_BASE = "at b";
    /** The label of the mark at the certified bound of Theorem 1. */
    public static final String THEOREM = "Theorem 1";

    private DynamicsFigures() {
    }

    /** The figures of {@code r}. */
    public static List<Figure> of(DynamicsResult r) {
        NormalFormGame g = r.game();
        if (r.analysis() instanceof ChainAnalysis.Common c) {
            return List.of(curve(g, c, false), curve(g, c, true), bars(g, c.distribution(), c.optimum(), "seed000-bars"));
        }
        if (r.analysis() instanceof ChainAnalysis.Individual i && i.classes().size() == 1) {
            return List.of(bars(g, i.classes().get(0).distribution(), null, "seed000-bars"));
        }
        return List.of();
    }

    private static Figure curve(NormalFormGame g, ChainAnalysis.Common c, boolean probability) {
        double scale = c.scale();
        double alphaAtBase = scale * Math.log(ExactText.draw(c.base()));
        double theorem = Double.NaN;
        double minimal = Double.NaN;
        Optional<TheoremOne.Bound> bound = c.theorem().filter(t -> t instanceof TheoremOne.Bound).map(t -> (TheoremOne.Bound) t);
        if (bound.isPresent()) {
            theorem = ExactText.draw(bound.get().alpha().midpoint());
            if (bound.get().minimal() instanceof TheoremOne.Bracket b) {
                minimal = ExactText.draw(b.alpha().midpoint());
            }
        }
        double hi = 1.25 * Math.max(alphaAtBase, Double.isNaN(theorem) ? 0 : theorem);
        hi = hi > 0 ? hi : 1;
        double[] u = new double[g.profileCount()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < u.length; k++) {
            u[k] = ExactText.draw(g.payoff(0, k));
            max = Math.max(max, u[k]);
        }
        List<double[]> points = new ArrayList<>();
        for (int s = 0; s <= 200; s++) {
            double alpha = hi * s / 200;
            points.add(new double[] {alpha, softmax(u, max, alpha, probability)});
        }
        PlaneChart chart = new PlaneChart(probability ? "P(optimal profile) under the stationary law" : "E_α[U] under the stationary law",
                "α", probability ? "P(optimal)" : "E_α[U]").xRange(0, hi).curve(probability ? "P(optimal)" : "E[U]", points);
        if (!Double.isNaN(theorem)) {
            chart.rule(theorem, "Theorem 1's α");
        }
        if (!Double.isNaN(minimal)) {
            chart.rule(minimal, "minimal α");
        }
        Rational exact = probability ? c.optimalProbability() : c.expectedUtility();
        chart.mark(alphaAtBase, ExactText.draw(exact), AT_BASE + " = " + c.base(), (probability ? "P(optimal) = " : "E[U] = ")
                + ExactText.of(exact) + " at b = e^(α/" + c.scale() + ") = " + c.base() + " " + c.stationary().text(), c.stationary().isCertified());
        if (!probability && bound.isPresent() && bound.get().attained() instanceof TheoremOne.ExactBase e) {
            chart.mark(theorem, ExactText.draw(e.expectedUtility()), THEOREM, "at Theorem 1's α: E[U] = " + ExactText.of(e.expectedUtility())
                    + " ≥ u* − ε = " + ExactText.of(bound.get().target()) + " " + e.citation().text(), e.citation().isCertified());
        }
        chart.render();
        String caption = (probability ? "P(optimal profile)" : "E_α[U]") + " under p_α ∝ e^{αU} (Lemma 1), sampled for drawing; marked: the"
                + " exact value at the chain's base b = " + c.base() + (bound.isPresent() ? "; rules: Theorem 1's α (enclosure midpoint)"
                + " and the minimal α with E[U] ≥ u* − ε, bracketed by two certificates" : "") + ".";
        return new Figure(probability ? "seed000-optimal" : "seed000-value", chart.render(), caption, Optional.of(chart.xScale()),
                Optional.of(chart.yScale()));
    }

    private static double softmax(double[] u, double max, double alpha, boolean probability) {
        double z = 0;
        double eu = 0;
        double opt = 0;
        for (double v : u) {
            double w = Math.exp(alpha * (v - max));
            z += w;
            eu += w * v;
            opt += v == max ? w : 0;
        }
        return probability ? opt / z : eu / z;
    }

    private static Figure bars(NormalFormGame g, Rational[] distribution, Rational optimum, String id) {
        BarChart chart = new BarChart("Stationary distribution over profiles", "probability");
        for (int k = 0; k < distribution.length; k++) {
            boolean best = optimum != null && g.payoff(0, k).equals(optimum);
            chart.bar(g.describe(g.profile(k)), ExactText.draw(distribution[k]), best, ExactText.of(distribution[k]));
        }
        return Figure.of(id, chart.render(), "The exact stationary distribution, one bar per pure profile (exact value in each bar's tooltip)"
                + (optimum != null ? "; optimal profiles highlighted." : "."));
    }
}
