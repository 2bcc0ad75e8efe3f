package org.equicert.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.equicert.game.ExpectedUtility;
import org.equicert.game.GamutGenerator;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class LocalOptimaTest {

    private static List<String> maxima(LocalOptima.Result r) {
        List<String> out = new ArrayList<>();
        for (LocalOptima.Critical c : r.points()) {
            if (c.kind() == LocalOptima.Kind.STRICT_LOCAL_MAXIMUM) {
                out.add(c.point().describe());
            }
        }
        return out;
    }

    @Test
    void largeGroupTaxisHaveTwoPureLocalMaximaAndAMinimumAtOneHalf() {
        // EU(p) = p² + (1−p)²: maxima at p = 0 and 1 (value 1), a minimum at 1/2
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}});
        LocalOptima.Result r = LocalOptima.find(SymmetricUtility.of(g, List.of(List.of(0, 1))), 10);
        assertEquals(List.of("(1, 0)", "(0, 1)"), maxima(r));
        LocalOptima.Critical half = r.points().stream().filter(c -> c.point().describe().equals("(1/2, 1/2)")).findFirst().orElseThrow();
        assertEquals(LocalOptima.Kind.NOT_A_LOCAL_MAXIMUM, half.kind());
    }

    @Test
    void identicalTaxisHaveTheirOnlyLocalMaximumAtOneHalf() {
        // EU(p) = 2p(1−p): the pure profiles have positive regret for the other action
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{0, 1}, {1, 0}}, new long[][] {{0, 1}, {1, 0}});
        LocalOptima.Result r = LocalOptima.find(SymmetricUtility.of(g, List.of(List.of(0, 1))), 10);
        assertEquals(List.of("(1/2, 1/2)"), maxima(r));
        assertEquals(3, r.points().size());
    }

    @Test
    void exampleFiveZeroFiveIsUndecidedAtTheDegenerateVertex() {
        // zero regret for b and c at (a, a): the first-order test cannot decide; say so
        long[][] u = {{10, 10, 10}, {10, -100, 11}, {10, 11, -100}};
        LocalOptima.Result r = LocalOptima.find(SymmetricUtility.of(NormalFormGame.bimatrix(u, u), List.of(List.of(0, 1))), 10);
        LocalOptima.Critical a = r.points().stream().filter(c -> c.point().describe().equals("(1, 0, 0)")).findFirst().orElseThrow();
        assertEquals(LocalOptima.Kind.UNDECIDED, a.kind());
        assertTrue(a.reason().contains("zero regret"));
    }

    @Test
    void tenRobotsInteriorCriticalPointIsIsolatedAndNotAMaximum() {
        // EU = x_a^10 + 2·10·x_b·x_c^9 (ε = 1): the boundary zeros of the face equations (x_c^8) are divided out,
        // so the one interior critical point, x_a = 2^(1/9)·x_c, x_b = x_c/9, is isolated instead of leaving the face unresolved
        java.util.Map<List<Integer>, Rational> pay = new java.util.HashMap<>();
        for (List<Integer> k : org.equicert.game.SymmetricPayoffs.countVectors(10, 3)) {
            pay.put(k, k.equals(List.of(10, 0, 0)) ? Rational.ONE : k.equals(List.of(0, 1, 9)) ? Rational.TWO : Rational.ZERO);
        }
        NormalFormGame g = org.equicert.game.SymmetricPayoffs.of(10, 3, pay).toGame("robots");
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        LocalOptima.Result r = LocalOptima.find(SymmetricUtility.of(g, List.of(all)), 7);
        assertEquals(List.of(), r.unresolvedFaces());
        assertEquals(List.of("(1, 0, 0)", "(0, 1/10, 9/10)"), maxima(r));
        LocalOptima.Critical inner = r.points().stream().filter(c -> c.supports()[0].length == 3).findFirst().orElseThrow();
        assertEquals(LocalOptima.Kind.NOT_A_LOCAL_MAXIMUM, inner.kind());
        assertEquals(5, r.points().size());
    }

    @Property(tries = 20)
    void everyCriticalPointIsDescribedWithNumbers(@ForAll @IntRange(min = 4, max = 5) int n, @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        // with 4-5 players EU has degree 4-5 on an edge: its critical points are roots of cubics and quartics,
        // which have no closed form; they are shown as decimals, never as "null"
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, n, 2, seed);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        for (LocalOptima.Critical c : LocalOptima.find(SymmetricUtility.of(g, List.of(all)), 10).points()) {
            assertTrue(!c.point().describe().contains("null"), c.point().describe());
        }
    }

    @Example
    void aCubicCriticalPointIsShownAsADecimal() {
        // 4 players, 2 actions, u(k) for k players on action 1: 0, 1, 0, 0, 2 -> EU'(p) is a cubic with an irrational root
        java.util.Map<List<Integer>, Rational> pay = new java.util.HashMap<>();
        long[] byCount = {0, 0, 0, 1, 2};
        for (List<Integer> k : org.equicert.game.SymmetricPayoffs.countVectors(4, 2)) {
            pay.put(k, Rational.of(byCount[k.get(0)]));
        }
        NormalFormGame g = org.equicert.game.SymmetricPayoffs.of(4, 2, pay).toGame("cubic");
        List<String> shown = new ArrayList<>();
        for (LocalOptima.Critical c : LocalOptima.find(SymmetricUtility.of(g, List.of(List.of(0, 1, 2, 3))), 10).points()) {
            shown.add(c.point().describe());
        }
        assertTrue(shown.stream().noneMatch(d -> d.contains("null")), shown.toString());
    }

    @Property(tries = 30)
    void everyStrictLocalSymmetricMaximumIsNashInTheFullGame(@ForAll @IntRange(min = 2, max = 3) int n, @ForAll @IntRange(min = 2, max = 3) int a,
            @ForAll @IntRange(min = 0, max = 100_000) int seed) {
        NormalFormGame g = GamutGenerator.generate(GamutGenerator.GameClass.RANDOM, n, a, seed);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        SymmetricUtility u = SymmetricUtility.of(g, List.of(all));
        ExpectedUtility eu = new ExpectedUtility(g);
        for (LocalOptima.Critical c : LocalOptima.find(u, 100).points()) {
            if (c.kind() == LocalOptima.Kind.STRICT_LOCAL_MAXIMUM && c.point().exact().isPresent()) {
                Rational[][] s = c.point().exact().get();
                assertTrue(eu.isNash(u.profile(s)), "Theorem 4.0.2 at " + c.point().describe());
            }
        }
    }
}
