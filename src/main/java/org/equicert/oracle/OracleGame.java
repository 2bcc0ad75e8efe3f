package org.equicert.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * A finite oracle game (seed 002, Theorem 2 setting): finitely many players, each with finitely
 * many outputs, a strategy that is either a piecewise-linear map of the other players' output
 * distributions or the shortsighted best response, and a utility given by payoff tables.
 *
 * <p>A point of the game is one output distribution per player. Probabilities are indexed by a
 * global variable number: player p's output o is variable {@link #variable(int, int)}.
 */
public final class OracleGame {

    /** How a player picks its output distribution. */
    public sealed interface Strategy permits MapStrategy, BestResponse {
    }

    /**
     * A map of other players' output probabilities. {@code expressions} gives the probability of
     * each listed output (0-based); at most one output is omitted and gets the remainder.
     *
     * @param texts the source text of each expression, for printing
     */
    public record MapStrategy(Map<Integer, Expr> expressions, Map<Integer, String> texts) implements Strategy {
        /** Copies. */
        public MapStrategy {
            expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
            texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        }

        /** True when some expression contains a threshold query. */
        public boolean hasThreshold() {
            return expressions.values().stream().anyMatch(MapStrategy::containsIf);
        }

        private static boolean containsIf(Expr e) {
            if (e instanceof Expr.If) {
                return true;
            }
            if (e instanceof Expr.Add a) {
                return containsIf(a.a()) || containsIf(a.b());
            }
            if (e instanceof Expr.Scale s) {
                return containsIf(s.a());
            }
            if (e instanceof Expr.Min m) {
                return m.args().stream().anyMatch(MapStrategy::containsIf);
            }
            if (e instanceof Expr.Max m) {
                return m.args().stream().anyMatch(MapStrategy::containsIf);
            }
            return false;
        }
    }

    /** The shortsighted best response: any distribution over outputs maximizing expected utility. */
    public record BestResponse() implements Strategy {
    }

    /**
     * One payoff table over the outputs of {@code players}; combinations not listed pay 0.
     *
     * @param players 0-based player indices
     * @param payoffs output indices (one per player, in order) to payoff
     */
    public record UtilityTerm(List<Integer> players, Map<List<Integer>, Rational> payoffs) {
        /** Copies. */
        public UtilityTerm {
            players = List.copyOf(players);
            payoffs = Collections.unmodifiableMap(new LinkedHashMap<>(payoffs));
        }
    }

    /**
     * A player.
     *
     * @param utility summed payoff tables (empty: utility 0)
     */
    public record Player(String name, List<String> outputs, Strategy strategy, List<UtilityTerm> utility) {
        /** Copies. */
        public Player {
            outputs = List.copyOf(outputs);
            utility = List.copyOf(utility);
        }
    }

    private final String title;
    private final List<Player> players;
    private final int[] offsets;

    /** A game; the reader validates names and shapes. */
    public OracleGame(String title, List<Player> players) {
        this.title = title;
        this.players = List.copyOf(players);
        this.offsets = new int[players.size() + 1];
        for (int p = 0; p < players.size(); p++) {
            offsets[p + 1] = offsets[p] + players.get(p).outputs().size();
        }
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The players. */
    public List<Player> players() {
        return players;
    }

    /** Player p. */
    public Player player(int p) {
        return players.get(p);
    }

    /** Number of players. */
    public int size() {
        return players.size();
    }

    /** The global index of P(p = o). */
    public int variable(int p, int o) {
        return offsets[p] + o;
    }

    /** The number of probability variables. */
    public int variables() {
        return offsets[players.size()];
    }

    /** The players p's strategy reads (for a best responder: the other players in its utility). */
    public TreeSet<Integer> strategyQueries(int p) {
        TreeSet<Integer> q = new TreeSet<>();
        Player pl = players.get(p);
        if (pl.strategy() instanceof MapStrategy m) {
            m.expressions().values().forEach(e -> e.queried(q));
        } else {
            q.addAll(utilityQueries(p));
            q.remove(p);
        }
        return q;
    }

    /** The players p's utility reads. */
    public TreeSet<Integer> utilityQueries(int p) {
        TreeSet<Integer> q = new TreeSet<>();
        players.get(p).utility().forEach(t -> q.addAll(t.players()));
        return q;
    }

    /** The dependency set of p: itself and everyone its strategy or utility queries. */
    public TreeSet<Integer> dependencySet(int p) {
        TreeSet<Integer> d = new TreeSet<>(strategyQueries(p));
        d.addAll(utilityQueries(p));
        d.add(p);
        return d;
    }

    /** The fixed distribution of a player whose map reads no probability, or null. */
    public Rational[] constantDistribution(int p) {
        if (!(players.get(p).strategy() instanceof MapStrategy m)) {
            return null;
        }
        int k = players.get(p).outputs().size();
        Rational[] d = new Rational[k];
        Rational rest = Rational.ONE;
        int omitted = -1;
        for (int o = 0; o < k; o++) {
            Expr e = m.expressions().get(o);
            if (e == null) {
                omitted = o;
                continue;
            }
            if (!(e instanceof Expr.Const c)) {
                return null;
            }
            d[o] = c.value();
            rest = rest.subtract(c.value());
        }
        if (omitted >= 0) {
            d[omitted] = rest;
        }
        return d;
    }

    /** Player q's exact expected utility at a point (one distribution per player). */
    public Rational utility(int q, Rational[][] point) {
        Rational u = Rational.ZERO;
        for (UtilityTerm t : players.get(q).utility()) {
            for (Map.Entry<List<Integer>, Rational> row : t.payoffs().entrySet()) {
                Rational w = row.getValue();
                for (int k = 0; k < t.players().size() && !w.isZero(); k++) {
                    w = w.multiply(point[t.players().get(k)][row.getKey().get(k)]);
                }
                u = u.add(w);
            }
        }
        return u;
    }

    /** Player names, for messages. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        players.forEach(p -> n.add(p.name()));
        return n;
    }
}
