package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.ChainAnalysis;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** The lines and JSON entries of the individual-utility chain within a {@link DynamicsRenderer} rendering. */
final class IndividualChainLines {

    private final NormalFormGame game;
    private final int digits;
    private final FactLines facts;
    private final Map<String, Object> json;

    IndividualChainLines(NormalFormGame game, int digits, FactLines facts, Map<String, Object> json) {
        this.game = game;
        this.digits = digits;
        this.facts = facts;
        this.json = json;
    }

    void render(ChainAnalysis.Individual c) {
        json.put("variant", "individual");
        json.put("base", c.base().toString());
        facts.context("chain:      individual utilities (each player re-samples with probability b^(D(u_min,i - U_i(a)))), b = " + c.base()
                + ", D = " + c.scale() + ", " + c.transitions() + " transitions");
        List<Object> classes = new ArrayList<>();
        for (ChainAnalysis.ClosedClass k : c.classes()) {
            Rational[] pi = k.distribution();
            facts.fact("class:      " + k.size() + " profiles; its stationary distribution's most likely profiles: "
                    + DynamicsRenderer.describeTop(game, pi, 4), c.stationary());
            facts.fact("            period " + k.period() + (k.reversible() ? ", reversible" : ", not reversible"), c.structure());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size", k.size());
            m.put("period", k.period());
            m.put("reversible", k.reversible());
            m.put("distribution", DynamicsRenderer.exact(pi));
            classes.add(m);
        }
        json.put("closedClasses", classes);
        if (c.unique()) {
            for (int i = 0; i < c.payoffs().size(); i++) {
                Rational v = c.payoffs().get(i);
                facts.fact("            player " + game.players().get(i) + "'s expected payoff under it: " + v + " (≈" + v.toDecimalString(digits) + ")",
                        c.fromDistribution());
            }
            facts.fact("            unique stationary distribution", c.stationary());
            c.convergence().ifPresent(x -> facts.fact("            the round-t distribution converges to it from any start (one closed class, period 1),"
                    + " so these are the long-run payoffs", x));
        } else {
            facts.fact("            " + c.classes().size() + " closed classes: the stationary distribution is not unique; one per class is listed",
                    c.structure());
        }
        c.round().ifPresent(r -> facts.fact("round " + r.round() + ":   distribution from a uniform first round: most likely "
                + DynamicsRenderer.describeTop(game, r.distribution(), 4), r.citation()));
    }
}
