package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.equicert.number.Rational;

/**
 * "The point r is in the equilibrium set of the oracle game and is stratified Pareto optimal for
 * every player" (seed 002).
 *
 * <p>The game is stated in the claim: each player's outputs; for a map player, bounds
 * lo ≤ P(p = o) ≤ hi with lo, hi linear-arithmetic terms ({@link OracleTerm}) in the variables
 * {@code x_p_o} (equal for continuous maps; at a threshold the interval between the branches, where
 * the oracle may randomize); for a best responder, "only outputs of maximal expected utility are
 * played"; and every player's utility as payoff tables.
 *
 * <p>For every dependency class C (the checker recomputes the classes from the stated game and
 * requires them to match), the claim lists polytopes (H-representation over C's variables, others
 * held at r) and, per polytope, a branch-and-bound tree ({@link SpoTree}) over the Bernstein
 * coefficients of C's utilities on the simplex of its vertices. The negation asserted in QF_LRA
 * ({@link OracleSpoEncoding}) is: r violates some player's relation, or for some class a point of
 * its slice (C moves, everyone else stays at r) lies in none of the listed polytopes. {@code unsat}
 * proves membership and that the polytopes cover the slice. The checker then recomputes each
 * polytope's vertices by its own exhaustive enumeration ({@link OracleSpoVertices}) and replays each
 * tree ({@link OracleSpoReplay}): at every leaf, one member's largest coefficient is below its
 * utility at r, or every member's largest coefficient is at most its utility at r; so no point of
 * the slice gives one member more and every member at least as much. Players above C may move in a
 * stratified Pareto improvement; they can always complete a choice of C to an equilibrium
 * (Kakutani: their maps are continuous or convex-valued), which is why only the slice matters.
 * The data line is written and read by {@link OracleSpoCodec}.
 */
public final class OracleSpoClaim implements Claim {

    /** One player's statement: a map player's bounds, or a best responder (no bounds). */
    public record PlayerSpec(String name, List<String> outputs, boolean bestResponse, List<Bound> bounds) {
        /** Copies. */
        public PlayerSpec {
            Objects.requireNonNull(name, "name");
            outputs = List.copyOf(outputs);
            bounds = List.copyOf(bounds);
        }
    }

    /** lo ≤ P(player = output) ≤ hi, terms over x_p_o. */
    public record Bound(int output, OracleTerm lo, OracleTerm hi) {
        /** @throws NullPointerException if a term is null */
        public Bound {
            Objects.requireNonNull(lo, "lo");
            Objects.requireNonNull(hi, "hi");
        }
    }

    /** A payoff table: rows of output indices (one per listed player) and payoffs. */
    public record Table(List<Integer> players, List<List<Integer>> keys, List<Rational> payoffs) {
        /**
         * Copies.
         *
         * @throws IllegalArgumentException if keys and payoffs differ in number
         */
        public Table {
            players = List.copyOf(players);
            keys = keys.stream().map(List::copyOf).toList();
            payoffs = List.copyOf(payoffs);
            if (keys.size() != payoffs.size()) {
                throw new IllegalArgumentException("payoff table rows and payoffs differ in number: " + keys.size() + " and " + payoffs.size());
            }
        }
    }

    /** The relation of a {@link Row}. */
    public enum Sense {
        /** Σ ≤ rhs. */
        AT_MOST("<="),
        /** Σ ≥ rhs. */
        AT_LEAST(">="),
        /** Σ = rhs. */
        EQUAL("=");

        private final String symbol;

        Sense(String symbol) {
            this.symbol = symbol;
        }

        /** The SMT-LIB relation symbol, also the data line's spelling. */
        public String symbol() {
            return symbol;
        }

        /** The sense spelled {@code symbol}, or empty. */
        public static Optional<Sense> of(String symbol) {
            return Arrays.stream(values()).filter(s -> s.symbol.equals(symbol)).findFirst();
        }

        /** Whether {@code sign(Σ − rhs) = comparison} satisfies this relation. */
        boolean holds(int comparison) {
            return switch (this) {
                case AT_MOST -> comparison <= 0;
                case AT_LEAST -> comparison >= 0;
                case EQUAL -> comparison == 0;
            };
        }
    }

    /** Σ coefficients[v]·x_v (sense) rhs, v a global variable index. */
    public record Row(SortedMap<Integer, Rational> coefficients, Sense sense, Rational rhs) {
        /** Copies (unmodifiable, ordered by variable). */
        public Row {
            coefficients = Collections.unmodifiableSortedMap(new TreeMap<>(coefficients));
            Objects.requireNonNull(sense, "sense");
            Objects.requireNonNull(rhs, "rhs");
        }

        /** A row over these coefficients, in any map order. */
        public Row(Map<Integer, Rational> coefficients, Sense sense, Rational rhs) {
            this(new TreeMap<>(coefficients), sense, rhs);
        }
    }

    /**
     * One polytope of a class slice.
     *
     * @param constraints its H-representation over the class's variables
     * @param vertices full variable vectors of the class's variables (in global order)
     * @param anchor barycentric weights of r when the trees start with the star of r
     * @param trees one tree per star child (with an anchor) or one tree
     */
    public record Piece(List<Row> constraints, List<Rational[]> vertices, Optional<Rational[]> anchor, List<SpoTree> trees) {
        /** Copies. */
        public Piece {
            constraints = List.copyOf(constraints);
            vertices = vertices.stream().map(Rational[]::clone).toList();
            anchor = anchor.map(Rational[]::clone);
            trees = List.copyOf(trees);
        }

        /** Copies of the vertices. */
        @Override
        public List<Rational[]> vertices() {
            return vertices.stream().map(Rational[]::clone).toList();
        }

        /** A copy of the anchor. */
        @Override
        public Optional<Rational[]> anchor() {
            return anchor.map(Rational[]::clone);
        }
    }

    /** A class and its slice's polytopes. */
    public record ClassPart(List<Integer> members, List<Piece> pieces) {
        /** Copies; members ascending, without repeats. */
        public ClassPart {
            members = List.copyOf(new TreeSet<>(members));
            pieces = List.copyOf(pieces);
        }
    }

    private final String title;
    private final List<PlayerSpec> players;
    private final List<List<Table>> utilities;
    private final Rational[][] point;
    private final List<ClassPart> classes;
    private final int[] offsets;

    /** A claim. */
    public OracleSpoClaim(String title, List<PlayerSpec> players, List<List<Table>> utilities, Rational[][] point, List<ClassPart> classes) {
        this.title = Objects.requireNonNull(title, "title");
        this.players = List.copyOf(players);
        this.utilities = utilities.stream().map(List::copyOf).toList();
        this.point = ClaimData.copy(point);
        this.classes = List.copyOf(classes);
        this.offsets = new int[players.size() + 1];
        for (int p = 0; p < players.size(); p++) {
            offsets[p + 1] = offsets[p] + players.get(p).outputs().size();
        }
    }

    @Override
    public String kind() {
        return "oracle-spo";
    }

    @Override
    public String statement() {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            parts.add(quoted(players.get(p).name()) + " " + Arrays.toString(point[p]));
        }
        return "the point " + String.join(", ", parts) + " is in the equilibrium set and no player has a stratified"
                + " Pareto improvement (" + classes.size() + (classes.size() == 1 ? " class" : " classes") + ")";
    }

    @Override
    public String subject() {
        return title;
    }

    /** The title (not part of the game's fingerprint). */
    String title() {
        return title;
    }

    /** The players' statements. */
    List<PlayerSpec> players() {
        return players;
    }

    /** Each player's utility tables. */
    List<List<Table>> utilities() {
        return utilities;
    }

    /** A copy of the point, one distribution per player. */
    Rational[][] point() {
        return ClaimData.copy(point);
    }

    /** Probability {@code point[p][o]}. */
    Rational pointAt(int p, int o) {
        return point[p][o];
    }

    /** The classes and their polytopes. */
    List<ClassPart> classes() {
        return classes;
    }

    /** Index of the first variable of player p (p = players().size() gives the number of variables). */
    int offset(int p) {
        return offsets[p];
    }

    /** The SMT-LIB name {@code x_p_o} of global variable v. */
    String var(int v) {
        int p = playerOf(v);
        return "x_" + p + "_" + (v - offsets[p]);
    }

    /** The player owning global variable v. */
    int playerOf(int v) {
        int p = 0;
        while (offsets[p + 1] <= v) {
            p++;
        }
        return p;
    }

    /** The class's global variables, ascending. */
    List<Integer> classVariables(ClassPart c) {
        List<Integer> vars = new ArrayList<>();
        for (int p : c.members()) {
            for (int v = offsets[p]; v < offsets[p + 1]; v++) {
                vars.add(v);
            }
        }
        return vars;
    }

    /** Player q's utility at a profile (one distribution per player). O(table entries · players). */
    Rational utility(int q, Rational[][] profile) {
        Rational u = Rational.ZERO;
        for (Table t : utilities.get(q)) {
            for (int r = 0; r < t.keys().size(); r++) {
                Rational w = t.payoffs().get(r);
                for (int k = 0; k < t.players().size() && !w.isZero(); k++) {
                    w = w.multiply(profile[t.players().get(k)][t.keys().get(r).get(k)]);
                }
                u = u.add(w);
            }
        }
        return u;
    }

    @Override
    public String fingerprint() {
        return gameFingerprint(players, utilities);
    }

    /**
     * The fingerprint of an oracle game stated as in a claim: players in order with names, outputs,
     * kind and bound terms, and their utility tables (not the title).
     */
    public static String gameFingerprint(List<PlayerSpec> players, List<List<Table>> utilities) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            PlayerSpec s = players.get(p);
            List<String> outs = new ArrayList<>();
            s.outputs().forEach(o -> outs.add(quoted(o)));
            lines.add("player " + p + " " + quoted(s.name()) + " outputs " + String.join(" ", outs)
                    + (s.bestResponse() ? " best-response" : " map"));
            for (Bound b : s.bounds()) {
                lines.add("bound " + b.output() + " " + b.lo().smtLib() + " " + b.hi().smtLib());
            }
            for (Table t : utilities.get(p)) {
                lines.add("utility over players " + t.players());
                for (int k = 0; k < t.keys().size(); k++) {
                    lines.add("payoff " + t.keys().get(k) + " " + t.payoffs().get(k));
                }
            }
        }
        return Fingerprint.ofCanonicalText(Fingerprint.ORACLE_GAME, "equicert-oracle-game-v1", lines);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Every bound names an output its player has, and every term's variables name outputs of the
     * stated players (terms are typed, so nothing else can reach the SMT-LIB).
     */
    List<String> termFailures() {
        List<String> f = new ArrayList<>();
        for (PlayerSpec s : players) {
            for (Bound b : s.bounds()) {
                if (b.output() < 0 || b.output() >= s.outputs().size()) {
                    f.add(s.name() + ": a bound names output " + b.output() + ", which it does not have");
                }
                for (OracleTerm term : List.of(b.lo(), b.hi())) {
                    OracleTerm.problem(term.smtLib(), outputCounts()).ifPresent(why -> f.add(s.name()
                            + ": a bound is not a linear term of the certificate grammar (" + why + ")"));
                }
            }
        }
        return f;
    }

    /** Each player's number of outputs. */
    int[] outputCounts() {
        int[] outputs = new int[players.size()];
        for (int p = 0; p < outputs.length; p++) {
            outputs[p] = players.get(p).outputs().size();
        }
        return outputs;
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = termFailures();
        if (!f.isEmpty()) {
            return f;
        }
        if (point.length != players.size()) {
            f.add("the point has " + point.length + " distributions for " + players.size() + " players");
            return f;
        }
        for (int p = 0; p < players.size(); p++) {
            Rational s = Rational.ZERO;
            if (point[p].length != players.get(p).outputs().size()) {
                f.add(players.get(p).name() + ": wrong number of probabilities");
                return f;
            }
            for (Rational x : point[p]) {
                if (x.signum() < 0) {
                    f.add(players.get(p).name() + ": negative probability " + x);
                }
                s = s.add(x);
            }
            if (!s.equals(Rational.ONE)) {
                f.add(players.get(p).name() + ": probabilities sum to " + s);
            }
        }
        Set<Set<Integer>> expected = new HashSet<>(OracleSpoClasses.of(players, utilities));
        Set<Set<Integer>> listed = new HashSet<>();
        for (ClassPart c : classes) {
            listed.add(new TreeSet<>(c.members()));
        }
        if (!expected.equals(listed) || classes.size() != expected.size()) {
            f.add("the listed classes " + listed + " are not the dependency classes " + expected);
            return f;
        }
        f.addAll(new OracleSpoReplay(this).failures());
        return f;
    }

    @Override
    public String linearSmtLib() {
        return new OracleSpoEncoding(this).linear();
    }

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalOracleSpo.statement(data());
    }

    @Override
    public Map<String, Object> data() {
        return OracleSpoCodec.data(this);
    }

    static OracleSpoClaim fromData(Map<String, Object> m) {
        return OracleSpoCodec.claim(m);
    }
}
