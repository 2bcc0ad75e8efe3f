package org.equicert.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.junit.jupiter.api.Test;

class BoxSolverTest {

    private static final int VARS = 2;

    private static MultivariatePolynomial x(int i) {
        return MultivariatePolynomial.variable(VARS, i);
    }

    private static MultivariatePolynomial c(long v) {
        return MultivariatePolynomial.constant(VARS, Rational.of(v));
    }

    private static RationalInterval[] unitSquare(long hi) {
        return new RationalInterval[] {new RationalInterval(Rational.of(-hi), Rational.of(hi)), new RationalInterval(Rational.of(-hi), Rational.of(hi))};
    }

    @Test
    void theCircleMeetsTheDiagonalTwiceAtIrrationalPoints() {
        // x² + y² = 1, x = y: (±1/√2, ±1/√2)
        MultivariatePolynomial circle = x(0).multiply(x(0)).add(x(1).multiply(x(1))).subtract(c(1));
        MultivariatePolynomial diagonal = x(0).subtract(x(1));
        BoxSolver.Result r = new BoxSolver(List.of(circle, diagonal), List.of(), List.of()).solve(unitSquare(2), 10_000);
        assertEquals(2, r.isolated().size());
        assertTrue(r.undecided().isEmpty());
        for (BoxSolver.Isolated z : r.isolated()) {
            assertTrue(z.exact().isEmpty());
            // 2x² − 1 changes sign across the box: the box brackets ±1/√2
            Rational lo = z.box()[0].lower();
            Rational hi = z.box()[0].upper();
            assertTrue(lo.multiply(lo).multiply(Rational.TWO).subtract(Rational.ONE).signum()
                    * hi.multiply(hi).multiply(Rational.TWO).subtract(Rational.ONE).signum() < 0);
            assertTrue(z.box()[0].width().compareTo(Rational.of(1, 1L << 40)) < 0);
        }
    }

    @Test
    void aSideConditionRemovesTheNegativeSolution() {
        MultivariatePolynomial circle = x(0).multiply(x(0)).add(x(1).multiply(x(1))).subtract(c(1));
        MultivariatePolynomial diagonal = x(0).subtract(x(1));
        BoxSolver.Result r = new BoxSolver(List.of(circle, diagonal), List.of(x(0)), List.of()).solve(unitSquare(2), 10_000);
        assertEquals(1, r.isolated().size());
        assertTrue(r.isolated().get(0).box()[0].lower().signum() > 0);
    }

    @Test
    void rationalSolutionsOnBisectionLinesAreFoundExactlyOnce() {
        // (x − 1/2)(x − 1) = 0 and y = 1/2 + 0·x: solutions (1/2, 1/2) and (1, 1/2), both on midpoints
        MultivariatePolynomial half = MultivariatePolynomial.constant(VARS, Rational.HALF);
        MultivariatePolynomial f = x(0).subtract(half).multiply(x(0).subtract(c(1)));
        MultivariatePolynomial g = x(1).subtract(half);
        BoxSolver.Result r = new BoxSolver(List.of(f, g), List.of(), List.of()).solve(unitSquare(2), 10_000);
        assertEquals(2, r.isolated().size(), r.toString());
        assertTrue(r.isolated().stream().allMatch(z -> z.exact().isPresent()));
        assertEquals(Rational.HALF, r.isolated().get(0).exact().get()[0].min(r.isolated().get(1).exact().get()[0]));
    }

    @Test
    void aCurveOfSolutionsIsReportedUndecidedNotGuessed() {
        // x − y = 0 twice: a line of solutions, no isolated point
        MultivariatePolynomial d = x(0).subtract(x(1));
        BoxSolver.Result r = new BoxSolver(List.of(d, d.scale(Rational.TWO)), List.of(), List.of()).solve(unitSquare(1), 2_000);
        assertTrue(r.isolated().isEmpty());
        assertTrue(!r.undecided().isEmpty());
    }

    @Test
    void simplestRationalInAnInterval() {
        assertEquals(Rational.of(1, 3), new RationalInterval(Rational.parse("0.333"), Rational.parse("0.334")).simplest());
        assertEquals(Rational.of(2), new RationalInterval(Rational.parse("1.5"), Rational.parse("2.5")).simplest());
        assertEquals(Rational.of(-5, 7), new RationalInterval(Rational.parse("-0.7143"), Rational.parse("-0.7142")).simplest());
        assertEquals(Rational.ZERO, new RationalInterval(Rational.parse("-1"), Rational.parse("1")).simplest());
    }
}
