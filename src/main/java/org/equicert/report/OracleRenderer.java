package org.equicert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.api.CheckedCertificate;
import org.equicert.api.OracleResult;
import org.equicert.number.Rational;
import org.equicert.oracle.OracleGame;

/**
 * The text and JSON of an {@link OracleResult} ({@code equicert oracle}): the players and their
 * strategies, dependency sets, classes and their order, the equilibrium set's polytopes and the
 * stratified Pareto optima, every fact with its citation, ending with the fact count. Points are
 * printed as outputs with their exact probabilities; the JSON also carries them as {@code "p/q"}
 * strings per player ({@code "probabilities"}). O(size of the result).
 */
public final class OracleRenderer {

    private OracleRenderer() {
    }

    /** The rendering of {@code result}. */
    public static Rendered render(OracleResult result) {
        OracleGame game = result.game();
        List<String> lines = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        FactLines facts = new FactLines(lines, result.certificatesRequested());
        facts.context("game:       " + (game.title().isEmpty() ? "(untitled)" : game.title()));
        facts.noteIfNotRequested();
        json.put("game", game.title());
        List<Object> jp = new ArrayList<>();
        for (OracleGame.Player p : game.players()) {
            String s = strategy(p);
            facts.context("player:     " + p.name() + "  outputs " + String.join(", ", p.outputs()) + "; " + s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("outputs", p.outputs());
            m.put("strategy", s);
            jp.add(m);
        }
        json.put("players", jp);

        facts.context("dependency sets:");
        List<Object> jd = new ArrayList<>();
        for (OracleResult.DependencySet d : result.dependencySets()) {
            facts.fact("  D(" + game.player(d.player()).name() + ") = {" + names(game, d.dependencies()) + "}", result.dependencyCitation());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("player", game.player(d.player()).name());
            m.put("dependencies", nameList(game, d.dependencies()));
            jd.add(m);
        }
        json.put("dependencySets", jd);
        List<String> classNames = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<Object> jc = new ArrayList<>();
        for (OracleResult.PlayerClass c : result.classes()) {
            List<String> below = new ArrayList<>();
            for (int d : c.covers()) {
                below.add("{" + names(game, result.classes().get(d).members()) + "}");
            }
            classNames.add("{" + names(game, c.members()) + "}");
            order.add("{" + names(game, c.members()) + "} " + (c.minimal() ? "minimal" : "above " + String.join(", ", below)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("members", nameList(game, c.members()));
            m.put("minimal", c.minimal());
            m.put("covers", below);
            m.put("wellFounded", true);
            jc.add(m);
        }
        json.put("classes", jc);
        facts.fact("classes:    " + String.join(", ", classNames) + " (the dependency classes)", result.classesCitation());
        facts.fact("order:      " + String.join("; ", order) + "; every class well-founded (each listed after those it depends on)",
                result.orderCitation());

        List<OracleResult.EquilibriumPolytope> set = result.equilibriumSet();
        int dim = set.stream().mapToInt(OracleResult.EquilibriumPolytope::dimension).max().orElse(-1);
        facts.fact("equilibrium set: union of " + set.size() + (set.size() == 1 ? " polytope" : " polytopes") + ", dimension " + dim
                + "  (fixed points of all strategy maps, exact)", result.equilibriumCitation());
        List<Object> je = new ArrayList<>();
        for (int k = 0; k < set.size(); k++) {
            OracleResult.EquilibriumPolytope p = set.get(k);
            List<String> vs = new ArrayList<>();
            List<Object> exact = new ArrayList<>();
            for (Rational[][] v : p.vertices()) {
                vs.add(point(game, v));
                exact.add(probabilities(v));
            }
            facts.fact("  " + (k + 1) + ". dimension " + p.dimension() + ", " + (p.vertices().size() == 1 ? "the point " : "vertices ")
                    + String.join(" ; ", vs), result.equilibriumCitation());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dimension", p.dimension());
            m.put("vertices", vs);
            m.put("vertexProbabilities", exact);
            je.add(m);
        }
        json.put("equilibriumSet", je);

        facts.fact("stratified Pareto optima: " + result.optima().size() + " (classes processed from the minimal ones up)",
                result.optimaCitation());
        List<Object> jo = new ArrayList<>();
        for (int k = 0; k < result.optima().size(); k++) {
            OracleResult.Optimum o = result.optima().get(k);
            Rational[][] x = o.point();
            List<String> us = new ArrayList<>();
            Map<String, String> u = new LinkedHashMap<>();
            for (int i = 0; i < game.size(); i++) {
                us.add(game.player(i).name() + " " + o.utilities().get(i));
                u.put(game.player(i).name(), ExactJson.rational(o.utilities().get(i)));
            }
            facts.fact("  " + (k + 1) + ". " + point(game, x) + "   utilities " + String.join(", ", us), o.citation().from("optimum"));
            facts.fact("     SPO for every player: in the equilibrium set; no class has a stratified Pareto improvement", o.citation());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("point", point(game, x));
            m.put("probabilities", probabilities(x));
            m.put("utilities", u);
            m.put("certificate", o.citation().text());
            jo.add(m);
        }
        for (String u : result.undecided()) {
            facts.context("  UNDECIDED: " + u);
        }
        json.put("stratifiedParetoOptima", jo);
        json.put("undecided", result.undecided());
        facts.finish(json, result.certificates().stream().map(CheckedCertificate::path).map(Object::toString).toList());
        return new Rendered(lines, json, facts.tally(), result.allChecked());
    }

    /** How a player's strategy reads in the report. */
    static String strategy(OracleGame.Player p) {
        if (p.strategy() instanceof OracleGame.MapStrategy m) {
            List<String> parts = new ArrayList<>();
            for (var e : m.texts().entrySet()) {
                parts.add("P(" + p.outputs().get(e.getKey()) + ") = " + e.getValue());
            }
            return parts.isEmpty() ? "strategy: its only output" : "strategy: " + String.join(", ", parts);
        }
        return "strategy: shortsighted best response";
    }

    /** A point as each player's outputs with their probabilities, e.g. {@code (A: C; B: D 1/2 + C 1/2)}. */
    static String point(OracleGame game, Rational[][] d) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < game.size(); p++) {
            List<String> o = new ArrayList<>();
            for (int k = 0; k < d[p].length; k++) {
                if (!d[p][k].isZero()) {
                    o.add(game.player(p).outputs().get(k) + (d[p][k].equals(Rational.ONE) ? "" : " " + d[p][k]));
                }
            }
            parts.add(game.player(p).name() + ": " + String.join(" + ", o));
        }
        return "(" + String.join("; ", parts) + ")";
    }

    private static List<List<String>> probabilities(Rational[][] d) {
        List<List<String>> out = new ArrayList<>();
        for (Rational[] player : d) {
            List<String> row = new ArrayList<>();
            for (Rational x : player) {
                row.add(ExactJson.rational(x));
            }
            out.add(row);
        }
        return out;
    }

    private static String names(OracleGame game, Iterable<Integer> ps) {
        return String.join(", ", nameList(game, ps));
    }

    private static List<String> nameList(OracleGame game, Iterable<Integer> ps) {
        List<String> s = new ArrayList<>();
        ps.forEach(p -> s.add(game.player(p).name()));
        return s;
    }
}
