package org.equicert.bridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.certificate.OracleSpoClaim;
import org.equicert.certificate.OracleTerm;
import org.equicert.certificate.SpoTree;
import org.equicert.number.Rational;
import org.equicert.oracle.BranchAndBoundTree;
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
                    OracleSpoClaim.Sense sense = switch (c.sense()) {
                        case LE -> OracleSpoClaim.Sense.AT_MOST;
                        case GE -> OracleSpoClaim.Sense.AT_LEAST;
                        case EQ -> OracleSpoClaim.Sense.EQUAL;
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
                pieces.add(new OracleSpoClaim.Piece(rows, vertices, pp.anchor(), pp.trees().stream().map(OracleClaims::tree).toList()));
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

    /** The certificate's tree for the search's tree, node for node. O(size). */
    static SpoTree tree(BranchAndBoundTree t) {
        if (t instanceof BranchAndBoundTree.Split s) {
            return new SpoTree.Split(s.first(), s.second(), tree(s.firstHalf()), tree(s.secondHalf()));
        }
        if (t instanceof BranchAndBoundTree.Worse w) {
            return new SpoTree.Worse(w.member());
        }
        return new SpoTree.NoGain();
    }

    /**
     * The term of the least ({@code low}) or greatest value an expression may take: equal for
     * expressions without threshold queries; at a threshold's equality, the extreme of both
     * branches (the oracle may randomize). Min and max become if-then-else on a comparison.
     */
    static OracleTerm term(Expr e, boolean low) {
        if (e instanceof Expr.Const c) {
            return new OracleTerm.Num(c.value());
        }
        if (e instanceof Expr.Prob p) {
            return new OracleTerm.Var(p.player(), p.output());
        }
        if (e instanceof Expr.Add a) {
            return new OracleTerm.Add(term(a.a(), low), term(a.b(), low));
        }
        if (e instanceof Expr.Scale s) {
            return new OracleTerm.Scale(s.c(), term(s.a(), low));
        }
        if (e instanceof Expr.Min m) {
            return fold(m.args(), OracleTerm.Comparison.AT_MOST, low);
        }
        if (e instanceof Expr.Max m) {
            return fold(m.args(), OracleTerm.Comparison.AT_LEAST, low);
        }
        Expr.If f = (Expr.If) e;
        OracleTerm c = term(f.condition(), true);
        OracleTerm a = term(f.then(), low);
        OracleTerm b = term(f.otherwise(), low);
        OracleTerm both = choose(low ? OracleTerm.Comparison.AT_MOST : OracleTerm.Comparison.AT_LEAST, a, b);
        OracleTerm zero = new OracleTerm.Num(Rational.ZERO);
        return new OracleTerm.Ite(new OracleTerm.Condition(OracleTerm.Comparison.POSITIVE, c, zero), a,
                new OracleTerm.Ite(new OracleTerm.Condition(OracleTerm.Comparison.NEGATIVE, c, zero), b, both));
    }

    /** {@code (ite (keepFirst a b) a b)}. */
    private static OracleTerm choose(OracleTerm.Comparison keepFirst, OracleTerm a, OracleTerm b) {
        return new OracleTerm.Ite(new OracleTerm.Condition(keepFirst, a, b), a, b);
    }

    private static OracleTerm fold(List<Expr> args, OracleTerm.Comparison keepFirst, boolean low) {
        OracleTerm acc = term(args.get(0), low);
        for (int k = 1; k < args.size(); k++) {
            acc = choose(keepFirst, acc, term(args.get(k), low));
        }
        return acc;
    }
}
