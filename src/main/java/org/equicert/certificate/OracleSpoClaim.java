package org.equicert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equicert.number.Rational;

/**
 * "The point r is in the equilibrium set of the oracle game and is stratified Pareto optimal for
 * every player" (seed 002).
 *
 * <p>The game is stated in the claim: each player's outputs; for a map player, bounds
 * lo ≤ P(p = o) ≤ hi with lo, hi linear-arithmetic terms in the variables {@code x_p_o} (equal for
 * continuous maps; at a threshold the interval between the branches, where the oracle may
 * randomize); for a best responder, "only outputs of maximal expected utility are played"; and
 * every player's utility as payoff tables.
 *
 * <p>For every dependency class C (the checker recomputes the classes from the stated game and
 * requires them to match), the claim lists polytopes (H-representation over C's variables, others
 * held at r) and, per polytope, a branch-and-bound tree over the Bernstein coefficients of C's
 * utilities on the simplex of its vertices. The negation asserted in QF_LRA is: r violates some
 * player's relation, or for some class a point of its slice (C moves, everyone else stays at r)
 * lies in none of the listed polytopes. {@code unsat} proves membership and that the polytopes
 * cover the slice. The checker then recomputes each polytope's vertices by its own exhaustive
 * enumeration and replays each tree: at every leaf, one member's largest coefficient is below its
 * utility at r, or every member's largest coefficient is at most its utility at r; so no point of
 * the slice gives one member more and every member at least as much. Players above C may move in
 * a stratified Pareto improvement; they can always complete a choice of C to an equilibrium
 * (Kakutani: their maps are continuous or convex-valued), which is why only the slice matters.
 */
public final class OracleSpoClaim implements Claim {

    /** One player's statement. */
    public record PlayerSpec(String name, List<String> outputs, boolean bestResponse, List<Bound> bounds) {
        /** Copies. */
        public PlayerSpec {
            outputs = List.copyOf(outputs);
            bounds = List.copyOf(bounds);
        }
    }

    /** lo ≤ P(player = output) ≤ hi, terms over x_p_o. */
    public record Bound(int output, String lo, String hi) {
    }

    /** A payoff table: rows of output indices (one per listed player) and payoffs. */
    public record Table(List<Integer> players, List<List<Integer>> keys, List<Rational> payoffs) {
        /** Copies. */
        public Table {
            players = List.copyOf(players);
            keys = keys.stream().map(List::copyOf).toList();
            payoffs = List.copyOf(payoffs);
        }
    }

    /** Σ coefficients[v]·x_v (sense) rhs, v a global variable index. */
    public record Row(Map<Integer, Rational> coefficients, String sense, Rational rhs) {
        /** Copies. */
        public Row {
            coefficients = new TreeMap<>(coefficients);
        }
    }

    /**
     * One polytope of a class slice.
     *
     * @param vertices full variable vectors of the class's variables (in global order)
     * @param anchor barycentric weights of r when the trees start with the star of r, else null
     */
    public record Piece(List<Row> constraints, List<Rational[]> vertices, Rational[] anchor, List<List<String>> trees) {
        /** Copies. */
        public Piece {
            constraints = List.copyOf(constraints);
            vertices = vertices.stream().map(Rational[]::clone).toList();
            anchor = anchor == null ? null : anchor.clone();
            trees = trees.stream().map(List::copyOf).toList();
        }
    }

    /** A class and its slice's polytopes. */
    public record ClassPart(List<Integer> members, List<Piece> pieces) {
        /** Copies. */
        public ClassPart {
            members = List.copyOf(new TreeSet<>(members));
            pieces = List.copyOf(pieces);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\bx_(\\d+)_(\\d+)\\b");
    private static final long MAX_SUBSETS = 2_000_000L;

    private final String title;
    private final List<PlayerSpec> players;
    private final List<List<Table>> utilities;
    private final Rational[][] point;
    private final List<ClassPart> classes;
    private final int[] offsets;

    /** A claim. */
    public OracleSpoClaim(String title, List<PlayerSpec> players, List<List<Table>> utilities, Rational[][] point, List<ClassPart> classes) {
        this.title = title;
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

    private int variables() {
        return offsets[players.size()];
    }

    private String var(int v) {
        int p = playerOf(v);
        return "x_" + p + "_" + (v - offsets[p]);
    }

    private int playerOf(int v) {
        int p = 0;
        while (offsets[p + 1] <= v) {
            p++;
        }
        return p;
    }

    /** Player q's utility at a profile (one distribution per player). */
    private Rational utility(int q, Rational[][] profile) {
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

    /** The dependency sets recomputed from the statement. */
    private List<Set<Integer>> dependencySets() {
        List<Set<Integer>> d = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            Set<Integer> s = new TreeSet<>();
            s.add(p);
            for (Table t : utilities.get(p)) {
                s.addAll(t.players());
            }
            for (Bound b : players.get(p).bounds()) {
                for (String term : List.of(b.lo(), b.hi())) {
                    Matcher m = VARIABLE.matcher(term);
                    while (m.find()) {
                        s.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
            d.add(s);
        }
        return d;
    }

    private List<Set<Integer>> recomputedClasses() {
        int n = players.size();
        boolean[][] reach = new boolean[n][n];
        List<Set<Integer>> d = dependencySets();
        for (int i = 0; i < n; i++) {
            for (int j : d.get(i)) {
                if (j >= 0 && j < n) {
                    reach[i][j] = true;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        List<Set<Integer>> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (seen.contains(i)) {
                continue;
            }
            Set<Integer> c = new TreeSet<>();
            for (int j = 0; j < n; j++) {
                if (reach[i][j] && reach[j][i]) {
                    c.add(j);
                }
            }
            seen.addAll(c);
            out.add(c);
        }
        return out;
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
                lines.add("bound " + b.output() + " " + b.lo() + " " + b.hi());
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

    /** Bound terms are pasted into the SMT-LIB: each must be a term of {@link OracleTerm}'s grammar. */
    private List<String> termFailures() {
        List<String> f = new ArrayList<>();
        int[] outputs = new int[players.size()];
        for (int p = 0; p < outputs.length; p++) {
            outputs[p] = players.get(p).outputs().size();
        }
        for (PlayerSpec s : players) {
            for (Bound b : s.bounds()) {
                if (b.output() < 0 || b.output() >= s.outputs().size()) {
                    f.add(s.name() + ": a bound names output " + b.output() + ", which it does not have");
                }
                for (String term : List.of(b.lo(), b.hi())) {
                    OracleTerm.problem(term, outputs).ifPresent(why -> f.add(s.name() + ": a bound is not a linear term of the "
                            + "certificate grammar (" + why + ")"));
                }
            }
        }
        return f;
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
        Set<Set<Integer>> expected = new HashSet<>(recomputedClasses());
        Set<Set<Integer>> listed = new HashSet<>();
        for (ClassPart c : classes) {
            listed.add(new TreeSet<>(c.members()));
        }
        if (!expected.equals(listed) || classes.size() != expected.size()) {
            f.add("the listed classes " + listed + " are not the dependency classes " + expected);
            return f;
        }
        for (int k = 0; k < classes.size(); k++) {
            ClassPart c = classes.get(k);
            List<Integer> vars = classVariables(c);
            Rational[] target = new Rational[c.members().size()];
            for (int i = 0; i < target.length; i++) {
                target[i] = utility(c.members().get(i), point);
            }
            for (int j = 0; j < c.pieces().size(); j++) {
                Piece piece = c.pieces().get(j);
                String where = "class " + (k + 1) + " polytope " + (j + 1);
                for (Row r : piece.constraints()) {
                    if (!vars.containsAll(r.coefficients().keySet())) {
                        f.add(where + ": a constraint mentions a variable outside the class");
                        return f;
                    }
                }
                List<Rational[]> recomputed = vertices(withSimplices(piece.constraints(), c), vars);
                if (recomputed == null) {
                    f.add(where + ": too many constraint subsets for the checker's vertex enumeration");
                    continue;
                }
                if (!sameSet(recomputed, piece.vertices())) {
                    f.add(where + ": the listed vertices are not the polytope's vertices (the checker finds " + recomputed.size() + ")");
                    continue;
                }
                f.addAll(replay(where, c, vars, piece, target));
            }
        }
        return f;
    }

    /**
     * A piece's rows plus, for every member, "its probabilities sum to 1": the checker enumerates the
     * vertices of the piece within the product of the members' simplices (bounded whatever the
     * listed rows are), which contains every point of the class's slice in the piece.
     */
    private List<Row> withSimplices(List<Row> rows, ClassPart c) {
        List<Row> all = new ArrayList<>(rows);
        for (int p : c.members()) {
            Map<Integer, Rational> ones = new TreeMap<>();
            for (int v = offsets[p]; v < offsets[p + 1]; v++) {
                ones.put(v, Rational.ONE);
            }
            Row simplex = new Row(ones, "=", Rational.ONE);
            if (!all.contains(simplex)) {
                all.add(simplex);
            }
        }
        return all;
    }

    private List<Integer> classVariables(ClassPart c) {
        List<Integer> vars = new ArrayList<>();
        for (int p : c.members()) {
            for (int v = offsets[p]; v < offsets[p + 1]; v++) {
                vars.add(v);
            }
        }
        return vars;
    }

    private static boolean sameSet(List<Rational[]> a, List<Rational[]> b) {
        Set<List<Rational>> x = new HashSet<>();
        a.forEach(v -> x.add(Arrays.asList(v)));
        Set<List<Rational>> y = new HashSet<>();
        b.forEach(v -> y.add(Arrays.asList(v)));
        return x.equals(y) && a.size() == x.size() && b.size() == y.size();
    }

    /** All vertices of {x ≥ 0 : rows} over the class variables, or null when too many subsets. */
    private List<Rational[]> vertices(List<Row> rows, List<Integer> vars) {
        int n = vars.size();
        List<Rational[]> eq = new ArrayList<>();
        List<Rational> eqRhs = new ArrayList<>();
        List<Rational[]> ineq = new ArrayList<>();
        List<Rational> ineqRhs = new ArrayList<>();
        for (Row r : rows) {
            Rational[] a = new Rational[n];
            Arrays.fill(a, Rational.ZERO);
            r.coefficients().forEach((v, c) -> a[vars.indexOf(v)] = c);
            if (r.sense().equals("=")) {
                eq.add(a);
                eqRhs.add(r.rhs());
            } else {
                ineq.add(a);
                ineqRhs.add(r.rhs());
            }
        }
        for (int i = 0; i < n; i++) {
            Rational[] a = new Rational[n];
            Arrays.fill(a, Rational.ZERO);
            a[i] = Rational.ONE;
            ineq.add(a);
            ineqRhs.add(Rational.ZERO);
        }
        int need = n - Ranks.rank(eq);
        List<Rational[]> out = new ArrayList<>();
        int m = ineq.size();
        if (need < 0 || need > m) {
            return out;
        }
        long combos = 1;
        for (int i = 0; i < need; i++) {
            combos = combos * (m - i) / (i + 1);
            if (combos > MAX_SUBSETS) {
                return null;
            }
        }
        int[] idx = new int[need];
        for (int i = 0; i < need; i++) {
            idx[i] = i;
        }
        Set<List<Rational>> seen = new HashSet<>();
        while (true) {
            List<Rational[]> sys = new ArrayList<>(eq);
            List<Rational> rhs = new ArrayList<>(eqRhs);
            for (int i : idx) {
                sys.add(ineq.get(i));
                rhs.add(ineqRhs.get(i));
            }
            Rational[] x = Ranks.uniqueSolution(sys, rhs, n);
            if (x != null && satisfies(rows, vars, x) && seen.add(Arrays.asList(x))) {
                out.add(x);
            }
            int i = need - 1;
            while (i >= 0 && idx[i] == m - need + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < need; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return out;
    }

    private static boolean satisfies(List<Row> rows, List<Integer> vars, Rational[] x) {
        for (Rational v : x) {
            if (v.signum() < 0) {
                return false;
            }
        }
        for (Row r : rows) {
            Rational s = Rational.ZERO;
            for (var e : r.coefficients().entrySet()) {
                s = s.add(e.getValue().multiply(x[vars.indexOf(e.getKey())]));
            }
            int c = s.compareTo(r.rhs());
            boolean ok = switch (r.sense()) {
                case "<=" -> c <= 0;
                case ">=" -> c >= 0;
                default -> c == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Rational[][] profile(List<Integer> vars, Rational[] classPoint) {
        Rational[][] prof = ClaimData.copy(point);
        for (int i = 0; i < vars.size(); i++) {
            int v = vars.get(i);
            int p = playerOf(v);
            prof[p][v - offsets[p]] = classPoint[i];
        }
        return prof;
    }

    private List<String> replay(String where, ClassPart c, List<Integer> vars, Piece piece, Rational[] target) {
        List<String> f = new ArrayList<>();
        List<List<Rational[]>> roots = new ArrayList<>();
        if (piece.vertices().isEmpty()) {
            f.add(where + ": no vertices");
            return f;
        }
        if (piece.anchor() == null) {
            roots.add(piece.vertices());
        } else {
            Rational[] w = piece.anchor();
            if (w.length != piece.vertices().size()) {
                f.add(where + ": anchor has the wrong length");
                return f;
            }
            Rational sum = Rational.ZERO;
            Rational[] at = new Rational[vars.size()];
            Arrays.fill(at, Rational.ZERO);
            for (int k = 0; k < w.length; k++) {
                if (w[k].signum() < 0) {
                    f.add(where + ": negative anchor weight");
                    return f;
                }
                sum = sum.add(w[k]);
                for (int i = 0; i < at.length; i++) {
                    at[i] = at[i].add(w[k].multiply(piece.vertices().get(k)[i]));
                }
            }
            Rational[] own = new Rational[vars.size()];
            for (int i = 0; i < own.length; i++) {
                int p = playerOf(vars.get(i));
                own[i] = point[p][vars.get(i) - offsets[p]];
            }
            if (!sum.equals(Rational.ONE) || !Arrays.equals(at, own)) {
                f.add(where + ": the anchor weights do not give the point");
                return f;
            }
            for (int k = 0; k < w.length; k++) {
                if (w[k].signum() > 0) {
                    List<Rational[]> child = new ArrayList<>(piece.vertices());
                    child.set(k, own);
                    roots.add(child);
                }
            }
        }
        if (roots.size() != piece.trees().size()) {
            f.add(where + ": expected " + roots.size() + " trees, found " + piece.trees().size());
            return f;
        }
        for (int t = 0; t < roots.size(); t++) {
            int[] pos = {0};
            String problem = node(c, vars, roots.get(t), piece.trees().get(t), pos, target);
            if (problem == null && pos[0] != piece.trees().get(t).size()) {
                problem = "tree has unused entries";
            }
            if (problem != null) {
                f.add(where + " tree " + (t + 1) + ": " + problem);
            }
        }
        return f;
    }

    private String node(ClassPart c, List<Integer> vars, List<Rational[]> corners, List<String> tree, int[] pos, Rational[] target) {
        if (pos[0] >= tree.size()) {
            return "tree ended early";
        }
        String token = tree.get(pos[0]++);
        if (token.startsWith("split:")) {
            String[] parts = token.split(":");
            int a = Integer.parseInt(parts[1]);
            int b = Integer.parseInt(parts[2]);
            if (a < 0 || b < 0 || a >= corners.size() || b >= corners.size() || a == b) {
                return "bad split " + token;
            }
            Rational[] mid = new Rational[vars.size()];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = corners.get(a)[i].add(corners.get(b)[i]).multiply(Rational.HALF);
            }
            List<Rational[]> first = new ArrayList<>(corners);
            first.set(b, mid);
            List<Rational[]> second = new ArrayList<>(corners);
            second.set(a, mid);
            String p = node(c, vars, first, tree, pos, target);
            return p != null ? p : node(c, vars, second, tree, pos, target);
        }
        if (token.equals("le")) {
            for (int k = 0; k < c.members().size(); k++) {
                Rational max = maxCoefficient(c.members().get(k), vars, corners);
                if (max.compareTo(target[k]) > 0) {
                    return "leaf 'le': " + players.get(c.members().get(k)).name() + " has a Bernstein coefficient " + max
                            + " above its utility " + target[k];
                }
            }
            return null;
        }
        if (token.startsWith("lt:")) {
            int k = Integer.parseInt(token.substring(3));
            if (k < 0 || k >= c.members().size()) {
                return "bad leaf " + token;
            }
            Rational max = maxCoefficient(c.members().get(k), vars, corners);
            return max.compareTo(target[k]) < 0 ? null : "leaf '" + token + "': " + players.get(c.members().get(k)).name()
                    + " has a Bernstein coefficient " + max + " not below its utility " + target[k];
        }
        return "unknown tree entry '" + token + "'";
    }

    /** The largest Bernstein coefficient of q's utility on the simplex with these corners. */
    private Rational maxCoefficient(int q, List<Integer> vars, List<Rational[]> corners) {
        List<Rational[][]> profiles = new ArrayList<>();
        corners.forEach(x -> profiles.add(profile(vars, x)));
        Set<Integer> read = new TreeSet<>();
        utilities.get(q).forEach(t -> read.addAll(t.players()));
        List<Integer> varying = new ArrayList<>();
        for (int p : read) {
            for (Rational[][] pr : profiles) {
                if (!Arrays.equals(pr[p], profiles.get(0)[p])) {
                    varying.add(p);
                    break;
                }
            }
        }
        int m = corners.size();
        int r = varying.size();
        Map<String, Rational[]> groups = new TreeMap<>();
        int[] tuple = new int[r];
        while (true) {
            Rational[][] prof = profiles.get(0).clone();
            for (int i = 0; i < r; i++) {
                prof[varying.get(i)] = profiles.get(tuple[i])[varying.get(i)];
            }
            int[] sorted = tuple.clone();
            Arrays.sort(sorted);
            Rational u = utility(q, prof);
            groups.merge(Arrays.toString(sorted), new Rational[] {u, Rational.ONE},
                    (x, y) -> new Rational[] {x[0].add(y[0]), x[1].add(y[1])});
            int i = 0;
            while (i < r && tuple[i] == m - 1) {
                tuple[i] = 0;
                i++;
            }
            if (i == r) {
                break;
            }
            tuple[i]++;
        }
        Rational max = null;
        for (Rational[] g : groups.values()) {
            Rational avg = g[0].divide(g[1]);
            max = max == null || avg.compareTo(max) > 0 ? avg : max;
        }
        return max;
    }

    // ---------------------------------------------------------------- SMT-LIB

    private String substitute(String term, Set<Integer> members, String prefix) {
        Matcher m = VARIABLE.matcher(term);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int p = Integer.parseInt(m.group(1));
            int o = Integer.parseInt(m.group(2));
            String rep;
            if (prefix != null && members.contains(p)) {
                rep = prefix + m.group();
            } else if (prefix != null) {
                rep = p < point.length && o < point[p].length ? Smt.num(point[p][o]) : m.group();
            } else {
                rep = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The relation of player p: over the point's constants (prefix null) or a class's variables. */
    private List<String> relation(int p, Set<Integer> members, String prefix) {
        List<String> out = new ArrayList<>();
        String pre = prefix == null ? "" : prefix;
        PlayerSpec s = players.get(p);
        List<String> sum = new ArrayList<>();
        for (int o = 0; o < s.outputs().size(); o++) {
            out.add("(>= " + pre + "x_" + p + "_" + o + " 0.0)");
            sum.add(pre + "x_" + p + "_" + o);
        }
        out.add("(= " + Smt.sum(sum) + " 1.0)");
        for (Bound b : s.bounds()) {
            String x = pre + "x_" + p + "_" + b.output();
            out.add("(<= " + substitute(b.lo(), members, prefix) + " " + x + ")");
            out.add("(<= " + x + " " + substitute(b.hi(), members, prefix) + ")");
        }
        if (s.bestResponse()) {
            List<String> eu = new ArrayList<>();
            for (int o = 0; o < s.outputs().size(); o++) {
                eu.add(expectedUtility(p, o, members, prefix));
            }
            for (int o = 0; o < s.outputs().size(); o++) {
                List<String> best = new ArrayList<>();
                for (int o2 = 0; o2 < s.outputs().size(); o2++) {
                    if (o2 != o) {
                        best.add("(>= " + eu.get(o) + " " + eu.get(o2) + ")");
                    }
                }
                out.add("(or (<= " + pre + "x_" + p + "_" + o + " 0.0) " + Smt.and(best) + ")");
            }
        }
        return out;
    }

    /** p's expected utility from output o: a numeral, or linear in one class variable per row. */
    private String expectedUtility(int p, int o, Set<Integer> members, String prefix) {
        Map<String, Rational> linear = new TreeMap<>();
        Rational constant = Rational.ZERO;
        for (Table t : utilities.get(p)) {
            int self = t.players().indexOf(p);
            if (self < 0) {
                continue;
            }
            for (int r = 0; r < t.keys().size(); r++) {
                List<Integer> key = t.keys().get(r);
                if (key.get(self) != o) {
                    continue;
                }
                Rational w = t.payoffs().get(r);
                String variable = null;
                for (int k = 0; k < t.players().size(); k++) {
                    int q = t.players().get(k);
                    if (q == p) {
                        continue;
                    }
                    if (prefix != null && members.contains(q)) {
                        if (variable != null) {
                            throw new IllegalStateException("nonlinear best response of " + players.get(p).name());
                        }
                        variable = prefix + "x_" + q + "_" + key.get(k);
                    } else {
                        w = w.multiply(point[q][key.get(k)]);
                    }
                }
                if (variable == null) {
                    constant = constant.add(w);
                } else {
                    linear.merge(variable, w, Rational::add);
                }
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add(Smt.num(constant));
        linear.forEach((v, c) -> terms.add("(* " + Smt.num(c) + " " + v + ")"));
        return Smt.sum(terms);
    }

    @Override
    public String linearSmtLib() {
        StringBuilder sb = new StringBuilder("(set-logic QF_LRA)\n");
        sb.append("; x_p_o: probability that player p (0-based) gives output o at the claimed point\n");
        for (int p = 0; p < players.size(); p++) {
            sb.append("; player ").append(p).append(" = ").append(players.get(p).name().replaceAll("[\\r\\n]", " "))
                    .append(", outputs ").append(String.join(", ", players.get(p).outputs()).replaceAll("[\\r\\n]", " ")).append('\n');
            for (int o = 0; o < point[p].length; o++) {
                sb.append("(define-fun x_").append(p).append('_').append(o).append(" () Real ").append(Smt.num(point[p][o])).append(")\n");
            }
        }
        List<String> member = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            member.addAll(relation(p, Set.of(), null));
        }
        List<String> negation = new ArrayList<>();
        negation.add("(not " + Smt.and(member) + ")");
        for (int k = 0; k < classes.size(); k++) {
            ClassPart c = classes.get(k);
            String prefix = "c" + (k + 1) + "_";
            Set<Integer> members = new TreeSet<>(c.members());
            sb.append("; class ").append(k + 1).append(": its players move, everyone else stays at the point\n");
            for (int v : classVariables(c)) {
                sb.append("(declare-fun ").append(prefix).append(var(v)).append(" () Real)\n");
            }
            List<String> rel = new ArrayList<>();
            for (int p : c.members()) {
                rel.addAll(relation(p, members, prefix));
            }
            List<String> pieces = new ArrayList<>();
            for (Piece piece : c.pieces()) {
                List<String> rows = new ArrayList<>();
                for (Row r : piece.constraints()) {
                    List<String> terms = new ArrayList<>();
                    r.coefficients().forEach((v, a) -> terms.add("(* " + Smt.num(a) + " " + prefix + var(v) + ")"));
                    rows.add("(" + r.sense() + " " + Smt.sum(terms) + " " + Smt.num(r.rhs()) + ")");
                }
                pieces.add(Smt.and(rows));
            }
            negation.add("(and " + Smt.and(rel) + " (not " + Smt.or(pieces) + "))");
        }
        sb.append(Smt.negatedClaim("negation: the point breaks some player's relation, or some class slice has a point in no listed polytope",
                negation));
        return sb.toString();
    }

    // ---------------------------------------------------------------- data

    /** The natural statement, written from this claim's data by separate code (Issue 12). */
    @Override
    public Optional<String> nonlinearSmtLib() {
        return NaturalOracleSpo.statement(data());
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        m.put("title", title);
        List<Object> ps = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            PlayerSpec s = players.get(p);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", s.name());
            x.put("outputs", s.outputs());
            x.put("bestResponse", s.bestResponse());
            List<Object> bs = new ArrayList<>();
            for (Bound b : s.bounds()) {
                bs.add(List.of(b.output(), b.lo(), b.hi()));
            }
            x.put("bounds", bs);
            List<Object> ts = new ArrayList<>();
            for (Table t : utilities.get(p)) {
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
        m.put("point", ClaimData.matrix(point));
        List<Object> cs = new ArrayList<>();
        for (ClassPart c : classes) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("members", c.members());
            List<Object> pcs = new ArrayList<>();
            for (Piece piece : c.pieces()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                List<Object> rows = new ArrayList<>();
                for (Row r : piece.constraints()) {
                    Map<String, String> coef = new LinkedHashMap<>();
                    r.coefficients().forEach((v, a) -> coef.put(String.valueOf(v), a.toString()));
                    rows.add(List.of(coef, r.sense(), r.rhs().toString()));
                }
                pm.put("constraints", rows);
                List<Object> vs = new ArrayList<>();
                piece.vertices().forEach(v -> vs.add(ClaimData.vector(v)));
                pm.put("vertices", vs);
                pm.put("anchor", piece.anchor() == null ? null : ClaimData.vector(piece.anchor()));
                pm.put("trees", piece.trees());
                pcs.add(pm);
            }
            cm.put("pieces", pcs);
            cs.add(cm);
        }
        m.put("classes", cs);
        return m;
    }

    @SuppressWarnings("unchecked")
    static OracleSpoClaim fromData(Map<String, Object> m) {
        List<PlayerSpec> ps = new ArrayList<>();
        List<List<Table>> us = new ArrayList<>();
        for (Object o : (List<Object>) m.get("players")) {
            Map<String, Object> x = (Map<String, Object>) o;
            List<Bound> bs = new ArrayList<>();
            for (Object b : (List<Object>) x.get("bounds")) {
                List<Object> l = (List<Object>) b;
                bs.add(new Bound(((Number) l.get(0)).intValue(), (String) l.get(1), (String) l.get(2)));
            }
            List<String> outs = new ArrayList<>();
            ((List<Object>) x.get("outputs")).forEach(v -> outs.add((String) v));
            ps.add(new PlayerSpec((String) x.get("name"), outs, (Boolean) x.get("bestResponse"), bs));
            List<Table> ts = new ArrayList<>();
            for (Object t : (List<Object>) x.get("utility")) {
                Map<String, Object> tm = (Map<String, Object>) t;
                List<Integer> players = ints(tm.get("players"));
                List<List<Integer>> keys = new ArrayList<>();
                ((List<Object>) tm.get("keys")).forEach(k -> keys.add(ints(k)));
                List<Rational> pay = new ArrayList<>();
                ((List<Object>) tm.get("payoffs")).forEach(v -> pay.add(Rational.parse((String) v)));
                if (keys.size() != pay.size()) {
                    throw new IllegalArgumentException("payoff table rows and payoffs differ in number");
                }
                ts.add(new Table(players, keys, pay));
            }
            us.add(ts);
        }
        List<ClassPart> cs = new ArrayList<>();
        for (Object o : (List<Object>) m.get("classes")) {
            Map<String, Object> cm = (Map<String, Object>) o;
            List<Piece> pieces = new ArrayList<>();
            for (Object po : (List<Object>) cm.get("pieces")) {
                Map<String, Object> pm = (Map<String, Object>) po;
                List<Row> rows = new ArrayList<>();
                for (Object ro : (List<Object>) pm.get("constraints")) {
                    List<Object> l = (List<Object>) ro;
                    Map<Integer, Rational> coef = new TreeMap<>();
                    ((Map<String, Object>) l.get(0)).forEach((k, v) -> coef.put(Integer.parseInt(k), Rational.parse((String) v)));
                    String sense = (String) l.get(1);
                    if (!Set.of("<=", ">=", "=").contains(sense)) {
                        throw new IllegalArgumentException("bad constraint sense " + sense);
                    }
                    rows.add(new Row(coef, sense, Rational.parse((String) l.get(2))));
                }
                List<Rational[]> vs = new ArrayList<>();
                ((List<Object>) pm.get("vertices")).forEach(v -> vs.add(ClaimData.vector(v)));
                Rational[] anchor = pm.get("anchor") == null ? null : ClaimData.vector(pm.get("anchor"));
                List<List<String>> trees = new ArrayList<>();
                for (Object t : (List<Object>) pm.get("trees")) {
                    List<String> tree = new ArrayList<>();
                    ((List<Object>) t).forEach(s -> tree.add((String) s));
                    trees.add(tree);
                }
                pieces.add(new Piece(rows, vs, anchor, trees));
            }
            cs.add(new ClassPart(ints(cm.get("members")), pieces));
        }
        OracleSpoClaim claim = new OracleSpoClaim((String) m.get("title"), ps, us, ClaimData.matrix(m.get("point")), cs);
        claim.requireWellFormed();
        return claim;
    }

    /**
     * The structure a claim rebuilt from data must have before it is rendered: names and outputs
     * present, one distribution per player of the right length, bound terms in the grammar, table
     * players and class members in range.
     *
     * @throws IllegalArgumentException naming the first violation
     */
    private void requireWellFormed() {
        if (title == null) {
            throw new IllegalArgumentException("field 'title' is missing");
        }
        if (point.length != players.size()) {
            throw new IllegalArgumentException("the point has " + point.length + " distributions for " + players.size() + " players");
        }
        for (int p = 0; p < players.size(); p++) {
            PlayerSpec s = players.get(p);
            if (s.name() == null) {
                throw new IllegalArgumentException("player " + (p + 1) + ": field 'name' is missing");
            }
            if (point[p].length != s.outputs().size()) {
                throw new IllegalArgumentException(s.name() + ": the point has " + point[p].length + " probabilities for "
                        + s.outputs().size() + " outputs");
            }
            for (Table t : utilities.get(p)) {
                if (new HashSet<>(t.players()).size() != t.players().size()) {
                    throw new IllegalArgumentException(s.name() + ": a utility table lists a player twice " + t.players());
                }
                for (int q : t.players()) {
                    if (q < 0 || q >= players.size()) {
                        throw new IllegalArgumentException(s.name() + ": a utility table names player " + q + ", which does not exist");
                    }
                }
            }
        }
        List<String> terms = termFailures();
        if (!terms.isEmpty()) {
            throw new IllegalArgumentException(terms.get(0));
        }
        for (ClassPart c : classes) {
            for (int q : c.members()) {
                if (q < 0 || q >= players.size()) {
                    throw new IllegalArgumentException("a class names player " + q + ", which does not exist");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> ints(Object o) {
        List<Integer> r = new ArrayList<>();
        ((List<Object>) o).forEach(v -> r.add(((Number) v).intValue()));
        return r;
    }
}
