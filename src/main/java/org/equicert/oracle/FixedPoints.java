package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * The equilibrium set of an oracle game (the fixed points of all strategy maps) as a union of
 * polytopes, optionally with some players held at given distributions (a slice).
 *
 * <p>A depth-first search picks, player by player, one linear system from the player's graph:
 * a region and value of its map (see {@link MapPieces}), or for a best responder a support S with
 * "every output in S earns the same and at least as much as any other". Partial systems are
 * pruned by exact linear programming; each surviving full system is one polytope, whose vertices
 * are enumerated exactly. Best responses must be linear: each payoff table may involve the
 * responder and at most one other player whose distribution is not fixed.
 */
public final class FixedPoints {

    /**
     * One polytope of the set.
     *
     * @param constraints its H-representation over all variables (x ≥ 0 implied)
     * @param vertices its vertices (full variable vectors)
     * @param dimension the dimension of its affine hull
     */
    public record Polytope(List<Constraint> constraints, List<Rational[]> vertices, int dimension) {
        /** Copies. */
        public Polytope {
            constraints = List.copyOf(constraints);
            vertices = vertices.stream().map(Rational[]::clone).toList();
        }

        /** True when x satisfies every constraint and x ≥ 0. */
        public boolean contains(Rational[] x) {
            for (Rational v : x) {
                if (v.signum() < 0) {
                    return false;
                }
            }
            return constraints.stream().allMatch(c -> c.holds(x));
        }
    }

    private final OracleGame game;
    private final MapPieces pieces;
    private final int n;

    /** For a game. */
    public FixedPoints(OracleGame game) {
        this.game = game;
        this.pieces = new MapPieces(game);
        this.n = game.variables();
    }

    /** The whole equilibrium set. */
    public List<Polytope> all() {
        Set<Integer> everyone = new TreeSet<>();
        for (int p = 0; p < game.size(); p++) {
            everyone.add(p);
        }
        return slice(everyone, Map.of());
    }

    /**
     * The fixed points of the {@code free} players' maps with the other players held at
     * {@code fixed} (players neither free nor fixed must not be read by the free ones).
     */
    public List<Polytope> slice(Set<Integer> free, Map<Integer, Rational[]> fixed) {
        List<Constraint> base = new ArrayList<>(pieces.domain());
        for (int p = 0; p < game.size(); p++) {
            if (free.contains(p)) {
                for (int q : game.dependencySet(p)) {
                    if (!free.contains(q) && !fixed.containsKey(q)) {
                        throw new IllegalArgumentException(game.player(p).name() + " reads " + game.player(q).name()
                                + ", which is neither free nor fixed in the slice");
                    }
                }
                continue;
            }
            // players outside the slice: their given distribution, or a placeholder (first output) nobody reads
            Rational[] v = fixed.get(p);
            for (int o = 0; o < game.player(p).outputs().size(); o++) {
                Rational value = v != null ? v[o] : (o == 0 ? Rational.ONE : Rational.ZERO);
                Affine x = Affine.variable(n, game.variable(p, o));
                base.add(x.minus(Affine.constant(n, value)).equalsZero());
            }
        }
        List<List<List<Constraint>>> options = new ArrayList<>();
        for (int p : free) {
            options.add(options(p, free, fixed));
        }
        List<List<Constraint>> systems = new ArrayList<>();
        search(0, options, base, systems);
        List<Polytope> found = new ArrayList<>();
        for (List<Constraint> s : systems) {
            List<Rational[]> v = VertexEnumeration.vertices(n, s);
            if (!v.isEmpty()) {
                found.add(new Polytope(s, v, VertexEnumeration.dimension(v)));
            }
        }
        return maximal(found);
    }

    private void search(int k, List<List<List<Constraint>>> options, List<Constraint> acc, List<List<Constraint>> out) {
        if (k == options.size()) {
            out.add(List.copyOf(acc));
            return;
        }
        for (List<Constraint> option : options.get(k)) {
            List<Constraint> next = new ArrayList<>(acc);
            for (Constraint c : option) {
                if (!next.contains(c)) {
                    next.add(c);
                }
            }
            if (Constraint.feasible(n, next)) {
                search(k + 1, options, next, out);
            }
        }
    }

    /** Drops polytopes contained in another one (and duplicates), keeping the first. */
    private static List<Polytope> maximal(List<Polytope> all) {
        List<Polytope> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Polytope p = all.get(i);
            boolean inside = false;
            for (int j = 0; j < all.size() && !inside; j++) {
                if (i == j) {
                    continue;
                }
                Polytope q = all.get(j);
                boolean sub = p.vertices().stream().allMatch(q::contains);
                boolean same = sub && q.vertices().stream().allMatch(p::contains);
                inside = sub && (!same || j < i);
            }
            if (!inside) {
                out.add(p);
            }
        }
        return out;
    }

    private List<List<Constraint>> options(int p, Set<Integer> free, Map<Integer, Rational[]> fixed) {
        OracleGame.Player pl = game.player(p);
        Rational[] constant = game.constantDistribution(p);
        if (constant != null) {
            List<Constraint> eq = new ArrayList<>();
            for (int o = 0; o < constant.length; o++) {
                eq.add(Affine.variable(n, game.variable(p, o)).minus(Affine.constant(n, constant[o])).equalsZero());
            }
            return List.of(eq);
        }
        if (pl.strategy() instanceof OracleGame.MapStrategy) {
            return pieces.options(p);
        }
        int k = pl.outputs().size();
        Affine[] eu = new Affine[k];
        for (int o = 0; o < k; o++) {
            eu[o] = expectedUtility(p, o, free, fixed);
        }
        List<List<Constraint>> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << k); mask++) {
            List<Constraint> cs = new ArrayList<>();
            int first = Integer.numberOfTrailingZeros(mask);
            for (int o = 0; o < k; o++) {
                if ((mask & (1 << o)) == 0) {
                    cs.add(Affine.variable(n, game.variable(p, o)).equalsZero());
                    cs.add(eu[first].minus(eu[o]).atLeastZero());
                } else if (o != first) {
                    cs.add(eu[first].minus(eu[o]).equalsZero());
                }
            }
            out.add(cs);
        }
        return out;
    }

    /** Player p's expected utility from output o, affine when the game allows it. */
    Affine expectedUtility(int p, int o, Set<Integer> free, Map<Integer, Rational[]> fixed) {
        Affine eu = Affine.constant(n, Rational.ZERO);
        for (OracleGame.UtilityTerm t : game.player(p).utility()) {
            int self = t.players().indexOf(p);
            if (self < 0) {
                continue; // terms without p do not change p's comparison between its outputs
            }
            for (var row : t.payoffs().entrySet()) {
                if (self >= 0 && row.getKey().get(self) != o) {
                    continue;
                }
                Rational w = row.getValue();
                int variable = -1;
                for (int i = 0; i < t.players().size(); i++) {
                    int q = t.players().get(i);
                    if (q == p) {
                        continue;
                    }
                    Rational[] known = fixed.containsKey(q) ? fixed.get(q) : game.constantDistribution(q);
                    if (known != null) {
                        w = w.multiply(known[row.getKey().get(i)]);
                    } else if (variable < 0) {
                        variable = game.variable(q, row.getKey().get(i));
                    } else {
                        throw new UnsupportedGameException("the best response of " + game.player(p).name()
                                + " depends on the product of two varying players' probabilities (payoff table over "
                                + names(t.players()) + "); equicert handles best responses that are linear: each table may"
                                + " involve the responder and one other player whose strategy is not constant");
                    }
                }
                eu = eu.plus(variable < 0 ? Affine.constant(n, w) : Affine.variable(n, variable).times(w));
            }
        }
        return eu;
    }

    private String names(List<Integer> ps) {
        List<String> s = new ArrayList<>();
        ps.forEach(q -> s.add(game.player(q).name()));
        return String.join(", ", s);
    }

    /** Splits a full variable vector into one distribution per player. */
    public static Rational[][] split(OracleGame game, Rational[] x) {
        Rational[][] d = new Rational[game.size()][];
        for (int p = 0; p < game.size(); p++) {
            d[p] = Arrays.copyOfRange(x, game.variable(p, 0), game.variable(p, 0) + game.player(p).outputs().size());
        }
        return d;
    }
}
