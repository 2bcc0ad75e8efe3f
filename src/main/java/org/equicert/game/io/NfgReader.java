package org.equicert.game.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicert.game.NormalFormGame;
import org.equicert.input.InputFileException;
import org.equicert.input.InputFiles;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.number.Rational;

/**
 * Reads Gambit's normal-form format ({@code .nfg}), both the payoff version (a list of N·n
 * numbers, player 1's action changing fastest) and the outcome version (a list of outcomes and
 * N outcome indices, 0 meaning the null outcome), headers {@code NFG 1 R} and {@code NFG 1 D},
 * strategies given as label lists or counts. Every number form (integer, decimal, exponent,
 * {@code p/q}) is read exactly.
 *
 * <p>Every malformation is reported as an {@link InputFileException} naming file, line and column;
 * the reader never loops without consuming input.
 *
 * <p>Reference: Gambit's strategic-game file format (.nfg, "payoff" and "outcome" versions),
 * The Gambit Project documentation. Cost: one pass over the text, O(length), plus the payoff table.
 */
public final class NfgReader {

    private enum Kind { LBRACE, RBRACE, STRING, WORD, EOF }

    private record Token(Kind kind, String text, int line, int column) {
    }

    private final String source;
    private final String text;
    private final InputLimits limits;
    private int index;
    private int line = 1;
    private int column = 1;
    private Token current;
    private Token previous;

    private NfgReader(String source, String text, InputLimits limits) {
        this.source = source;
        this.text = text;
        this.limits = limits;
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

    /** Parses bytes (UTF-8) labelled {@code source} in messages, within the default limits. */
    public static NormalFormGame parse(String source, byte[] bytes) {
        return parse(source, InputFiles.decode(source, bytes), InputLimits.DEFAULT);
    }

    /** Parses text labelled {@code source} in messages, within the default limits. */
    public static NormalFormGame parse(String source, String text) {
        return parse(source, text, InputLimits.DEFAULT);
    }

    /**
     * Parses text labelled {@code source} in messages. Cost: one pass over the text (tokens are
     * read on demand, never all held at once).
     */
    public static NormalFormGame parse(String source, String text, InputLimits limits) {
        return new NfgReader(source, text, limits).game();
    }

    /** Reads the token starting at {@link #index}. */
    private Token lex() {
        String s = text;
        int n = s.length();
        while (index < n) {
            char c = s.charAt(index);
            if (c == '\n') {
                index++;
                line++;
                column = 1;
                continue;
            }
            if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
                index++;
                column++;
                continue;
            }
            if (c == '{' || c == '}') {
                Token t = new Token(c == '{' ? Kind.LBRACE : Kind.RBRACE, String.valueOf(c), line, column);
                index++;
                column++;
                return t;
            }
            if (c == '"') {
                int startLine = line;
                int startCol = column;
                StringBuilder sb = new StringBuilder();
                index++;
                column++;
                boolean closed = false;
                while (index < n) {
                    char d = s.charAt(index);
                    if (d == '\\' && index + 1 < n) {
                        sb.append(s.charAt(index + 1));
                        if (s.charAt(index + 1) == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column += 2;
                        }
                        index += 2;
                        continue;
                    }
                    if (d == '"') {
                        index++;
                        column++;
                        closed = true;
                        break;
                    }
                    if (d == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                    sb.append(d);
                    index++;
                }
                if (!closed) {
                    throw new InputFileException(source, startLine, startCol, "unterminated string (missing closing \")");
                }
                return new Token(Kind.STRING, sb.toString(), startLine, startCol);
            }
            int start = index;
            int startCol = column;
            while (index < n) {
                char d = s.charAt(index);
                if (Character.isWhitespace(d) || d == ',' || d == '{' || d == '}' || d == '"') {
                    break;
                }
                index++;
                column++;
            }
            return new Token(Kind.WORD, s.substring(start, index), line, startCol);
        }
        return new Token(Kind.EOF, "end of file", line, column);
    }

    private Token peek() {
        if (current == null) {
            current = lex();
        }
        return current;
    }

    private Token next() {
        Token t = peek();
        if (t.kind != Kind.EOF) {
            current = null;
        }
        previous = t;
        return t;
    }

    private InputFileException error(Token t, String message) {
        return new InputFileException(source, t.line, t.column, message);
    }

    private Token expect(Kind kind, String what) {
        Token t = next();
        if (t.kind != kind) {
            throw error(t, "expected " + what + ", found " + describe(t));
        }
        return t;
    }

    private static String describe(Token t) {
        switch (t.kind) {
            case EOF:
                return "end of file";
            case STRING:
                return "string \"" + t.text + "\"";
            default:
                return "'" + t.text + "'";
        }
    }

    private Rational number(Token t, String what) {
        if (t.kind != Kind.WORD) {
            throw error(t, "expected " + what + ", found " + describe(t));
        }
        try {
            return InputLimits.parseNumber(t.text);
        } catch (LimitExceededException e) {
            throw error(t, e.getMessage() + " in " + what);
        } catch (NumberFormatException e) {
            throw error(t, "bad number '" + t.text + "' for " + what + " (use an integer, a decimal such as 1.25 or a fraction such as 3/7)");
        }
    }

    private int integer(Token t, String what, int min, int max) {
        Rational r = number(t, what);
        if (!r.isInteger() || r.compareTo(Rational.of(min)) < 0 || r.compareTo(Rational.of(max)) > 0) {
            throw error(t, what + " must be an integer from " + min + " to " + max + ", found '" + t.text + "'");
        }
        return r.numerator().intValueExact();
    }

    private NormalFormGame game() {
        Token magic = next();
        if (magic.kind != Kind.WORD || !magic.text.equals("NFG")) {
            throw error(magic, "not a Gambit normal-form file: expected 'NFG' at the start, found " + describe(magic));
        }
        Token version = next();
        if (version.kind != Kind.WORD || !version.text.equals("1")) {
            throw error(version, "unsupported NFG version " + describe(version) + "; expected 1");
        }
        Token kind = next();
        if (kind.kind != Kind.WORD || !(kind.text.equals("R") || kind.text.equals("D"))) {
            throw error(kind, "expected 'R' or 'D' after 'NFG 1', found " + describe(kind));
        }
        String title = expect(Kind.STRING, "the game title (a quoted string)").text;
        expect(Kind.LBRACE, "'{' opening the player list");
        List<String> players = new ArrayList<>();
        while (peek().kind == Kind.STRING) {
            players.add(next().text);
        }
        expect(Kind.RBRACE, "a quoted player name or '}' closing the player list");
        if (players.isEmpty()) {
            throw error(previous, "the game has no players");
        }
        List<List<String>> actions = strategies(players.size());
        if (peek().kind == Kind.STRING) {
            next(); // comment
        }
        int[] counts = actions.stream().mapToInt(List::size).toArray();
        long profiles = 1;
        for (int c : counts) {
            profiles *= c;
            if (profiles > limits.maxProfiles()) {
                throw error(peek(), "game too large: more than " + limits.maxProfiles() + " pure profiles (the product of the"
                        + " action counts; raise the limit with --max-profiles N)");
            }
        }
        int n = players.size();
        Rational[][] payoffs = new Rational[n][(int) profiles];
        if (peek().kind == Kind.LBRACE) {
            outcomes(payoffs, (int) profiles);
        } else {
            for (int idx = 0; idx < profiles; idx++) {
                for (int i = 0; i < n; i++) {
                    Token t = next();
                    if (t.kind == Kind.EOF) {
                        throw error(t, "file ends after " + (idx * n + i) + " payoffs; expected " + (profiles * n)
                                + " (" + profiles + " profiles x " + n + " players)");
                    }
                    payoffs[i][idx] = number(t, "payoff " + (idx * n + i + 1) + " of " + (profiles * n));
                }
            }
        }
        Token end = peek();
        if (end.kind != Kind.EOF) {
            throw error(end, "unexpected " + describe(end) + " after the payoffs (too many payoffs, or trailing text)");
        }
        return NormalFormGame.of(title, players, actions, payoffs);
    }

    private List<List<String>> strategies(int n) {
        expect(Kind.LBRACE, "'{' opening the strategy list");
        List<List<String>> actions = new ArrayList<>();
        if (peek().kind == Kind.LBRACE) {
            for (int i = 0; i < n; i++) {
                Token open = expect(Kind.LBRACE, "'{' opening player " + (i + 1) + "'s strategy labels");
                List<String> labels = new ArrayList<>();
                while (peek().kind == Kind.STRING) {
                    labels.add(next().text);
                }
                expect(Kind.RBRACE, "a quoted strategy label or '}'");
                if (labels.isEmpty()) {
                    throw error(open, "player " + (i + 1) + " has no strategies");
                }
                actions.add(labels);
            }
        } else {
            for (int i = 0; i < n; i++) {
                Token t = next();
                int k = integer(t, "player " + (i + 1) + "'s strategy count", 1, 1_000_000);
                List<String> labels = new ArrayList<>();
                for (int j = 1; j <= k; j++) {
                    labels.add(Integer.toString(j));
                }
                actions.add(labels);
            }
        }
        Token close = next();
        if (close.kind != Kind.RBRACE) {
            throw error(close, "expected '}' closing the strategy list (one entry per player: " + n + "), found " + describe(close));
        }
        return actions;
    }

    private void outcomes(Rational[][] payoffs, int profiles) {
        int n = payoffs.length;
        expect(Kind.LBRACE, "'{' opening the outcome list");
        List<Rational[]> outcomes = new ArrayList<>();
        while (peek().kind == Kind.LBRACE) {
            Token open = next();
            if (peek().kind == Kind.STRING) {
                next();
            }
            Rational[] v = new Rational[n];
            for (int i = 0; i < n; i++) {
                Token t = next();
                if (t.kind == Kind.RBRACE || t.kind == Kind.EOF) {
                    throw error(t, "outcome " + (outcomes.size() + 1) + " (opened at " + open.line + ":" + open.column
                            + ") has " + i + " payoffs; expected " + n);
                }
                v[i] = number(t, "payoff of player " + (i + 1) + " in outcome " + (outcomes.size() + 1));
            }
            Token close = next();
            if (close.kind != Kind.RBRACE) {
                throw error(close, "outcome " + (outcomes.size() + 1) + " has more than " + n + " payoffs, or is not closed by '}'");
            }
            outcomes.add(v);
        }
        expect(Kind.RBRACE, "'{' opening an outcome or '}' closing the outcome list");
        for (int idx = 0; idx < profiles; idx++) {
            Token t = next();
            if (t.kind == Kind.EOF) {
                throw error(t, "file ends after " + idx + " outcome indices; expected " + profiles + " (one per profile)");
            }
            int o = integer(t, "outcome index", 0, outcomes.size());
            for (int i = 0; i < n; i++) {
                payoffs[i][idx] = o == 0 ? Rational.ZERO : outcomes.get(o - 1)[i];
            }
        }
    }
}
