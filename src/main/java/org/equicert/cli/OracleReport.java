package org.equicert.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.equicert.api.Citation;
import org.equicert.bridge.OracleClaims;
import org.equicert.certificate.CertificateStore;
import org.equicert.number.Rational;
import org.equicert.oracle.DependencyPoset;
import org.equicert.oracle.FixedPoints;
import org.equicert.oracle.OracleGame;
import org.equicert.oracle.StratifiedPareto;

/**
 * The text and JSON report of {@code equicert oracle}. Every fact printed cites a certificate or
 * says why it is not certified ({@link Facts}); the last line counts them.
 */
final class OracleReport {

    final List<String> lines = new ArrayList<>();
    final Map<String, Object> json = new LinkedHashMap<>();
    final Facts facts;
    /** False when some optimum is left undecided. */
    private boolean decided = true;

    OracleReport(OracleGame game, String baseName, CertificateStore store) {
        facts = new Facts(lines, store);
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
        StratifiedPareto pareto = new StratifiedPareto(game);
        DependencyPoset poset = pareto.poset();
        StratifiedPareto.Result spo = pareto.compute();
        List<Citation> certs = new ArrayList<>();
        for (int k = 0; k < spo.optima().size(); k++) {
            certs.add(facts.certify(baseName + "-spo-" + (k + 1), OracleClaims.spo(game, spo.optima().get(k))));
        }

        facts.context("dependency sets:");
        List<Object> jd = new ArrayList<>();
        Citation readOff = Citation.notCertified("read off the strategy maps and utilities; no certificate states it");
        for (int i = 0; i < game.size(); i++) {
            facts.fact("  D(" + game.player(i).name() + ") = {" + names(game, game.dependencySet(i)) + "}", readOff);
            jd.add(Map.of("player", game.player(i).name(), "dependencies", nameList(game, game.dependencySet(i))));
        }
        json.put("dependencySets", jd);
        List<String> classNames = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<Object> jc = new ArrayList<>();
        for (int c = 0; c < poset.classes().size(); c++) {
            TreeSet<Integer> members = poset.classes().get(c);
            List<String> below = new ArrayList<>();
            for (int d : poset.classesCovered(c)) {
                below.add("{" + names(game, poset.classes().get(d)) + "}");
            }
            classNames.add("{" + names(game, members) + "}");
            order.add("{" + names(game, members) + "} " + (poset.isMinimal(c) ? "minimal" : "above " + String.join(", ", below)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("members", nameList(game, members));
            m.put("minimal", poset.isMinimal(c));
            m.put("covers", below);
            m.put("wellFounded", true);
            jc.add(m);
        }
        json.put("classes", jc);
        // every oracle-spo checker recomputes the dependency classes from the stated game and requires them to match
        facts.fact("classes:    " + String.join(", ", classNames) + " (the dependency classes)", certs.isEmpty()
                ? Citation.notCertified("no stratified Pareto optimum was certified, and only its certificate checks the classes")
                : certs.get(0));
        facts.fact("order:      " + String.join("; ", order) + "; every class well-founded (each listed after those it depends on)",
                Citation.notCertified("computed from the dependency sets; the certificates check the classes, not their order"));

        List<FixedPoints.Polytope> set = new FixedPoints(game).all();
        int dim = set.stream().mapToInt(FixedPoints.Polytope::dimension).max().orElse(-1);
        Citation fixed = Citation.notCertified("exact fixed-point computation; the oracle-spo certificates cover"
                + " only the slices through each optimum");
        facts.fact("equilibrium set: union of " + set.size() + (set.size() == 1 ? " polytope" : " polytopes") + ", dimension " + dim
                + "  (fixed points of all strategy maps, exact)", fixed);
        List<Object> je = new ArrayList<>();
        for (int k = 0; k < set.size(); k++) {
            FixedPoints.Polytope p = set.get(k);
            List<String> vs = new ArrayList<>();
            for (Rational[] v : p.vertices()) {
                vs.add(point(game, FixedPoints.split(game, v)));
            }
            facts.fact("  " + (k + 1) + ". dimension " + p.dimension() + ", " + (p.vertices().size() == 1 ? "the point " : "vertices ")
                    + String.join(" ; ", vs), fixed);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dimension", p.dimension());
            m.put("vertices", vs);
            je.add(m);
        }
        json.put("equilibriumSet", je);

        facts.fact("stratified Pareto optima: " + spo.optima().size() + " (classes processed from the minimal ones up)",
                Citation.notCertified("the search is over the polytopes' vertices; that no other point is stratified Pareto optimal"
                        + " is not certified"));
        List<Object> jo = new ArrayList<>();
        for (int k = 0; k < spo.optima().size(); k++) {
            StratifiedPareto.Optimum o = spo.optima().get(k);
            List<String> us = new ArrayList<>();
            for (int i = 0; i < game.size(); i++) {
                us.add(game.player(i).name() + " " + game.utility(i, o.point()));
            }
            Citation cert = certs.get(k);
            facts.fact("  " + (k + 1) + ". " + point(game, o.point()) + "   utilities " + String.join(", ", us), cert.from("optimum"));
            facts.fact("     SPO for every player: in the equilibrium set; no class has a stratified Pareto improvement", cert);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("point", point(game, o.point()));
            Map<String, String> u = new LinkedHashMap<>();
            for (int i = 0; i < game.size(); i++) {
                u.put(game.player(i).name(), game.utility(i, o.point()).toString());
            }
            m.put("utilities", u);
            m.put("certificate", cert.text());
            jo.add(m);
        }
        for (String u : spo.undecided()) {
            facts.context("  UNDECIDED: " + u);
            decided = false;
        }
        json.put("stratifiedParetoOptima", jo);
        json.put("undecided", spo.undecided());
        facts.finish(json);
    }

    /** True when every optimum was decided and no certificate was rejected. */
    boolean allChecked() {
        return decided && facts.allChecked();
    }

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

    private static String names(OracleGame game, Iterable<Integer> ps) {
        return String.join(", ", nameList(game, ps));
    }

    private static List<String> nameList(OracleGame game, Iterable<Integer> ps) {
        List<String> s = new ArrayList<>();
        ps.forEach(p -> s.add(game.player(p).name()));
        return s;
    }
}
