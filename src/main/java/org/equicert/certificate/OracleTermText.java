package org.equicert.certificate;

import java.math.BigInteger;
import java.util.Set;
import java.util.function.Function;
import org.equicert.number.Rational;

/**
 * The text form of {@link OracleTerm}: the checker's strict parser (single spaces, numerals in
 * lowest terms, exactly the grammar in {@link OracleTerm}'s Javadoc) and the printer that inverts
 * it. Recursive descent; linear time in the text; depth limited to {@link OracleTerm#MAX_DEPTH}.
 */
final class OracleTermText {

    private final String text;
    private final int[] outputs;
    private int pos;

    private OracleTermText(String text, int[] outputs) {
        this.text = text;
        this.outputs = outputs.clone();
    }

    static OracleTerm parse(String text, int[] outputs) {
        OracleTermText t = new OracleTermText(text, outputs);
        OracleTerm term = t.term(0);
        if (t.pos != text.length()) {
            throw t.error("unexpected text");
        }
        return term;
    }

    static void append(StringBuilder sb, OracleTerm term, Function<OracleTerm.Var, String> variables) {
        if (term instanceof OracleTerm.Num n) {
            sb.append(n.value().toSmtLib());
        } else if (term instanceof OracleTerm.Var v) {
            sb.append(variables.apply(v));
        } else if (term instanceof OracleTerm.Add a) {
            sb.append("(+ ");
            append(sb, a.left(), variables);
            sb.append(' ');
            append(sb, a.right(), variables);
            sb.append(')');
        } else if (term instanceof OracleTerm.Scale s) {
            sb.append("(* ").append(s.factor().toSmtLib()).append(' ');
            append(sb, s.term(), variables);
            sb.append(')');
        } else {
            OracleTerm.Ite i = (OracleTerm.Ite) term;
            OracleTerm.Condition c = i.condition();
            sb.append("(ite (").append(c.comparison().symbol()).append(' ');
            append(sb, c.left(), variables);
            sb.append(' ');
            append(sb, c.right(), variables);
            sb.append(") ");
            append(sb, i.then(), variables);
            sb.append(' ');
            append(sb, i.otherwise(), variables);
            sb.append(')');
        }
    }

    static void players(OracleTerm term, Set<Integer> into) {
        if (term instanceof OracleTerm.Var v) {
            into.add(v.player());
        } else if (term instanceof OracleTerm.Add a) {
            players(a.left(), into);
            players(a.right(), into);
        } else if (term instanceof OracleTerm.Scale s) {
            players(s.term(), into);
        } else if (term instanceof OracleTerm.Ite i) {
            players(i.condition().left(), into);
            players(i.condition().right(), into);
            players(i.then(), into);
            players(i.otherwise(), into);
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + pos);
    }

    private boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    private void expect(String s) {
        if (!lookingAt(s)) {
            throw error("expected '" + s + "'");
        }
        pos += s.length();
    }

    private OracleTerm term(int depth) {
        if (depth > OracleTerm.MAX_DEPTH) {
            throw error("term nested deeper than " + OracleTerm.MAX_DEPTH);
        }
        if (lookingAt("x_")) {
            return variable();
        }
        if (lookingAt("(+ ")) {
            pos += 3;
            OracleTerm left = term(depth + 1);
            expect(" ");
            OracleTerm right = term(depth + 1);
            expect(")");
            return new OracleTerm.Add(left, right);
        }
        if (lookingAt("(* ")) {
            pos += 3;
            Rational factor = number();
            expect(" ");
            OracleTerm t = term(depth + 1);
            expect(")");
            return new OracleTerm.Scale(factor, t);
        }
        if (lookingAt("(ite ")) {
            pos += 5;
            OracleTerm.Condition c = condition(depth + 1);
            expect(" ");
            OracleTerm then = term(depth + 1);
            expect(" ");
            OracleTerm otherwise = term(depth + 1);
            expect(")");
            return new OracleTerm.Ite(c, then, otherwise);
        }
        return new OracleTerm.Num(number());
    }

    private OracleTerm.Condition condition(int depth) {
        for (OracleTerm.Comparison c : OracleTerm.Comparison.values()) {
            if (lookingAt("(" + c.symbol() + " ")) {
                pos += c.symbol().length() + 2;
                OracleTerm left = term(depth + 1);
                if (c.signTest()) {
                    expect(" 0.0)");
                    return new OracleTerm.Condition(c, left, new OracleTerm.Num(Rational.ZERO));
                }
                expect(" ");
                OracleTerm right = term(depth + 1);
                expect(")");
                return new OracleTerm.Condition(c, left, right);
            }
        }
        throw error("expected a comparison");
    }

    /** A numeral of the grammar, which must be the canonical text of the rational it denotes. */
    private Rational number() {
        int start = pos;
        boolean negative = lookingAt("(- ");
        if (negative) {
            pos += 3;
        }
        BigInteger numerator;
        BigInteger denominator = BigInteger.ONE;
        if (lookingAt("(/ ")) {
            pos += 3;
            numerator = decimal();
            expect(" ");
            denominator = decimal();
            expect(")");
        } else {
            numerator = decimal();
        }
        if (negative) {
            expect(")");
        }
        String written = text.substring(start, pos);
        if (denominator.signum() == 0) {
            pos = start;
            throw error("the numeral " + written + " divides by zero");
        }
        Rational value = Rational.of(negative ? numerator.negate() : numerator, denominator);
        if (!value.toSmtLib().equals(written)) {
            pos = start;
            throw error("the numeral " + written + " is not in lowest terms with its sign outside (write " + value.toSmtLib() + ")");
        }
        return value;
    }

    private BigInteger decimal() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start || (text.charAt(start) == '0' && pos - start > 1)) {
            throw error("expected a numeral");
        }
        BigInteger value = new BigInteger(text.substring(start, pos));
        expect(".0");
        return value;
    }

    private OracleTerm.Var variable() {
        pos += 2;
        int p = index();
        expect("_");
        int o = index();
        if (p >= outputs.length || o >= outputs[p]) {
            throw error("x_" + p + "_" + o + " names no player's output");
        }
        return new OracleTerm.Var(p, o);
    }

    private int index() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9' && pos - start < 6) {
            pos++;
        }
        if (pos == start || (text.charAt(start) == '0' && pos - start > 1)) {
            throw error("expected an index");
        }
        return Integer.parseInt(text.substring(start, pos));
    }
}
