package org.equicert.report;

import java.util.List;
import java.util.Map;
import org.equicert.api.TheoremOne;
import org.equicert.number.Rational;

/** The lines and JSON entries of Theorem 1 within a {@link DynamicsRenderer} rendering. */
final class TheoremOneLines {

    private final int digits;
    private final FactLines facts;
    private final Map<String, Object> json;

    TheoremOneLines(int digits, FactLines facts, Map<String, Object> json) {
        this.digits = digits;
        this.facts = facts;
        this.json = json;
    }

    void render(TheoremOne theorem) {
        if (theorem instanceof TheoremOne.AllOptimal all) {
            facts.fact("Theorem 1:  every profile is optimal, so E[U] = u* for every alpha", all.citation());
            return;
        }
        TheoremOne.Bound b = (TheoremOne.Bound) theorem;
        Rational target = b.target();
        facts.fact("Theorem 1:  epsilon = " + b.epsilon() + ": alpha = (n log|A| + log(u* - u_min) - log epsilon)/(u* - u') in "
                + DynamicsRenderer.floor(b.alpha().lower(), digits) + " .. " + DynamicsRenderer.ceiling(b.alpha().upper(), digits),
                b.alphaCitation());
        json.put("theoremAlpha", DynamicsRenderer.interval(b.alpha(), digits));
        if (b.attained() instanceof TheoremOne.ExactBase at) {
            String power = at.scale().isInteger() ? "e^(alpha/" + at.scale() + ")" : "e^(" + Rational.ONE.divide(at.scale()) + " alpha)";
            facts.fact("            at Theorem 1's alpha exactly: " + power + " = " + at.base() + " (b^(D(u* - u')) epsilon = |A|^n (u* - u_min)),"
                    + " so the stationary law is rational there", at.citation());
            facts.fact("            E[U] = " + at.expectedUtility() + " (≈" + at.expectedUtility().toDecimalString(digits) + ") >= u* - epsilon = "
                    + target + "; P(optimal profile) = " + at.optimalProbability(), at.citation());
            json.put("theoremBase", at.base().toString());
            json.put("theoremExpectedUtility", at.expectedUtility().toString());
            json.put("theoremOptimalProbability", at.optimalProbability().toString());
        } else if (b.attained() instanceof TheoremOne.BelowBase below) {
            facts.fact("            at b = " + below.base() + " <= e^(alpha/D): E[U] ≈ " + below.expectedUtility().toDecimalString(digits)
                    + " >= u* - epsilon = " + target + "; by monotonicity in alpha the bound holds at Theorem 1's alpha", below.citation());
        }
        if (b.minimal() instanceof TheoremOne.AtZero zero) {
            facts.fact("minimal:    alpha = 0 already gives E[U] = " + zero.expectedUtility() + " >= " + target, zero.citation());
            json.put("minimalAlpha", "0");
        } else if (b.minimal() instanceof TheoremOne.Bracket m) {
            facts.fact("minimal:    the least alpha with E[U] >= u* - epsilon lies in " + DynamicsRenderer.floor(m.alpha().lower(), digits) + " .. "
                    + DynamicsRenderer.ceiling(m.alpha().upper(), digits), m.alphaCitation());
            facts.fact("            E[U] < " + target + " at b = " + m.lowerBase(), m.lowerCitation());
            facts.fact("            E[U] >= " + target + " at b = " + m.upperBase(), m.upperCitation());
            facts.fact("ratio:      Theorem 1's alpha / minimal alpha in " + DynamicsRenderer.floor(m.ratio().lower(), 4) + " .. "
                    + DynamicsRenderer.ceiling(m.ratio().upper(), 4), m.ratioCitation());
            json.put("minimalAlpha", DynamicsRenderer.interval(m.alpha(), digits));
            json.put("minimalBase", List.of(m.lowerBase().toString(), m.upperBase().toString()));
            json.put("theoremOverMinimal", DynamicsRenderer.interval(m.ratio(), 4));
        }
    }
}
