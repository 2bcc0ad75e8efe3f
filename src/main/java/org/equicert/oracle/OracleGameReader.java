package org.equicert.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.equicert.game.io.JsonGameFormat;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.input.InputLimits;
import org.equicert.input.LocatedJson;
import org.equicert.number.Rational;

/**
 * Reads the oracle-game JSON format (documented in {@code examples/oracle/README.md}):
 *
 * <pre>
 * { "title": "...",
 *   "players": [
 *     { "name": "A", "outputs": ["D", "C"],
 *       "strategy": { "C": "P(B=C)" }             (or "best-response")
 *       "utility": { "over": ["A", "B"],
 *                    "payoffs": [["D","D",1], ["D","C",5], ["C","D",0], ["C","C",3]] } } ] }
 * </pre>
 *
 * {@code utility} may also be an array of such tables (summed). Every problem is reported as
 * {@code file:line:column: message}; expression errors point into the expression. After reading,
 * every strategy map is checked exactly to produce a probability distribution everywhere.
 */
public final class OracleGameReader {

    private static final Set<String> GAME_KEYS = Set.of("title", "comment", "players");
    private static final Set<String> PLAYER_KEYS = Set.of("name", "outputs", "strategy", "utility", "comment");

    private OracleGameReader() {
    }

    /**
     * Reads and validates a game file. Cost: linear in the file's size (checked against the limit
     * before reading), plus the validation.
     *
     * @throws InputFileException with file:line:column for any problem, or if over a limit
     */
    public static OracleGame read(Path file, InputLimits limits) {
        return read(file.toString(), InputFiles.read(file, limits));
    }

    /**
     * Parses and validates a game.
     *
     * @throws InputFileException with file:line:column for any problem
     */
    public static OracleGame read(String source, String text) {
        LocatedJson root = LocatedJson.parse(source, text);
        if (root.kind() != LocatedJson.Kind.OBJECT) {
            throw root.error(source, "an oracle game is a JSON object with \"players\"");
        }
        unknownKeys(source, root, GAME_KEYS);
        LocatedJson titleValue = root.get("title");
        if (titleValue != null && titleValue.kind() != LocatedJson.Kind.STRING) {
            throw titleValue.error(source, "\"title\" must be a string");
        }
        String title = titleValue == null ? "" : titleValue.text();
        LocatedJson ps = root.get("players");
        if (ps == null || ps.kind() != LocatedJson.Kind.ARRAY || ps.items().isEmpty()) {
            throw (ps == null ? root : ps).error(source, "\"players\" must be a non-empty array of players");
        }
        List<String> names = new ArrayList<>();
        List<List<String>> outputs = new ArrayList<>();
        for (LocatedJson p : ps.items()) {
            if (p.kind() != LocatedJson.Kind.OBJECT) {
                throw p.error(source, "a player is an object with \"name\", \"outputs\", \"strategy\" and \"utility\"");
            }
            unknownKeys(source, p, PLAYER_KEYS);
            LocatedJson name = p.get("name");
            if (name == null || name.kind() != LocatedJson.Kind.STRING || name.text().isBlank()) {
                throw (name == null ? p : name).error(source, "each player needs a non-empty \"name\"");
            }
            if (hasControl(name.text())) {
                throw name.error(source, "a player name must not contain control characters such as a newline");
            }
            if (names.contains(name.text())) {
                throw name.error(source, "duplicate player name '" + name.text() + "'");
            }
            names.add(name.text());
            LocatedJson outs = p.get("outputs");
            if (outs == null || outs.kind() != LocatedJson.Kind.ARRAY || outs.items().isEmpty()) {
                throw (outs == null ? p : outs).error(source, "player '" + name.text() + "' needs a non-empty \"outputs\" array");
            }
            List<String> o = new ArrayList<>();
            for (LocatedJson x : outs.items()) {
                if (x.kind() != LocatedJson.Kind.STRING || x.text().isEmpty()) {
                    throw x.error(source, "outputs are non-empty strings");
                }
                if (hasControl(x.text())) {
                    throw x.error(source, "an output name must not contain control characters such as a newline");
                }
                if (o.contains(x.text())) {
                    throw x.error(source, "duplicate output '" + x.text() + "'");
                }
                o.add(x.text());
            }
            outputs.add(o);
        }
        ExprParser.Names resolver = new ExprParser.Names() {
            @Override
            public int player(String n) {
                return names.indexOf(n);
            }

            @Override
            public int output(int player, String n) {
                return outputs.get(player).indexOf(n);
            }

            @Override
            public List<String> outputs(int player) {
                return outputs.get(player);
            }
        };
        List<OracleGame.Player> players = new ArrayList<>();
        List<LocatedJson> strategyNodes = new ArrayList<>();
        for (int i = 0; i < ps.items().size(); i++) {
            LocatedJson p = ps.items().get(i);
            LocatedJson s = p.get("strategy");
            if (s == null) {
                throw p.error(source, "player '" + names.get(i) + "' needs a \"strategy\": \"best-response\" or an object"
                        + " giving each output's probability, e.g. {\"C\": \"P(B=C)\"}");
            }
            strategyNodes.add(s);
            OracleGame.Strategy strategy = strategy(source, s, i, outputs.get(i), resolver);
            List<OracleGame.UtilityTerm> utility = new ArrayList<>();
            LocatedJson u = p.get("utility");
            if (u != null) {
                if (u.kind() == LocatedJson.Kind.ARRAY) {
                    for (LocatedJson t : u.items()) {
                        utility.add(term(source, t, names, outputs));
                    }
                } else {
                    utility.add(term(source, u, names, outputs));
                }
            }
            final int self = i;
            if (strategy instanceof OracleGame.BestResponse && utility.stream().noneMatch(t -> t.players().contains(self))) {
                throw s.error(source, "best responder '" + names.get(i) + "' needs a utility table over its own outputs");
            }
            players.add(new OracleGame.Player(names.get(i), outputs.get(i), strategy, utility));
        }
        OracleGame game = new OracleGame(title, players);
        MapPieces pieces = new MapPieces(game);
        for (int i = 0; i < game.size(); i++) {
            String problem = StrategyValidity.problem(pieces, game, i);
            if (problem != null) {
                throw strategyNodes.get(i).error(source, problem);
            }
        }
        return game;
    }

    private static void unknownKeys(String source, LocatedJson obj, Set<String> allowed) {
        for (var e : obj.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error(source, "unknown key \"" + e.getKey() + "\" (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static OracleGame.Strategy strategy(String source, LocatedJson s, int player, List<String> outs, ExprParser.Names resolver) {
        if (s.kind() == LocatedJson.Kind.STRING) {
            if (s.text().equals("best-response")) {
                return new OracleGame.BestResponse();
            }
            throw s.error(source, "a strategy is \"best-response\" or an object such as {\"C\": \"P(B=C)\"}; got \"" + s.text() + "\"");
        }
        if (s.kind() != LocatedJson.Kind.OBJECT) {
            throw s.error(source, "a strategy is \"best-response\" or an object such as {\"C\": \"P(B=C)\"}");
        }
        Map<Integer, Expr> exprs = new LinkedHashMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (var e : s.fields().entrySet()) {
            int o = outs.indexOf(e.getKey());
            LocatedJson v = e.getValue();
            if (o < 0) {
                throw v.error(source, "'" + e.getKey() + "' is not an output of this player (outputs: " + String.join(", ", outs) + ")");
            }
            String text;
            if (v.kind() == LocatedJson.Kind.STRING || v.kind() == LocatedJson.Kind.NUMBER) {
                text = v.text();
            } else {
                throw v.error(source, "a probability is an expression string such as \"P(B=C)\" or a number");
            }
            try {
                Expr x = ExprParser.parse(text, resolver);
                Set<Integer> q = new HashSet<>();
                x.queried(q);
                if (q.contains(player)) {
                    throw new ExprSyntaxException(0, "a strategy may not query its own player's output");
                }
                exprs.put(o, x);
                texts.put(o, text);
            } catch (ExprSyntaxException ex) {
                int shift = v.kind() == LocatedJson.Kind.STRING ? 1 : 0;
                throw new InputFileException(source, v.line(), v.column() + shift + ex.offset(), ex.getMessage());
            }
        }
        if (exprs.size() < outs.size() - 1) {
            // several outputs missing: they are never played, and the listed ones must sum to 1
            for (int o = 0; o < outs.size(); o++) {
                if (!exprs.containsKey(o)) {
                    exprs.put(o, new Expr.Const(Rational.ZERO));
                    texts.put(o, "0");
                }
            }
        }
        OracleGame.MapStrategy m = new OracleGame.MapStrategy(exprs, texts);
        if (m.hasThreshold() && (outs.size() != 2 || exprs.size() != 1)) {
            throw s.error(source, "threshold queries (if ... then ... else) are supported for two-output players that give"
                    + " one output's probability; split the player's choice into two-output players");
        }
        return m;
    }

    private static OracleGame.UtilityTerm term(String source, LocatedJson t, List<String> names, List<List<String>> outputs) {
        if (t.kind() != LocatedJson.Kind.OBJECT) {
            throw t.error(source, "a utility is {\"over\": [players], \"payoffs\": [[output, ..., payoff], ...]} or an array of them");
        }
        unknownKeys(source, t, Set.of("over", "payoffs", "comment"));
        LocatedJson over = t.get("over");
        if (over == null || over.kind() != LocatedJson.Kind.ARRAY || over.items().isEmpty()) {
            throw (over == null ? t : over).error(source, "\"over\" must list the players the payoff table reads");
        }
        List<Integer> ps = new ArrayList<>();
        for (LocatedJson x : over.items()) {
            int p = names.indexOf(x.text());
            if (x.kind() != LocatedJson.Kind.STRING || p < 0) {
                throw x.error(source, "no player named '" + x.text() + "'");
            }
            if (ps.contains(p)) {
                throw x.error(source, "player '" + x.text() + "' is listed twice");
            }
            ps.add(p);
        }
        LocatedJson rows = t.get("payoffs");
        if (rows == null || rows.kind() != LocatedJson.Kind.ARRAY) {
            throw (rows == null ? t : rows).error(source, "\"payoffs\" must be an array of rows [output, ..., payoff]");
        }
        Map<List<Integer>, Rational> payoffs = new LinkedHashMap<>();
        for (LocatedJson row : rows.items()) {
            if (row.kind() != LocatedJson.Kind.ARRAY || row.items().size() != ps.size() + 1) {
                throw row.error(source, "a payoff row lists one output for each of the " + ps.size()
                        + " players in \"over\", then the payoff");
            }
            List<Integer> key = new ArrayList<>();
            for (int k = 0; k < ps.size(); k++) {
                LocatedJson x = row.items().get(k);
                int o = outputs.get(ps.get(k)).indexOf(x.text());
                if (x.kind() != LocatedJson.Kind.STRING || o < 0) {
                    throw x.error(source, "player '" + names.get(ps.get(k)) + "' has no output '" + x.text() + "' (outputs: "
                            + String.join(", ", outputs.get(ps.get(k))) + ")");
                }
                key.add(o);
            }
            if (payoffs.containsKey(key)) {
                throw row.error(source, "this combination of outputs already has a payoff");
            }
            payoffs.put(List.copyOf(key), JsonGameFormat.rational(source, row.items().get(ps.size())));
        }
        return new OracleGame.UtilityTerm(ps, payoffs);
    }

    /**
     * True when {@code s} holds a control character: names enter the game's fingerprint, whose
     * canonical text separates fields by newlines, so a name must not be able to forge a separator.
     */
    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
