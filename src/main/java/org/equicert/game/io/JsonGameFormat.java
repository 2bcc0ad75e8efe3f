package org.equicert.game.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.input.LocatedJson;
import org.equicert.number.Rational;

/**
 * equicert's JSON game format, version 1:
 *
 * <pre>
 * {
 *   "format": "equicert-game", "version": 1,
 *   "title": "Coordination",
 *   "players": [ { "name": "1", "actions": ["high", "low"] },
 *                { "name": "2", "actions": ["high", "low"] } ],
 *   "payoffs": [ ["10", "0", "0", "5"],
 *                ["10", "0", "0", "5"] ]
 * }
 * </pre>
 *
 * {@code payoffs[i]} lists player i's payoff at every pure profile in Gambit order (player 1's
 * action changing fastest). Payoffs are strings ({@code "1/3"}, {@code "-2.5"}) or JSON numbers,
 * read exactly.
 *
 * <p>Cost: one pass over the text (RFC 8259 JSON), O(length), plus the payoff table.
 */
public final class JsonGameFormat {

    private JsonGameFormat() {
    }

    /** Reads a file within the default {@link InputLimits}. */
    public static NormalFormGame read(Path file) {
        return read(file, InputLimits.DEFAULT);
    }

    /**
     * Reads a file. Cost: linear in the file's size (checked against the limit before reading).
     *
     * @throws InputFileException with file:line:column if the file is malformed or over a limit
     */
    public static NormalFormGame read(Path file, InputLimits limits) {
        return parse(file.toString(), InputFiles.read(file, limits), limits);
    }

    /** Parses JSON text labelled {@code source} in messages, within the default limits. */
    public static NormalFormGame parse(String source, String text) {
        return parse(source, text, InputLimits.DEFAULT);
    }

    /** Parses JSON text labelled {@code source} in messages. */
    public static NormalFormGame parse(String source, String text, InputLimits limits) {
        LocatedJson root = LocatedJson.parse(source, text);
        if (root.kind() != LocatedJson.Kind.OBJECT) {
            throw root.error(source, "expected a JSON object with \"players\" and \"payoffs\"");
        }
        LocatedJson format = root.get("format");
        if (format != null && !"equicert-game".equals(format.text())) {
            throw format.error(source, "\"format\" must be \"equicert-game\"");
        }
        String title = root.get("title") == null ? "" : label(source, root.get("title"), "\"title\"");
        LocatedJson players = require(source, root, "players", LocatedJson.Kind.ARRAY);
        List<String> names = new ArrayList<>();
        List<List<String>> actions = new ArrayList<>();
        long profiles = 1;
        for (LocatedJson p : players.items()) {
            if (p.kind() != LocatedJson.Kind.OBJECT) {
                throw p.error(source, "each player must be an object with \"name\" and \"actions\"");
            }
            LocatedJson name = p.get("name");
            names.add(name == null ? Integer.toString(names.size() + 1) : label(source, name, "a player's \"name\""));
            LocatedJson acts = require(source, p, "actions", LocatedJson.Kind.ARRAY);
            List<String> a = new ArrayList<>();
            for (LocatedJson x : acts.items()) {
                a.add(label(source, x, "an action label"));
            }
            if (a.isEmpty()) {
                throw acts.error(source, "player " + names.size() + " has no actions");
            }
            actions.add(a);
            profiles *= a.size();
            if (profiles > limits.maxProfiles()) {
                throw acts.error(source, "game too large: more than " + limits.maxProfiles() + " pure profiles (the product of the"
                        + " action counts; raise the limit with --max-profiles N)");
            }
        }
        if (names.isEmpty()) {
            throw players.error(source, "the game has no players");
        }
        LocatedJson payoffs = require(source, root, "payoffs", LocatedJson.Kind.ARRAY);
        if (payoffs.items().size() != names.size()) {
            throw payoffs.error(source, "\"payoffs\" has " + payoffs.items().size() + " rows; expected one per player (" + names.size() + ")");
        }
        Rational[][] table = new Rational[names.size()][(int) profiles];
        for (int i = 0; i < names.size(); i++) {
            LocatedJson row = payoffs.items().get(i);
            if (row.kind() != LocatedJson.Kind.ARRAY || row.items().size() != profiles) {
                throw row.error(source, "player " + (i + 1) + "'s payoff row must be an array of " + profiles + " numbers (one per pure profile), found "
                        + (row.kind() == LocatedJson.Kind.ARRAY ? row.items().size() : "a " + row.kind().name().toLowerCase()));
            }
            for (int k = 0; k < profiles; k++) {
                table[i][k] = rational(source, row.items().get(k));
            }
        }
        return NormalFormGame.of(title, names, actions, table);
    }

    /** Reads a located JSON number or numeric string exactly. */
    public static Rational rational(String source, LocatedJson v) {
        if (v.kind() != LocatedJson.Kind.NUMBER && v.kind() != LocatedJson.Kind.STRING) {
            throw v.error(source, "expected a number or a string such as \"1/3\"");
        }
        try {
            return InputLimits.parseNumber(v.text());
        } catch (LimitExceededException e) {
            throw v.error(source, e.getMessage());
        } catch (NumberFormatException e) {
            throw v.error(source, "bad number \"" + v.text() + "\" (use an integer, a decimal or a fraction such as \"3/7\")");
        }
    }

    private static String label(String source, LocatedJson v, String what) {
        if (v.kind() != LocatedJson.Kind.STRING && v.kind() != LocatedJson.Kind.NUMBER) {
            throw v.error(source, what + " must be a string");
        }
        return v.text();
    }

    private static LocatedJson require(String source, LocatedJson obj, String key, LocatedJson.Kind kind) {
        LocatedJson v = obj.get(key);
        if (v == null) {
            throw new InputFileException(source, obj.line(), obj.column(), "missing \"" + key + "\"");
        }
        if (v.kind() != kind) {
            throw v.error(source, "\"" + key + "\" must be " + (kind == LocatedJson.Kind.ARRAY ? "an array" : "an object"));
        }
        return v;
    }

    /** {@return the "players" value of the format: a name and action labels per player} */
    public static List<Object> players(NormalFormGame game) {
        List<Object> players = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", game.players().get(i));
            p.put("actions", game.actions().get(i));
            players.add(p);
        }
        return players;
    }

    /** {@return the JSON text of a game (payoffs as exact strings)} */
    public static String write(NormalFormGame game) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "equicert-game");
        root.put("version", 1);
        root.put("title", game.title());
        root.put("players", players(game));
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < game.playerCount(); i++) {
            List<String> row = new ArrayList<>();
            for (int k = 0; k < game.profileCount(); k++) {
                row.add(game.payoff(i, k).toString());
            }
            rows.add(row);
        }
        root.put("payoffs", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
