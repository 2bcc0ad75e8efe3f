package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * The natural statement of a {@code nash-set} claim (Issue 12), written from the claim's public
 * data only, independently of {@link NashSetClaim}'s linear encoding: "every Nash equilibrium of the
 * bimatrix game (A, B) lies in one of the listed sets, and every point of a listed set is a Nash
 * equilibrium", where set k is the label-defined face pair of the claim: for a row label l ≤ m,
 * x_l = 0; for a row label m + j, column j is a best reply to x; for a column label i ≤ m, row i is
 * a best reply to y; for a column label m + j, y_j = 0.
 *
 * <p>(x, y) is a Nash equilibrium when x and y are distributions and no pure deviation pays:
 * (Ay)_i ≤ xᵀAy for every row i and (xᵀB)_j ≤ xᵀBy for every column j (bilinear). Membership of a
 * set is linear. Negation: (1) an equilibrium in no listed set, or (2) a pair of distributions in
 * some set that is not an equilibrium. QF_NRA; size O(mn + K(m + n)²).
 *
 * <p>It states exactly what the linear certificate and the checker's obligations establish: an
 * earlier version stated the sets as convex hulls of their listed vertices, which says more (that
 * the vertex lists are complete) than the checker verifies, and a red-team test had such a file
 * accepted with a false statement.
 */
final class NaturalNashSet {

    private NaturalNashSet() {
    }

    /** The statement, or empty if the game is not a two-player game or a label is out of range. */
    @SuppressWarnings("unchecked")
    static Optional<String> statement(Map<String, Object> data) {
        PayoffTable t = ClaimData.game(data);
        if (t.players() != 2) {
            return Optional.empty();
        }
        int m = t.actions(0);
        int n = t.actions(1);
        List<List<Integer>> rowLabels = new ArrayList<>();
        List<List<Integer>> columnLabels = new ArrayList<>();
        for (Object o : (List<Object>) data.get("sets")) {
            Map<String, Object> set = (Map<String, Object>) o;
            List<Integer> r = new ArrayList<>();
            List<Integer> c = new ArrayList<>();
            for (Object l : (List<Object>) set.get("rowLabels")) {
                r.add(((Number) l).intValue());
            }
            for (Object l : (List<Object>) set.get("columnLabels")) {
                c.add(((Number) l).intValue());
            }
            for (int l : r) {
                if (l < 1 || l > m + n) {
                    return Optional.empty();
                }
            }
            for (int l : c) {
                if (l < 1 || l > m + n) {
                    return Optional.empty();
                }
            }
            rowLabels.add(r);
            columnLabels.add(c);
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; A, B: the payoff matrices (row player, column player); x_i, y_j: a strategy pair\n");
        for (int i = 1; i <= m; i++) {
            sb.append("(declare-fun x_").append(i).append(" () Real)\n");
        }
        for (int j = 1; j <= n; j++) {
            sb.append("(declare-fun y_").append(j).append(" () Real)\n");
        }
        List<String> distributions = new ArrayList<>();
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            distributions.add("(>= x_" + i + " 0.0)");
            xs.add("x_" + i);
        }
        for (int j = 1; j <= n; j++) {
            distributions.add("(>= y_" + j + " 0.0)");
            ys.add("y_" + j);
        }
        distributions.add("(= " + NaturalStatements.plus(xs) + " 1.0)");
        distributions.add("(= " + NaturalStatements.plus(ys) + " 1.0)");
        sb.append("(define-fun strategies () Bool ").append(NaturalStatements.all(distributions)).append(")\n");
        sb.append("; row_i = (Ay)_i, column_j = (x^T B)_j: the pure strategies' payoffs against the other's strategy\n");
        List<String> rowValue = new ArrayList<>();
        List<String> columnValue = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                terms.add("(* " + NaturalStatements.num(t.payoff(0, i + m * j)) + " y_" + (j + 1) + ")");
            }
            sb.append("(define-fun row_").append(i + 1).append(" () Real ").append(NaturalStatements.plus(terms)).append(")\n");
            rowValue.add("(* x_" + (i + 1) + " row_" + (i + 1) + ")");
        }
        for (int j = 0; j < n; j++) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                terms.add("(* " + NaturalStatements.num(t.payoff(1, i + m * j)) + " x_" + (i + 1) + ")");
            }
            sb.append("(define-fun column_").append(j + 1).append(" () Real ").append(NaturalStatements.plus(terms)).append(")\n");
            columnValue.add("(* y_" + (j + 1) + " column_" + (j + 1) + ")");
        }
        List<String> nash = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            nash.add("(<= row_" + i + " " + NaturalStatements.plus(rowValue) + ")");
        }
        for (int j = 1; j <= n; j++) {
            nash.add("(<= column_" + j + " " + NaturalStatements.plus(columnValue) + ")");
        }
        sb.append("(define-fun nash () Bool (and strategies ").append(NaturalStatements.all(nash)).append("))\n");
        List<String> inSome = new ArrayList<>();
        for (int k = 0; k < rowLabels.size(); k++) {
            List<String> member = new ArrayList<>();
            for (int l : rowLabels.get(k)) {
                member.add(l <= m ? "(= x_" + l + " 0.0)" : best("column_", l - m, n));
            }
            for (int l : columnLabels.get(k)) {
                member.add(l <= m ? best("row_", l, m) : "(= y_" + (l - m) + " 0.0)");
            }
            sb.append("(define-fun in_set_").append(k + 1).append(" () Bool ").append(NaturalStatements.all(member)).append(")\n");
            inSome.add("in_set_" + (k + 1));
        }
        List<String> negation = new ArrayList<>();
        negation.add("(and nash (not " + (inSome.isEmpty() ? "false" : "(or false " + String.join(" ", inSome) + ")") + "))");
        for (String set : inSome) {
            negation.add("(and strategies " + set + " (not nash))");
        }
        sb.append(NaturalStatements.negation("negation: an equilibrium in no listed set, or a point of a listed set that is not an equilibrium",
                negation));
        return Optional.of(sb.toString());
    }

    /** "pure strategy {@code index} earns at least every other": prefix_index ≥ prefix_j for all j. */
    private static String best(String prefix, int index, int count) {
        List<String> parts = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            if (j != index) {
                parts.add("(>= " + prefix + index + " " + prefix + j + ")");
            }
        }
        return NaturalStatements.all(parts);
    }
}
