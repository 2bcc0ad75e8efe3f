package org.equicert.certificate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equicert.number.Rational;

/**
 * The data line of an {@code oracle-spo} claim: {@link #data} writes the claim as JSON-ready maps and
 * lists (bound terms as their SMT-LIB text, trees as prefix-order strings, rationals as {@code p/q}),
 * {@link #claim} reads it back strictly into typed terms ({@link OracleTerm}) and trees
 * ({@link SpoTree}) and refuses data that could not be rendered. {@code claim(data(c))} states the
 * same claim as c. Linear in the size of the data.
 */
final class OracleSpoCodec {

    private OracleSpoCodec() {
    }

    /** The claim's data, in the order of the data line. */
    static Map<String, Object> data(OracleSpoClaim claim) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", claim.kind());
        m.put("title", claim.title());
        List<Object> ps = new ArrayList<>();
        for (int p = 0; p < claim.players().size(); p++) {
            OracleSpoClaim.PlayerSpec s = claim.players().get(p);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", s.name());
            x.put("outputs", s.outputs());
            x.put("bestResponse", s.bestResponse());
            List<Object> bs = new ArrayList<>();
            for (OracleSpoClaim.Bound b : s.bounds()) {
                bs.add(List.of(b.output(), b.lo().smtLib(), b.hi().smtLib()));
            }
            x.put("bounds", bs);
            List<Object> ts = new ArrayList<>();
            for (OracleSpoClaim.Table t : claim.utilities().get(p)) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("players", t.players());
                tm.put("keys", t.keys());
                List<String> pay = new ArrayList<>();
                t.payoffs().forEach(v -> pay.add(v.toString()));
                tm.put("payoffs", pay);
                ts.add(tm);
            }
            x.put("utility", ts);
            ps.add(x);
        }
        m.put("players", ps);
        m.put("point", ClaimData.matrix(claim.point()));
        List<Object> cs = new ArrayList<>();
        for (OracleSpoClaim.ClassPart c : claim.classes()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("members", c.members());
            List<Object> pcs = new ArrayList<>();
            for (OracleSpoClaim.Piece piece : c.pieces()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                List<Object> rows = new ArrayList<>();
                for (OracleSpoClaim.Row r : piece.constraints()) {
                    Map<String, String> coef = new LinkedHashMap<>();
                    r.coefficients().forEach((v, a) -> coef.put(String.valueOf(v), a.toString()));
                    rows.add(List.of(coef, r.sense().symbol(), r.rhs().toString()));
                }
                pm.put("constraints", rows);
                List<Object> vs = new ArrayList<>();
                piece.vertices().forEach(v -> vs.add(ClaimData.vector(v)));
                pm.put("vertices", vs);
                pm.put("anchor", piece.anchor().map(ClaimData::vector).orElse(null));
                pm.put("trees", piece.trees().stream().map(SpoTree::tokens).toList());
                pcs.add(pm);
            }
            cm.put("pieces", pcs);
            cs.add(cm);
        }
        m.put("classes", cs);
        return m;
    }

    /**
     * The claim a data line states.
     *
     * @throws IllegalArgumentException naming the first field that is missing, of the wrong shape,
     *     a bound term outside the grammar, a tree entry outside {@code le | lt:K | split:A:B}, or an
     *     index out of range
     */
    @SuppressWarnings("unchecked")
    static OracleSpoClaim claim(Map<String, Object> m) {
        Object title = m.get("title");
        if (!(title instanceof String)) {
            throw new IllegalArgumentException("field 'title' is missing");
        }
        List<Object> playerData = (List<Object>) m.get("players");
        int[] outputs = new int[playerData.size()];
        for (int p = 0; p < outputs.length; p++) {
            outputs[p] = ((List<Object>) ((Map<String, Object>) playerData.get(p)).get("outputs")).size();
        }
        List<OracleSpoClaim.PlayerSpec> ps = new ArrayList<>();
        List<List<OracleSpoClaim.Table>> us = new ArrayList<>();
        for (int p = 0; p < outputs.length; p++) {
            Map<String, Object> x = (Map<String, Object>) playerData.get(p);
            Object name = x.get("name");
            if (!(name instanceof String)) {
                throw new IllegalArgumentException("player " + (p + 1) + ": field 'name' is missing");
            }
            List<OracleSpoClaim.Bound> bs = new ArrayList<>();
            for (Object b : (List<Object>) x.get("bounds")) {
                List<Object> l = (List<Object>) b;
                if (l.size() != 3) {
                    throw new IllegalArgumentException(name + ": a bound is [output, lo, hi], got " + l.size() + " entries");
                }
                int output = ((Number) l.get(0)).intValue();
                if (output < 0 || output >= outputs[p]) {
                    throw new IllegalArgumentException(name + ": a bound names output " + output + ", which it does not have");
                }
                bs.add(new OracleSpoClaim.Bound(output, term(name, l.get(1), outputs), term(name, l.get(2), outputs)));
            }
            List<String> outs = new ArrayList<>();
            ((List<Object>) x.get("outputs")).forEach(v -> outs.add((String) v));
            ps.add(new OracleSpoClaim.PlayerSpec((String) name, outs, (Boolean) x.get("bestResponse"), bs));
            List<OracleSpoClaim.Table> ts = new ArrayList<>();
            for (Object t : (List<Object>) x.get("utility")) {
                Map<String, Object> tm = (Map<String, Object>) t;
                List<Integer> players = ints(tm.get("players"));
                if (new HashSet<>(players).size() != players.size()) {
                    throw new IllegalArgumentException(name + ": a utility table lists a player twice " + players);
                }
                for (int q : players) {
                    if (q < 0 || q >= outputs.length) {
                        throw new IllegalArgumentException(name + ": a utility table names player " + q + ", which does not exist");
                    }
                }
                List<List<Integer>> keys = new ArrayList<>();
                ((List<Object>) tm.get("keys")).forEach(k -> keys.add(ints(k)));
                List<Rational> pay = new ArrayList<>();
                ((List<Object>) tm.get("payoffs")).forEach(v -> pay.add(Rational.parse((String) v)));
                ts.add(new OracleSpoClaim.Table(players, keys, pay));
            }
            us.add(ts);
        }
        Rational[][] point = ClaimData.matrix(m.get("point"));
        if (point.length != ps.size()) {
            throw new IllegalArgumentException("the point has " + point.length + " distributions for " + ps.size() + " players");
        }
        for (int p = 0; p < ps.size(); p++) {
            if (point[p].length != outputs[p]) {
                throw new IllegalArgumentException(ps.get(p).name() + ": the point has " + point[p].length + " probabilities for "
                        + outputs[p] + " outputs");
            }
        }
        List<OracleSpoClaim.ClassPart> cs = new ArrayList<>();
        for (Object o : (List<Object>) m.get("classes")) {
            Map<String, Object> cm = (Map<String, Object>) o;
            List<Integer> members = ints(cm.get("members"));
            for (int q : members) {
                if (q < 0 || q >= ps.size()) {
                    throw new IllegalArgumentException("a class names player " + q + ", which does not exist");
                }
            }
            List<OracleSpoClaim.Piece> pieces = new ArrayList<>();
            for (Object po : (List<Object>) cm.get("pieces")) {
                pieces.add(piece((Map<String, Object>) po));
            }
            cs.add(new OracleSpoClaim.ClassPart(members, pieces));
        }
        return new OracleSpoClaim((String) title, ps, us, point, cs);
    }

    @SuppressWarnings("unchecked")
    private static OracleSpoClaim.Piece piece(Map<String, Object> pm) {
        List<OracleSpoClaim.Row> rows = new ArrayList<>();
        for (Object ro : (List<Object>) pm.get("constraints")) {
            List<Object> l = (List<Object>) ro;
            if (l.size() != 3) {
                throw new IllegalArgumentException("a constraint is [coefficients, sense, rhs], got " + l.size() + " entries");
            }
            Map<Integer, Rational> coef = new TreeMap<>();
            ((Map<String, Object>) l.get(0)).forEach((k, v) -> coef.put(Integer.parseInt(k), Rational.parse((String) v)));
            String sense = (String) l.get(1);
            OracleSpoClaim.Sense s = OracleSpoClaim.Sense.of(sense)
                    .orElseThrow(() -> new IllegalArgumentException("bad constraint sense " + sense));
            rows.add(new OracleSpoClaim.Row(coef, s, Rational.parse((String) l.get(2))));
        }
        List<Rational[]> vs = new ArrayList<>();
        ((List<Object>) pm.get("vertices")).forEach(v -> vs.add(ClaimData.vector(v)));
        Optional<Rational[]> anchor = Optional.ofNullable(pm.get("anchor")).map(ClaimData::vector);
        List<SpoTree> trees = new ArrayList<>();
        for (Object t : (List<Object>) pm.get("trees")) {
            List<String> tokens = new ArrayList<>();
            ((List<Object>) t).forEach(s -> tokens.add((String) s));
            trees.add(SpoTree.parse(tokens));
        }
        return new OracleSpoClaim.Piece(rows, vs, anchor, trees);
    }

    private static OracleTerm term(Object name, Object text, int[] outputs) {
        if (!(text instanceof String s)) {
            throw new IllegalArgumentException(name + ": a bound term must be a string");
        }
        try {
            return OracleTerm.parse(s, outputs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": a bound is not a linear term of the certificate grammar (" + e.getMessage() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> ints(Object o) {
        List<Integer> r = new ArrayList<>();
        ((List<Object>) o).forEach(v -> r.add(((Number) v).intValue()));
        return r;
    }
}
