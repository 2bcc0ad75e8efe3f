package org.equicert.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class LinearProgramTest {

    private static Rational[] r(String... xs) {
        Rational[] out = new Rational[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Rational.parse(xs[i]);
        }
        return out;
    }

    @Test
    void solvesAClassicProgramExactly() {
        // max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18  ->  (2, 6), value 36
        LinearProgram.Solution s = LinearProgram.builder(2).maximize(r("3", "5"))
                .constraint(r("1", "0"), LinearProgram.Relation.LESS_EQUAL, Rational.of(4))
                .constraint(r("0", "2"), LinearProgram.Relation.LESS_EQUAL, Rational.of(12))
                .constraint(r("3", "2"), LinearProgram.Relation.LESS_EQUAL, Rational.of(18))
                .build().solve();
        assertEquals(LinearProgram.Status.OPTIMAL, s.status());
        assertArrayEquals(r("2", "6"), s.point());
        assertEquals(Rational.of(36), s.value());
    }

    @Test
    void handlesEqualitiesGreaterEqualAndFractions() {
        // max x + y s.t. x + 3y = 1, x >= 1/4 -> x = 1, y = 0
        LinearProgram.Solution s = LinearProgram.builder(2).maximize(r("1", "1"))
                .constraint(r("1", "3"), LinearProgram.Relation.EQUAL, Rational.ONE)
                .constraint(r("1", "0"), LinearProgram.Relation.GREATER_EQUAL, Rational.of(1, 4))
                .build().solve();
        assertArrayEquals(r("1", "0"), s.point());
    }

    @Test
    void reportsInfeasibleAndUnbounded() {
        assertEquals(LinearProgram.Status.INFEASIBLE, LinearProgram.builder(1)
                .constraint(r("1"), LinearProgram.Relation.GREATER_EQUAL, Rational.of(2))
                .constraint(r("1"), LinearProgram.Relation.LESS_EQUAL, Rational.ONE).build().solve().status());
        assertEquals(LinearProgram.Status.UNBOUNDED, LinearProgram.builder(2).maximize(r("1", "0"))
                .constraint(r("1", "-1"), LinearProgram.Relation.LESS_EQUAL, Rational.ONE).build().solve().status());
    }

    @Test
    void blandsRuleTerminatesOnBealesCyclingExample() {
        // Beale (1955): cycles under the textbook largest-coefficient rule; optimum 1/20 at x = (1/25, 0, 1, 0).
        LinearProgram.Solution s = LinearProgram.builder(4).maximize(r("3/4", "-150", "1/50", "-6"))
                .constraint(r("1/4", "-60", "-1/25", "9"), LinearProgram.Relation.LESS_EQUAL, Rational.ZERO)
                .constraint(r("1/2", "-90", "-1/50", "3"), LinearProgram.Relation.LESS_EQUAL, Rational.ZERO)
                .constraint(r("0", "0", "1", "0"), LinearProgram.Relation.LESS_EQUAL, Rational.ONE)
                .build().solve();
        assertEquals(LinearProgram.Status.OPTIMAL, s.status());
        assertEquals(Rational.of(1, 20), s.value());
        assertArrayEquals(r("1/25", "0", "1", "0"), s.point());
    }
}
