package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * Splits piecewise-linear expressions into closed polyhedral regions on which they are affine,
 * and turns a player's strategy map into the linear systems whose union is its graph.
 *
 * <p>Threshold queries follow the reflective oracle: where a condition holds with equality the
 * oracle may randomize, so the player's probability may be anything between the values of the
 * branches that meet there (the closed convex hull of the map's limits). Regions are pruned by
 * exact linear programming over the product of simplices.
 */
final class MapPieces {

    /** An affine value on a closed region. */
    record Branch(List<Constraint> region, Affine value) {
        Branch {
            region = List.copyOf(region);
        }
    }

    /** Values of all listed outputs of one map on one closed region. */
    record Joint(List<Constraint> region, Map<Integer, Affine> values) {
        Joint {
            region = List.copyOf(region);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final OracleGame game;
    private final List<Constraint> domain;
    private final int n;

    MapPieces(OracleGame game) {
        this.game = game;
        this.n = game.variables();
        this.domain = simplices(game);
    }

    /** Σ_o x_{p,o} = 1 for every player (x ≥ 0 is implicit in every program). */
    static List<Constraint> simplices(OracleGame game) {
        List<Constraint> d = new ArrayList<>();
        for (int p = 0; p < game.size(); p++) {
            Affine s = Affine.constant(game.variables(), Rational.MINUS_ONE);
            for (int o = 0; o < game.player(p).outputs().size(); o++) {
                s = s.plus(Affine.variable(game.variables(), game.variable(p, o)));
            }
            d.add(s.equalsZero());
        }
        return d;
    }

    List<Constraint> domain() {
        return domain;
    }

    private boolean feasible(List<Constraint> region) {
        List<Constraint> all = new ArrayList<>(domain);
        all.addAll(region);
        return Constraint.feasible(n, all);
    }

    private static List<Constraint> join(List<Constraint> a, List<Constraint> b) {
        List<Constraint> r = new ArrayList<>(a);
        for (Constraint c : b) {
            if (!r.contains(c)) {
                r.add(c);
            }
        }
        return r;
    }

    /** The affine branches of an expression without threshold queries. */
    List<Branch> branches(Expr e) {
        if (e instanceof Expr.Const c) {
            return List.of(new Branch(List.of(), Affine.constant(n, c.value())));
        }
        if (e instanceof Expr.Prob p) {
            return List.of(new Branch(List.of(), Affine.variable(n, game.variable(p.player(), p.output()))));
        }
        if (e instanceof Expr.Scale s) {
            List<Branch> out = new ArrayList<>();
            for (Branch b : branches(s.a())) {
                out.add(new Branch(b.region(), b.value().times(s.c())));
            }
            return out;
        }
        if (e instanceof Expr.Add a) {
            List<Branch> out = new ArrayList<>();
            for (Branch x : branches(a.a())) {
                for (Branch y : branches(a.b())) {
                    List<Constraint> r = join(x.region(), y.region());
                    if (feasible(r)) {
                        out.add(new Branch(r, x.value().plus(y.value())));
                    }
                }
            }
            return out;
        }
        if (e instanceof Expr.Min m) {
            return extremum(m.args(), true);
        }
        if (e instanceof Expr.Max m) {
            return extremum(m.args(), false);
        }
        throw new IllegalArgumentException("a threshold query inside a value (the parser forbids it)");
    }

    private List<Branch> extremum(List<Expr> args, boolean min) {
        List<Branch> acc = branches(args.get(0));
        for (int k = 1; k < args.size(); k++) {
            List<Branch> next = new ArrayList<>();
            for (Branch x : acc) {
                for (Branch y : branches(args.get(k))) {
                    List<Constraint> r = join(x.region(), y.region());
                    Affine xMinusY = x.value().minus(y.value());
                    // region where x is the chosen one: x ≤ y for min, x ≥ y for max
                    Constraint xWins = (min ? xMinusY.times(Rational.MINUS_ONE) : xMinusY).atLeastZero();
                    Constraint yWins = (min ? xMinusY : xMinusY.times(Rational.MINUS_ONE)).atLeastZero();
                    List<Constraint> rx = join(r, List.of(xWins));
                    if (feasible(rx)) {
                        next.add(new Branch(rx, x.value()));
                    }
                    List<Constraint> ry = join(r, List.of(yWins));
                    if (!x.value().equals(y.value()) && feasible(ry)) {
                        next.add(new Branch(ry, y.value()));
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    /** The leaves of a threshold tree: each leaf's closed region (path conditions) and value. */
    List<Branch> leaves(Expr e) {
        if (!(e instanceof Expr.If f)) {
            return branches(e);
        }
        List<Branch> out = new ArrayList<>();
        for (Branch c : branches(f.condition())) {
            Constraint yes = c.value().atLeastZero();
            Constraint no = c.value().times(Rational.MINUS_ONE).atLeastZero();
            for (Branch t : leaves(f.then())) {
                List<Constraint> r = join(join(c.region(), List.of(yes)), t.region());
                if (feasible(r)) {
                    out.add(new Branch(r, t.value()));
                }
            }
            for (Branch t : leaves(f.otherwise())) {
                List<Constraint> r = join(join(c.region(), List.of(no)), t.region());
                if (feasible(r)) {
                    out.add(new Branch(r, t.value()));
                }
            }
        }
        return out;
    }

    /**
     * The feasible closed regions on which every listed expression of a map is affine (for a
     * threshold tree: its leaves), with the values there.
     */
    List<Joint> joint(OracleGame.MapStrategy m) {
        List<Joint> acc = List.of(new Joint(List.of(), Map.of()));
        for (var entry : m.expressions().entrySet()) {
            List<Joint> next = new ArrayList<>();
            for (Joint j : acc) {
                for (Branch b : leaves(entry.getValue())) {
                    List<Constraint> r = join(j.region(), b.region());
                    if (!feasible(r)) {
                        continue;
                    }
                    Map<Integer, Affine> v = new LinkedHashMap<>(j.values());
                    v.put(entry.getKey(), b.value());
                    next.add(new Joint(r, v));
                }
            }
            acc = next;
        }
        return acc;
    }

    /**
     * The linear systems whose union is the graph of player p's map: each says where the point is
     * and what p's probabilities are there. For a threshold map (one listed output, two outputs)
     * a pair of leaves meeting at a boundary also allows any probability between their values.
     */
    List<List<Constraint>> options(int p) {
        OracleGame.MapStrategy m = (OracleGame.MapStrategy) game.player(p).strategy();
        List<Joint> joint = joint(m);
        List<List<Constraint>> out = new ArrayList<>();
        for (Joint j : joint) {
            List<Constraint> eq = new ArrayList<>();
            j.values().forEach((o, v) -> eq.add(Affine.variable(n, game.variable(p, o)).minus(v).equalsZero()));
            out.add(join(j.region(), eq));
        }
        if (!m.hasThreshold()) {
            return out;
        }
        int o = m.expressions().keySet().iterator().next();
        Affine x = Affine.variable(n, game.variable(p, o));
        for (int k = 0; k < joint.size(); k++) {
            for (int l = 0; l < joint.size(); l++) {
                Affine vk = joint.get(k).values().get(o);
                Affine vl = joint.get(l).values().get(o);
                if (k == l || vk.equals(vl)) {
                    continue;
                }
                List<Constraint> r = join(joint.get(k).region(), joint.get(l).region());
                r = join(r, List.of(vl.minus(vk).atLeastZero(), x.minus(vk).atLeastZero(), vl.minus(x).atLeastZero()));
                if (feasible(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
