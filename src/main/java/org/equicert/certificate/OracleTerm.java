package org.equicert.certificate;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.equicert.number.Rational;

/**
 * A bound term of an oracle game stated in an {@code oracle-spo} claim: a typed tree of exactly the
 * checker's grammar, so nothing but a well-formed linear-arithmetic term over the game's variables
 * can reach the SMT-LIB.
 *
 * <pre>
 * term ::= num | x_P_O | (+ term term) | (* num term) | (ite cond term term)
 * cond ::= (&gt; term 0.0) | (&lt; term 0.0) | (&lt;= term term) | (&gt;= term term)
 * num  ::= D.0 | (/ D.0 D.0) | (- D.0) | (- (/ D.0 D.0))       D: digits without leading zeros
 * </pre>
 *
 * <p>Its text ({@link #smtLib()}, the form on a certificate's data line) is written with single
 * spaces and numerals in lowest terms ({@link Rational#toSmtLib()}); {@link #parse} accepts exactly
 * those texts, so {@code parse(t.smtLib()).equals(t)} and {@code parse(s).smtLib().equals(s)}.
 * Immutable. Nesting is limited to {@link #MAX_DEPTH} when parsing.
 */
public sealed interface OracleTerm permits OracleTerm.Num, OracleTerm.Var, OracleTerm.Add, OracleTerm.Scale, OracleTerm.Ite {

    /** The deepest nesting {@link #parse} accepts. */
    int MAX_DEPTH = 2_000;

    /** A rational constant. */
    record Num(Rational value) implements OracleTerm {
        /** @throws NullPointerException if the value is null */
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The probability {@code x_P_O} that player P (0-based) gives output O (0-based). */
    record Var(int player, int output) implements OracleTerm {
        /** @throws IllegalArgumentException if an index is negative */
        public Var {
            if (player < 0 || output < 0) {
                throw new IllegalArgumentException("a variable needs non-negative indices, got x_" + player + "_" + output);
            }
        }

        /** Its SMT-LIB name, {@code x_P_O}. */
        public String name() {
            return "x_" + player + "_" + output;
        }
    }

    /** {@code (+ left right)}. */
    record Add(OracleTerm left, OracleTerm right) implements OracleTerm {
        /** @throws NullPointerException if a summand is null */
        public Add {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code (* factor term)}. */
    record Scale(Rational factor, OracleTerm term) implements OracleTerm {
        /** @throws NullPointerException if a part is null */
        public Scale {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(term, "term");
        }
    }

    /** {@code (ite condition then otherwise)}. */
    record Ite(Condition condition, OracleTerm then, OracleTerm otherwise) implements OracleTerm {
        /** @throws NullPointerException if a part is null */
        public Ite {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(then, "then");
            Objects.requireNonNull(otherwise, "otherwise");
        }
    }

    /** A comparison, the condition of an {@link Ite}. */
    record Condition(Comparison comparison, OracleTerm left, OracleTerm right) {
        /**
         * @throws IllegalArgumentException if a sign test ({@code >}, {@code <}) does not compare
         *     with the numeral 0
         */
        public Condition {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (comparison.signTest() && !right.equals(new Num(Rational.ZERO))) {
                throw new IllegalArgumentException("the sign test '" + comparison.symbol() + "' compares with 0.0, got " + right.smtLib());
            }
        }
    }

    /** The relations a {@link Condition} may use. */
    enum Comparison {
        /** {@code (> t 0.0)}. */
        POSITIVE(">"),
        /** {@code (< t 0.0)}. */
        NEGATIVE("<"),
        /** {@code (<= a b)}. */
        AT_MOST("<="),
        /** {@code (>= a b)}. */
        AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** The SMT-LIB relation symbol. */
        public String symbol() {
            return symbol;
        }

        /** True for the sign tests, whose right side is always 0. */
        public boolean signTest() {
            return this == POSITIVE || this == NEGATIVE;
        }
    }

    /** The SMT-LIB text of this term with its variables named {@code x_P_O}. O(size). */
    default String smtLib() {
        return render(Var::name);
    }

    /**
     * The SMT-LIB text of this term with each variable written as {@code variables} says (a
     * renamed variable or a numeral). O(size).
     */
    default String render(Function<Var, String> variables) {
        StringBuilder sb = new StringBuilder();
        OracleTermText.append(sb, this, variables);
        return sb.toString();
    }

    /** The players whose variables occur in this term, ascending. O(size). */
    default Set<Integer> players() {
        Set<Integer> players = new TreeSet<>();
        OracleTermText.players(this, players);
        return players;
    }

    /**
     * Parses a term of the grammar over players with the given output counts. Linear time.
     *
     * @throws IllegalArgumentException naming the offset of the first deviation: text outside the
     *     grammar, a numeral not in lowest terms or dividing by zero, a variable naming no
     *     player's output, or nesting deeper than {@link #MAX_DEPTH}
     */
    static OracleTerm parse(String text, int[] outputs) {
        return OracleTermText.parse(text, outputs);
    }

    /** Why the text is not a term of the grammar over these output counts, or empty if it is one. */
    static Optional<String> problem(String text, int[] outputs) {
        try {
            parse(text, outputs);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
