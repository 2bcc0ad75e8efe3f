package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.linalg.LinearProgram;
import org.equicert.linalg.RationalMatrix;
import org.equicert.number.Rational;

/**
 * The linear remainder of {@link SemialgebraicSolver}: when every remaining condition is affine,
 * exact linear programming decides the set (maximise t with every strict condition ≥ t), finds its
 * implicit equalities (the conditions q ≥ 0 whose maximum is 0) and so its dimension (free
 * unknowns minus the rank of the equalities), with the closure as linear constraints when every
 * substitution was affine. Reference: the implicit-equality characterisation of the affine hull of
 * a polyhedron (A. Schrijver, <i>Theory of Linear and Integer Programming</i>, 1986, §8.2).
 * Complexity: one exact simplex run per condition q ≥ 0 plus one, and two per free unknown for
 * the ends of a non-affine image.
 */
final class LinearRemainder {

    private final SemialgebraicSolver solver;
    private final int k;

    LinearRemainder(SemialgebraicSolver solver, int k) {
        this.solver = solver;
        this.k = k;
    }

    /** Decides the branch by linear programming and adds its piece, if nonempty. */
    void solve(EliminationState s) {
        LinearProgram.Solution best = program(s, Optional.empty(), Rational.ZERO);
        if (best.status() != LinearProgram.Status.OPTIMAL || best.value().signum() <= 0) {
            return;
        }
        Rational t = best.value();
        Rational[] z = Arrays.copyOf(best.point(), k);
        List<MultivariatePolynomial> equalities = new ArrayList<>(s.equations());
        for (MultivariatePolynomial q : s.nonnegative()) {
            LinearProgram.Solution m = program(s, Optional.of(q), t.multiply(Rational.HALF));
            if (m.status() == LinearProgram.Status.OPTIMAL && m.value().signum() == 0) {
                equalities.add(q);
            }
        }
        List<Integer> free = s.freeVariables(k);
        int dimension = free.size() - rank(equalities);
        Rational[] point = s.backSubstitute(z);
        List<MultivariatePolynomial> closure = new ArrayList<>();
        List<MultivariatePolynomial> closureNonneg = new ArrayList<>();
        if (s.affine()) {
            for (EliminationState.Substitution sub : s.substitutions()) {
                closure.add(MultivariatePolynomial.variable(k, sub.variable()).scale(sub.denominator().constantTerm()).subtract(sub.numerator()));
            }
            closure.addAll(s.equations());
            closureNonneg.addAll(s.positive());
            closureNonneg.addAll(s.nonnegative());
        }
        String desc = dimension == 0 ? "a single point"
                : (s.affine() ? "a relatively open polyhedral set of dimension " + dimension
                        : "a connected set of dimension " + dimension + ", the image of a relatively open polyhedron")
                        + solver.describe(s, free, "linear conditions");
        List<Rational[]> boundary = new ArrayList<>();
        if (dimension > 0 && !s.affine()) {
            // the ends of the free unknowns' ranges over the closure, mapped back where defined
            for (int v : free) {
                for (Rational sign : List.of(Rational.ONE, Rational.MINUS_ONE)) {
                    LinearProgram.Solution end = program(s, Optional.of(MultivariatePolynomial.variable(k, v).scale(sign)), Rational.ZERO);
                    if (end.status() == LinearProgram.Status.OPTIMAL) {
                        Optional<Rational[]> e = s.defined(Arrays.copyOf(end.point(), k));
                        if (e.isPresent() && boundary.stream().noneMatch(b -> Arrays.equals(b, e.get()))) {
                            boundary.add(e.get());
                        }
                    }
                }
            }
        }
        solver.add(new SemialgebraicSolver.Piece(dimension, Optional.of(point), EliminationState.points(point), boundary, desc, s.affine(), closure, closureNonneg));
    }

    /** Without objective: max t with every p ≥ t (floor unused). Otherwise: max objective with every p ≥ floor. */
    private LinearProgram.Solution program(EliminationState s, Optional<MultivariatePolynomial> objective, Rational floor) {
        int vars = k + 1;
        LinearProgram.Builder lp = LinearProgram.builder(vars);
        for (MultivariatePolynomial e : s.equations()) {
            lp.constraint(row(e, vars), LinearProgram.Relation.EQUAL, e.constantTerm().negate());
        }
        for (MultivariatePolynomial q : s.nonnegative()) {
            lp.constraint(row(q, vars), LinearProgram.Relation.GREATER_EQUAL, q.constantTerm().negate());
        }
        for (int v = 0; v < k; v++) {
            Rational[] r = new Rational[vars];
            Arrays.fill(r, Rational.ZERO);
            r[v] = Rational.ONE;
            lp.constraint(r, LinearProgram.Relation.LESS_EQUAL, Rational.ONE);
        }
        for (MultivariatePolynomial p : s.positive()) {
            Rational[] r = row(p, vars);
            if (objective.isEmpty()) {
                r[k] = Rational.MINUS_ONE;
                lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, p.constantTerm().negate());
            } else {
                lp.constraint(r, LinearProgram.Relation.GREATER_EQUAL, floor.subtract(p.constantTerm()));
            }
        }
        Rational[] bound = new Rational[vars];
        Arrays.fill(bound, Rational.ZERO);
        bound[k] = Rational.ONE;
        lp.constraint(bound, LinearProgram.Relation.LESS_EQUAL, Rational.ONE);
        if (objective.isEmpty()) {
            lp.maximize(bound);
            return lp.build().solve();
        }
        lp.maximize(row(objective.get(), vars));
        LinearProgram.Solution sol = lp.build().solve();
        if (sol.status() != LinearProgram.Status.OPTIMAL) {
            return sol;
        }
        return new LinearProgram.Solution(sol.status(), sol.point(), sol.value().add(objective.get().constantTerm()));
    }

    private Rational[] row(MultivariatePolynomial p, int vars) {
        Rational[] r = new Rational[vars];
        Arrays.fill(r, Rational.ZERO);
        for (int v = 0; v < k; v++) {
            r[v] = p.coefficient(v, 1).constantTerm();
        }
        return r;
    }

    private int rank(List<MultivariatePolynomial> linear) {
        if (linear.isEmpty()) {
            return 0;
        }
        Rational[][] m = new Rational[linear.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = row(linear.get(r), k);
        }
        return RationalMatrix.of(m).rank();
    }
}
