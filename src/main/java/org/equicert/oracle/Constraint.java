package org.equicert.oracle;

import java.util.Arrays;
import java.util.List;
import org.equicert.linalg.LinearProgram;
import org.equicert.number.Rational;

/**
 * A linear constraint a·x (sense) b over the game's probability variables.
 *
 * @param a coefficients
 * @param sense ≤, = or ≥
 * @param b right-hand side
 */
public record Constraint(Rational[] a, Sense sense, Rational b) {

    /** The sense of a constraint. */
    public enum Sense { LE, EQ, GE }

    /** Defensive copy. */
    public Constraint {
        a = a.clone();
    }

    @Override
    public Rational[] a() {
        return a.clone();
    }

    /** True when x satisfies the constraint exactly. */
    public boolean holds(Rational[] x) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].isZero()) {
                s = s.add(a[i].multiply(x[i]));
            }
        }
        int c = s.compareTo(b);
        return switch (sense) {
            case LE -> c <= 0;
            case EQ -> c == 0;
            case GE -> c >= 0;
        };
    }

    /** Coefficient i (no copy). */
    Rational coefficient(int i) {
        return a[i];
    }

    /** A linear program over the constraints (its variables are non-negative). */
    static LinearProgram.Builder program(int variables, List<Constraint> constraints) {
        LinearProgram.Builder b = LinearProgram.builder(variables);
        for (Constraint c : constraints) {
            LinearProgram.Relation r = switch (c.sense) {
                case LE -> LinearProgram.Relation.LESS_EQUAL;
                case EQ -> LinearProgram.Relation.EQUAL;
                case GE -> LinearProgram.Relation.GREATER_EQUAL;
            };
            b.constraint(c.a, r, c.b);
        }
        return b;
    }

    /** Whether the constraints (with x ≥ 0) have a solution, by exact simplex. */
    static boolean feasible(int variables, List<Constraint> constraints) {
        return program(variables, constraints).build().solve().status() == LinearProgram.Status.OPTIMAL;
    }

    /** An optimal point maximizing f (with x ≥ 0), or null if infeasible. */
    static Rational[] argmax(int variables, List<Constraint> constraints, Affine f) {
        LinearProgram.Solution s = program(variables, constraints).maximize(f.coefficients()).build().solve();
        return s.status() == LinearProgram.Status.OPTIMAL ? s.point() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Constraint c && Arrays.equals(a, c.a) && sense == c.sense && b.equals(c.b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(a) * 31 + sense.hashCode() * 7 + b.hashCode();
    }
}
