package org.equicert.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicert.number.Rational;

/**
 * An exact linear program: maximize c·x subject to linear constraints and x ≥ 0, solved by the
 * two-phase simplex method over the rationals with Bland's rule (smallest-index entering and
 * leaving variables), which never cycles.
 *
 * <p>Reference: R. G. Bland, "New finite pivoting rules for the simplex method", Math. Oper. Res.
 * 2 (1977). Built with {@link #builder(int)}; solved by {@link #solve()}.
 *
 * <p>Cost: exponential in the worst case (V. Klee and G. Minty, 1972), typically O(m) pivots
 * of O(m·n) rational operations for m constraints and n variables.
 */
public final class LinearProgram {

    /** The sense of a constraint. */
    public enum Relation {
        /** a·x ≤ b. */
        LESS_EQUAL,
        /** a·x = b. */
        EQUAL,
        /** a·x ≥ b. */
        GREATER_EQUAL
    }

    /** Outcome of solving. */
    public enum Status {
        /** An optimal solution exists and was found. */
        OPTIMAL,
        /** No point satisfies the constraints. */
        INFEASIBLE,
        /** The objective is unbounded above on the feasible set. */
        UNBOUNDED
    }

    /**
     * A solution.
     *
     * @param status optimal, infeasible or unbounded
     * @param point an optimal point when optimal, else null
     * @param value the optimal value when optimal, else null
     */
    public record Solution(Status status, Rational[] point, Rational value) {
        /** Defensive copy. */
        public Solution {
            point = point == null ? null : point.clone();
        }

        /** {@return the point (a copy)} */
        @Override
        public Rational[] point() {
            return point == null ? null : point.clone();
        }
    }

    private record Constraint(Rational[] coefficients, Relation relation, Rational rhs) {
    }

    private final int variables;
    private final Rational[] objective;
    private final List<Constraint> constraints;

    private LinearProgram(int variables, Rational[] objective, List<Constraint> constraints) {
        this.variables = variables;
        this.objective = objective;
        this.constraints = constraints;
    }

    /** {@return a builder for a program over {@code variables} non-negative variables} */
    public static Builder builder(int variables) {
        return new Builder(variables);
    }

    /** Builds a {@link LinearProgram}. */
    public static final class Builder {
        private final int variables;
        private Rational[] objective;
        private final List<Constraint> constraints = new ArrayList<>();

        private Builder(int variables) {
            if (variables < 0) {
                throw new IllegalArgumentException("negative variable count " + variables);
            }
            this.variables = variables;
            this.objective = new Rational[variables];
            Arrays.fill(objective, Rational.ZERO);
        }

        /** Sets the objective to maximize. */
        public Builder maximize(Rational[] c) {
            check(c);
            objective = c.clone();
            return this;
        }

        /** {@return this builder} Adds the constraint a·x (relation) b. */
        public Builder constraint(Rational[] a, Relation relation, Rational b) {
            check(a);
            constraints.add(new Constraint(a.clone(), relation, b));
            return this;
        }

        private void check(Rational[] v) {
            if (v.length != variables) {
                throw new IllegalArgumentException("expected " + variables + " coefficients, got " + v.length);
            }
        }

        /** {@return the program} */
        public LinearProgram build() {
            return new LinearProgram(variables, objective.clone(), List.copyOf(constraints));
        }
    }

    /** Solves the program exactly. */
    public Solution solve() {
        int m = constraints.size();
        int slackCount = 0;
        int artificialCount = 0;
        for (Constraint c : constraints) {
            Relation r = normalizedRelation(c);
            if (r != Relation.EQUAL) {
                slackCount++;
            }
            if (r != Relation.LESS_EQUAL) {
                artificialCount++;
            }
        }
        int n = variables + slackCount + artificialCount;
        int firstArtificial = variables + slackCount;
        Rational[][] t = new Rational[m + 1][n + 1];
        for (Rational[] row : t) {
            Arrays.fill(row, Rational.ZERO);
        }
        int[] basis = new int[m];
        int slack = variables;
        int art = firstArtificial;
        for (int i = 0; i < m; i++) {
            Constraint c = constraints.get(i);
            boolean flip = c.rhs().signum() < 0;
            Relation r = normalizedRelation(c);
            for (int j = 0; j < variables; j++) {
                t[i + 1][j] = flip ? c.coefficients()[j].negate() : c.coefficients()[j];
            }
            t[i + 1][n] = flip ? c.rhs().negate() : c.rhs();
            if (r == Relation.LESS_EQUAL) {
                t[i + 1][slack] = Rational.ONE;
                basis[i] = slack++;
            } else if (r == Relation.GREATER_EQUAL) {
                t[i + 1][slack++] = Rational.MINUS_ONE;
                t[i + 1][art] = Rational.ONE;
                basis[i] = art++;
            } else {
                t[i + 1][art] = Rational.ONE;
                basis[i] = art++;
            }
        }
        // Phase 1: maximize −Σ artificials; objective row holds reduced costs.
        if (artificialCount > 0) {
            for (int j = firstArtificial; j < n; j++) {
                t[0][j] = Rational.ONE;
            }
            for (int i = 0; i < m; i++) {
                if (basis[i] >= firstArtificial) {
                    subtractRow(t, 0, i + 1, Rational.ONE);
                }
            }
            if (!runSimplex(t, basis, n, n)) {
                throw new IllegalStateException("phase 1 cannot be unbounded");
            }
            if (t[0][n].signum() != 0) {
                return new Solution(Status.INFEASIBLE, null, null);
            }
            // Drive artificial variables out of the basis.
            for (int i = 0; i < m; i++) {
                if (basis[i] >= firstArtificial) {
                    for (int j = 0; j < firstArtificial; j++) {
                        if (!t[i + 1][j].isZero()) {
                            pivot(t, basis, i + 1, j, n);
                            break;
                        }
                    }
                }
            }
        }
        // Phase 2: objective row = −c (maximize), made consistent with the basis.
        Arrays.fill(t[0], Rational.ZERO);
        for (int j = 0; j < variables; j++) {
            t[0][j] = objective[j].negate();
        }
        for (int i = 0; i < m; i++) {
            int b = basis[i];
            if (b < n && !t[0][b].isZero()) {
                subtractRow(t, 0, i + 1, t[0][b]);
            }
        }
        if (!runSimplex(t, basis, firstArtificial, n)) {
            return new Solution(Status.UNBOUNDED, null, null);
        }
        Rational[] x = new Rational[variables];
        Arrays.fill(x, Rational.ZERO);
        for (int i = 0; i < m; i++) {
            if (basis[i] < variables) {
                x[basis[i]] = t[i + 1][n];
            }
        }
        return new Solution(Status.OPTIMAL, x, t[0][n]);
    }

    private static Relation normalizedRelation(Constraint c) {
        if (c.rhs().signum() >= 0 || c.relation() == Relation.EQUAL) {
            return c.relation();
        }
        return c.relation() == Relation.LESS_EQUAL ? Relation.GREATER_EQUAL : Relation.LESS_EQUAL;
    }

    /** Simplex iterations with Bland's rule over columns below {@code allowed}; false if unbounded. */
    private static boolean runSimplex(Rational[][] t, int[] basis, int allowed, int rhs) {
        int m = basis.length;
        while (true) {
            int enter = -1;
            for (int j = 0; j < allowed; j++) {
                if (t[0][j].signum() < 0) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            Rational best = null;
            for (int i = 0; i < m; i++) {
                Rational a = t[i + 1][enter];
                if (a.signum() > 0) {
                    Rational ratio = t[i + 1][rhs].divide(a);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave + 1, enter, rhs);
        }
    }

    private static void pivot(Rational[][] t, int[] basis, int row, int col, int rhs) {
        Rational inv = t[row][col].reciprocal();
        for (int j = 0; j <= rhs; j++) {
            t[row][j] = t[row][j].multiply(inv);
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && !t[i][col].isZero()) {
                subtractRow(t, i, row, t[i][col]);
            }
        }
        basis[row - 1] = col;
    }

    private static void subtractRow(Rational[][] t, int target, int source, Rational factor) {
        Rational f = factor;
        for (int j = 0; j < t[target].length; j++) {
            if (!t[source][j].isZero()) {
                t[target][j] = t[target][j].subtract(f.multiply(t[source][j]));
            }
        }
    }
}
