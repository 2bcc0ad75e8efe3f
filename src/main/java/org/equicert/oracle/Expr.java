package org.equicert.oracle;

import java.util.List;
import java.util.Set;
import org.equicert.number.Rational;

/**
 * A piecewise-linear expression in the output probabilities of other players: the language of
 * strategy maps in oracle games. Built by {@link ExprParser}; immutable.
 */
public sealed interface Expr {

    /** The players whose output probabilities the expression reads. */
    void queried(Set<Integer> into);

    /** True when the expression reads no probability. */
    default boolean isConstant() {
        return this instanceof Const;
    }

    /** A rational constant. */
    record Const(Rational value) implements Expr {
        @Override
        public void queried(Set<Integer> into) {
        }
    }

    /** P(player = output), both 0-based. */
    record Prob(int player, int output) implements Expr {
        @Override
        public void queried(Set<Integer> into) {
            into.add(player);
        }
    }

    /** a + b. */
    record Add(Expr a, Expr b) implements Expr {
        @Override
        public void queried(Set<Integer> into) {
            a.queried(into);
            b.queried(into);
        }
    }

    /** c · a for a constant c. */
    record Scale(Rational c, Expr a) implements Expr {
        @Override
        public void queried(Set<Integer> into) {
            a.queried(into);
        }
    }

    /** The least of the arguments. */
    record Min(List<Expr> args) implements Expr {
        /** Copies. */
        public Min {
            args = List.copyOf(args);
        }

        @Override
        public void queried(Set<Integer> into) {
            args.forEach(a -> a.queried(into));
        }
    }

    /** The greatest of the arguments. */
    record Max(List<Expr> args) implements Expr {
        /** Copies. */
        public Max {
            args = List.copyOf(args);
        }

        @Override
        public void queried(Set<Integer> into) {
            args.forEach(a -> a.queried(into));
        }
    }

    /**
     * {@code if left > right then a else b} (an oracle threshold query). {@code greater} is false
     * for {@code <} and {@code <=}. At equality the oracle may answer either way, so the player may
     * randomize between the branches; {@code >} and {@code >=} therefore mean the same.
     *
     * @param offset where the {@code if} starts in the source text (for messages)
     */
    record If(Expr left, boolean greater, Expr right, Expr then, Expr otherwise, int offset) implements Expr {
        @Override
        public void queried(Set<Integer> into) {
            left.queried(into);
            right.queried(into);
            then.queried(into);
            otherwise.queried(into);
        }

        /** The condition as "c ≥ 0 selects then": c = left − right, or right − left for {@code <}. */
        public Expr condition() {
            Expr l = greater ? left : right;
            Expr r = greater ? right : left;
            return new Add(l, new Scale(Rational.MINUS_ONE, r));
        }
    }
}
