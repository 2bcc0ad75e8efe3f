package org.equicert.certificate;

import java.util.Optional;

/**
 * The checker's strict grammar for the bound terms of an oracle game stated in an
 * {@code oracle-spo} claim. Those terms are pasted into the SMT-LIB, so the checker accepts only
 * terms of exactly this shape, written with single spaces as equicert writes them:
 *
 * <pre>
 * term ::= num | x_P_O | (+ term term) | (* num term) | (ite cond term term)
 * cond ::= (&gt; term 0.0) | (&lt; term 0.0) | (&lt;= term term) | (&gt;= term term)
 * num  ::= D.0 | (/ D.0 D.0) | (- D.0) | (- (/ D.0 D.0))       D: digits without leading zeros
 * </pre>
 *
 * A term that parses is one well-formed SMT-LIB term over the game's variables: it cannot close
 * the surrounding assertion or add commands. Linear time; nesting is limited to {@link #MAX_DEPTH}.
 */
final class OracleTerm {

    /** The deepest nesting accepted. */
    static final int MAX_DEPTH = 2_000;

    private final String text;
    private final int players;
    private final int[] outputs;
    private int pos;

    private OracleTerm(String text, int[] outputs) {
        this.text = text;
        this.players = outputs.length;
        this.outputs = outputs.clone();
    }

    /**
     * Why the text is not a term of the grammar over players with the given output counts, or
     * empty if it is one.
     */
    static Optional<String> problem(String text, int[] outputs) {
        OracleTerm t = new OracleTerm(text, outputs);
        try {
            t.term(0);
            if (t.pos != text.length()) {
                return Optional.of("unexpected text at offset " + t.pos);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
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

    private void term(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("term nested deeper than " + MAX_DEPTH);
        }
        if (lookingAt("x_")) {
            variable();
        } else if (lookingAt("(+ ")) {
            pos += 3;
            term(depth + 1);
            expect(" ");
            term(depth + 1);
            expect(")");
        } else if (lookingAt("(* ")) {
            pos += 3;
            number();
            expect(" ");
            term(depth + 1);
            expect(")");
        } else if (lookingAt("(ite ")) {
            pos += 5;
            condition(depth + 1);
            expect(" ");
            term(depth + 1);
            expect(" ");
            term(depth + 1);
            expect(")");
        } else {
            number();
        }
    }

    private void condition(int depth) {
        if (lookingAt("(> ") || lookingAt("(< ")) {
            pos += 3;
            term(depth + 1);
            expect(" 0.0)");
        } else if (lookingAt("(<= ") || lookingAt("(>= ")) {
            pos += 4;
            term(depth + 1);
            expect(" ");
            term(depth + 1);
            expect(")");
        } else {
            throw error("expected a comparison");
        }
    }

    private void number() {
        if (lookingAt("(- ")) {
            pos += 3;
            unsigned();
            expect(")");
        } else {
            unsigned();
        }
    }

    private void unsigned() {
        if (lookingAt("(/ ")) {
            pos += 3;
            decimal();
            expect(" ");
            decimal();
            expect(")");
        } else {
            decimal();
        }
    }

    private void decimal() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos == start || (text.charAt(start) == '0' && pos - start > 1)) {
            throw error("expected a numeral");
        }
        expect(".0");
    }

    private void variable() {
        pos += 2;
        int p = index();
        expect("_");
        int o = index();
        if (p >= players || o >= outputs[p]) {
            throw error("x_" + p + "_" + o + " names no player's output");
        }
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
