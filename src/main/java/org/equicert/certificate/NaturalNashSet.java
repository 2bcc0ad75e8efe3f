package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * The natural statement of a {@code nash-set} claim (Issue 12), written from the claim's public
 * data only, independently of {@link NashSetClaim}'s label encoding: "the Nash equilibria of the
 * bimatrix game (A, B) are exactly the union over the listed sets k of conv(R_k) × conv(C_k)", with
 * R_k and C_k the listed extreme row and column strategies.
 *
 * <p>(x, y) is a Nash equilibrium when x and y are distributions and no pure deviation pays:
 * (Ay)_i ≤ xᵀAy for every row i and (xᵀB)_j ≤ xᵀBy for every column j (bilinear). Negation:
 * (1) some equilibrium lies in no listed set, or (2) for some k, weights λ ≥ 0, μ ≥ 0 summing to 1
 * give a point (Σλ_r r, Σμ_c c) that is not an equilibrium. "(x, y) is not in conv(R_k) × conv(C_k)"
 * is stated without quantifiers by the separation theorem for polytopes: a hyperplane (h, c)
 * separates x from R_k (h·x &gt; c ≥ h·r for every r ∈ R_k), or one separates y from C_k. QF_NRA
 * (products of variables: xᵀAy and h·x). Size O(mn + K(m + n)(|R_k| + |C_k|)).
 *
 * <p>This states more than the linear certificate does: it also says that the listed extreme points
 * span each face (which the checker otherwise leaves to the lrsnash differential test).
 */
final class NaturalNashSet {

    private NaturalNashSet() {
    }

    /** The statement, or empty if the game is not a two-player game or a listed strategy has the wrong length. */
    @SuppressWarnings("unchecked")
    static Optional<String> statement(Map<String, Object> data) {
        PayoffTable t = ClaimData.game(data);
        if (t.players() != 2) {
            return Optional.empty();
        }
        int m = t.actions(0);
        int n = t.actions(1);
        List<Rational[][]> rowSets = new ArrayList<>();
        List<Rational[][]> columnSets = new ArrayList<>();
        for (Object o : (List<Object>) data.get("sets")) {
            Map<String, Object> set = (Map<String, Object>) o;
            Rational[][] rows = ClaimData.matrix(set.get("rows"));
            Rational[][] columns = ClaimData.matrix(set.get("columns"));
            for (Rational[] r : rows) {
                if (r.length != m) {
                    return Optional.empty();
                }
            }
            for (Rational[] c : columns) {
                if (c.length != n) {
                    return Optional.empty();
                }
            }
            rowSets.add(rows);
            columnSets.add(columns);
        }
        StringBuilder sb = new StringBuilder("(set-logic QF_NRA)\n");
        sb.append("; A, B: the payoff matrices (row player, column player)\n");
        sb.append("; nash(X, Y): X and Y are distributions and no pure strategy pays more against the other than the strategy itself\n");
        List<String> params = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            params.add("(X_" + i + " Real)");
        }
        for (int j = 1; j <= n; j++) {
            params.add("(Y_" + j + " Real)");
        }
        List<String> rowValue = new ArrayList<>();
        List<String> columnValue = new ArrayList<>();
        List<String> nash = new ArrayList<>();
        List<String> xs = new ArrayList<>();
        List<String> rowVariables = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        List<String> columnVariables = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                rowValue.add("(* " + NaturalStatements.num(t.payoff(0, i + m * j)) + " X_" + (i + 1) + " Y_" + (j + 1) + ")");
                columnValue.add("(* " + NaturalStatements.num(t.payoff(1, i + m * j)) + " X_" + (i + 1) + " Y_" + (j + 1) + ")");
            }
        }
        for (int i = 0; i < m; i++) {
            List<String> pure = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                pure.add("(* " + NaturalStatements.num(t.payoff(0, i + m * j)) + " Y_" + (j + 1) + ")");
            }
            nash.add("(>= X_" + (i + 1) + " 0.0)");
            nash.add("(<= " + NaturalStatements.plus(pure) + " " + NaturalStatements.plus(rowValue) + ")");
            xs.add("X_" + (i + 1));
            rowVariables.add("x_" + (i + 1));
        }
        for (int j = 0; j < n; j++) {
            List<String> pure = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                pure.add("(* " + NaturalStatements.num(t.payoff(1, i + m * j)) + " X_" + (i + 1) + ")");
            }
            nash.add("(>= Y_" + (j + 1) + " 0.0)");
            nash.add("(<= " + NaturalStatements.plus(pure) + " " + NaturalStatements.plus(columnValue) + ")");
            ys.add("Y_" + (j + 1));
            columnVariables.add("y_" + (j + 1));
        }
        nash.add("(= " + NaturalStatements.plus(xs) + " 1.0)");
        nash.add("(= " + NaturalStatements.plus(ys) + " 1.0)");
        sb.append("(define-fun nash (").append(String.join(" ", params)).append(") Bool\n  ").append(NaturalStatements.all(nash)).append(")\n");
        String args = String.join(" ", rowVariables) + " " + String.join(" ", columnVariables);
        sb.append("; x_i, y_j: a strategy pair\n");
        for (String v : rowVariables) {
            sb.append("(declare-fun ").append(v).append(" () Real)\n");
        }
        for (String v : columnVariables) {
            sb.append("(declare-fun ").append(v).append(" () Real)\n");
        }
        List<String> outside = new ArrayList<>();
        outside.add("(nash " + args + ")");
        List<String> negation = new ArrayList<>();
        for (int k = 0; k < rowSets.size(); k++) {
            sb.append("; set ").append(k + 1).append(": conv of ").append(rowSets.get(k).length).append(" row and ")
                    .append(columnSets.get(k).length).append(" column extreme strategies\n");
            outside.add("(or " + separated(sb, "x", k, rowSets.get(k)) + " " + separated(sb, "y", k, columnSets.get(k)) + ")");
            List<String> point = new ArrayList<>();
            point.addAll(combination(sb, "x", "l", k, rowSets.get(k)));
            point.addAll(combination(sb, "y", "r", k, columnSets.get(k)));
            point.add("(not (nash " + args + "))");
            negation.add(NaturalStatements.all(point));
        }
        negation.add(0, NaturalStatements.all(outside));
        sb.append(NaturalStatements.negation("negation: an equilibrium outside every listed set (separated from it by a hyperplane),"
                + " or a convex combination of a set's extreme points that is not an equilibrium", negation));
        return Optional.of(sb.toString());
    }

    /** "v is separated from conv(points)": hv_k·v &gt; cv_k ≥ hv_k·p for every listed p. */
    private static String separated(StringBuilder sb, String v, int k, Rational[][] points) {
        int dim = points.length == 0 ? 0 : points[0].length;
        String h = "h" + v + "_" + (k + 1) + "_";
        String c = "c" + v + "_" + (k + 1);
        List<String> at = new ArrayList<>();
        for (int i = 1; i <= dim; i++) {
            sb.append("(declare-fun ").append(h).append(i).append(" () Real)\n");
            at.add("(* " + h + i + " " + v + "_" + i + ")");
        }
        sb.append("(declare-fun ").append(c).append(" () Real)\n");
        if (points.length == 0) {
            return "true";
        }
        List<String> parts = new ArrayList<>();
        parts.add("(> " + NaturalStatements.plus(at) + " " + c + ")");
        for (Rational[] p : points) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                terms.add("(* " + NaturalStatements.num(p[i]) + " " + h + (i + 1) + ")");
            }
            parts.add("(<= " + NaturalStatements.plus(terms) + " " + c + ")");
        }
        return NaturalStatements.all(parts);
    }

    /** "v = Σ w_k_r·p_r with w ≥ 0, Σw = 1" for the weights w (named {@code weight}) of set k. */
    private static List<String> combination(StringBuilder sb, String v, String weight, int k, Rational[][] points) {
        List<String> parts = new ArrayList<>();
        List<String> total = new ArrayList<>();
        for (int r = 0; r < points.length; r++) {
            String w = weight + "_" + (k + 1) + "_" + (r + 1);
            sb.append("(declare-fun ").append(w).append(" () Real)\n");
            parts.add("(>= " + w + " 0.0)");
            total.add(w);
        }
        parts.add("(= " + NaturalStatements.plus(total) + " 1.0)");
        int dim = points.length == 0 ? 0 : points[0].length;
        for (int i = 0; i < dim; i++) {
            List<String> terms = new ArrayList<>();
            for (int r = 0; r < points.length; r++) {
                terms.add("(* " + NaturalStatements.num(points[r][i]) + " " + weight + "_" + (k + 1) + "_" + (r + 1) + ")");
            }
            parts.add("(= " + v + "_" + (i + 1) + " " + NaturalStatements.plus(terms) + ")");
        }
        return parts;
    }
}
