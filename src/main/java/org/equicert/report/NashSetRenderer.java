package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicert.api.BimatrixNashSet;
import org.equicert.api.CheckedCertificate;
import org.equicert.api.NashEquilibrium;
import org.equicert.api.NashSetResult;
import org.equicert.api.NashSets;
import org.equicert.api.SupportNashSet;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RealAlgebraic;

/**
 * Renders a {@link NashSetResult} as text (each fact ending with its citation, the fact count
 * last) and as a JSON tree with exact numbers (rationals as {@code "p/q"}, isolating boxes as
 * intervals {@code ["lo", "hi"]}). Cost: linear in the size of the result.
 */
public final class NashSetRenderer {

    private NashSetRenderer() {
    }

    /** The text lines and the JSON tree of {@code result}. */
    public static Rendered render(NashSetResult result) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        FactLines facts = new FactLines(lines, result.certificatesRequested());
        NormalFormGame game = result.game();
        if (result.set() instanceof BimatrixNashSet s) {
            header(facts, json, game, "vertex enumeration of the best-response polytopes (degenerate games included)");
            twoPlayer(facts, json, s);
        } else if (result.set() instanceof SupportNashSet s) {
            header(facts, json, game, "support enumeration (" + s.supportProfiles() + " support profiles; exact linear algebra,"
                    + " or isolating boxes in exact interval arithmetic)");
            nPlayer(facts, json, game, s);
        }
        facts.finish(json, paths(result.certificates()));
        return new Rendered(lines, json, facts.tally(), result.allChecked());
    }

    /** The certificates' paths as printed. */
    static List<String> paths(List<CheckedCertificate> certificates) {
        return certificates.stream().map(c -> c.path().toString()).toList();
    }

    private static void header(FactLines facts, Map<String, Object> json, NormalFormGame game, String method) {
        facts.context("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.context("method:     " + method);
        facts.noteIfNotRequested();
        json.put("game", game.title());
        json.put("players", game.playerCount());
        json.put("method", method);
    }

    private static void twoPlayer(FactLines facts, Map<String, Object> json, BimatrixNashSet s) {
        facts.fact("extreme equilibria: " + s.extremeEquilibria().size(), s.enumeration());
        List<Object> eqs = new ArrayList<>();
        for (int e = 0; e < s.extremeEquilibria().size(); e++) {
            NashEquilibrium x = s.extremeEquilibria().get(e);
            facts.fact(String.format("  %3d  %s   payoffs %s, %s", e + 1, x.profile(), x.payoffs().get(0), x.payoffs().get(1)), x.citation());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("profile", NumberText.profileJson(x.profile()));
            j.put("payoffs", NumberText.vector(x.payoffs()));
            eqs.add(j);
        }
        json.put("extremeEquilibria", eqs);
        facts.fact("components: " + s.components().size(), s.structure());
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            BimatrixNashSet.Component comp = s.components().get(c);
            List<Integer> members = oneBased(comp.extremeEquilibria());
            if (comp.dimension() == 0) {
                facts.fact(String.format("  %3d  isolated equilibrium %s", c + 1, members.get(0)), s.structure());
            } else {
                facts.fact(String.format("  %3d  a continuum of dimension %d with extreme equilibria %s", c + 1, comp.dimension(), members),
                        s.structure());
                for (BimatrixNashSet.MaximalSubset sub : comp.subsets()) {
                    facts.fact("         maximal Nash subset: conv{" + strategies(sub.rowStrategies()) + "} × conv{"
                            + strategies(sub.columnStrategies()) + "} (dimension " + sub.dimension() + ")", s.structure());
                }
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("extremeEquilibria", members);
            j.put("dimension", comp.dimension());
            List<Object> subs = new ArrayList<>();
            for (BimatrixNashSet.MaximalSubset sub : comp.subsets()) {
                Map<String, Object> sj = new LinkedHashMap<>();
                sj.put("rowStrategies", sub.rowStrategies().stream().map(NumberText::vector).toList());
                sj.put("columnStrategies", sub.columnStrategies().stream().map(NumberText::vector).toList());
                sj.put("dimension", sub.dimension());
                subs.add(sj);
            }
            j.put("maximalNashSubsets", subs);
            comps.add(j);
        }
        json.put("components", comps);
        facts.fact("complete:   " + s.complete().statement(), s.complete().citation());
        json.put("complete", true);
    }

    /**
     * An algebraic profile as {@code x,y;z}: each probability exactly (its closed form, or the root of
     * its polynomial in an isolating interval), or, with {@code decimals}, to 12 digits.
     */
    private static String algebraicProfile(List<List<RealAlgebraic>> p, boolean decimals) {
        List<String> players = new ArrayList<>();
        for (List<RealAlgebraic> row : p) {
            players.add(String.join(",", row.stream().map(x -> decimals && !x.isRational() ? x.toDecimalString(12) : x.toString()).toList()));
        }
        return String.join(";", players);
    }

    private static void nPlayer(FactLines facts, Map<String, Object> json, NormalFormGame game, SupportNashSet s) {
        facts.fact("equilibria isolated within their supports: " + s.isolated().size(), s.enumeration());
        List<Object> eqs = new ArrayList<>();
        for (int e = 0; e < s.isolated().size(); e++) {
            SupportNashSet.Isolated x = s.isolated().get(e);
            Map<String, Object> j = new LinkedHashMap<>();
            if (x.exact().isPresent()) {
                NashEquilibrium p = x.exact().get();
                List<String> pays = NumberText.vector(p.payoffs());
                facts.fact(String.format("  %3d  %s   payoffs %s", e + 1, p.profile(), String.join(", ", pays)), p.citation());
                j.put("profile", NumberText.profileJson(p.profile()));
                j.put("payoffs", pays);
            } else {
                SupportNashSet.IsolatingBox b = x.box().orElseThrow();
                facts.fact(String.format("  %3d  an equilibrium in an isolating box (exactly one solution of its support system;"
                        + " no rational solution was found):", e + 1), b.isolation());
                for (int i = 0; i < game.playerCount(); i++) {
                    facts.fact("         player " + game.players().get(i) + ": " + NumberText.intervals(b.probabilities().get(i), ", ")
                            + "   payoff in " + NumberText.interval(b.payoffs().get(i)), b.isolation());
                }
                facts.fact("         a rational point of the box is an ε-Nash equilibrium with ε ≤ " + NumberText.upperScientific(b.epsilon())
                        + " (exact ε in the certificate)", b.midpointCitation());
                j.put("box", b.probabilities().stream().map(ExactJson::box).toList());
                j.put("payoffIntervals", ExactJson.box(b.payoffs()));
                j.put("midpoint", NumberText.profileJson(b.midpoint()));
                j.put("epsilon", ExactJson.rational(b.epsilon()));
            }
            j.put("supports", supportsJson(game, x.supports()));
            eqs.add(j);
        }
        json.put("isolatedEquilibria", eqs);
        List<Object> cont = new ArrayList<>();
        if (!s.continua().isEmpty()) {
            facts.fact("continua (positive-dimensional sets of equilibria, by exact supports): " + s.continua().size(), s.enumeration());
            for (SupportNashSet.Continuum c : s.continua()) {
                facts.fact("       supports " + supportsText(game, c.supports()) + ": a set of equilibria of dimension " + c.dimension(),
                        c.dimensionCitation());
                if (c.witness().isPresent()) {
                    facts.fact("         e.g. " + c.witness().get().profile(), c.witness().get().citation());
                } else {
                    SupportNashSet.AlgebraicWitness w = c.algebraicWitness().orElseThrow();
                    facts.fact("         no rational point; e.g. the algebraic point " + algebraicProfile(w.probabilities(), false), w.citation());
                    facts.context("           ≈ " + algebraicProfile(w.probabilities(), true));
                }
                facts.fact("         " + c.description(), c.descriptionCitation());
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("supports", supportsJson(game, c.supports()));
                j.put("dimension", c.dimension());
                j.put("witness", c.witness().isPresent() ? NumberText.profileJson(c.witness().get().profile())
                        : c.algebraicWitness().orElseThrow().probabilities().stream().map(row -> row.stream().map(ExactJson::algebraic).toList()).toList());
                j.put("description", c.description());
                cont.add(j);
            }
        }
        json.put("continua", cont);
        facts.fact("components (pieces whose closures meet, merged): " + s.components().size(), s.merged());
        List<Object> comps = new ArrayList<>();
        for (int c = 0; c < s.components().size(); c++) {
            SupportNashSet.Component comp = s.components().get(c);
            List<Integer> eqNumbers = oneBased(comp.isolated());
            List<Integer> contNumbers = oneBased(comp.continua());
            facts.fact(String.format("  %3d  ", c + 1) + (comp.isIsolatedEquilibrium() ? "isolated equilibrium " + eqNumbers.get(0)
                    : "dimension " + comp.dimension() + ": equilibria " + eqNumbers + ", continua " + contNumbers
                    + (comp.separated() ? "" : " (adjacency to another component not decided)")), s.merged());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("isolatedEquilibria", eqNumbers);
            j.put("continua", contNumbers);
            j.put("dimension", comp.dimension());
            j.put("separated", comp.separated());
            comps.add(j);
        }
        json.put("components", comps);
        List<Object> unres = new ArrayList<>();
        Map<String, List<SupportNashSet.Unresolved>> unexamined = new LinkedHashMap<>();
        for (SupportNashSet.Unresolved u : s.unresolved()) {
            if (u.reason().startsWith(NashSets.NOT_EXAMINED)) {
                unexamined.computeIfAbsent(u.reason(), k -> new ArrayList<>()).add(u);
            } else {
                facts.context("UNRESOLVED supports " + supportsText(game, u.supports()) + ": " + u.reason());
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("supports", supportsJson(game, u.supports()));
            j.put("reason", u.reason());
            unres.add(j);
        }
        json.put("unresolved", unres);
        unexamined.forEach((reason, list) -> {
            facts.context("NOT EXAMINED: " + list.size() + " support profiles (" + reason.substring(NashSets.NOT_EXAMINED.length())
                    + "); the list above may miss equilibria there:");
            list.stream().limit(UNEXAMINED_SHOWN).forEach(u -> facts.context("    supports " + supportsText(game, u.supports())));
            if (list.size() > UNEXAMINED_SHOWN) {
                facts.context("    … and " + count(list.size() - UNEXAMINED_SHOWN) + " more (every one in --json, under \"unresolved\")");
            }
        });
        coverage(facts, json, s);
        json.put("complete", s.complete());
        if (s.completeness().isPresent()) {
            facts.fact("complete:   " + s.completeness().get().statement(), s.completeness().get().citation());
        } else {
            facts.context("INCOMPLETE: " + s.unresolved().size() + " support profiles were not decided (see above); the list may miss equilibria there");
        }
    }

    /** What backs the exclusion of the support profiles without a listed equilibrium, and the supports that hold one. */
    private static void coverage(FactLines facts, Map<String, Object> json, SupportNashSet s) {
        SupportNashSet.Coverage c = s.coverage();
        String of = " of " + count(c.excluded());
        if (c.linear() > 0) {
            String split = c.joint() == 0 ? "" : " (" + count(c.joint()) + " by the joint relaxation of every player's conditions, "
                    + count(c.linear() - c.joint()) + " by one player's)";
            facts.fact("excluded support profiles: " + count(c.linear()) + of + " infeasible by a linear (Farkas) certificate" + split,
                    c.linearCitation());
        }
        if (c.algebraic() > 0) {
            facts.fact("excluded support profiles: " + count(c.algebraic()) + of + " by exact algebra (nonlinear) only", c.algebraicCitation());
        }
        for (int e : c.pureEquilibria()) {
            NashEquilibrium x = s.isolated().get(e).exact().orElseThrow();
            facts.fact("  support of equilibrium " + (e + 1) + " is pure: it holds that profile only", x.citation().from("equilibrium " + (e + 1)));
        }
        if (c.mixedSupports() > 0) {
            facts.fact("  " + count(c.mixedSupports()) + (c.mixedSupports() == 1 ? " mixed support profile holds" : " mixed support profiles hold")
                    + " the listed mixed equilibria", c.mixedCitation());
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("supportProfiles", s.supportProfiles());
        j.put("excluded", c.excluded());
        j.put("linear", c.linear());
        j.put("joint", c.joint());
        j.put("linearCertified", c.linearCitation().isCertified());
        j.put("algebraic", c.algebraic());
        j.put("pureEquilibria", oneBased(c.pureEquilibria()));
        j.put("mixedSupports", c.mixedSupports());
        j.put("completeCertified", s.completeness().map(x -> x.citation().isCertified()).orElse(false));
        json.put("coverage", j);
    }

    /** Support profiles not examined (time limit) listed one per line in text; JSON lists them all. */
    static final int UNEXAMINED_SHOWN = 20;

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static List<Integer> oneBased(List<Integer> indices) {
        return indices.stream().map(k -> k + 1).toList();
    }

    private static String strategies(List<List<Rational>> strategies) {
        List<String> out = new ArrayList<>();
        for (List<Rational> s : strategies) {
            out.add("(" + String.join(",", NumberText.vector(s)) + ")");
        }
        return String.join(", ", out);
    }

    private static List<Object> supportsJson(NormalFormGame game, List<List<Integer>> supports) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < supports.size(); i++) {
            List<String> names = new ArrayList<>();
            for (int a : supports.get(i)) {
                names.add(game.actions().get(i).get(a));
            }
            out.add(names);
        }
        return out;
    }

    private static String supportsText(NormalFormGame game, List<List<Integer>> supports) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < supports.size(); i++) {
            List<String> names = new ArrayList<>();
            for (int a : supports.get(i)) {
                names.add(game.actions().get(i).get(a));
            }
            out.add("{" + String.join(",", names) + "}");
        }
        return String.join("×", out);
    }
}
