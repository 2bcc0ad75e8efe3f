package org.equicert.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.input.LocatedJson;
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
 * {@code *} and blank lines are skipped. Errors name file:line:column. The result feeds
 * {@link Comparison#compare}.
 *
 * <p>Cost: linear in the text's length plus the exact parsing of its numbers.
 */
public final class ClaimedProfiles {

    private ClaimedProfiles() {
    }

    /**
     * Reads a claims file. Cost: linear in the file's size (checked against the limit first) plus
     * the exact parsing of at most {@code limits.maxClaims()} profiles.
     *
     * @throws InputFileException with file:line:column for any problem, or if over a limit
     */
    public static List<ClaimedProfile> read(Path file, NormalFormGame game, InputLimits limits) {
        return parse(file.toString(), InputFiles.read(file, limits), game, limits);
    }

    /** Parses the text of a claims file labelled {@code src} in messages (see {@link #read}). */
    public static List<ClaimedProfile> parse(String src, String text, NormalFormGame game, InputLimits limits) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).strip();
        }
        List<ClaimedProfile> out = trimmed.startsWith("[") || trimmed.startsWith("{") ? json(src, text, game, limits) : lines(src, text, game, limits);
        if (out.isEmpty()) {
            throw new InputFileException(src, 1, 1, "no claimed equilibria found (expected 'NE,…' lines, lrsnash output, profile text or JSON)");
        }
        return out;
    }

    /** Adds a claim, failing at its line and column if that makes more than the limit. */
    private static void add(List<ClaimedProfile> out, ClaimedProfile claim, InputLimits limits, String src, int line, int column) {
        out.add(claim);
        if (out.size() > limits.maxClaims()) {
            throw new InputFileException(src, line, column, "too many claimed profiles: more than " + limits.maxClaims()
                    + " (limit on claims per file; raise it with --max-claims N)");
        }
    }

    private static List<ClaimedProfile> lines(String src, String text, NormalFormGame game, InputLimits limits) {
        List<ClaimedProfile> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        List<Rational[]> pendingColumns = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        for (int ln = 1; ln <= lines.length; ln++) {
            String line = lines[ln - 1];
            String t = line.strip();
            if (ln == 1 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("*")) {
                continue;
            }
            int indent = line.indexOf(t.charAt(0)) + 1;
            if (t.startsWith("NE,")) {
                List<Rational> values = numbers(src, ln, indent + 3, t.substring(3), ",");
                add(out, ClaimedProfile.of(src + ":" + ln, split(src, ln, values, game)), limits, src, ln, indent);
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
                        add(out, ClaimedProfile.of(src + ":" + pendingLines.get(k) + "+" + ln, new Rational[][] {strategy, pendingColumns.get(k)}),
                                limits, src, ln, indent);
                    }
                    pendingColumns.clear();
                    pendingLines.clear();
                }
            } else if (t.contains(";") || game.playerCount() == 1) {
                add(out, ClaimedProfile.of(src + ":" + ln, profileText(src, ln, indent, t, game)), limits, src, ln, indent);
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
            int at = col + (token.length() - token.stripLeading().length());
            try {
                out.add(InputLimits.parseNumber(s));
            } catch (LimitExceededException e) {
                throw new InputFileException(src, ln, at, e.getMessage());
            } catch (NumberFormatException e) {
                throw new InputFileException(src, ln, at, "'" + InputLimits.excerpt(s) + "' is not a number (decimals like 0.25 or fractions like 1/4)");
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

    private static List<ClaimedProfile> json(String src, String text, NormalFormGame game, InputLimits limits) {
        LocatedJson root = LocatedJson.parse(src, text);
        LocatedJson list = root.kind() == LocatedJson.Kind.OBJECT ? root.get("equilibria") : root;
        if (list == null || list.kind() != LocatedJson.Kind.ARRAY) {
            throw (list == null ? root : list).error(src, "JSON claims must be an array of profiles or an object with an \"equilibria\" array");
        }
        List<ClaimedProfile> out = new ArrayList<>();
        for (int e = 0; e < list.items().size(); e++) {
            LocatedJson node = list.items().get(e);
            String where = src + ":" + node.line() + ":" + node.column();
            if (node.kind() == LocatedJson.Kind.STRING) {
                add(out, ClaimedProfile.of(where, profileText(src, node.line(), node.column() + 1, node.text(), game)), limits, src, node.line(), node.column());
                continue;
            }
            if (node.kind() != LocatedJson.Kind.ARRAY || node.items().size() != game.playerCount()) {
                throw node.error(src, "expected a profile: an array of " + game.playerCount() + " strategies (arrays of probabilities)"
                        + " or a profile string such as \"0.5,0.5;1,0\"");
            }
            Rational[][] p = new Rational[game.playerCount()][];
            for (int i = 0; i < p.length; i++) {
                LocatedJson s = node.items().get(i);
                if (s.kind() != LocatedJson.Kind.ARRAY || s.items().size() != game.actionCount(i)) {
                    throw s.error(src, "expected player " + (i + 1) + "'s strategy: an array of " + game.actionCount(i) + " probabilities");
                }
                p[i] = new Rational[s.items().size()];
                for (int a = 0; a < p[i].length; a++) {
                    LocatedJson v = s.items().get(a);
                    if (v.kind() != LocatedJson.Kind.NUMBER && v.kind() != LocatedJson.Kind.STRING) {
                        throw v.error(src, "expected a probability: a number or a string such as \"1/3\"");
                    }
                    try {
                        p[i][a] = InputLimits.parseNumber(v.text());
                    } catch (LimitExceededException ex) {
                        throw v.error(src, ex.getMessage());
                    } catch (NumberFormatException ex) {
                        throw v.error(src, "'" + InputLimits.excerpt(v.text()) + "' is not a number (decimals like 0.25 or fractions like 1/4)");
                    }
                }
            }
            add(out, ClaimedProfile.of(where, p), limits, src, node.line(), node.column());
        }
        return out;
    }
}
