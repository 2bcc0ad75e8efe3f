package org.equicert.certificate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * "The Nash equilibria of the two-player game are exactly the union of the listed sets, each a
 * product X × Y of faces; the listed strategies are extreme points of those faces."
 *
 * <p>A face is given by labels (Shapley): for the row player, label i (1-based row action) means
 * x_i = 0 and label m+j means column action j is a best response to x; for the column player, label
 * i means row action i is a best response to y and label m+j means y_j = 0. A set's two label sets
 * together must cover all m+n labels, which makes every pair in X × Y complementary.
 *
 * <p>Linear encoding (DESIGN §1): the Nash conditions of a bimatrix game are linear with
 * disjunctions (each action is unplayed or a best response). The negation asserted is: (1) some
 * equilibrium lies in none of the sets, or (2) some point of some set is not an equilibrium.
 * {@code unsat} proves the set equality; in particular every support pair that none of the sets
 * uses admits no equilibrium, so the list is complete.
 *
 * <p>Exact obligations re-done by the checker: shapes, label coverage, and for every listed extreme
 * strategy that it is a probability vector with all labels of its face and that its tight
 * constraints have full rank (it is a vertex, not an interior point).
 */
public final class NashSetClaim implements Claim {

    /**
     * One listed set.
     *
     * @param rowLabels 1-based labels defining the row face
     * @param columnLabels 1-based labels defining the column face
     * @param rows extreme points of the row face
     * @param columns extreme points of the column face
     */
    public record Piece(List<Integer> rowLabels, List<Integer> columnLabels, List<Rational[]> rows, List<Rational[]> columns) {

        /** Copies the lists. */
        public Piece {
            rowLabels = List.copyOf(new TreeSet<>(rowLabels));
            columnLabels = List.copyOf(new TreeSet<>(columnLabels));
            rows = rows.stream().map(Rational[]::clone).toList();
            columns = columns.stream().map(Rational[]::clone).toList();
        }
    }

    private final PayoffTable table;
    private final List<Piece> pieces;

    /** A claim about a two-player game. */
    public NashSetClaim(PayoffTable table, List<Piece> pieces) {
        this.table = table;
        this.pieces = List.copyOf(pieces);
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    /** The listed sets. */
    public List<Piece> pieces() {
        return pieces;
    }

    @Override
    public String kind() {
        return "nash-set";
    }

    @Override
    public String statement() {
        int extremes = 0;
        for (Piece p : pieces) {
            extremes += p.rows().size() * p.columns().size();
        }
        return "the Nash equilibria of the game are exactly the union of " + pieces.size()
                + (pieces.size() == 1 ? " set" : " sets") + " X × Y of faces (" + extremes
                + " pairs of listed extreme points); no other support pair admits an equilibrium";
    }

    @Override
    public String subject() {
        return table.title();
    }

    private int m() {
        return table.actions(0);
    }

    private int n() {
        return table.actions(1);
    }

    private Rational a(int i, int j) {
        return table.payoff(0, i + m() * j);
    }

    private Rational b(int i, int j) {
        return table.payoff(1, i + m() * j);
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        if (table.players() != 2) {
            f.add("a Nash set claim needs a two-player game; this one has " + table.players() + " players");
            return f;
        }
        if (pieces.isEmpty()) {
            f.add("no sets listed (every finite game has an equilibrium)");
        }
        int m = m();
        int n = n();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String where = "set " + (k + 1);
            TreeSet<Integer> cover = new TreeSet<>(p.rowLabels());
            cover.addAll(p.columnLabels());
            for (int label : cover) {
                if (label < 1 || label > m + n) {
                    f.add(where + ": label " + label + " is out of range 1.." + (m + n));
                }
            }
            if (cover.size() != m + n || cover.first() != 1 || cover.last() != m + n) {
                f.add(where + ": its labels do not cover all " + (m + n) + " labels");
            }
            if (p.rows().isEmpty() || p.columns().isEmpty()) {
                f.add(where + ": no extreme point listed");
            }
            for (Rational[] x : p.rows()) {
                f.addAll(vertexFailures(where + " row strategy", x, true, p.rowLabels()));
            }
            for (Rational[] y : p.columns()) {
                f.addAll(vertexFailures(where + " column strategy", y, false, p.columnLabels()));
            }
        }
        return f;
    }

    /** Distribution, labels of the face, and full rank of the tight constraints (a vertex). */
    private List<String> vertexFailures(String what, Rational[] s, boolean row, List<Integer> labels) {
        List<String> f = new ArrayList<>();
        int own = row ? m() : n();
        int other = row ? n() : m();
        if (s.length != own) {
            f.add(what + " has " + s.length + " entries, not " + own);
            return f;
        }
        Rational sum = Rational.ZERO;
        for (Rational v : s) {
            if (v.signum() < 0) {
                f.add(what + " has a negative entry " + v);
            }
            sum = sum.add(v);
        }
        if (!sum.equals(Rational.ONE)) {
            f.add(what + " sums to " + sum + ", not 1");
            return f;
        }
        // the other player's payoffs against s
        Rational[] pay = new Rational[other];
        Rational best = null;
        for (int t = 0; t < other; t++) {
            pay[t] = Rational.ZERO;
            for (int q = 0; q < own; q++) {
                pay[t] = pay[t].add((row ? b(q, t) : a(t, q)).multiply(s[q]));
            }
            best = best == null ? pay[t] : best.max(pay[t]);
        }
        // tight constraints of the lifted polyhedron {(s, u): s ≥ 0, Σs = 1, pay_t(s) ≤ u}
        List<Rational[]> tight = new ArrayList<>();
        Rational[] sumRow = new Rational[own + 1];
        java.util.Arrays.fill(sumRow, Rational.ONE);
        sumRow[own] = Rational.ZERO;
        tight.add(sumRow);
        for (int q = 0; q < own; q++) {
            if (s[q].isZero()) {
                Rational[] e = new Rational[own + 1];
                java.util.Arrays.fill(e, Rational.ZERO);
                e[q] = Rational.ONE;
                tight.add(e);
            }
        }
        for (int t = 0; t < other; t++) {
            if (pay[t].equals(best)) {
                Rational[] e = new Rational[own + 1];
                for (int q = 0; q < own; q++) {
                    e[q] = row ? b(q, t) : a(t, q);
                }
                e[own] = Rational.MINUS_ONE;
                tight.add(e);
            }
        }
        for (int label : labels) {
            int ownLabel = row ? label - 1 : label - 1 - m();
            boolean ownSide = row ? label <= m() : label > m();
            if (ownSide) {
                if (ownLabel >= 0 && ownLabel < own && !s[ownLabel].isZero()) {
                    f.add(what + " " + ClaimData.vector(s) + " lacks label " + label + " (it plays that action)");
                }
            } else {
                int t = row ? label - 1 - m() : label - 1;
                if (t >= 0 && t < other && !pay[t].equals(best)) {
                    f.add(what + " " + ClaimData.vector(s) + " lacks label " + label + " (that reply is not a best response)");
                }
            }
        }
        if (Ranks.rank(tight) != own + 1) {
            f.add(what + " " + ClaimData.vector(s) + " is not an extreme point (its tight constraints have rank "
                    + Ranks.rank(tight) + " < " + (own + 1) + ")");
        }
        return f;
    }

    @Override
    public String linearSmtLib() {
        int m = m();
        int n = n();
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; x_i: row strategy, y_j: column strategy, v and w: the two players' best payoffs\n");
        for (int i = 1; i <= m; i++) {
            sb.append("(declare-fun x_").append(i).append(" () Real)\n");
        }
        for (int j = 1; j <= n; j++) {
            sb.append("(declare-fun y_").append(j).append(" () Real)\n");
        }
        sb.append("(declare-fun v () Real)\n(declare-fun w () Real)\n");
        sb.append("; r_i: row action i's payoff against y; c_j: column action j's payoff against x\n");
        for (int i = 0; i < m; i++) {
            List<String> t = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                t.add("(* " + Smt.num(a(i, j)) + " y_" + (j + 1) + ")");
            }
            sb.append("(define-fun r_").append(i + 1).append(" () Real ").append(Smt.sum(t)).append(")\n");
        }
        for (int j = 0; j < n; j++) {
            List<String> t = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                t.add("(* " + Smt.num(b(i, j)) + " x_" + (i + 1) + ")");
            }
            sb.append("(define-fun c_").append(j + 1).append(" () Real ").append(Smt.sum(t)).append(")\n");
        }
        List<String> dist = new ArrayList<>();
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            dist.add("(>= x_" + i + " 0.0)");
            dist.add("(<= r_" + i + " v)");
            xs.add("x_" + i);
        }
        for (int j = 1; j <= n; j++) {
            dist.add("(>= y_" + j + " 0.0)");
            dist.add("(<= c_" + j + " w)");
            ys.add("y_" + j);
        }
        dist.add("(= " + Smt.sum(xs) + " 1.0)");
        dist.add("(= " + Smt.sum(ys) + " 1.0)");
        sb.append("; bounded: two distributions, v and w at least every payoff\n");
        sb.append("(define-fun bounded () Bool ").append(Smt.and(dist)).append(")\n");
        List<String> nash = new ArrayList<>();
        nash.add("bounded");
        List<String> violation = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            nash.add("(or (= x_" + i + " 0.0) (= r_" + i + " v))");
            violation.add("(and (> x_" + i + " 0.0) (< r_" + i + " v))");
        }
        for (int j = 1; j <= n; j++) {
            nash.add("(or (= y_" + j + " 0.0) (= c_" + j + " w))");
            violation.add("(and (> y_" + j + " 0.0) (< c_" + j + " w))");
        }
        sb.append("; nash: every played action is a best response\n");
        sb.append("(define-fun nash () Bool ").append(Smt.and(nash)).append(")\n");
        sb.append("(define-fun violated () Bool ").append(Smt.or(violation)).append(")\n");
        List<String> outside = new ArrayList<>();
        outside.add("nash");
        List<String> negation = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            List<String> member = new ArrayList<>();
            for (int label : p.rowLabels()) {
                member.add(label <= m ? "(= x_" + label + " 0.0)" : "(= c_" + (label - m) + " w)");
            }
            for (int label : p.columnLabels()) {
                member.add(label <= m ? "(= r_" + label + " v)" : "(= y_" + (label - m) + " 0.0)");
            }
            sb.append("(define-fun in_").append(k + 1).append(" () Bool ").append(Smt.and(member)).append(")\n");
            outside.add("(not in_" + (k + 1) + ")");
            negation.add("(and bounded in_" + (k + 1) + " violated)");
        }
        negation.add(0, Smt.and(outside));
        sb.append(Smt.negatedClaim("negation of the claim: an equilibrium outside every listed set, or a point of a listed set"
                + " that is not an equilibrium", negation));
        return sb.toString();
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalNashSet.statement(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = ClaimData.withGame(kind(), table);
        List<Object> list = new ArrayList<>();
        for (Piece p : pieces) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rowLabels", p.rowLabels());
            e.put("columnLabels", p.columnLabels());
            e.put("rows", ClaimData.matrix(p.rows().toArray(new Rational[0][])));
            e.put("columns", ClaimData.matrix(p.columns().toArray(new Rational[0][])));
            list.add(e);
        }
        m.put("sets", list);
        return m;
    }

    @SuppressWarnings("unchecked")
    static NashSetClaim fromData(Map<String, Object> m) {
        List<Piece> pieces = new ArrayList<>();
        for (Object o : (List<Object>) m.get("sets")) {
            Map<String, Object> e = (Map<String, Object>) o;
            pieces.add(new Piece(integers(e.get("rowLabels")), integers(e.get("columnLabels")),
                    List.of(ClaimData.matrix(e.get("rows"))), List.of(ClaimData.matrix(e.get("columns")))));
        }
        return new NashSetClaim(ClaimData.game(m), pieces);
    }

    private static List<Integer> integers(Object o) {
        List<Integer> out = new ArrayList<>();
        for (Object v : (List<?>) o) {
            out.add(((Number) v).intValue());
        }
        return out;
    }
}
