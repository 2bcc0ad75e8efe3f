package org.equicert.symmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/**
 * The accessors the symmetric report certifies from: the pure profile behind a degeneracy witness,
 * what a local-optimum classification rests on, and the exact support of a point.
 */
class WitnessAccessorsTest {

    @Test
    void aMixedOptimumNamesThePureProfileWherePlayerOnesPayoffDiffers() {
        // identical taxis: at (H, H) player 1 gets 0 from H and 1 from W, so mixing matters there
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{0, 1}, {1, 0}}, new long[][] {{0, 1}, {1, 0}});
        SymmetricAnalysis.Degeneracy d = SeedOneExamplesTest.analyze(g, SeedOneExamplesTest.allIn(2)).degeneracy();
        assertFalse(d.degenerate());
        assertEquals(Optional.of(List.of(0, 0)), d.witnessProfile());
        assertTrue(d.witness().contains("player 1 gets 0 from action 1 but 1 from action 2"), d.witness());
    }

    @Test
    void aPureOptimumIsItsOwnWitnessProfileDegenerateOrNot() {
        // Example 5.0.5 with ε = 1/10: (a, a) is optimal and both players are indifferent to b
        Rational o = Rational.ONE;
        Rational m = Rational.of(-10);
        Rational e = Rational.of(11, 10);
        Rational[][] u = {{o, o, o}, {o, m, e}, {o, e, m}};
        Rational[] p = new Rational[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p[i + 3 * j] = u[i][j];
            }
        }
        NormalFormGame g = NormalFormGame.of("5.0.5", List.of("1", "2"), List.of(List.of("a", "b", "c"), List.of("a", "b", "c")),
                new Rational[][] {p, p.clone()});
        SymmetricAnalysis.Degeneracy d = SeedOneExamplesTest.analyze(g, SeedOneExamplesTest.allIn(2)).degeneracy();
        assertTrue(d.degenerate());
        assertEquals(Optional.of(List.of(0, 0)), d.witnessProfile());
        // large groups: (H, H) is optimal and nobody is indifferent
        NormalFormGame large = NormalFormGame.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}});
        SymmetricAnalysis.Degeneracy n = SeedOneExamplesTest.analyze(large, SeedOneExamplesTest.allIn(2)).degeneracy();
        assertFalse(n.degenerate());
        List<Integer> pure = n.witnessProfile().orElseThrow();
        assertEquals(2, pure.size());
        assertEquals(pure.get(0), pure.get(1), "a P-invariant pure profile: both players take the same action");
    }

    @Test
    void theWitnessProfileIsCopied() {
        List<Integer> a = new ArrayList<>(List.of(1, 0));
        SymmetricAnalysis.Degeneracy d = new SymmetricAnalysis.Degeneracy(false, "w", Optional.of(a));
        a.set(0, 7);
        assertEquals(List.of(1, 0), d.witnessProfile().orElseThrow());
        assertEquals(Optional.empty(), new SymmetricAnalysis.Degeneracy(true, "every profile").witnessProfile());
    }

    @Test
    void vertexClassificationsRestOnRegretsAndInteriorOnesOnTheHessian() {
        // large groups: EU(p) = p² + (1−p)²; the vertices have regret −1 outside, p = 1/2 is convex along the face
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}});
        LocalOptima.Result r = LocalOptima.find(SymmetricUtility.of(g, SeedOneExamplesTest.allIn(2)), 3);
        assertEquals(3, r.points().size());
        for (LocalOptima.Critical c : r.points()) {
            boolean vertex = c.supports()[0].length == 1;
            assertEquals(vertex ? LocalOptima.Basis.REGRETS : LocalOptima.Basis.HESSIAN, c.basis(), c.point().describe());
            assertEquals(vertex ? LocalOptima.Kind.STRICT_LOCAL_MAXIMUM : LocalOptima.Kind.NOT_A_LOCAL_MAXIMUM, c.kind(), c.point().describe());
        }
        // identical taxis: the vertices gain by moving out (positive regret 1): decided by the regrets too
        NormalFormGame taxis = NormalFormGame.bimatrix(new long[][] {{0, 1}, {1, 0}}, new long[][] {{0, 1}, {1, 0}});
        for (LocalOptima.Critical c : LocalOptima.find(SymmetricUtility.of(taxis, SeedOneExamplesTest.allIn(2)), 3).points()) {
            if (c.supports()[0].length == 1) {
                assertEquals(LocalOptima.Kind.NOT_A_LOCAL_MAXIMUM, c.kind());
                assertEquals(LocalOptima.Basis.REGRETS, c.basis());
            }
        }
    }

    @Test
    void supportIsExactAtRationalAndAlgebraicPoints() {
        assertArrayEquals(new boolean[] {false, true, true},
                SymmetricPoint.rational(new Rational[][] {{Rational.ZERO, Rational.HALF, Rational.HALF}}).support().orElseThrow()[0]);
        // partygoers: the optimum drinks with probability 2 − √2 and holds food with √2 − 1, both positive
        NormalFormGame party = partygoers();
        SymmetricPoint p = SeedOneExamplesTest.analyze(party, SeedOneExamplesTest.allIn(4)).point().orElseThrow();
        assertTrue(p.algebraic().isPresent());
        assertArrayEquals(new boolean[] {true, true}, p.support().orElseThrow()[0]);
    }

    /** Seed 001, App. C, built as in the CLI's seed games. */
    private static NormalFormGame partygoers() {
        Rational[] u = new Rational[16];
        for (int k = 0; k < 16; k++) {
            int[] a = new int[4];
            for (int i = 0, x = k; i < 4; i++, x /= 2) {
                a[i] = x % 2;
            }
            int total = 0;
            for (int g = 0; g < 4; g++) {
                boolean food = false;
                boolean drink = false;
                for (int d = -1; d <= 1; d++) {
                    food |= a[(g + d + 4) % 4] == 0;
                    drink |= a[(g + d + 4) % 4] == 1;
                }
                total += drink ? (food ? 2 : 1) : 0;
            }
            u[k] = Rational.of(total);
        }
        List<String> acts = List.of("food", "drink");
        return NormalFormGame.of("partygoers", List.of("1", "2", "3", "4"), List.of(acts, acts, acts, acts), new Rational[][] {u, u, u, u});
    }
}
