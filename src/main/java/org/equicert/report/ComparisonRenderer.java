package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.BimatrixNashSet;
import org.equicert.api.ComparisonResult;
import org.equicert.api.NashSet;
import org.equicert.api.SupportNashSet;
import org.equicert.number.RationalInterval;

/**
 * Renders a {@link ComparisonResult} as text and as a JSON tree with exact numbers. Targets of the
 * exact set are named as in "component 2: the isolated equilibrium 2/3,1/3;1/3,2/3". Cost: linear
 * in the size of the result.
 */
public final class ComparisonRenderer {

    private ComparisonRenderer() {
    }

    /** The text lines and the JSON tree of {@code result}; {@code allChecked} is the result's {@code clean}. */
    public static Rendered render(ComparisonResult result) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        FactLines facts = new FactLines(lines, result.certificatesRequested());
        NashSet exact = result.exact().set();
        String title = result.game().title();
        facts.context("game:     " + (title.isEmpty() ? "(untitled)" : title));
        facts.noteIfNotRequested();
        facts.context("claims:   " + result.claims().size());
        json.put("game", title);
        List<Object> claimJson = new ArrayList<>();
        for (int k = 0; k < result.claims().size(); k++) {
            ComparisonResult.ClaimVerdict v = result.claims().get(k);
            String profile = ProfileCertificationRenderer.profileText(v.claim().profile());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("source", v.claim().where());
            j.put("profile", profile);
            facts.context(String.format("  %3d  %s  (%s)", k + 1, profile, v.claim().where()));
            if (v.invalid().isPresent()) {
                ComparisonResult.InvalidClaim bad = v.invalid().get();
                facts.fact("       not a mixed profile: " + bad.problem(), bad.citation());
                j.put("valid", false);
                j.put("problem", bad.problem());
                if (bad.normalised()) {
                    facts.context("       sums within the tolerance of 1: normalised for matching; " + bad.approximates()
                            .map(t -> "approximates " + targetName(exact, t)).orElse("matches no equilibrium within tolerance " + result.tolerance()));
                    bad.approximates().ifPresent(t -> j.put("approximates", targetName(exact, t)));
                    j.put("normalised", true);
                }
                claimJson.add(j);
                continue;
            }
            ComparisonResult.EvaluatedClaim e = v.evaluated().orElseThrow();
            facts.fact("       exactly Nash: " + (e.nash() ? "yes" : "NO — largest regret " + NumberText.shortRational(e.maxRegret())
                    + " ≈ " + e.maxRegret().toDecimalString(12)), e.citation());
            if (e.target().isPresent()) {
                String name = targetName(exact, e.target().get());
                facts.fact("       " + (e.nash() ? "is " : "approximates ") + name + (e.nash() ? "" : " (within tolerance " + result.tolerance() + ")"),
                        result.matching());
                j.put(e.nash() ? "is" : "approximates", name);
            } else {
                facts.fact("       matches no equilibrium" + (e.nash() ? "" : " within tolerance " + result.tolerance()), result.matching());
            }
            j.put("nash", e.nash());
            j.put("maxRegret", e.maxRegret().toString());
            claimJson.add(j);
        }
        json.put("claims", claimJson);
        List<String> missed = result.missed().stream().map(t -> targetName(exact, t)).toList();
        boolean two = exact instanceof BimatrixNashSet;
        if (missed.isEmpty()) {
            facts.fact("missed:   none — the claims cover every " + (two ? "component" : "equilibrium") + " of the exact set", result.matching());
        } else {
            facts.fact("missed:   " + missed.size() + " (" + (two ? "components" : "equilibria")
                    + " of the exact set that no claim is in or approximates):", result.matching());
            for (String m : missed) {
                facts.fact("       " + m, result.matching());
            }
        }
        json.put("missed", missed);
        if (exact instanceof SupportNashSet s && !s.complete()) {
            facts.context("note:     the exact set is incomplete (undecided support profiles); run 'equicert nash' for details");
            json.put("exactSetComplete", false);
        }
        exact.completeness().ifPresent(c -> facts.fact("exact set: " + c.statement(), c.citation()));
        json.put("clean", result.clean());
        facts.finish(json, NashSetRenderer.paths(result.certificates()));
        return new Rendered(lines, json, facts.tally(), result.clean());
    }

    /** The name of target {@code t} of the exact set (see {@link ComparisonResult}). */
    static String targetName(NashSet set, int t) {
        if (set instanceof BimatrixNashSet s) {
            BimatrixNashSet.Component c = s.components().get(t);
            if (c.dimension() == 0) {
                return "component " + (t + 1) + ": the isolated equilibrium " + s.extremeEquilibria().get(c.extremeEquilibria().get(0)).profile();
            }
            List<String> ex = new ArrayList<>();
            for (int e : c.extremeEquilibria()) {
                ex.add(s.extremeEquilibria().get(e).profile().toString());
            }
            return "component " + (t + 1) + ": a continuum of dimension " + c.dimension() + " with extreme equilibria " + ex;
        }
        SupportNashSet s = (SupportNashSet) set;
        int iso = s.isolated().size();
        if (t < iso) {
            SupportNashSet.Isolated e = s.isolated().get(t);
            return "equilibrium " + (t + 1) + ": " + (e.exact().isPresent() ? e.exact().get().profile().toString()
                    : "in the isolating box " + boxText(e.box().orElseThrow().probabilities()));
        }
        SupportNashSet.Continuum c = s.continua().get(t - iso);
        return "continuum " + (t - iso + 1) + " of dimension " + c.dimension() + ", e.g. "
                + c.witness().map(w -> w.profile().toString()).orElse("an algebraic point (see nash)");
    }

    private static String boxText(List<List<RationalInterval>> box) {
        List<String> players = new ArrayList<>();
        for (List<RationalInterval> row : box) {
            players.add(NumberText.intervals(row, ","));
        }
        return String.join(";", players);
    }
}
