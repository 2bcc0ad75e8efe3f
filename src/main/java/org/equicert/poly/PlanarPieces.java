package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.equicert.number.UnivariatePolynomial;

/**
 * The branches of {@link SemialgebraicSolver} left with two free unknowns that elimination, root
 * isolation and Krawczyk boxes did not decide: decided exactly by {@link PlanarDecomposition}, and
 * each connected component mapped back to all k unknowns through the branch's substitutions. A point
 * becomes an exact point or an isolating box; a component of positive dimension becomes a piece with
 * a rational witness, or, when the component has no rational point that the decomposition's samples
 * reach (for example a segment at an irrational value of one unknown), a piece with an exact
 * witness in Q(θ) ({@link AlgebraicPoint}: one coordinate rational, the other θ, the eliminated
 * ones in Q(θ) by back-substitution), else an undecided case that states the set exactly. Cost: that of the decomposition plus one back-substitution per component.
 *
 * <p>Reference: as {@link PlanarDecomposition}.
 */
final class PlanarPieces {

    private final SemialgebraicSolver solver;
    private final int k;

    PlanarPieces(SemialgebraicSolver solver, int k) {
        this.solver = solver;
        this.k = k;
    }

    /** Decides the branch in its two free unknowns {@code free} and adds its pieces or an undecided reason. */
    void solve(EliminationState s, List<Integer> free) {
        int x = free.get(0);
        int y = free.get(1);
        PlanarDecomposition cad = new PlanarDecomposition(bivariate(s.equations(), x, y), bivariate(s.positive(), x, y),
                bivariate(s.nonnegative(), x, y));
        List<String> refusal = new ArrayList<>();
        Optional<List<PlanarDecomposition.Component>> components;
        try {
            components = cad.decide(refusal);
        } catch (ArithmeticException e) {
            solver.undecided("the planar decomposition in " + solver.nameList(free) + " failed: " + e.getMessage());
            return;
        }
        if (components.isEmpty()) {
            solver.undecided(refusal.get(0));
            return;
        }
        String names = solver.nameList(free);
        for (PlanarDecomposition.Component c : components.get()) {
            Rational[] z = new Rational[k];
            Arrays.fill(z, Rational.ZERO);
            if (c.point().isPresent()) {
                z[x] = c.point().get()[0];
                z[y] = c.point().get()[1];
                Rational[] point = s.backSubstitute(z);
                String desc = c.dimension() == 0 ? "a single point (planar decomposition)"
                        : "a connected set of dimension " + c.dimension() + " in " + names + " with " + solver.name(x) + " in " + c.xRange()
                                + " (planar cylindrical decomposition, " + cells(c.cells()) + ")";
                solver.add(new SemialgebraicSolver.Piece(c.dimension(), Optional.of(point), EliminationState.points(point), List.of(),
                        desc + solver.describe(s, free, "the polynomial conditions"), false, List.of(), List.of()));
                continue;
            }
            String witness = solver.name(x) + " = " + c.x() + ", " + solver.name(y) + " = "
                    + c.y().map(Object::toString).orElse("a root in " + c.box()[1]);
            if (c.dimension() > 0) {
                Optional<AlgebraicPoint> algebraic = algebraicPoint(s, c, x, y);
                if (algebraic.isPresent()) {
                    solver.add(new SemialgebraicSolver.Piece(c.dimension(), Optional.empty(), new RationalInterval[0], List.of(),
                            "a connected set of dimension " + c.dimension() + " in " + names + " with " + solver.name(x) + " in " + c.xRange()
                                    + " and no rational point (planar cylindrical decomposition, " + cells(c.cells()) + "; exact witness " + witness
                                    + ")" + solver.describe(s, free, conditions(s)),
                            false, List.of(), List.of(), algebraic));
                    continue;
                }
                solver.undecided("a connected set of dimension " + c.dimension() + " in " + names + " without a rational point found (exact witness "
                        + witness + "); a continuum needs a rational witness");
                continue;
            }
            RationalInterval[] box = new RationalInterval[k];
            Arrays.fill(box, RationalInterval.point(Rational.ZERO));
            box[x] = c.box()[0];
            box[y] = c.box()[1];
            if (s.enclose(box)) {
                solver.add(new SemialgebraicSolver.Piece(0, Optional.empty(), box, List.of(),
                        "an isolated irrational point (planar decomposition; the box holds no other solution): " + witness + solver.describe(s),
                        false, List.of(), List.of()));
            } else {
                solver.undecided("an irrational point whose eliminated coordinates could not be enclosed");
            }
        }
    }

    /**
     * The component's witness (x, y) with one coordinate rational and the other θ, mapped back to all
     * k unknowns in Q(θ) through the branch's substitutions; empty when both are irrational or a
     * denominator vanishes.
     */
    private Optional<AlgebraicPoint> algebraicPoint(EliminationState s, PlanarDecomposition.Component c, int x, int y) {
        if (c.y().isEmpty() || !c.x().isRational() && !c.y().get().isRational()) {
            return Optional.empty();
        }
        boolean thetaIsX = !c.x().isRational();
        AlgebraicFiber field = new AlgebraicFiber(thetaIsX ? c.x() : c.y().get());
        UnivariatePolynomial[] z = new UnivariatePolynomial[k];
        Arrays.fill(z, UnivariatePolynomial.ZERO);
        z[x] = thetaIsX ? UnivariatePolynomial.X : UnivariatePolynomial.constant(c.x().toRational());
        z[y] = thetaIsX ? UnivariatePolynomial.constant(c.y().get().toRational()) : UnivariatePolynomial.X;
        for (int i = s.substitutions().size() - 1; i >= 0; i--) {
            EliminationState.Substitution sub = s.substitutions().get(i);
            UnivariatePolynomial den = evaluate(field, sub.denominator(), z);
            if (field.sign(den) == 0) {
                return Optional.empty();
            }
            z[sub.variable()] = field.multiply(evaluate(field, sub.numerator(), z), field.inverse(den));
        }
        List<UnivariatePolynomial> coordinates = new ArrayList<>();
        for (UnivariatePolynomial q : z) {
            coordinates.add(field.reduce(q));
        }
        return Optional.of(new AlgebraicPoint(field.alpha(), coordinates));
    }

    /** The remaining conditions of a branch as text in the unknowns' names ({@code f = 0}, {@code p > 0}, {@code q ≥ 0}). */
    private String conditions(EliminationState s) {
        List<String> out = new ArrayList<>();
        s.equations().forEach(f -> out.add(solver.named(f) + " = 0"));
        s.positive().forEach(p -> out.add(solver.named(p) + " > 0"));
        s.nonnegative().forEach(q -> out.add(solver.named(q) + " ≥ 0"));
        return String.join(", ", out);
    }

    private static String cells(long n) {
        return n + (n == 1 ? " cell" : " cells");
    }

    /** f at a point of Q(θ)^k, reduced modulo the fiber's modulus. */
    private static UnivariatePolynomial evaluate(AlgebraicFiber field, MultivariatePolynomial f, UnivariatePolynomial[] z) {
        return field.reduce(AlgebraicPoint.evaluate(f, z, field::reduce));
    }

    private static List<BivariatePolynomial> bivariate(List<MultivariatePolynomial> ps, int x, int y) {
        return ps.stream().map(p -> BivariatePolynomial.of(p, x, y)).toList();
    }
}
