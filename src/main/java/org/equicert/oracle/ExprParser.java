package org.equicert.oracle;

import java.util.ArrayList;
import java.util.List;
import org.equicert.input.InputLimits;
import org.equicert.input.LimitExceededException;
import org.equicert.number.Rational;

/**
 * Parses strategy expressions.
 *
 * <pre>
 * expr  := 'if' sum cmp sum 'then' expr 'else' expr | sum        cmp := '&gt;' | '&gt;=' | '&lt;' | '&lt;='
 * sum   := prod (('+' | '-') prod)*
 * prod  := unary (('*' | '/') unary)*          (one side of '*' and the divisor must be constant)
 * unary := '-' unary | atom
 * atom  := number | 'P' '(' name '=' name ')' | 'min' '(' expr, ... ')' | 'max' '(' expr, ... ')'
 *        | 'clamp' '(' expr ',' expr ',' expr ')' | '(' expr ')'
 * name  := letters, digits, '_', '@', '.'   or   'any text' in single quotes
 * </pre>
 *
 * Numbers are integers or decimals, read exactly; {@code 1/3} is a division of constants.
 * {@code if} may only stand for the whole expression or for a branch of another {@code if}: it is
 * a threshold query whose answer decides the output.
 */
public final class ExprParser {

    /** Resolves names to 0-based indices, or returns -1. */
    public interface Names {
        /** The player's index, or -1. */
        int player(String name);

        /** The output's index for that player, or -1. */
        int output(int player, String name);

        /** The player's outputs, for messages. */
        List<String> outputs(int player);
    }

    private final String text;
    private final Names names;
    private int pos;
    private int depth;

    private ExprParser(String text, Names names) {
        this.text = text;
        this.names = names;
    }

    /**
     * Parses a whole expression.
     *
     * @throws ExprSyntaxException with the offset of the problem
     */
    public static Expr parse(String text, Names names) {
        ExprParser p = new ExprParser(text, names);
        Expr e = p.expr();
        p.skip();
        if (p.pos < text.length()) {
            throw new ExprSyntaxException(p.pos, "unexpected '" + text.charAt(p.pos) + "' after a complete expression");
        }
        checkTail(e, true);
        return e;
    }

    private static void checkTail(Expr e, boolean tail) {
        if (e instanceof Expr.If f) {
            if (!tail) {
                throw new ExprSyntaxException(f.offset(), "'if' may only be the whole expression or a branch of another 'if'"
                        + " (a threshold query decides the output; combine values inside the branches instead)");
            }
            checkTail(f.left(), false);
            checkTail(f.right(), false);
            checkTail(f.then(), true);
            checkTail(f.otherwise(), true);
        } else if (e instanceof Expr.Add a) {
            checkTail(a.a(), false);
            checkTail(a.b(), false);
        } else if (e instanceof Expr.Scale s) {
            checkTail(s.a(), false);
        } else if (e instanceof Expr.Min m) {
            m.args().forEach(x -> checkTail(x, false));
        } else if (e instanceof Expr.Max m) {
            m.args().forEach(x -> checkTail(x, false));
        }
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(String s) {
        skip();
        return text.startsWith(s, pos);
    }

    private boolean peekWord(String w) {
        skip();
        if (!text.startsWith(w, pos)) {
            return false;
        }
        int end = pos + w.length();
        return end >= text.length() || !isNameChar(text.charAt(end));
    }

    private void expect(String s) {
        skip();
        if (!text.startsWith(s, pos)) {
            throw new ExprSyntaxException(pos, pos >= text.length() ? "expected '" + s + "' but the expression ended"
                    : "expected '" + s + "' at '" + excerpt() + "'");
        }
        pos += s.length();
    }

    private String excerpt() {
        return text.substring(pos, Math.min(text.length(), pos + 12));
    }

    /**
     * Counts one more level of the expression tree being built; the limit keeps the parser and
     * every later recursive walk of the tree within the stack.
     */
    private void enter(int at) {
        depth++;
        if (depth > InputLimits.MAX_NESTING_DEPTH) {
            throw new ExprSyntaxException(at, "expression nested too deep: more than " + InputLimits.MAX_NESTING_DEPTH
                    + " levels of parentheses, if, min/max/clamp, unary minus or chained operators (limit on nesting depth;"
                    + " split the expression)");
        }
    }

    private Expr expr() {
        enter(pos);
        Expr e = condition();
        depth--;
        return e;
    }

    private Expr condition() {
        if (peekWord("if")) {
            int start = pos;
            pos += 2;
            Expr left = sum();
            skip();
            boolean greater;
            if (text.startsWith(">=", pos) || text.startsWith("<=", pos)) {
                greater = text.charAt(pos) == '>';
                pos += 2;
            } else if (pos < text.length() && (text.charAt(pos) == '>' || text.charAt(pos) == '<')) {
                greater = text.charAt(pos) == '>';
                pos += 1;
            } else {
                throw new ExprSyntaxException(pos, "expected a comparison (>, >=, <, <=) after the condition's left side");
            }
            Expr right = sum();
            if (!peekWord("then")) {
                throw new ExprSyntaxException(pos, "expected 'then'");
            }
            pos += 4;
            Expr a = expr();
            if (!peekWord("else")) {
                throw new ExprSyntaxException(pos, "expected 'else' (every 'if' needs both branches)");
            }
            pos += 4;
            Expr b = expr();
            return new Expr.If(left, greater, right, a, b, start);
        }
        return sum();
    }

    private Expr sum() {
        int saved = depth;
        Expr e = prod();
        while (true) {
            skip();
            if (peek("+")) {
                enter(pos);
                pos++;
                e = fold(new Expr.Add(e, prod()));
            } else if (peek("-")) {
                enter(pos);
                pos++;
                e = fold(new Expr.Add(e, new Expr.Scale(Rational.MINUS_ONE, prod())));
            } else {
                depth = saved;
                return e;
            }
        }
    }

    private Expr prod() {
        int saved = depth;
        Expr e = unary();
        while (true) {
            skip();
            int at = pos;
            if (peek("*") || peek("/")) {
                enter(at);
            }
            if (peek("*")) {
                pos++;
                Expr r = unary();
                if (e instanceof Expr.Const c) {
                    e = fold(new Expr.Scale(c.value(), r));
                } else if (r instanceof Expr.Const c) {
                    e = fold(new Expr.Scale(c.value(), e));
                } else {
                    throw new ExprSyntaxException(at, "a product of two non-constant terms is not piecewise-linear");
                }
            } else if (peek("/")) {
                pos++;
                Expr r = unary();
                if (!(r instanceof Expr.Const c)) {
                    throw new ExprSyntaxException(at, "only division by a constant is piecewise-linear");
                }
                if (c.value().isZero()) {
                    throw new ExprSyntaxException(at, "division by zero");
                }
                e = fold(new Expr.Scale(c.value().reciprocal(), e));
            } else {
                depth = saved;
                return e;
            }
        }
    }

    private static Expr fold(Expr e) {
        if (e instanceof Expr.Scale s && s.a() instanceof Expr.Const c) {
            return new Expr.Const(s.c().multiply(c.value()));
        }
        if (e instanceof Expr.Add a && a.a() instanceof Expr.Const x && a.b() instanceof Expr.Const y) {
            return new Expr.Const(x.value().add(y.value()));
        }
        return e;
    }

    private Expr unary() {
        if (peek("-")) {
            enter(pos);
            pos++;
            Expr e = fold(new Expr.Scale(Rational.MINUS_ONE, unary()));
            depth--;
            return e;
        }
        return atom();
    }

    private Expr atom() {
        skip();
        if (pos >= text.length()) {
            throw new ExprSyntaxException(pos, "the expression ended where a value was expected");
        }
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            try {
                return new Expr.Const(InputLimits.parseNumber(text.substring(start, pos)));
            } catch (LimitExceededException e) {
                throw new ExprSyntaxException(start, e.getMessage());
            } catch (RuntimeException e) {
                throw new ExprSyntaxException(start, "'" + text.substring(start, pos) + "' is not a number");
            }
        }
        if (c == '(') {
            pos++;
            Expr e = expr();
            expect(")");
            return e;
        }
        if (peekWord("P")) {
            pos++;
            expect("(");
            skip();
            int at = pos;
            String player = name();
            int p = names.player(player);
            if (p < 0) {
                throw new ExprSyntaxException(at, "no player named '" + player + "'");
            }
            expect("=");
            skip();
            int oat = pos;
            String output = name();
            int o = names.output(p, output);
            if (o < 0) {
                throw new ExprSyntaxException(oat, "player '" + player + "' has no output '" + output + "' (its outputs: "
                        + String.join(", ", names.outputs(p)) + ")");
            }
            expect(")");
            return new Expr.Prob(p, o);
        }
        for (String f : new String[] {"min", "max", "clamp"}) {
            if (peekWord(f)) {
                int at = pos;
                pos += f.length();
                expect("(");
                List<Expr> args = new ArrayList<>();
                args.add(expr());
                while (peek(",")) {
                    pos++;
                    args.add(expr());
                }
                expect(")");
                if (f.equals("clamp")) {
                    if (args.size() != 3) {
                        throw new ExprSyntaxException(at, "clamp takes three arguments: clamp(value, low, high)");
                    }
                    return new Expr.Min(List.of(new Expr.Max(List.of(args.get(0), args.get(1))), args.get(2)));
                }
                if (args.size() < 2) {
                    throw new ExprSyntaxException(at, f + " needs at least two arguments");
                }
                return f.equals("min") ? new Expr.Min(args) : new Expr.Max(args);
            }
        }
        throw new ExprSyntaxException(pos, "unexpected '" + excerpt() + "': expected a number, P(player=output), min, max, clamp, if or '('");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '.' || c == '-';
    }

    private String name() {
        skip();
        if (pos < text.length() && text.charAt(pos) == '\'') {
            int end = text.indexOf('\'', pos + 1);
            if (end < 0) {
                throw new ExprSyntaxException(pos, "unterminated quoted name");
            }
            String n = text.substring(pos + 1, end);
            pos = end + 1;
            return n;
        }
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos)) && text.charAt(pos) != '-') {
            pos++;
        }
        if (start == pos) {
            throw new ExprSyntaxException(pos, "expected a name");
        }
        return text.substring(start, pos);
    }
}
