package org.equicert.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.number.Rational;

/**
 * Reads another solver's list of equilibria. Accepted, detected from the content:
 * <ul>
 * <li>Gambit's command-line tools: lines {@code NE,p11,p12,…,p21,…} (all probabilities, player by
 * player);</li>
 * <li>lrsnash output: blocks of lines {@code 2 y1 … yn v} followed by {@code 1 x1 … xm u}, each
 * "2" line paired with the block's "1" line;</li>
 * <li>equicert's profile text, one per line: {@code 0.5,0.5;1,0};</li>
 * <li>JSON: an array of profiles (or an object with an {@code equilibria} array); a profile is an
 * array of per-player arrays of numbers or numeric strings, or a profile text string.</li>
 * </ul>
 * Numbers are read exactly (decimals, fractions, exponents). Lines starting with {@code #} or
 * {@code *} and blank lines are skipped. Errors name file:line:column.
 */
final class ClaimedProfiles {

    /** One claimed profile and where it came from. */
    record Claimed(String where, Rational[][] profile) {
    }

    private ClaimedProfiles() {
    }

    static List<Claimed> read(Path file, NormalFormGame game) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
        String src = file.toString();
        String trimmed = text.strip();
        List<Claimed> out = trimmed.startsWith("[") || trimmed.startsWith("{") ? json(src, text, game) : lines(src, text, game);
        if (out.isEmpty()) {
            throw new InputFileException(src, 1, 1, "no claimed equilibria found (expected 'NE,…' lines, lrsnash output, profile text or JSON)");
        }
        return out;
    }

    private static List<Claimed> lines(String src, String text, NormalFormGame game) {
        List<Claimed> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        List<Rational[]> pendingColumns = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        for (int ln = 1; ln <= lines.length; ln++) {
            String line = lines[ln - 1];
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("*")) {
                continue;
            }
            int indent = line.indexOf(t.charAt(0)) + 1;
            if (t.startsWith("NE,")) {
                List<Rational> values = numbers(src, ln, indent + 3, t.substring(3), ",");
                out.add(new Claimed(src + ":" + ln, split(src, ln, values, game)));
            } else if (game.playerCount() == 2 && (t.startsWith("1 ") || t.startsWith("2 "))) {
                List<Rational> values = numbers(src, ln, indent + 2, t.substring(2).strip(), "\\s+");
                int player = t.charAt(0) - '1';
                int expected = game.actionCount(player) + 1;
                if (values.size() != expected) {
                    throw new InputFileException(src, ln, indent, "lrsnash line for player " + (player + 1) + " has " + values.size()
                            + " numbers; expected " + expected + " (" + game.actionCount(player) + " probabilities and a payoff)");
                }
                Rational[] strategy = values.subList(0, expected - 1).toArray(new Rational[0]);
                if (player == 1) {
                    pendingColumns.add(strategy);
                    pendingLines.add(ln);
                } else {
                    if (pendingColumns.isEmpty()) {
                        throw new InputFileException(src, ln, indent, "lrsnash line '1 …' without preceding '2 …' lines");
                    }
                    for (int k = 0; k < pendingColumns.size(); k++) {
                        out.add(new Claimed(src + ":" + pendingLines.get(k) + "+" + ln, new Rational[][] {strategy, pendingColumns.get(k)}));
                    }
                    pendingColumns.clear();
                    pendingLines.clear();
                }
            } else if (t.contains(";") || game.playerCount() == 1) {
                out.add(new Claimed(src + ":" + ln, profileText(src, ln, indent, t, game)));
            } else {
                throw new InputFileException(src, ln, indent, "unrecognised line: expected 'NE,…' (Gambit), lrsnash output, "
                        + "a profile like 0.5,0.5;1,0, or JSON");
            }
        }
        if (!pendingColumns.isEmpty()) {
            throw new InputFileException(src, pendingLines.get(0), 1, "lrsnash '2 …' lines without a following '1 …' line");
        }
        return out;
    }

    private static Rational[][] profileText(String src, int ln, int column, String t, NormalFormGame game) {
        String[] players = t.split(";", -1);
        if (players.length != game.playerCount()) {
            throw new InputFileException(src, ln, column, "profile has " + players.length + " strategies separated by ';' but the game has "
                    + game.playerCount() + " players");
        }
        Rational[][] p = new Rational[players.length][];
        int col = column;
        for (int i = 0; i < players.length; i++) {
            List<Rational> v = numbers(src, ln, col, players[i], ",");
            if (v.size() != game.actionCount(i)) {
                throw new InputFileException(src, ln, col, "player " + (i + 1) + "'s strategy has " + v.size() + " entries but the player has "
                        + game.actionCount(i) + " actions");
            }
            p[i] = v.toArray(new Rational[0]);
            col += players[i].length() + 1;
        }
        return p;
    }

    private static List<Rational> numbers(String src, int ln, int column, String text, String separator) {
        List<Rational> out = new ArrayList<>();
        int col = column;
        for (String token : text.split(separator, -1)) {
            String s = token.strip();
            try {
                out.add(Rational.parse(s));
            } catch (NumberFormatException e) {
                throw new InputFileException(src, ln, col, "'" + s + "' is not a number (decimals like 0.25 or fractions like 1/4)");
            }
            col += token.length() + 1;
        }
        return out;
    }

    private static Rational[][] split(String src, int ln, List<Rational> values, NormalFormGame game) {
        int total = 0;
        for (int i = 0; i < game.playerCount(); i++) {
            total += game.actionCount(i);
        }
        if (values.size() != total) {
            throw new InputFileException(src, ln, 1, "NE line has " + values.size() + " probabilities; the game has " + total
                    + " actions in all");
        }
        Rational[][] p = new Rational[game.playerCount()][];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[game.actionCount(i)];
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = values.get(k++);
            }
        }
        return p;
    }

    private static List<Claimed> json(String src, String text, NormalFormGame game) {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
        } catch (JsonParseException e) {
            throw new InputFileException(src, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputFileException(src, 1, 1, "invalid JSON: " + e.getMessage());
        }
        JsonNode list = root.isObject() ? root.get("equilibria") : root;
        if (list == null || !list.isArray()) {
            throw new InputFileException(src, 1, 1, "JSON must be an array of profiles or an object with an 'equilibria' array");
        }
        List<Claimed> out = new ArrayList<>();
        for (int e = 0; e < list.size(); e++) {
            JsonNode node = list.get(e);
            String where = src + ": equilibria[" + e + "]";
            if (node.isTextual()) {
                out.add(new Claimed(where, profileText(src + " (equilibria[" + e + "])", 1, 1, node.asText(), game)));
                continue;
            }
            if (!node.isArray() || node.size() != game.playerCount()) {
                throw new UserException(where + ": expected an array of " + game.playerCount() + " strategies");
            }
            Rational[][] p = new Rational[game.playerCount()][];
            for (int i = 0; i < p.length; i++) {
                JsonNode s = node.get(i);
                if (!s.isArray() || s.size() != game.actionCount(i)) {
                    throw new UserException(where + "[" + i + "]: expected " + game.actionCount(i) + " probabilities");
                }
                p[i] = new Rational[s.size()];
                for (int a = 0; a < s.size(); a++) {
                    JsonNode v = s.get(a);
                    String raw = v.isNumber() ? v.asText() : v.isTextual() ? v.asText() : null;
                    try {
                        p[i][a] = Rational.parse(raw == null ? "" : v.isNumber() ? v.decimalValue().toPlainString() : raw);
                    } catch (NumberFormatException ex) {
                        throw new UserException(where + "[" + i + "][" + a + "]: '" + v + "' is not a number");
                    }
                }
            }
            out.add(new Claimed(where, p));
        }
        return out;
    }
}
