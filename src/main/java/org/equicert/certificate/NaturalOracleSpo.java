package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * The natural statement of an {@code oracle-spo} claim (Issue 12), written from the claim's public
 * data only, independently of {@link OracleSpoClaim}'s linear encoding (no substitution into the
 * bound terms, no linearised best responses).
 *
 * <p>Every player p's relation is a function of <em>all</em> players' distributions x_q_o:
 * {@code rel_p(x)} says x_p is a distribution, lo ≤ x_p_o ≤ hi for every stated bound (the bound
 * terms pasted verbatim as the bodies of {@code lo_p_j(x)} and {@code hi_p_j(x)}, whose parameters
 * are the variables they mention), and, for a best responder, U_p(x) ≥ U_p(x with p playing o) for
 * every output o, where U_p(x) = Σ payoff·Π x over p's utility tables (multilinear). The point r is
 * a vector of variables constrained to the stated values; the slice of class C is r with C's
 * players' variables free. Negation: r is not in the equilibrium set (some rel_p(r) fails), or for
 * some class C a slice point y with rel_p(y) for every p ∈ C (1) lies in none of the listed
 * polytopes, or (2) is a Pareto improvement for C: U_q(y) ≥ U_q(r) for every q ∈ C, one strictly.
 * Disjunct (2) is the claim itself, which the linear certificate leaves to the checker's Bernstein
 * trees. QF_NRA. Size: linear in the tables and terms, times the number of outputs for best responders.
 */
final class NaturalOracleSpo {

    private NaturalOracleSpo() {
    }

    /** The statement, or empty when the data does not describe a game this can state (shapes, term grammar). */
    @SuppressWarnings("unchecked")
    static Optional<String> statement(Map<String, Object> data) {
        List<Map<String, Object>> players = (List<Map<String, Object>>) data.get("players");
        Rational[][] point = ClaimData.matrix(data.get("point"));
        int count = players.size();
        int[] outputs = new int[count];
        List<String> names = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            outputs[p] = ((List<Object>) players.get(p).get("outputs")).size();
            names.add(String.valueOf(players.get(p).get("name")).replaceAll("\\p{Cntrl}|\u2028|\u2029", " "));
        }
        if (point.length != count) {
            return Optional.empty();
        }
        List<String> params = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        int[] offsets = new int[count + 1];
        for (int p = 0; p < count; p++) {
            if (point[p].length != outputs[p] || outputs[p] == 0) {
                return Optional.empty();
            }
            offsets[p + 1] = offsets[p] + outputs[p];
            for (int o = 0; o < outputs[p]; o++) {
                vars.add("x_" + p + "_" + o);
                params.add("(x_" + p + "_" + o + " Real)");
            }
        }
        String signature = "(" + String.join(" ", params) + ")";
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; x_p_o: probability that player p (0-based) gives output o; every function below takes all of them\n");
        for (int p = 0; p < count; p++) {
            sb.append("; player ").append(p).append(" = ").append(names.get(p)).append('\n');
        }
        for (int p = 0; p < count; p++) {
            Map<String, Object> spec = players.get(p);
            List<String> rel = new ArrayList<>();
            List<String> total = new ArrayList<>();
            for (int o = 0; o < outputs[p]; o++) {
                rel.add("(>= x_" + p + "_" + o + " 0.0)");
                total.add("x_" + p + "_" + o);
            }
            rel.add("(= " + NaturalStatements.plus(total) + " 1.0)");
            List<Object> bounds = (List<Object>) spec.get("bounds");
            for (int j = 0; j < bounds.size(); j++) {
                List<Object> b = (List<Object>) bounds.get(j);
                int o = ((Number) b.get(0)).intValue();
                String lo = (String) b.get(1);
                String hi = (String) b.get(2);
                if (o < 0 || o >= outputs[p] || OracleTerm.problem(lo, outputs).isPresent() || OracleTerm.problem(hi, outputs).isPresent()) {
                    return Optional.empty();
                }
                String name = "_" + p + "_" + (j + 1);
                sb.append("(define-fun lo").append(name).append(' ').append(signature).append(" Real ").append(lo).append(")\n");
                sb.append("(define-fun hi").append(name).append(' ').append(signature).append(" Real ").append(hi).append(")\n");
                String call = " " + String.join(" ", vars) + ")";
                rel.add("(<= (lo" + name + call + " x_" + p + "_" + o + ")");
                rel.add("(<= x_" + p + "_" + o + " (hi" + name + call + ")");
            }
            List<String> terms = new ArrayList<>();
            for (Object to : (List<Object>) spec.get("utility")) {
                Map<String, Object> table = (Map<String, Object>) to;
                List<Object> who = (List<Object>) table.get("players");
                List<Object> keys = (List<Object>) table.get("keys");
                List<Object> payoffs = (List<Object>) table.get("payoffs");
                if (keys.size() != payoffs.size()) {
                    return Optional.empty();
                }
                for (int r = 0; r < keys.size(); r++) {
                    List<Object> key = (List<Object>) keys.get(r);
                    if (key.size() != who.size()) {
                        return Optional.empty();
                    }
                    List<String> factors = new ArrayList<>();
                    factors.add(NaturalStatements.num(Rational.parse((String) payoffs.get(r))));
                    for (int k = 0; k < who.size(); k++) {
                        int q = ((Number) who.get(k)).intValue();
                        int o = ((Number) key.get(k)).intValue();
                        if (q < 0 || q >= count || o < 0 || o >= outputs[q]) {
                            return Optional.empty();
                        }
                        factors.add("x_" + q + "_" + o);
                    }
                    terms.add(NaturalStatements.times(factors));
                }
            }
            sb.append("(define-fun U_").append(p).append(' ').append(signature).append(" Real\n  ").append(NaturalStatements.plus(terms))
                    .append(")\n");
            if ((Boolean) spec.get("bestResponse")) {
                String now = "(U_" + p + " " + String.join(" ", vars) + ")";
                for (int o = 0; o < outputs[p]; o++) {
                    List<String> pure = new ArrayList<>(vars);
                    for (int o2 = 0; o2 < outputs[p]; o2++) {
                        pure.set(offsets[p] + o2, o2 == o ? "1.0" : "0.0");
                    }
                    rel.add("(>= " + now + " (U_" + p + " " + String.join(" ", pure) + "))");
                }
            }
            sb.append("(define-fun rel_").append(p).append(' ').append(signature).append(" Bool\n  ").append(NaturalStatements.all(rel))
                    .append(")\n");
        }
        sb.append("; r_p_o: the claimed point, variables constrained to its probabilities\n");
        List<String> at = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            for (int o = 0; o < outputs[p]; o++) {
                sb.append("(declare-fun r_").append(p).append('_').append(o).append(" () Real)\n");
                fixed.add("(= r_" + p + "_" + o + " " + NaturalStatements.num(point[p][o]) + ")");
                at.add("r_" + p + "_" + o);
            }
        }
        sb.append("(assert ").append(NaturalStatements.all(fixed)).append(")\n");
        String pointArgs = String.join(" ", at);
        List<String> member = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            member.add("(rel_" + p + " " + pointArgs + ")");
        }
        List<String> negation = new ArrayList<>();
        negation.add("(not " + NaturalStatements.all(member) + ")");
        List<Object> classes = (List<Object>) data.get("classes");
        for (int k = 0; k < classes.size(); k++) {
            Map<String, Object> part = (Map<String, Object>) classes.get(k);
            TreeSet<Integer> members = new TreeSet<>();
            for (Object o : (List<Object>) part.get("members")) {
                int p = ((Number) o).intValue();
                if (p < 0 || p >= count) {
                    return Optional.empty();
                }
                members.add(p);
            }
            String prefix = "y" + (k + 1) + "_";
            sb.append("; class ").append(k + 1).append(" ").append(members).append(": its players move (").append(prefix)
                    .append("p_o), everyone else stays at the point\n");
            List<String> slice = new ArrayList<>(at);
            for (int p : members) {
                for (int o = 0; o < outputs[p]; o++) {
                    sb.append("(declare-fun ").append(prefix).append(p).append('_').append(o).append(" () Real)\n");
                    slice.set(offsets[p] + o, prefix + p + "_" + o);
                }
            }
            String sliceArgs = String.join(" ", slice);
            List<String> rel = new ArrayList<>();
            List<String> atLeast = new ArrayList<>();
            List<String> better = new ArrayList<>();
            for (int p : members) {
                rel.add("(rel_" + p + " " + sliceArgs + ")");
                atLeast.add("(>= (U_" + p + " " + sliceArgs + ") (U_" + p + " " + pointArgs + "))");
                better.add("(> (U_" + p + " " + sliceArgs + ") (U_" + p + " " + pointArgs + "))");
            }
            List<String> polytopes = new ArrayList<>();
            for (Object po : (List<Object>) part.get("pieces")) {
                List<String> rows = new ArrayList<>();
                for (Object ro : (List<Object>) ((Map<String, Object>) po).get("constraints")) {
                    List<Object> row = (List<Object>) ro;
                    List<String> terms = new ArrayList<>();
                    for (Map.Entry<String, Object> e : ((Map<String, Object>) row.get(0)).entrySet()) {
                        int v = Integer.parseInt(e.getKey());
                        if (v < 0 || v >= vars.size()) {
                            return Optional.empty();
                        }
                        terms.add("(* " + NaturalStatements.num(Rational.parse((String) e.getValue())) + " " + slice.get(v) + ")");
                    }
                    String sense = (String) row.get(1);
                    if (!List.of("<=", ">=", "=").contains(sense)) {
                        return Optional.empty();
                    }
                    rows.add("(" + sense + " " + NaturalStatements.plus(terms) + " "
                            + NaturalStatements.num(Rational.parse((String) row.get(2))) + ")");
                }
                polytopes.add(NaturalStatements.all(rows));
            }
            negation.add("(and " + NaturalStatements.all(rel) + " (not " + NaturalStatements.any(polytopes) + "))");
            negation.add("(and " + NaturalStatements.all(rel) + " " + NaturalStatements.all(atLeast) + " "
                    + NaturalStatements.any(better) + ")");
        }
        sb.append(NaturalStatements.negation("negation: the point is not in the equilibrium set, or a class slice has an equilibrium"
                + " point in no listed polytope, or one that is a Pareto improvement for the class", negation));
        return Optional.of(sb.toString());
    }
}
