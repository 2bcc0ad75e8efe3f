package org.equicert.oracle;

import java.util.ArrayList;
import java.util.List;
import org.equicert.number.Rational;

/**
 * Checks exactly, region by region, that a strategy map yields a probability distribution at
 * every point of the product of simplices, and describes a violating point otherwise.
 */
final class StrategyValidity {

    private StrategyValidity() {
    }

    /** Null when player p's map is a distribution everywhere, else a message. */
    static String problem(OracleGame game, int p) {
        if (!(game.player(p).strategy() instanceof OracleGame.MapStrategy m)) {
            return null;
        }
        MapPieces pieces = new MapPieces(game);
        int n = game.variables();
        List<String> outs = game.player(p).outputs();
        boolean omitted = m.expressions().size() < outs.size();
        // joint branches of all listed expressions (threshold trees: their leaves)
        List<MapPieces.Branch> joint = new ArrayList<>();
        joint.add(new MapPieces.Branch(List.of(), Affine.constant(n, Rational.ZERO)));
        List<List<Affine>> values = new ArrayList<>();
        values.add(List.of());
        for (var e : m.expressions().entrySet()) {
            List<MapPieces.Branch> next = new ArrayList<>();
            List<List<Affine>> nextValues = new ArrayList<>();
            for (int k = 0; k < joint.size(); k++) {
                for (MapPieces.Branch b : pieces.leaves(e.getValue())) {
                    List<Constraint> r = new ArrayList<>(joint.get(k).region());
                    r.addAll(b.region());
                    List<Constraint> all = new ArrayList<>(pieces.domain());
                    all.addAll(r);
                    if (!Constraint.feasible(n, all)) {
                        continue;
                    }
                    next.add(new MapPieces.Branch(r, joint.get(k).value().plus(b.value())));
                    List<Affine> v = new ArrayList<>(values.get(k));
                    v.add(b.value());
                    nextValues.add(v);
                }
            }
            joint = next;
            values = nextValues;
        }
        List<Integer> listed = new ArrayList<>(m.expressions().keySet());
        for (int k = 0; k < joint.size(); k++) {
            List<Constraint> all = new ArrayList<>(pieces.domain());
            all.addAll(joint.get(k).region());
            for (int i = 0; i < listed.size(); i++) {
                Affine v = values.get(k).get(i);
                String what = "the probability of " + outs.get(listed.get(i)) + " (\"" + m.texts().get(listed.get(i)) + "\")";
                String low = below(game, all, v, v, what + " can be negative");
                if (low != null) {
                    return low;
                }
                String high = below(game, all, Affine.constant(n, Rational.ONE).minus(v), v, what + " can exceed 1");
                if (high != null) {
                    return high;
                }
            }
            Affine sum = joint.get(k).value();
            String rest = below(game, all, Affine.constant(n, Rational.ONE).minus(sum), sum,
                    "the listed probabilities' sum can exceed 1");
            if (rest != null) {
                return rest;
            }
            if (!omitted) {
                String lack = below(game, all, sum.minus(Affine.constant(n, Rational.ONE)), sum,
                        "their sum can be below 1");
                if (lack != null) {
                    return "the probabilities of all outputs are given but need not sum to 1; omit one output to give it the rest ("
                            + lack + ")";
                }
            }
        }
        return null;
    }

    /** If min f over the region is negative, a message with the point and the value shown there. */
    private static String below(OracleGame game, List<Constraint> region, Affine f, Affine shown, String what) {
        Rational[] x = Constraint.argmax(game.variables(), region, f.times(Rational.MINUS_ONE));
        if (x == null || f.at(x).signum() >= 0) {
            return null;
        }
        StringBuilder at = new StringBuilder();
        Rational[][] d = FixedPoints.split(game, x);
        for (int q = 0; q < game.size(); q++) {
            for (int o = 0; o < d[q].length; o++) {
                if (at.length() > 0) {
                    at.append(", ");
                }
                at.append("P(").append(game.player(q).name()).append('=').append(game.player(q).outputs().get(o))
                        .append(")=").append(d[q][o]);
            }
        }
        return what + ": it is " + shown.at(x) + " where " + at + "; wrap it in clamp(..., 0, 1) or min/max";
    }
}
