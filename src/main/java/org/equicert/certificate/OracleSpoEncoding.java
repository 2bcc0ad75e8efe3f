package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * The linear (QF_LRA) certificate text of an {@code oracle-spo} claim: the point as constants, every
 * player's relation at the point, and per class the slice's variables {@code cK_x_p_o} with the
 * members' relations (bound terms with the class's variables renamed and everyone else's replaced
 * by the point's numerals; best responses linear because a table has at most one other member).
 * Negation: the point breaks some relation, or some slice point lies in no listed polytope.
 *
 * <p>Cost: linear in the bound terms, tables and rows, times the outputs for best responders.
 */
final class OracleSpoEncoding {

    private final OracleSpoClaim claim;

    OracleSpoEncoding(OracleSpoClaim claim) {
        this.claim = claim;
    }

    /** The certificate's SMT-LIB body. */
    String linear() {
        List<OracleSpoClaim.PlayerSpec> players = claim.players();
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; x_p_o: probability that player p (0-based) gives output o at the claimed point\n");
        for (int p = 0; p < players.size(); p++) {
            sb.append("; player ").append(p).append(" = ").append(players.get(p).name().replaceAll("[\\r\\n]", " "))
                    .append(", outputs ").append(String.join(", ", players.get(p).outputs()).replaceAll("[\\r\\n]", " ")).append('\n');
            for (int o = 0; o < players.get(p).outputs().size(); o++) {
                sb.append("(define-fun x_").append(p).append('_').append(o).append(" () Real ").append(Smt.num(claim.pointAt(p, o)))
                        .append(")\n");
            }
        }
        List<String> member = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            member.addAll(relation(p, Set.of(), ""));
        }
        List<String> negation = new ArrayList<>();
        negation.add("(not " + Smt.and(member) + ")");
        for (int k = 0; k < claim.classes().size(); k++) {
            OracleSpoClaim.ClassPart c = claim.classes().get(k);
            String prefix = "c" + (k + 1) + "_";
            Set<Integer> members = new TreeSet<>(c.members());
            sb.append("; class ").append(k + 1).append(": its players move, everyone else stays at the point\n");
            for (int v : claim.classVariables(c)) {
                sb.append("(declare-fun ").append(prefix).append(claim.var(v)).append(" () Real)\n");
            }
            List<String> rel = new ArrayList<>();
            for (int p : c.members()) {
                rel.addAll(relation(p, members, prefix));
            }
            List<String> pieces = new ArrayList<>();
            for (OracleSpoClaim.Piece piece : c.pieces()) {
                List<String> rows = new ArrayList<>();
                for (OracleSpoClaim.Row r : piece.constraints()) {
                    List<String> terms = new ArrayList<>();
                    r.coefficients().forEach((v, a) -> terms.add("(* " + Smt.num(a) + " " + prefix + claim.var(v) + ")"));
                    rows.add("(" + r.sense().symbol() + " " + Smt.sum(terms) + " " + Smt.num(r.rhs()) + ")");
                }
                pieces.add(Smt.and(rows));
            }
            negation.add("(and " + Smt.and(rel) + " (not " + Smt.or(pieces) + "))");
        }
        sb.append(Smt.negatedClaim("negation: the point breaks some player's relation, or some class slice has a point in no listed polytope",
                negation));
        return sb.toString();
    }

    /**
     * A bound term over the point's constants (empty prefix: variables keep their names, which the
     * header defines as the point) or over a class's variables (others replaced by the point's numerals).
     */
    private String substitute(OracleTerm term, Set<Integer> members, String prefix) {
        if (prefix.isEmpty()) {
            return term.smtLib();
        }
        return term.render(v -> members.contains(v.player()) ? prefix + v.name() : Smt.num(claim.pointAt(v.player(), v.output())));
    }

    /** The relation of player p: over the point's constants (empty prefix) or a class's variables. */
    private List<String> relation(int p, Set<Integer> members, String prefix) {
        List<String> out = new ArrayList<>();
        OracleSpoClaim.PlayerSpec s = claim.players().get(p);
        List<String> sum = new ArrayList<>();
        for (int o = 0; o < s.outputs().size(); o++) {
            out.add("(>= " + prefix + "x_" + p + "_" + o + " 0.0)");
            sum.add(prefix + "x_" + p + "_" + o);
        }
        out.add("(= " + Smt.sum(sum) + " 1.0)");
        for (OracleSpoClaim.Bound b : s.bounds()) {
            String x = prefix + "x_" + p + "_" + b.output();
            out.add("(<= " + substitute(b.lo(), members, prefix) + " " + x + ")");
            out.add("(<= " + x + " " + substitute(b.hi(), members, prefix) + ")");
        }
        if (s.bestResponse()) {
            List<String> eu = new ArrayList<>();
            for (int o = 0; o < s.outputs().size(); o++) {
                eu.add(expectedUtility(p, o, members, prefix));
            }
            for (int o = 0; o < s.outputs().size(); o++) {
                List<String> best = new ArrayList<>();
                for (int o2 = 0; o2 < s.outputs().size(); o2++) {
                    if (o2 != o) {
                        best.add("(>= " + eu.get(o) + " " + eu.get(o2) + ")");
                    }
                }
                out.add("(or (<= " + prefix + "x_" + p + "_" + o + " 0.0) " + Smt.and(best) + ")");
            }
        }
        return out;
    }

    /** p's expected utility from output o: a numeral, or linear in one class variable per row. */
    private String expectedUtility(int p, int o, Set<Integer> members, String prefix) {
        Map<String, Rational> linear = new TreeMap<>();
        Rational constant = Rational.ZERO;
        for (OracleSpoClaim.Table t : claim.utilities().get(p)) {
            int self = t.players().indexOf(p);
            if (self < 0) {
                continue;
            }
            for (int r = 0; r < t.keys().size(); r++) {
                List<Integer> key = t.keys().get(r);
                if (key.get(self) != o) {
                    continue;
                }
                Rational w = t.payoffs().get(r);
                String variable = "";
                for (int k = 0; k < t.players().size(); k++) {
                    int q = t.players().get(k);
                    if (q == p) {
                        continue;
                    }
                    if (!prefix.isEmpty() && members.contains(q)) {
                        if (!variable.isEmpty()) {
                            throw new IllegalStateException("nonlinear best response of " + claim.players().get(p).name());
                        }
                        variable = prefix + "x_" + q + "_" + key.get(k);
                    } else {
                        w = w.multiply(claim.pointAt(q, key.get(k)));
                    }
                }
                if (variable.isEmpty()) {
                    constant = constant.add(w);
                } else {
                    linear.merge(variable, w, Rational::add);
                }
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add(Smt.num(constant));
        linear.forEach((v, c) -> terms.add("(* " + Smt.num(c) + " " + v + ")"));
        return Smt.sum(terms);
    }
}
