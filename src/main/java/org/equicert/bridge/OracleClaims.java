package org.equicert.bridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.certificate.OracleSpoClaim;
import org.equicert.number.Rational;
import org.equicert.oracle.Constraint;
import org.equicert.oracle.Expr;
import org.equicert.oracle.FixedPoints;
import org.equicert.oracle.OracleGame;
import org.equicert.oracle.StratifiedPareto;

/** Builds the certificate claim of a stratified Pareto optimum of an oracle game. */
public final class OracleClaims {

    private OracleClaims() {
    }

    /** The claim for one optimum. */
    public static OracleSpoClaim spo(OracleGame game, StratifiedPareto.Optimum optimum) {
        List<OracleSpoClaim.PlayerSpec> specs = specs(game);
        List<List<OracleSpoClaim.Table>> utilities = utilities(game);
        List<OracleSpoClaim.ClassPart> classes = new ArrayList<>();
        Rational[] full = flatten(game, optimum.point());
        for (StratifiedPareto.ClassProof proof : optimum.proofs()) {
            List<Integer> vars = new ArrayList<>();
            for (int p : proof.members()) {
                for (int o = 0; o < game.player(p).outputs().size(); o++) {
                    vars.add(game.variable(p, o));
                }
            }
            List<OracleSpoClaim.Piece> pieces = new ArrayList<>();
            for (StratifiedPareto.PieceProof pp : proof.pieces()) {
                List<OracleSpoClaim.Row> rows = new ArrayList<>();
                for (Constraint c : pp.piece().constraints()) {
                    Map<Integer, Rational> coef = new LinkedHashMap<>();
                    Rational rhs = c.b();
                    Rational[] a = c.a();
                    for (int v = 0; v < a.length; v++) {
                        if (a[v].isZero()) {
                            continue;
                        }
                        if (vars.contains(v)) {
                            coef.put(v, a[v]);
                        } else {
                            rhs = rhs.subtract(a[v].multiply(full[v]));
                        }
                    }
                    if (coef.isEmpty()) {
                        continue;
                    }
                    String sense = switch (c.sense()) {
                        case LE -> "<=";
                        case GE -> ">=";
                        case EQ -> "=";
                    };
                    OracleSpoClaim.Row row = new OracleSpoClaim.Row(coef, sense, rhs);
                    if (!rows.contains(row)) {
                        rows.add(row);
                    }
                }
                List<Rational[]> vertices = new ArrayList<>();
                for (Rational[] v : pp.piece().vertices()) {
                    Rational[] r = new Rational[vars.size()];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = v[vars.get(i)];
                    }
                    vertices.add(r);
                }
                pieces.add(new OracleSpoClaim.Piece(rows, vertices, pp.anchor(), pp.trees()));
            }
            classes.add(new OracleSpoClaim.ClassPart(proof.members(), pieces));
        }
        return new OracleSpoClaim(game.title(), specs, utilities, optimum.point(), classes);
    }

    /** The fingerprint of an oracle game, as certificates about it record it. */
    public static String fingerprint(OracleGame game) {
        return OracleSpoClaim.gameFingerprint(specs(game), utilities(game));
    }

    private static List<OracleSpoClaim.PlayerSpec> specs(OracleGame game) {
        List<OracleSpoClaim.PlayerSpec> specs = new ArrayList<>();
        for (OracleGame.Player p : game.players()) {
            List<OracleSpoClaim.Bound> bounds = new ArrayList<>();
            if (p.strategy() instanceof OracleGame.MapStrategy m) {
                m.expressions().forEach((o, e) -> bounds.add(new OracleSpoClaim.Bound(o, term(e, true), term(e, false))));
            }
            specs.add(new OracleSpoClaim.PlayerSpec(p.name(), p.outputs(), p.strategy() instanceof OracleGame.BestResponse, bounds));
        }
        return specs;
    }

    private static List<List<OracleSpoClaim.Table>> utilities(OracleGame game) {
        List<List<OracleSpoClaim.Table>> utilities = new ArrayList<>();
        for (OracleGame.Player p : game.players()) {
            List<OracleSpoClaim.Table> tables = new ArrayList<>();
            for (OracleGame.UtilityTerm t : p.utility()) {
                tables.add(new OracleSpoClaim.Table(t.players(), new ArrayList<>(t.payoffs().keySet()), new ArrayList<>(t.payoffs().values())));
            }
            utilities.add(tables);
        }
        return utilities;
    }

    private static Rational[] flatten(OracleGame game, Rational[][] point) {
        Rational[] x = new Rational[game.variables()];
        for (int p = 0; p < game.size(); p++) {
            for (int o = 0; o < point[p].length; o++) {
                x[game.variable(p, o)] = point[p][o];
            }
        }
        return x;
    }

    /**
     * The SMT-LIB term of the least ({@code low}) or greatest value an expression may take: equal
     * for expressions without threshold queries; at a threshold's equality, the extreme of both
     * branches (the oracle may randomize).
     */
    static String term(Expr e, boolean low) {
        if (e instanceof Expr.Const c) {
            return c.value().toSmtLib();
        }
        if (e instanceof Expr.Prob p) {
            return "x_" + p.player() + "_" + p.output();
        }
        if (e instanceof Expr.Add a) {
            return "(+ " + term(a.a(), low) + " " + term(a.b(), low) + ")";
        }
        if (e instanceof Expr.Scale s) {
            return "(* " + s.c().toSmtLib() + " " + term(s.a(), low) + ")";
        }
        if (e instanceof Expr.Min m) {
            return fold(m.args(), "<=", low);
        }
        if (e instanceof Expr.Max m) {
            return fold(m.args(), ">=", low);
        }
        Expr.If f = (Expr.If) e;
        String c = term(f.condition(), true);
        String a = term(f.then(), low);
        String b = term(f.otherwise(), low);
        String both = "(ite (" + (low ? "<=" : ">=") + " " + a + " " + b + ") " + a + " " + b + ")";
        return "(ite (> " + c + " 0.0) " + a + " (ite (< " + c + " 0.0) " + b + " " + both + "))";
    }

    private static String fold(List<Expr> args, String keepFirst, boolean low) {
        String acc = term(args.get(0), low);
        for (int k = 1; k < args.size(); k++) {
            String next = term(args.get(k), low);
            acc = "(ite (" + keepFirst + " " + acc + " " + next + ") " + acc + " " + next + ")";
        }
        return acc;
    }
}
