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
    static String problem(MapPieces pieces, OracleGame game, int p) {
        if (!(game.player(p).strategy() instanceof OracleGame.MapStrategy m)) {
            return null;
        }
        int n = game.variables();
        List<String> outs = game.player(p).outputs();
        boolean omitted = m.expressions().size() < outs.size();
        for (MapPieces.Joint j : pieces.joint(m)) {
            List<Constraint> all = new ArrayList<>(pieces.domain());
            all.addAll(j.region());
            Affine sum = Affine.constant(n, Rational.ZERO);
            for (var e : j.values().entrySet()) {
                Affine v = e.getValue();
                sum = sum.plus(v);
                String what = "the probability of " + outs.get(e.getKey()) + " (\"" + m.texts().get(e.getKey()) + "\")";
                String low = below(game, all, v, v, what + " can be negative");
                if (low != null) {
                    return low;
                }
                String high = below(game, all, Affine.constant(n, Rational.ONE).minus(v), v, what + " can exceed 1");
                if (high != null) {
                    return high;
                }
            }
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
