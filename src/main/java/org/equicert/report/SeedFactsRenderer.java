package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.GameInfo;
import org.equicert.api.SeedFacts;
import org.equicert.number.Rational;

/** Renders the {@link SeedFacts} of the {@code examples} job, each section ending with its fact count. */
public final class SeedFactsRenderer {

    private SeedFactsRenderer() {
    }

    /** The partygoers' symmetry groups. */
    public static Rendered render(SeedFacts.PartygoersSymmetry s) {
        List<String> lines = new ArrayList<>();
        FactLines facts = new FactLines(lines, true);
        GameInfo.Symmetry group = s.group();
        int n = s.game().playerCount();
        facts.fact("|Γ(G)| = " + group.order() + (group.totallySymmetric() ? " = |S_" + n + "|: the game is totally symmetric" : "")
                + "; generators " + group.generators() + "; orbits " + group.orbits(), s.citation());
        facts.context("(each group reaches every butler except the opposite one, so the common payoff is symmetric");
        facts.context(" under every permutation, not only the rotations the paper lists)");
        GameInfo.Subgroup p = s.rotation();
        facts.fact("P = {rotation by two} = " + String.join(", ", p.generators()) + " is a symmetry: " + p.symmetries()
                + "; <P> has order " + p.order() + "; orbits " + p.orbits(), s.citation());
        Map<String, Object> json = new LinkedHashMap<>();
        facts.finish(json, List.of());
        return new Rendered(lines, json, facts.tally(), true);
    }

    /** The ten robots' switching point. */
    public static Rendered render(SeedFacts.SwitchingPoint s) {
        List<String> lines = new ArrayList<>();
        FactLines facts = new FactLines(lines, true);
        Rational star = s.epsilon();
        facts.fact("symmetric EU = x_a^10 + (1+ε)·10·x_b·x_c^9 ≤ max(1, (1+ε)(9/10)^9), so the optimum switches from all-a to (0, 1/10, 9/10)"
                + " exactly at ε* = (10/9)^9 − 1 = " + star + " ≈ " + star.toDecimalString(6), s.citation());
        Map<String, Object> json = new LinkedHashMap<>();
        facts.finish(json, List.of());
        return new Rendered(lines, json, facts.tally(), true);
    }
}
