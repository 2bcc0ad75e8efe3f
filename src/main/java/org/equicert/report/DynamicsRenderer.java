package org.equicert.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.ChainAnalysis;
import org.equicert.api.CheckedCertificate;
import org.equicert.api.DynamicsResult;
import org.equicert.api.LearningDynamics;
import org.equicert.api.OrbitDynamicsResult;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Renders seed 000's learning dynamics ({@link DynamicsResult}, {@link OrbitDynamicsResult}) as
 * text, one citation per fact, and as JSON with exact numbers. The first text line names the game.
 */
public final class DynamicsRenderer {

    private final NormalFormGame game;
    private final int digits;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final FactLines facts;

    private DynamicsRenderer(DynamicsResult r) {
        this.game = r.game();
        this.digits = r.digits();
        this.facts = new FactLines(lines, r.certificatesRequested());
    }

    /** The text and JSON of {@code result}; {@link Rendered#allChecked()} is {@link DynamicsResult#allChecked()}. */
    public static Rendered render(DynamicsResult result) {
        DynamicsRenderer d = new DynamicsRenderer(result);
        d.facts.context("game:       " + result.game().title());
        d.json.put("game", result.game().title());
        d.json.put("profiles", result.game().profileCount());
        if (result.analysis() instanceof ChainAnalysis.Common c) {
            d.common(c);
        } else if (result.analysis() instanceof ChainAnalysis.Alpha a) {
            d.alpha(a);
        } else if (result.analysis() instanceof ChainAnalysis.Individual i) {
            new IndividualChainLines(d.game, d.digits, d.facts, d.json).render(i);
        }
        result.simulation().ifPresent(d::simulation);
        d.facts.finish(d.json, result.certificates().stream().map(CheckedCertificate::path).map(Object::toString).toList());
        return new Rendered(d.lines, d.json, d.facts.tally(), result.allChecked());
    }

    /** The text and JSON of a softmax on orbits of profiles. */
    public static Rendered render(OrbitDynamicsResult r) {
        List<String> lines = new ArrayList<>();
        FactLines facts = new FactLines(lines, false);
        Rational e = r.expectedUtility();
        facts.context("game:       " + r.gameClass() + ", " + r.players() + " players x " + r.actions() + " actions, seed " + r.seed()
                + " (totally symmetric, common payoff; " + r.orbitCount() + " orbits of profiles = action-count vectors)");
        facts.context("chain:      base b = e^(alpha/D) = " + r.base() + ", D = " + r.scale() + ", u_min = " + r.uMin());
        facts.fact("lim v_t:    E_p[U] = " + (e.toString().length() > 200 ? "(" + e.numerator().bitLength() + "-bit fraction)" : e)
                + " (≈" + e.toDecimalString(r.digits()) + ")", r.citation());
        for (OrbitDynamicsResult.Orbit x : r.mostLikely().subList(0, Math.min(5, r.mostLikely().size()))) {
            facts.fact("orbit:      counts " + x.counts() + " probability ≈" + x.probability().toDecimalString(r.digits()), r.citation());
        }
        facts.context("            (exact values with --json)");
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("game", r.gameClass() + " players=" + r.players() + " actions=" + r.actions() + " seed=" + r.seed());
        j.put("orbits", r.orbitCount());
        j.put("base", r.base().toString());
        j.put("scale", r.scale());
        j.put("expectedUtility", e.toString());
        List<Object> o = new ArrayList<>();
        for (OrbitDynamicsResult.Orbit x : r.mostLikely()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("counts", x.counts());
            m.put("probability", x.probability().toString());
            o.add(m);
        }
        j.put("mostLikelyOrbits", o);
        facts.finish(j, List.of());
        return new Rendered(lines, j, facts.tally(), true);
    }

    private void common(ChainAnalysis.Common c) {
        Rational[] pi = c.distribution();
        facts.context("chain:      common payoff, u_min = " + c.uMin() + ", payoffs in units of 1/D with D = " + c.scale()
                + ", base b = e^(alpha/D) = " + c.base());
        json.put("variant", "common");
        json.put("base", c.base().toString());
        json.put("scale", c.scale());
        json.put("uMin", c.uMin().toString());
        json.put("optimum", c.optimum().toString());
        facts.fact("stationary: the softmax p(a) = b^(D(U(a) - u_min))/Z (seed 000, Lemma 1); most likely profiles: "
                + describeTop(game, pi, 6), c.stationary());
        Rational eu = c.expectedUtility();
        facts.fact("            E_p[U] = " + eu + " (≈" + eu.toDecimalString(digits) + "); optimum u* = " + c.optimum()
                + "; P(optimal profile) = " + c.optimalProbability() + " (≈" + c.optimalProbability().toDecimalString(digits) + ")",
                c.fromDistribution());
        facts.fact("lim v_t:    v_t -> E_p[U] as t -> infinity (the chain is irreducible, and aperiodic: every profile has a self-loop)",
                c.convergence());
        json.put("expectedUtility", eu.toString());
        json.put("optimalProbability", c.optimalProbability().toString());
        json.put("distribution", exact(pi));
        facts.fact("            detailed balance for every alpha", c.balanceSymbolic());
        facts.fact("            detailed balance at b = " + c.base(), c.balance());
        facts.fact("            stationary and unique", c.stationary());
        facts.fact("alpha->inf: the uniform distribution over the optimal profiles; E[U] -> u* = " + c.optimum(), c.limit());
        c.round().ifPresent(this::round);
        c.theorem().ifPresent(t -> new TheoremOneLines(digits, facts, json).render(t));
    }

    private void round(ChainAnalysis.RoundValue r) {
        if (r.value().isEmpty()) {
            facts.context("v_t:        not computed (more than " + LearningDynamics.CHAIN_LIMIT + " profiles)");
            return;
        }
        Rational v = r.value().get();
        int t = r.round();
        facts.fact("v_" + t + ":" + " ".repeat(Math.max(1, 10 - String.valueOf(t).length())) + "E[U] at round " + t
                + " from a uniform first round = " + v + " (≈" + v.toDecimalString(digits) + ")", r.citation());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", t);
        m.put("value", v.toString());
        json.put("roundValue", m);
    }

    private void alpha(ChainAnalysis.Alpha a) {
        json.put("variant", "common");
        json.put("alpha", a.alpha().toString());
        json.put("baseEnclosure", interval(new RationalInterval(a.lowerBase(), a.upperBase()), digits + 4));
        json.put("expectedUtility", interval(new RationalInterval(a.lowerExpectedUtility(), a.upperExpectedUtility()), digits));
        facts.fact("chain:      common payoff, alpha = " + a.alpha() + ", D = " + a.scale() + ", e^(alpha/D) in ["
                + a.lowerBase().toDecimalString(digits + 4, RoundingMode.FLOOR) + ", "
                + a.upperBase().toDecimalString(digits + 4, RoundingMode.CEILING) + "] (verified enclosure)", a.enclosure());
        facts.fact("lim v_t:    E_p[U] in " + floor(a.lowerExpectedUtility(), digits) + " .. " + ceiling(a.upperExpectedUtility(), digits)
                + " (exact at the enclosing bases; E is non-decreasing in alpha)", a.valueCitation());
        facts.fact("            P(optimal profile) in " + floor(a.lowerOptimalProbability(), digits) + " .. "
                + ceiling(a.upperOptimalProbability(), digits), a.probabilityCitation());
        facts.fact("            E[U] >= " + floor(a.lowerExpectedUtility(), digits) + " at b_lo", a.lowerCitation());
        facts.fact("            E[U] < " + ceiling(a.upperTarget(), digits) + " at b_hi", a.upperCitation());
        facts.fact("            detailed balance for every alpha", a.balanceSymbolic());
    }

    private void simulation(DynamicsResult.SimulationCheck s) {
        if (s.comparison().isEmpty()) {
            facts.context("simulate:   skipped (more than " + LearningDynamics.SOLVE_LIMIT + " profiles)");
            return;
        }
        DynamicsResult.SimulationCheck.Comparison c = s.comparison().get();
        boolean ok = c.agrees();
        facts.fact(String.format("simulate:   %d seeded runs of %d rounds (seed %d): largest |frequency - exact round-%d probability| = %.5f at %s;"
                + " Hoeffding bound for all %d profiles at once at confidence 1 - 1e-6: %.5f -> %s", s.runs(), s.rounds(), s.seed(), s.rounds(),
                c.maxDeviation(), game.describe(game.profile(c.worstProfile())), c.profiles(), c.radius(), ok ? "agrees" : "DISAGREES"),
                c.citation());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", s.runs());
        m.put("rounds", s.rounds());
        m.put("seed", s.seed());
        m.put("maxDeviation", String.format("%.6f", c.maxDeviation()));
        m.put("hoeffdingRadius", String.format("%.6f", c.radius()));
        m.put("agrees", ok);
        json.put("simulation", m);
    }

    /** The {@code limit} most likely profiles of {@code p}, e.g. {@code (high, high) 512/529 (≈0.967864), …}. */
    static String describeTop(NormalFormGame game, Rational[] p, int limit) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparing((Integer k) -> p[k]).reversed().thenComparing(k -> k));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, order.size()); i++) {
            int k = order.get(i);
            parts.add(game.describe(game.profile(k)) + " " + p[k] + " (≈" + p[k].toDecimalString(6) + ")");
        }
        return String.join(", ", parts) + (order.size() > limit ? ", …" : "");
    }

    /** {@code {"lower", "upper", "decimal": "lo .. hi"}} with the decimal rounded outwards. */
    static Map<String, String> interval(RationalInterval i, int digits) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lower", i.lower().toString());
        m.put("upper", i.upper().toString());
        m.put("decimal", floor(i.lower(), digits) + " .. " + ceiling(i.upper(), digits));
        return m;
    }

    /** Exact texts of a distribution. */
    static List<String> exact(Rational[] p) {
        List<String> out = new ArrayList<>(p.length);
        for (Rational x : p) {
            out.add(x.toString());
        }
        return out;
    }

    static String floor(Rational x, int digits) {
        return x.toDecimalString(digits, RoundingMode.FLOOR);
    }

    static String ceiling(Rational x, int digits) {
        return x.toDecimalString(digits, RoundingMode.CEILING);
    }
}
